/*
 * check_act_unknown.c -- a section of a named Act that cannot be one
 * (act-section-unknown): "INA § 2366(c)", its number longer than every
 * section of the Immigration and Nationality Act the Code classifies
 * (data/act_sections.tsv); "article 72b of the Uniform Code of Military
 * Justice", an article its chapter of the Code does not hold, where the
 * Code would hold it (10 U.S.C. 872b) being no section, or past the
 * chapter's last article ("article 199").  The scanner reads such a
 * section for the checker alone (SC_W_UNCLASSIFIED, actsection.c).  Its
 * fix: an article the entry cites by its Code section, one slip from the
 * one written ("..., 10 U.S.C. 850a, 876b": article 76b); else the Act's
 * sections one slip (one dropped digit, for a section) away that the
 * tables classify.
 */
#include <string.h>

#include "check.h"
#include "ref_acts.h"

/* The article of Act @p act that the entry cites by its Code section --
 * a Code citation of @p title that the tables give the Act, one slip from
 * @p article and no article the entry names -- into @p out ("76b"), with
 * its Code section into @p usc; 0 when none, or two. */
static int cited_article(const sc_entry *e, int act, const char *title, const char *article,
                         char *out, size_t cap, char *usc, size_t ucap)
{
    int found = 0;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *u = &e->c[i];
        const char *asec;
        if (u->type != SC_USC || strcmp(u->title, title) != 0 ||
            sc_act_whole(sc_act_of_usc(u->title, u->section, &asec, NULL)) != sc_act_whole(act) ||
            !sc_act_one_edit(article, asec))
            continue;
        size_t an = strlen(asec);
        int named = 0; /* (the article the entry names beside it: "50a" for 850a) */
        for (int j = 0; j < e->n && !named; j++) {
            const char *w = e->c[j].act_section;
            named = e->c[j].type == SC_ACT_SECTION && strncmp(w, asec, an) == 0 &&
                    (w[an] == '\0' || w[an] == '(');
        }
        if (named)
            continue;
        if (found && strcmp(out, asec) != 0)
            return 0; /* (two articles one slip away: which?) */
        if (an + 1 > cap || strlen(u->section) + 1 > ucap)
            return 0;
        memcpy(out, asec, an + 1);
        memcpy(usc, u->section, strlen(u->section) + 1);
        found = 1;
    }
    return found;
}

/* An article @p art of the Act @p act (one numbered in articles) that its
 * chapter does not hold, @p place as sc_act_article_place() answered with
 * @p title and (place 1) @p usc: act-section-unknown on @p c, with the fix. */
static void article_unknown(sc_doc_state *d, sc_entry *e, sc_citation *c, int act, const char *art,
                            int place, const char *title, const char *usc)
{
    char range[96] = "";
    sc_act_place pl;
    const char *a0, *a1;
    if (sc_act_title_sections(act, title, place > 0 ? usc : NULL, &pl) > 0 && pl.first &&
        pl.last && sc_act_of_usc(title, pl.first, &a0, NULL) >= 0 &&
        sc_act_of_usc(title, pl.last, &a1, NULL) >= 0)
        sc_fmt(range, sizeof range, "its articles are %s to %s, %s U.S.C. \xc2\xa7\xc2\xa7 %s-%s",
               a0, a1, title, pl.first, pl.last);
    char sugg[256] = "", cited[16], cited_usc[48];
    if (cited_article(e, act, title, art, cited, sizeof cited, cited_usc, sizeof cited_usc)) {
        sc_fmt(sugg, sizeof sugg,
               "write article %s: the entry's %s U.S.C. \xc2\xa7 %s is article %s", cited,
               title, cited_usc, cited);
    } else if (place > 0 && pl.nnear > 0) {
        size_t len = 0;
        for (int k = 0; k < pl.nnear && k < SC_ACT_NEAR_MAX; k++) {
            const char *asec;
            if (sc_act_of_usc(title, pl.near[k], &asec, NULL) < 0)
                continue;
            int w = snprintf(sugg + len, sizeof sugg - len, "%sarticle %s (%s U.S.C. \xc2\xa7 %s)",
                             len ? " or " : "did you mean ", asec, title, pl.near[k]);
            if (w < 0 || (size_t)w >= sizeof sugg - len) {
                sugg[len] = '\0';
                break;
            }
            len += (size_t)w;
        }
    }
    if (place > 0)
        sc_emit(d, c, SC_WARNING, SC_D_ACT_SECTION_UNKNOWN, sugg[0] ? sugg : NULL,
                "the %s has no article %s: %s U.S.C. \xc2\xa7 %s, where its chapter of the Code "
                "would hold it, is no section of the Code%s%s",
                c->act, art, title, usc, range[0] ? "; " : "", range);
    else
        sc_emit(d, c, SC_WARNING, SC_D_ACT_SECTION_UNKNOWN, sugg[0] ? sugg : NULL,
                "the %s has no article %s: %s", c->act, art,
                range[0] ? range : "it is past the first or the last of its articles");
}

void sc_check_act_unknown(sc_doc_state *d, sc_entry *e)
{
    for (uint64_t m = e->act_unknown; m; m &= m - 1) {
        sc_citation *c = &e->c[__builtin_ctzll(m)];
        int act = sc_act_lookup(c->act, strlen(c->act)), digits;
        char sec[48], near[160], sugg[192] = "";
        size_t ns = strcspn(c->act_section, "(");
        if (ns >= sizeof sec)
            continue;
        memcpy(sec, c->act_section, ns);
        sec[ns] = '\0';
        char t[8], u[48];
        int place = sc_act_article_place(act, sec, t, sizeof t, u, sizeof u);
        if (place) {
            article_unknown(d, e, c, act, sec, place, t, u);
            continue;
        }
        long high;
        int n = sc_act_section_span(act, &digits, &high);
        if (n <= 0)
            continue;
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
