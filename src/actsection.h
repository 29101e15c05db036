/*
 * actsection.h -- sections of named Acts (FORMAT.md, "Two further
 * kinds"): from a match of grammar/45-acts.rules to a citation keyed by the
 * U.S. Code section the Act's section is classified to, through the Acts
 * tables (src/ref_acts.h).  Pure functions; no allocation.
 */
#ifndef SC_ACTSECTION_H
#define SC_ACTSECTION_H

#include <stdint.h>

#include "rules.h"
#include "statcite.h"

/* An Act's section the tables do not classify is read (SC_W_UNCLASSIFIED)
 * only when its number is longer than every one of at least this many
 * sections of the Act they classify. */
#define SC_ACT_SPAN_MIN 100

/* How far back "the Act" looks for the Act it means (bytes). */
#define SC_ACT_BACK_REACH 1500u

/**
 * Fills the Act fields of @p c (type SC_ACT_SECTION, start/end/raw already
 * set by the caller) from the match @p g over @p subj (byte 0 at document
 * offset @p base; the bytes before the match are readable: the name before
 * "INA § 287(g)" and the Act "the Act" refers to are looked for there).
 * @p head: the list head an item inherits from, or NULL.  Returns 0, or -1
 * when the name is no Act the tables know or its section is not classified
 * (then nothing is reported) -- or 1, for the checker alone, when the
 * section is not classified and its number has more digits than every
 * section of the Act the tables classify (SC_W_UNCLASSIFIED: no title or
 * section).
 */
int sc_actsec_norm(sc_citation *c, const uint8_t *subj, uint64_t base, const sc_groups *g,
                   const sc_citation *head);

/**
 * Whether an Act's section could begin at the section trigger buf[at]
 * (buf[0..len) readable, and the bytes before at), cheaply, before any
 * match call: a name can end just before it ("INA § 5", "Code, § 61"), or
 * after its number and list comes "of" and a capitalized word ("of the
 * Social Security Act", "of the INA") or ", " and one ("sec. 39, Arms
 * Export Control Act").  "section 5 of this Act", "section 1395 of title
 * 42", "§ 5(a) is amended" -- most section references of a law -- cost no
 * match call of the Act rule.  A superset of what grammar/45-acts.rules
 * accepts; keep the two in step.
 */
int sc_actsec_possible(const uint8_t *buf, size_t at, size_t len);

/** Builds c->key (usc:T/S(sub)), c->canonical ("Immigration and Nationality
 *  Act § 287(g)") and c->url (the Code section's). */
void sc_actsec_finish(sc_citation *c);

#endif
