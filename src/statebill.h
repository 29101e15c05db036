/*
 * statebill.h -- telling a state legislature's bill written out in words
 * ("the Texas Legislature passed Senate Bill 8") from one of Congress's
 * (statebill.c).
 */
#ifndef SC_STATEBILL_H
#define SC_STATEBILL_H

#include <stddef.h>
#include <stdint.h>

#define SC_STATE_BACK  300 /* bytes looked at before a bill, within its paragraph */
#define SC_STATE_AHEAD 250 /* bytes looked at after it                            */

/* Is the bill at b[at..end), within b[0..len), a state's: written out
 * ("Senate Bill", "House Bill", "House Joint Resolution") with a word of a
 * state's lawmaking around it ("General Assembly", "Legislature",
 * "Governor", "Sess. Laws", "S.B. 683") or a state's name right before it,
 * and no word of Congress ("Congress", "U.S. Senate", "Pub. L.")?  The
 * buffer must hold SC_STATE_BACK bytes before at where the text has them. */
int sc_state_bill(const uint8_t *b, size_t at, size_t end, size_t len);

#endif
