/*
 * actsection.c -- a section of a named Act to its U.S. Code key (see
 * actsection.h).  The grammar says where a name stands; here the name is
 * looked up (sc_act_lookup), and the section classified (sc_act_classify).
 * A name written before the sign ("INA § 287(g)", "Internal Revenue Code of
 * 1986, § 61") is found by trying the words before it, one more at a time,
 * and keeping the longest run the tables know; "the Act" means the nearest
 * Act named before it, found the same way before an earlier "Act".
 */
#include "actsection.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ctype.h"
#include "lexer.h"
#include "normalize.h"
#include "ref_acts.h"
#include "refdata.h"

/* dst = the strings of @p parts (NULL-terminated), cut to @p cap: the
 * fields and keys of every Act citation, without printf's parsing. */
static void join(char *dst, size_t cap, const char *const *parts)
{
    size_t n = 0;
    for (; *parts; parts++)
        for (const char *p = *parts; *p && n + 1 < cap; p++)
            dst[n++] = *p;
    dst[n] = '\0';
}
#define JOIN(dst, ...) join(dst, sizeof(dst), (const char *const[]){ __VA_ARGS__, NULL })

/*
 * The Acts tables' recent answers, per thread: a document names the same
 * Acts and sections again and again, and each question is several binary
 * searches over the tables' strings (name_before() asks up to 14 runs of
 * words per sign, most of them names of nothing).  Direct-mapped by a hash
 * of the question; an answer is the tables' own, so only time changes.
 */
#define MEMO 256
static _Thread_local struct name_memo {
    uint8_t len; /* of name; 0: empty */
    char name[95];
    int act;
} name_memo[MEMO];
static _Thread_local struct sec_memo {
    int act1; /* the Act + 1; 0: empty */
    int ok;
    char sec[48], title[8], usc[48];
} sec_memo[MEMO];

static uint32_t memo_hash(uint32_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)p[i]) * 16777619u;
    return h;
}

/* sc_act_lookup(), remembered */
static int act_lookup(const char *name, size_t len)
{
    if (len == 0 || len >= sizeof name_memo[0].name)
        return sc_act_lookup(name, len);
    struct name_memo *m = &name_memo[memo_hash(2166136261u, name, len) % MEMO];
    if (m->len == len && memcmp(m->name, name, len) == 0)
        return m->act;
    m->act = sc_act_lookup(name, len);
    memcpy(m->name, name, len);
    m->len = (uint8_t)len;
    return m->act;
}

/* sc_act_classify() into title[8] and usc[48], remembered */
static int act_classify(int act, const char *sec, char title[8], char usc[48])
{
    size_t n = strlen(sec);
    if (act < 0 || n >= sizeof sec_memo[0].sec)
        return sc_act_classify(act, sec, title, 8, usc, 48);
    struct sec_memo *m = &sec_memo[memo_hash(2166136261u ^ (uint32_t)act, sec, n) % MEMO];
    if (m->act1 == act + 1 && strcmp(m->sec, sec) == 0) {
        if (m->ok) {
            memcpy(title, m->title, sizeof m->title);
            memcpy(usc, m->usc, sizeof m->usc);
        }
        return m->ok;
    }
    m->ok = sc_act_classify(act, sec, m->title, sizeof m->title, m->usc, sizeof m->usc);
    m->act1 = act + 1;
    memcpy(m->sec, sec, n + 1);
    if (m->ok) {
        memcpy(title, m->title, sizeof m->title);
        memcpy(usc, m->usc, sizeof m->usc);
    }
    return m->ok;
}

/* Words a name may hold besides capitalized ones. */
static int link_word(const uint8_t *w, size_t n)
{
    static const char *const lw[] = { "of",   "and", "the",  "for",     "to", "on",
                                      "in",   "&",   "with", "by", "from", "against" };
    for (size_t i = 0; i < sizeof lw / sizeof lw[0]; i++)
        if (strlen(lw[i]) == n && memcmp(lw[i], w, n) == 0)
            return 1;
    return 0;
}

/*
 * The longest run of name words ending at subj[end] (spaces and a comma
 * before it skipped) that names an Act: sets *so to where it starts and
 * returns the Act, or -1.  Looks at most 14 words and 160 bytes back, and
 * never before subj[floor].
 */
static int name_before(const uint8_t *subj, size_t floor, size_t end, size_t *so)
{
    size_t e = end;
    while (e > floor && (subj[e - 1] == ' ' || subj[e - 1] == ',' || subj[e - 1] == 0xa0 ||
                         (subj[e - 1] == 0xc2)))
        e--;
    int best = -1;
    size_t i = e;
    for (int words = 0; words < 14 && i > floor && end - i < 160; words++) {
        size_t we = i;
        while (i > floor && (sc_isalnum(subj[i - 1]) || subj[i - 1] == '.' || subj[i - 1] == '&' ||
                             subj[i - 1] == '\'' || subj[i - 1] == '-'))
            i--;
        size_t ws = i, wl = we - ws;
        if (wl == 0)
            break;
        /* (a year's last digits: "'34 Act", the Securities Exchange Act of 1934) */
        int head = sc_isupper(subj[ws]) || (wl == 3 && subj[ws] == '\'' && sc_isdigit(subj[ws + 1]) &&
                                            sc_isdigit(subj[ws + 2]));
        int ok = head || link_word(subj + ws, wl) || (wl == 4 && sc_isdigit(subj[ws]));
        if (!ok)
            break;
        if (head && !link_word(subj + ws, wl) &&
            !(e - ws == 3 && memcmp(subj + ws, "Act", 3) == 0)) { /* "Act" alone is no name */
            int a = act_lookup((const char *)subj + ws, e - ws);
            if (a >= 0) {
                best = a;
                *so = ws;
            }
        }
        while (i > floor && (subj[i - 1] == ' ' || subj[i - 1] == ','))
            i--;
    }
    return best;
}

/* "the Act": the nearest Act named before subj[at] -- among the last few
 * words "Act" there, so that a text of many "the Act"s and no name costs
 * a bounded look each (ACT_TRIES), not one per "Act" in reach. */
#define ACT_TRIES 4
static int act_named_before(const uint8_t *subj, size_t at)
{
    size_t floor = at > SC_ACT_BACK_REACH ? at - SC_ACT_BACK_REACH : 0;
    int tries = 0;
    for (size_t i = at; i >= floor + 3 && tries < ACT_TRIES; i--) {
        if (subj[i - 1] == 't' && subj[i - 2] == 'c' && subj[i - 3] == 'A' &&
            (i - 3 == 0 || !sc_isalpha(subj[i - 4])) && (i >= at || !sc_isalpha(subj[i]))) {
            size_t so;
            int a = name_before(subj, floor, i, &so);
            if (a >= 0 && i - so > 3)
                return a;
            tries++;
        }
        if (i == 3)
            break;
    }
    return -1;
}


int sc_actsec_norm(sc_citation *c, const uint8_t *subj, uint64_t base, const sc_groups *g,
                   const sc_citation *head)
{
    char sec[48] = "", sub[64] = "";
    if (sc_gset(g, SC_G_SECTION))
        sc_norm_fold(subj + g->so[SC_G_SECTION], g->eo[SC_G_SECTION] - g->so[SC_G_SECTION], sec,
                     sizeof sec);
    if (sc_gset(g, SC_G_SUB))
        sc_norm_fold(subj + g->so[SC_G_SUB], g->eo[SC_G_SUB] - g->so[SC_G_SUB], sub, sizeof sub);
    int act;
    if (head) {
        act = act_lookup(head->act, strlen(head->act));
        if (!sec[0]) { /* "(b)(2)" alone: the head's section */
            char merged[64];
            size_t n = strcspn(head->act_section, "(");
            snprintf(sec, sizeof sec, "%.*s", (int)n, head->act_section);
            sc_norm_merge_sub(merged, sizeof merged, head->act_section + n, sub);
            snprintf(sub, sizeof sub, "%s", merged);
        }
    } else {
        size_t so = g->so[SC_G_ACT], eo = g->eo[SC_G_ACT];
        if (so == eo) { /* the name stands before the sign */
            size_t floor = so > 200 ? so - 200 : 0, ns = 0;
            act = name_before(subj, floor, so, &ns);
            if (act < 0)
                return -1;
            c->start = base + ns;
            size_t n = g->eo[SC_G_CITE] - ns;
            c->raw_len = n;
            if (n >= sizeof c->raw)
                n = sizeof c->raw - 1;
            memcpy(c->raw, subj + ns, n);
            c->raw[n] = '\0';
        } else if (eo - so == 3 && memcmp(subj + so, "Act", 3) == 0) {
            act = act_named_before(subj, g->so[SC_G_CITE]); /* "of the Act" */
        } else {
            act = act_lookup((const char *)subj + so, eo - so);
        }
    }
    if (act < 0 || !sec[0])
        return -1;
    char title[8], usc[48];
    int unclassified = 0;
    int classified = act_classify(act, sec, title, usc);
    int place = classified ? 0 : sc_act_article_place(act, sec, title, sizeof title, usc, sizeof usc);
    if (place) {
        /* an article of the UCMJ the chapter does not hold today: where the
         * Code would hold it ("article 72b": 10 U.S.C. 872b).  One the Code
         * had ("article 57a": 857a, repealed) is that section, for the Code's
         * checks; one it never had, or one past the chapter's first or last
         * article ("article 199"), the checker's alone, which says so */
        if (place < 0 || !sc_ref_usc_section(title, usc)) {
            unclassified = 1;
            title[0] = usc[0] = '\0';
        }
    } else if (!classified) {
        /* a number longer than every section of the Act the tables classify
         * ("INA § 2366(c)"): for the checker, which says it cannot be one */
        int digits;
        long high;
        /* (an Act of SC_ACT_SPAN_MIN numbered sections has numbers of three
         * digits at least: a section of three or fewer is never longer --
         * most, asked first, at no cost) */
        int nd = (int)strspn(sec, "0123456789");
        if (head || nd <= 3 || sc_act_section_span(act, &digits, &high) < SC_ACT_SPAN_MIN ||
            nd <= digits)
            return -1;
        unclassified = 1;
        title[0] = usc[0] = '\0';
    }
    size_t as = g->so[SC_G_ACT], ae = g->eo[SC_G_ACT];
    /* (without the quotes it is written in: "of the “Secondary Mortgage
     * Market Enhancement Act of 1984”") */
    if (ae - as > 3 && subj[as] == '"')
        as++;
    else if (ae - as > 5 && subj[as] == 0xe2 && subj[as + 1] == 0x80 &&
             (subj[as + 2] == 0x9c || subj[as + 2] == 0x98))
        as += 3;
    if (!head && ae - as > 3 && memchr(subj + as, ' ', ae - as))
        /* the name as written ("River and Harbor Act of 1960"; the tables'
         * principal name of that law may be another of its names) */
        sc_lex_fold(subj + as, ae - as, c->act, sizeof c->act, SC_FOLD_ONE_SPACE);
    else if (!head)
        JOIN(c->act, sc_act_name(act));
    JOIN(c->act_section, sec, sub);
    JOIN(c->title, title);
    JOIN(c->section, usc);
    JOIN(c->subsections, sub);
    c->wording &= ~(unsigned)SC_W_RANGE;
    if (unclassified) {
        c->wording |= SC_W_UNCLASSIFIED;
        return 1;
    }
    return 0;
}

void sc_actsec_finish(sc_citation *c)
{
    /* the IRC's or the Bankruptcy Code's sections, the UCMJ's articles: an
     * Act looked up only in a title that holds such an Act */
    if (c->wording & SC_W_UNCLASSIFIED) { /* no place in the Code: the Act's own key */
        char folded[SC_KEY_MAX];
        sc_lex_fold((const uint8_t *)c->act, strlen(c->act), folded, sizeof folded, SC_FOLD_ONE_SPACE);
        for (char *p = folded; *p; p++)
            *p = *p == ' ' ? '-' : (char)sc_tolower((uint8_t)*p);
        JOIN(c->key, "act:", folded, "/", c->act_section);
        /* ("Uniform Code of Military Justice art. 72b": its sign) */
        JOIN(c->canonical, c->act, " ", sc_act_sign(act_lookup(c->act, strlen(c->act))), " ",
             c->act_section);
        c->url[0] = '\0';
        return;
    }
    int id = sc_act_title_special(c->title) ? act_lookup(c->act, strlen(c->act)) : -1;
    int code = sc_act_is_code_title(id);
    const char *sign = sc_act_sign(id);
    JOIN(c->key, "usc:", c->title, "/", c->section, c->subsections);
    if (code == 26)
        JOIN(c->canonical, "I.R.C. \xc2\xa7 ", c->act_section);
    else if (code)
        JOIN(c->canonical, c->title, " U.S.C. \xc2\xa7 ", c->section, c->subsections);
    else
        JOIN(c->canonical, c->act, " ", sign, " ", c->act_section);
    JOIN(c->url, "https://www.govinfo.gov/link/uscode/", c->title, "/", c->section,
         "?link-type=html");
}


/* The lookbehind NAMEEND of grammar/45-acts.rules: a name may end before
 * (kept in step with it). */
static int name_end_before(const uint8_t *b, size_t at)
{
    size_t j = at;
    if (j >= 2 && b[j - 2] == 0xc2 && b[j - 1] == 0xa0)
        j -= 2; /* NBSP */
    else if (j >= 1 && b[j - 1] == ' ')
        j--;
    else
        return 0;
    if (j >= 1 && sc_isupper(b[j - 1]))
        return 1;
    if (j >= 2 && b[j - 1] == '.' && sc_isupper(b[j - 2]))
        return 1;
    /* two names joined, the Act's sponsors': "Dodd-Frank § 166", "Sarbanes-Oxley
     * § 209" (a capital after a hyphen, 3 to 7 small letters after it) */
    size_t k = j;
    while (k > 0 && j - k < 8 && sc_islower(b[k - 1]))
        k--;
    if (j - k >= 3 && j - k <= 7 && k >= 3 && sc_isupper(b[k - 1]) && b[k - 2] == '-' &&
        sc_islower(b[k - 3]))
        return 1;
    if (j >= 1 && b[j - 1] == ',')
        j--;
    if ((j >= 3 && memcmp(b + j - 3, "Act", 3) == 0) || (j >= 4 && memcmp(b + j - 4, "Code", 4) == 0))
        return 1;
    /* the Revised Statutes: "Rev. Stat. § 1979", "Revised Statutes § 1979" */
    if ((j >= 5 && memcmp(b + j - 5, "Stat.", 5) == 0) || (j >= 8 && memcmp(b + j - 8, "Statutes", 8) == 0))
        return 1;
    if (j >= 7 && memcmp(b + j - 7, "of ", 3) == 0 && sc_isdigit(b[j - 1]) &&
        sc_isdigit(b[j - 2]) && sc_isdigit(b[j - 3]) && sc_isdigit(b[j - 4]))
        return 1; /* "Americans with Disabilities Act of 1990 § 102" */
    if (j >= 9 && sc_isdigit(b[j - 1]) && sc_isdigit(b[j - 2]) && sc_isdigit(b[j - 3]) &&
        sc_isdigit(b[j - 4]) && b[j - 5] == ' ' &&
        (b[j - 6] == ',' || memcmp(b + j - 9, "Year", 4) == 0))
        return 1; /* "X Appropriation Act, 1957 § 105", "X Act for Fiscal Year 1993 § 105" */
    return j >= 4 && j < at - 1 && b[j] == ',' && sc_isdigit(b[j - 1]) && sc_isdigit(b[j - 4]);
}

/* Whether an Act's name could begin at buf[i]: an abbreviation in capitals
 * ("INA", "I.R.C.", "FD&C Act"), "Act" ("the Act"), or capitalized words
 * and link words up to "Act" or "Code" (the shape ACTNAME of the grammar
 * accepts, looked at cheaply: at most 16 words, 160 bytes). */
static int name_at(const uint8_t *buf, size_t i, size_t end)
{
    if (i >= end || !(sc_isupper(buf[i]) || buf[i] >= 0x80 || buf[i] == '"'))
        return 0;
    for (int words = 0; words < 17 && i < end; words++) {
        while (i < end && (buf[i] >= 0x80 || buf[i] == '"'))
            i++; /* quotes */
        size_t w = i;
        int caps = 0;
        while (i < end && (sc_isalpha(buf[i]) || buf[i] == '.' || buf[i] == '&' ||
                           buf[i] == '-' || buf[i] == '\'' || buf[i] >= 0x80))
            caps += sc_isupper(buf[i++]) != 0;
        size_t wl = i - w;
        while (wl > 0 && (buf[w + wl - 1] == '.' || buf[w + wl - 1] == '\'' ||
                          buf[w + wl - 1] >= 0x80))
            wl--; /* "Act." at a sentence's end, "Workers’" */
        if (wl == 0)
            return 0;
        if ((wl == 3 && memcmp(buf + w, "Act", 3) == 0) ||
            (wl == 4 && memcmp(buf + w, "Code", 4) == 0) ||
            (wl == 8 && memcmp(buf + w, "Statutes", 8) == 0)) /* the Revised Statutes */
            return 1;
        if (words == 0 && caps >= 2)
            return 1; /* an abbreviation */
        if (!sc_isupper(buf[w]) && !link_word(buf + w, wl) &&
            !(wl == 6 && memcmp(buf + w, "Fiscal", 6) == 0))
            return 0;
        while (i < end && (sc_isspace(buf[i]) || buf[i] == ',' || buf[i] == 0xc2 || buf[i] == 0xa0))
            i++;
    }
    return 0;
}

int sc_actsec_possible(const uint8_t *buf, size_t at, size_t len)
{
    if (name_end_before(buf, at))
        return 1;
    size_t end = at + 160 < len ? at + 160 : len, i = at;
    while (i < end && !sc_isdigit(buf[i]) && i - at < 16) /* the word or sign */
        i++;
    if (i >= end || !sc_isdigit(buf[i]))
        return 0;
    /* bytes of a section number or subsection: passed over by one table look-up */
    static const uint8_t listch[256] = {
        ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
        ['8'] = 1, ['9'] = 1, ['('] = 1, [')'] = 1, ['-'] = 1,
        ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
        ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
        ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
        ['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
        ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
        ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
        ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
        [0x80] = 1, [0x81] = 1, [0x82] = 1, [0x83] = 1, [0x84] = 1, [0x85] = 1, [0x86] = 1,
        [0x87] = 1, [0x88] = 1, [0x89] = 1, [0x8a] = 1, [0x8b] = 1, [0x8c] = 1, [0x8d] = 1,
        [0x8e] = 1, [0x8f] = 1, [0x90] = 1, [0x91] = 1, [0x92] = 1, [0x93] = 1, [0x94] = 1,
        [0x95] = 1, [0x96] = 1, [0x97] = 1, [0xa0] = 1, [0xad] = 1, [0xc2] = 1, [0xe2] = 1,
    };
    while (i < end) {
        uint8_t c = buf[i];
        if (listch[c] || c >= 0x80) {
            i++;
            continue;
        }
        if (!sc_isspace(c) && c != ',')
            return 0;
        int comma = 0;
        while (i < end && (sc_isspace(buf[i]) || buf[i] == ','))
            comma |= buf[i++] == ',';
        size_t w = i;
        while (i < end && sc_isalpha(buf[i]))
            i++;
        size_t wl = i - w;
        if (wl == 0)
            continue; /* the next number or "(b)" of the list */
        if (comma && sc_isupper(buf[w]))
            return name_at(buf, w, end + 160 < len ? end + 160 : len); /* ", Arms Export Control Act" */
        if (wl == 2 && memcmp(buf + w, "of", 2) == 0) {
            while (i < end && (sc_isspace(buf[i]) || buf[i] >= 0x80))
                i++;
            if (i + 4 <= end && memcmp(buf + i, "the", 3) == 0 && !sc_isalpha(buf[i + 3])) {
                i += 3;
                while (i < end && (sc_isspace(buf[i]) || buf[i] >= 0x80))
                    i++;
            }
            return name_at(buf, i, end + 160 < len ? end + 160 : len);
        }
        if ((wl == 3 && memcmp(buf + w, "and", 3) == 0) || (wl == 2 && memcmp(buf + w, "or", 2) == 0))
            continue;
        return 0;
    }
    return 0;
}
