/*
 * check_act_unknown.c -- a section of a named Act that cannot be one
 * (act-section-unknown): "INA § 2366(c)", its number longer than every
 * section of the Immigration and Nationality Act the Code classifies
 * (data/act_sections.tsv).  The scanner reads such a section for the
 * checker alone (SC_W_UNCLASSIFIED, actsection.c); its fix is the
 * sections of the Act one dropped digit away that the tables classify.
 */
#include <string.h>

#include "check.h"
#include "ref_acts.h"

void sc_check_act_unknown(sc_doc_state *d, sc_entry *e)
{
    for (uint64_t m = e->act_unknown; m; m &= m - 1) {
        sc_citation *c = &e->c[__builtin_ctzll(m)];
        int act = sc_act_lookup(c->act, strlen(c->act)), digits;
        long high;
        int n = sc_act_section_span(act, &digits, &high);
        if (n <= 0)
            continue;
        char sec[48], near[160], sugg[192] = "";
        size_t nd = strspn(c->act_section, "0123456789");
        if (nd >= sizeof sec)
            continue;
        memcpy(sec, c->act_section, nd);
        sec[nd] = '\0';
        sc_act_section_near(act, sec, near, sizeof near);
        if (near[0])
            sc_fmt(sugg, sizeof sugg, "did you mean %s", near);
        sc_emit(d, c, SC_WARNING, SC_D_ACT_SECTION_UNKNOWN, sugg[0] ? sugg : NULL,
                "the %s has no section %s that the Code classifies: the %d section%s of it "
                "the Code classifies %s numbered with at most %d digit%s (the highest, %ld)",
                c->act, sec, n, n == 1 ? "" : "s", n == 1 ? "is" : "are", digits,
                digits == 1 ? "" : "s", high);
    }
}
