/*
 * normalize.c -- rule match -> sc_citation (see normalize.h).
 *
 * Keys follow corpus/FORMAT.md: dashes folded to '-', spaces removed,
 * subsections as written; canonical forms follow the Bluebook / Indigo Book
 * ("Pub. L. No. 108-458", "8 U.S.C. § 1357(g)", "H.R. 1559, 108th Cong.").
 */
#include "normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actsection.h"
#include "check.h"
#include "cite.h"
#include "ctype.h"
#include "lexer.h"
#include "scan.h"
#include "strbuf.h"

/* Bill types: key code, Bluebook form, congress.gov path. */
static const struct {
    const char *code, *abbrev, *path;
} bill_info[SC_BILL_NTYPES] = {
    [SC_BILL_NONE] = { "", "", "" },
    [SC_BILL_HR] = { "hr", "H.R.", "house-bill" },
    [SC_BILL_S] = { "s", "S.", "senate-bill" },
    [SC_BILL_HRES] = { "hres", "H.R. Res.", "house-resolution" },
    [SC_BILL_SRES] = { "sres", "S. Res.", "senate-resolution" },
    [SC_BILL_HJRES] = { "hjres", "H.R.J. Res.", "house-joint-resolution" },
    [SC_BILL_SJRES] = { "sjres", "S.J. Res.", "senate-joint-resolution" },
    [SC_BILL_HCONRES] = { "hconres", "H.R. Con. Res.", "house-concurrent-resolution" },
    [SC_BILL_SCONRES] = { "sconres", "S. Con. Res.", "senate-concurrent-resolution" },
};

const char *sc_bill_code(sc_bill_type b)
{
    return (unsigned)b < SC_BILL_NTYPES ? bill_info[b].code : "";
}

const char *sc_norm_bill_abbrev(sc_bill_type b)
{
    return (unsigned)b < SC_BILL_NTYPES ? bill_info[b].abbrev : "";
}

/* Written bill types, letters only, upper-cased ("H.J.RES." -> "HJRES"). */
static const struct {
    const char *letters;
    sc_bill_type type;
    int house_resolution;
} bill_words[] = {
    { "HR", SC_BILL_HR, 0 },
    { "HOUSEBILL", SC_BILL_HR, 0 },
    { "HOUSERESOLUTION", SC_BILL_HR, 1 }, /* the seed's misnomer: an H.R. bill */
    { "HOUSERESOLUTIONHR", SC_BILL_HR, 1 },
    { "S", SC_BILL_S, 0 },
    { "SENATEBILL", SC_BILL_S, 0 },
    { "HRES", SC_BILL_HRES, 0 },
    { "HRRES", SC_BILL_HRES, 0 },
    { "HOUSESIMPLERESOLUTION", SC_BILL_HRES, 0 },
    { "SRES", SC_BILL_SRES, 0 },
    { "SENATERESOLUTION", SC_BILL_SRES, 0 },
    { "SENATESIMPLERESOLUTION", SC_BILL_SRES, 0 },
    { "HJRES", SC_BILL_HJRES, 0 },
    { "HRJRES", SC_BILL_HJRES, 0 },
    { "HOUSEJOINTRESOLUTION", SC_BILL_HJRES, 0 },
    { "SJRES", SC_BILL_SJRES, 0 },
    { "SENATEJOINTRESOLUTION", SC_BILL_SJRES, 0 },
    { "HCONRES", SC_BILL_HCONRES, 0 },
    { "HRCONRES", SC_BILL_HCONRES, 0 },
    { "HOUSECONCURRENTRESOLUTION", SC_BILL_HCONRES, 0 },
    { "SCONRES", SC_BILL_SCONRES, 0 },
    { "SENATECONCURRENTRESOLUTION", SC_BILL_SCONRES, 0 },
};

sc_bill_type sc_norm_bill_type(const uint8_t *p, size_t n, int *house_resolution)
{
    char letters[40];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof letters; i++)
        if (sc_isalpha(p[i]))
            letters[k++] = (char)sc_toupper(p[i]);
    letters[k] = '\0';
    *house_resolution = 0;
    for (size_t i = 0; i < sizeof bill_words / sizeof bill_words[0]; i++)
        if (strcmp(letters, bill_words[i].letters) == 0) {
            *house_resolution = bill_words[i].house_resolution;
            return bill_words[i].type;
        }
    return SC_BILL_NONE;
}

const char *sc_norm_ord_suffix(int n)
{
    if (n % 100 >= 11 && n % 100 <= 13)
        return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

void sc_norm_ordinal(int n, char *out, size_t cap)
{
    snprintf(out, cap, "%d%s", n, sc_norm_ord_suffix(n));
}

/* The keys, forms and links of every citation are built in place
 * (src/strbuf.h), cut like snprintf at the buffer's end: printf's format
 * parsing cost a tenth of a --count run.  An int in decimal: */
static void sb_i(sc_sbuf *b, int v)
{
    char t[24];
    char *p = sc_dec(t + sizeof t, v < 0 ? 0u - (unsigned)v : (unsigned)v);
    if (v < 0)
        *--p = '-';
    sc_sb_put(b, p, (size_t)(t + sizeof t - p)); /* its length known: no strlen */
}

/* Most groups ("108", "1357", "(g)(1)") hold only letters, digits and
 * parentheses, which folding copies as they are: those are copied without
 * going token by token. */
size_t sc_norm_fold(const uint8_t *p, size_t n, char *dst, size_t cap)
{
    size_t i = 0;
    if (n < cap) {
        while (i < n && (sc_isalnum(p[i]) || p[i] == '(' || p[i] == ')'))
            i++;
        if (i == n) {
            memcpy(dst, p, n);
            dst[n] = '\0';
            return n;
        }
    }
    return sc_lex_fold(p, n, dst, cap, SC_FOLD_DROP_SPACE);
}

/* Group text folded (dashes to '-', spaces dropped) into dst. */
static size_t grp(const uint8_t *subj, const sc_groups *g, int gi, char *dst, size_t cap)
{
    if (!sc_gset(g, gi)) {
        dst[0] = '\0';
        return 0;
    }
    return sc_norm_fold(subj + g->so[gi], g->eo[gi] - g->so[gi], dst, cap);
}

static int grp_int(const uint8_t *subj, const sc_groups *g, int gi)
{
    char b[16];
    grp(subj, g, gi, b, sizeof b);
    return b[0] ? (int)sc_atol(b) : 0;
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!sc_isdigit(*s))
            return 0;
    return 1;
}

/* Expands an abbreviated range end: "101-05" -> "101-105" (explicit ranges only). */
static void expand_range(char *sec, size_t cap)
{
    char *d = strchr(sec, '-');
    if (!d)
        return;
    *d = '\0';
    const char *a = sec, *b = d + 1;
    char out[64];
    size_t la = strlen(a), lb = strlen(b);
    if (all_digits(a) && all_digits(b) && lb < la) {
        if (la + lb + 2 > sizeof out)
            goto keep;
        snprintf(out, sizeof out, "%.30s-%.*s%.30s", a, (int)(la - lb), a, b);
        if (atol(out + la + 1) > atol(a)) {
            snprintf(sec, cap, "%.47s", out);
            return;
        }
    }
keep:
    *d = '-';
}

/* Replaces the last levels of a subsection path with an item's levels:
 * "(5)(D)" + "(7)(I)" -> "(7)(I)"; "(a)(1)(i)" + "(ii)" -> "(a)(1)(ii)". */
void sc_norm_merge_sub(char *dst, size_t cap, const char *prev, const char *item)
{
    int nprev = 0, nitem = 0;
    for (const char *p = prev; *p; p++)
        nprev += *p == '(';
    for (const char *p = item; *p; p++)
        nitem += *p == '(';
    if (nitem >= nprev) {
        snprintf(dst, cap, "%s", item);
        return;
    }
    /* keep the first nprev - nitem levels of prev */
    int keep = nprev - nitem, seen = 0;
    const char *p = prev;
    for (; *p; p++) {
        if (*p == '(' && seen++ == keep)
            break;
    }
    /* prev's levels, then item's, cut to fit (subsections are short) */
    size_t np = (size_t)(p - prev), ni = strlen(item);
    if (np >= cap)
        np = cap - 1;
    if (ni >= cap - np)
        ni = cap - np - 1;
    memcpy(dst, prev, np);
    memcpy(dst + np, item, ni);
    dst[np + ni] = '\0';
}

/* Leading number of s ("1395w-101" -> 1395), -1 when it has none. */
static long lead_num(const char *s)
{
    if (!sc_isdigit(*s))
        return -1;
    return atol(s);
}

/* Whether a range's end is not below its start: "1983-1988", "10a-10c",
 * and with "§§"/"sections" the abbreviated "101-05".  "§ 1983 - 12
 * plaintiffs" is no range. */
static int range_ascends(const uint8_t *subj, const sc_groups *g)
{
    char a[48], b[48];
    grp(subj, g, SC_G_SECTION, a, sizeof a);
    grp(subj, g, SC_G_SECTION2, b, sizeof b);
    long la = lead_num(a), lb = lead_num(b);
    if (la < 0 || lb < 0 || lb >= la)
        return 1;
    size_t da = strspn(a, "0123456789"), db = strspn(b, "0123456789");
    if (!sc_gset(g, SC_G_MULTI) || db >= da)
        return 0;
    char x[48];
    snprintf(x, sizeof x, "%.*s%.*s", (int)(da - db), a, (int)db, b);
    return atol(x) > la;
}

int sc_norm_old_edition(const char *ed)
{
    for (; *ed; ed++)
        if (sc_isdigit((uint8_t)*ed))
            return strspn(ed, "0123456789") == 4 && atoi(ed) < 2013;
    return 0;
}

int sc_norm_match(sc_citation *c, int type, const uint8_t *subj, uint64_t base,
                  const sc_groups *g, const sc_citation *head)
{
    char b[64];
    if (head) {
        sc_cite_copy(c, head);
        c->wording = (head->wording & (SC_W_HOUSE_RESOLUTION | SC_W_APPENDIX | SC_W_LONG_FORM)) |
                     SC_W_LIST_ITEM;
        c->ndiag = 0;
        if (!sc_norm_old_edition(head->edition))
            c->edition[0] = '\0'; /* an edition before 2013 holds for the list */
        c->year = 0;
    } else {
        sc_cite_clear(c);
    }
    c->type = (sc_type)type;
    c->start = base + g->so[SC_G_CITE];
    c->end = base + g->eo[SC_G_CITE];
    sc_cite_raw(c, subj, g->so[SC_G_CITE], g->eo[SC_G_CITE]);

    switch (type) {
    case SC_PUBLIC_LAW:
    case SC_PRIVATE_LAW:
        /* "Public Law 803, 69th Congress": the Congress after the number
         * ("Eighty-first": words that spell no ordinal are no Congress) */
        c->congress = sc_gset(g, SC_G_CONGRESS) ? grp_int(subj, g, SC_G_CONGRESS)
                                                : sc_ctx_congress_value(subj, g);
        if (sc_gset(g, SC_G_SPELLED) && c->congress <= 0)
            return -1;
        c->number = grp_int(subj, g, SC_G_LAW);
        /* "Public Law 0-12", "Public Law 110-0": citation-shaped and
         * impossible -- found, so that the checker can say so */
        if (!(sc_gset(g, SC_G_CONGRESS) || sc_gset(g, SC_G_ORD) || sc_gset(g, SC_G_SPELLED)) ||
            !sc_gset(g, SC_G_LAW))
            return -1;
        if (sc_gset(g, SC_G_PLURAL))
            c->wording |= SC_W_PLURAL;
        break;
    case SC_USC: {
        sc_groups cut; /* g with its range taken out, when it is no range */
        int shortf = sc_gset(g, SC_G_SHORT); /* title resolved by shortform.c */
        if (sc_gset(g, SC_G_TITLE)) {
            int t = grp_int(subj, g, SC_G_TITLE);
            if (t < 0 || t > 99)
                return -1; /* (title 0 is read, for check to report: usc-title) */
            sc_sbuf tb = sc_sb_at(c->title, sizeof c->title);
            sb_i(&tb, t);
            if (sc_gset(g, SC_G_APP))
                sc_sb_lit(&tb, "a");
            if (sc_gset(g, SC_G_APP))
                c->wording |= SC_W_APPENDIX;
        }
        char sub[64];
        grp(subj, g, SC_G_SUB, sub, sizeof sub);
        if (sc_gset(g, SC_G_SECTION2) && !range_ascends(subj, g)) {
            /* "§ 1983 - 12 plaintiffs": no range; the citation ends before
             * the dash (the scanner resumes at c->end) */
            size_t eo = sc_gset(g, SC_G_SUB) ? g->eo[SC_G_SUB] : g->eo[SC_G_SECTION];
            c->end = base + eo;
            sc_cite_raw(c, subj, g->so[SC_G_CITE], eo);
            cut = *g;
            cut.so[SC_G_SECTION2] = cut.eo[SC_G_SECTION2] = SC_UNSET;
            g = &cut;
        }
        if (sc_gset(g, SC_G_SECTION)) {
            grp(subj, g, SC_G_SECTION, c->section, sizeof c->section);
            c->subsections[0] = '\0';
            if (sc_gset(g, SC_G_SECTION2)) {
                /* a range: "10a(1)-10c(2)" keeps each end's subsections */
                char s2[48];
                grp(subj, g, SC_G_SECTION2, s2, sizeof s2);
                sc_sbuf sb = { c->section, strlen(c->section), sizeof c->section };
                sc_sb_s(&sb, sub);
                sc_sb_lit(&sb, "-");
                sc_sb_s(&sb, s2);
                sub[0] = '\0';
                c->wording |= SC_W_RANGE;
            }
            /* "§§ 1983-88", "§§ 49e-49k": a range -- but not "§§
             * 2000e-2(a), 2000e-3(a)", whose number with a letter before its
             * hyphen and digits after it is one designator (as check_usc.c
             * reads it), nor "sections 1983-1, 1983-2", whose plural the list
             * after it explains */
            const char *hy = strchr(c->section, '-');
            if (sc_gset(g, SC_G_MULTI) && hy &&
                (hy == c->section || sc_isdigit((uint8_t)hy[-1]) ||
                 strspn(hy + 1, "0123456789") < strlen(hy + 1)) &&
                !(sc_gset(g, SC_G_MORE) && g->eo[SC_G_MORE] > g->so[SC_G_MORE])) {
                expand_range(c->section, sizeof c->section);
                c->wording |= SC_W_RANGE;
            }
            if (head && subj[g->so[SC_G_CITE]] == '-') {
                /* "§§ 2000e-2(a), -3(a)": the list's head section up to its
                 * last hyphen, and this number after it (2000e-3) */
                const char *dash = strrchr(head->section, '-');
                if (!dash || dash == head->section || !sc_isalpha((uint8_t)dash[-1]))
                    return -1; /* a range's "1983-1988", no designator's hyphen */
                char whole[sizeof c->section]; /* cut to the field, as before */
                size_t hl = (size_t)(dash + 1 - head->section), sl = strlen(c->section);
                if (hl > sizeof whole - 1)
                    hl = sizeof whole - 1;
                if (sl > sizeof whole - 1 - hl)
                    sl = sizeof whole - 1 - hl;
                memcpy(whole, head->section, hl);
                memcpy(whole + hl, c->section, sl);
                whole[hl + sl] = '\0';
                memcpy(c->section, whole, sizeof c->section);
            }
            sc_sbuf sb = sc_sb_at(c->subsections, sizeof c->subsections);
            sc_sb_s(&sb, sub);
        } else if (head && sub[0]) {
            /* "(7)(I)" alone: same section, other subsections */
            char merged[64];
            sc_norm_merge_sub(merged, sizeof merged, head->subsections, sub);
            sc_sbuf sb = sc_sb_at(c->subsections, sizeof c->subsections);
            sc_sb_s(&sb, merged);
        } else if (!head && !shortf) {
            return -1;
        }
        if ((!c->title[0] || !c->section[0]) && !shortf)
            return -1;
        if (shortf)
            c->form = SC_FORM_SHORT;
        if (sc_gset(g, SC_G_ETSEQ))
            c->wording |= SC_W_ET_SEQ;
        if (sc_gset(g, SC_G_NOTE))
            c->wording |= SC_W_NOTE;
        {
            /* "29 U.S.C. 651nt", the GPO compilations' "651 note": no
             * section's letters are "nt" (they run a, b, ..., aa, bb) */
            size_t sl = strlen(c->section);
            if (sl >= 3 && c->section[sl - 2] == 'n' && c->section[sl - 1] == 't' &&
                sc_isdigit((uint8_t)c->section[sl - 3])) {
                c->section[sl - 2] = '\0';
                c->wording |= SC_W_NOTE;
            }
        }
        if (sc_gset(g, SC_G_EDITION)) {
            sc_lex_fold(subj + g->so[SC_G_EDITION], g->eo[SC_G_EDITION] - g->so[SC_G_EDITION],
                        c->edition, sizeof c->edition, SC_FOLD_ONE_SPACE);
            if (c->edition[0] == 's')
                c->edition[0] = 'S'; /* "12 U.S.C., supp. V, sec. 1713": Supp. V */
        }
        break;
    }
    case SC_BILL: {
        int hres = 0;
        if (!head) {
            c->bill = sc_norm_bill_type(subj + g->so[SC_G_BTYPE],
                                        g->eo[SC_G_BTYPE] - g->so[SC_G_BTYPE], &hres);
            if (c->bill == SC_BILL_NONE)
                return -1;
            if (hres)
                c->wording |= SC_W_HOUSE_RESOLUTION;
        }
        c->number = grp_int(subj, g, SC_G_NUM);
        if (c->number < 0)
            return -1; /* (bill 0 is read, for check to report: bill-number-range) */
        if (sc_gset(g, SC_G_CONGRESS)) {
            c->congress = grp_int(subj, g, SC_G_CONGRESS);
            if (c->congress == 0)
                c->wording |= SC_W_CONGRESS_ZERO;
        }
        if (sc_gset(g, SC_G_YEAR))
            c->year = grp_int(subj, g, SC_G_YEAR);
        break;
    }
    case SC_STAT: {
        if (sc_gset(g, SC_G_VOLUME)) {
            grp(subj, g, SC_G_VOLUME, c->volume, sizeof c->volume);
        } else if (sc_gset(g, SC_G_SPELLED)) { /* "Forty-first Statutes at Large" */
            int v = sc_ctx_congress_value(subj, g);
            if (v <= 0 || v > 999)
                return -1;
            sc_sbuf vb = sc_sb_at(c->volume, sizeof c->volume);
            sb_i(&vb, v);
        }
        grp(subj, g, SC_G_PAGE, c->pages, sizeof c->pages);
        if (sc_gset(g, SC_G_YEAR)) /* "vol. 104, 1990, pp. 327-378" (MLA) */
            c->year = grp_int(subj, g, SC_G_YEAR);
        if ((!c->volume[0] && !sc_gset(g, SC_G_AT)) || !c->pages[0])
            return -1; /* (volume 0 and page 0 are read, for check to report; "Id. at
                        * 330" has its volume from shortform.c) */
        if (sc_gset(g, SC_G_PAGE2)) {
            grp(subj, g, SC_G_PAGE2, b, sizeof b);
            if (sc_atol(b) < sc_atol(c->pages)) {
                /* an omnibus act's page "2681-480" is one page */
                sc_sbuf sb = { c->pages, strlen(c->pages), sizeof c->pages };
                sc_sb_lit(&sb, "-");
                sc_sb_s(&sb, b);
            } else {
                c->wording |= SC_W_RANGE; /* a page range, keyed by its first page */
            }
        }
        break;
    }
    case SC_ACT_SECTION: {
        int rc = sc_actsec_norm(c, subj, base, g, head);
        if (rc != 0)
            return rc; /* (1: a section the checker alone reads, SC_W_UNCLASSIFIED) */
        break;
    }
    default:
        return -1;
    }
    return 0;
}

void sc_norm_finish(sc_citation *c)
{
    char ord[16];
    sc_sbuf k = sc_sb_at(c->key, sizeof c->key), f = sc_sb_at(c->canonical, sizeof c->canonical),
         u = sc_sb_at(c->url, sizeof c->url);
    switch (c->type) {
    case SC_PUBLIC_LAW:
    case SC_PRIVATE_LAW: {
        int pub = c->type == SC_PUBLIC_LAW;
        sc_sb_s(&k, pub ? "publ:" : "pvtl:");
        sb_i(&k, c->congress);
        sc_sb_lit(&k, "-");
        sb_i(&k, c->number);
        sc_sb_s(&f, pub ? "Pub. L. No. " : "Priv. L. No. ");
        sb_i(&f, c->congress);
        sc_sb_lit(&f, "-");
        sb_i(&f, c->number);
        sc_sb_lit(&u, "https://www.govinfo.gov/link/plaw/");
        sb_i(&u, c->congress);
        sc_sb_s(&u, pub ? "/public/" : "/private/");
        sb_i(&u, c->number);
        break;
    }
    case SC_USC: {
        int app = (c->wording & SC_W_APPENDIX) != 0;
        char tnum[8];
        sc_sbuf t = sc_sb_at(tnum, sizeof tnum);
        sb_i(&t, (int)sc_atol(c->title));
        sc_sb_lit(&k, "usc:");
        sc_sb_s(&k, c->title);
        sc_sb_lit(&k, "/");
        sc_sb_s(&k, c->section);
        sc_sb_s(&k, c->subsections);
        sc_sb_s(&f, tnum);
        sc_sb_s(&f, app ? " U.S.C. app. " : " U.S.C. ");
        sc_sb_s(&f, (c->wording & SC_W_RANGE) ? "\xc2\xa7\xc2\xa7 " : "\xc2\xa7 ");
        sc_sb_s(&f, c->section);
        sc_sb_s(&f, c->subsections);
        if (c->wording & (SC_W_ET_SEQ | SC_W_NOTE))
            sc_sb_s(&f, (c->wording & SC_W_ET_SEQ) ? " et seq." : " note");
        if (c->edition[0]) {
            sc_sb_lit(&f, " (");
            sc_sb_s(&f, c->edition);
            sc_sb_lit(&f, ")");
        }
        if (!app) {
            /* the link goes to the first section of a range */
            char first[48];
            sc_sbuf fs = sc_sb_at(first, sizeof first);
            sc_sb_s(&fs, c->section);
            if (c->wording & SC_W_RANGE) {
                /* the range's dash: the first whose far side has a number as
                 * long as the near side's ("460l-4-460l-11": 460l-4) */
                size_t lead = strspn(first, "0123456789");
                char *d = strchr(first, '-');
                for (char *q = d; q; q = strchr(q + 1, '-'))
                    if (strspn(q + 1, "0123456789") >= lead) {
                        d = q;
                        break;
                    }
                if (d && all_digits(c->section) == 0 && sc_isdigit(d[1]))
                    *d = '\0';
            }
            sc_sb_lit(&u, "https://www.govinfo.gov/link/uscode/");
            sc_sb_s(&u, tnum);
            sc_sb_lit(&u, "/");
            sc_sb_s(&u, first);
            sc_sb_lit(&u, "?link-type=html");
        }
        break;
    }
    case SC_BILL: {
        sc_sb_lit(&k, "bill:");
        sc_sb_s(&k, sc_bill_code(c->bill));
        sc_sb_lit(&k, "/");
        sb_i(&k, c->number);
        sc_sb_s(&f, sc_norm_bill_abbrev(c->bill));
        sc_sb_lit(&f, " ");
        sb_i(&f, c->number);
        if (c->congress > 0) {
            sc_sb_lit(&k, "@");
            sb_i(&k, c->congress);
            sc_norm_ordinal(c->congress, ord, sizeof ord);
            sc_sb_lit(&f, ", ");
            sc_sb_s(&f, ord);
            sc_sb_lit(&f, " Cong.");
            if (c->year > 0) {
                sc_sb_lit(&f, " (");
                sb_i(&f, c->year);
                sc_sb_lit(&f, ")");
            }
            sc_sb_lit(&u, "https://www.congress.gov/bill/");
            sc_sb_s(&u, ord);
            sc_sb_lit(&u, "-congress/");
            sc_sb_s(&u, bill_info[c->bill].path);
            sc_sb_lit(&u, "/");
            sb_i(&u, c->number);
        }
        break;
    }
    case SC_STAT: {
        sc_sb_lit(&k, "stat:");
        sc_sb_s(&k, c->volume);
        sc_sb_lit(&k, "/");
        sc_sb_s(&k, c->pages);
        sc_sb_s(&f, c->volume);
        sc_sb_lit(&f, " Stat. ");
        sc_sb_s(&f, c->pages);
        sc_sb_lit(&u, "https://www.govinfo.gov/link/statute/");
        sc_sb_s(&u, c->volume);
        sc_sb_lit(&u, "/");
        sc_sb_s(&u, c->pages);
        break;
    }
    case SC_ACT_SECTION:
        sc_actsec_finish(c);
        break;
    default:
        break;
    }
}

int sc_citation_status(const sc_citation *c)
{
    int worst = -1;
    for (int i = 0; i < c->ndiag; i++)
        if ((int)c->diag[i].severity > worst)
            worst = (int)c->diag[i].severity;
    return worst;
}

const char *sc_severity_name(sc_severity s)
{
    switch (s) {
    case SC_NOTE: return "note";
    case SC_WARNING: return "warning";
    case SC_ERROR: return "error";
    }
    return "?";
}

int sc_norm_stat_year_item(const sc_citation *item, const uint8_t *buf, size_t end, size_t len)
{
    const char *p = item->pages;
    /* closing the bracket, or before its next part: "(87 Stat. 171, 174,
     * 1973, signed by President Richard Nixon)", "(..., 1973; ...)" */
    if (item->type != SC_STAT || strlen(p) != 4 || !all_digits(p) || end >= len ||
        !(buf[end] == ')' || buf[end] == ';' ||
          (buf[end] == ',' && end + 2 < len && buf[end + 1] == ' ' && sc_isalpha(buf[end + 2]))))
        return 0;
    long y = sc_atol(p);
    if (y < 1789 || y > 2100)
        return 0;
    int y0, y1;
    if (!sc_stat_volume_years((int)sc_atol(item->volume), &y0, &y1))
        return 1; /* a volume not on record: a year, as before the tables */
    return y >= y0 - 1 && y <= y1 + 1;
}
