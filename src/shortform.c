/*
 * shortform.c -- which title a short form means (see shortform.h).
 *
 * A short form refers back to the citation found just before it.  It takes
 * that citation's title when (1) that citation is a U.S. Code one (after
 * "Pub. L. 107-296, § 2" the "§ 2" is the law's own section), (2) it ends
 * within reach, and (3) nothing that looks like another authority stands
 * between them -- a case ("v.", "531 U.S. 341"), a regulation ("21 C.F.R."),
 * "supra"; for "Id." alone, any number at all; for "section N", a blank
 * line.  ("Id. § 236(e)" after an Act's section and its parallel place in
 * the Code, "INA § 236(c), 8 U.S.C. § 1226(c)", is the Act's when the title
 * has no section 236 in force: parallel_act().)  No short form is another authority's section named right before
 * it ("N.Y. Penal Law § 120": named_before) or an Act's section with its
 * place in the Code in brackets right after it ("section 303 (41 U.S.C.
 * 253)").  With no citation in reach, a short form in a U.S. Code document
 * takes the document's title -- inside a law its notes quote, only a
 * section of that title in force -- and "of this title" takes only that.
 */
#include "shortform.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctype.h"
#include "normalize.h"
#include "ref_acts.h"
#include "refdata.h"

void sc_short_reset(sc_short_state *st, const char *docname)
{
    st->have = st->have_stat = 0;
    st->nrecent = st->nrecent_short = st->nrecent_act = 0;
    st->last_full = SC_NO_ANTECEDENT;
    st->doc_title[0] = '\0';
    if (!docname)
        return;
    const char *b = strrchr(docname, '/');
    b = b ? b + 1 : docname;
    char n[64];
    size_t k = 0;
    for (; b[k] && k + 1 < sizeof n; k++)
        n[k] = (char)sc_tolower((uint8_t)b[k]);
    n[k] = '\0';
    /* OLRC's "usc06.xml", "usc35.htm"; "usc-35-...", govinfo's
     * "uscode-2011-title6" */
    const char *p = NULL;
    if (strncmp(n, "usc", 3) == 0 && strncmp(n, "uscode", 6) != 0)
        p = n + 3;
    else if (strncmp(n, "uscode", 6) == 0 && (p = strstr(n, "title")) != NULL)
        p += 5;
    if (!p)
        return;
    if (*p == '-' || *p == '_')
        p++;
    if (!sc_isdigit(*p) || (sc_isdigit(p[1]) && sc_isdigit(p[2])))
        return;
    int t = atoi(p);
    if (t >= 1 && t <= 54)
        snprintf(st->doc_title, sizeof st->doc_title, "%d", t);
}

void sc_short_set_doc_title(sc_short_state *st, const char *title)
{
    int t = atoi(title);
    if (t >= 1 && t <= 54)
        snprintf(st->doc_title, sizeof st->doc_title, "%d", t);
}

void sc_short_seen(sc_short_state *st, const sc_citation *c)
{
    struct sc_short_last *l = &st->last;
    l->type = c->type;
    l->wording = c->wording;
    l->start = c->start;
    l->end = c->end;
    l->full = c->form == SC_FORM_SHORT ? c->antecedent : c->start;
    memcpy(l->title, c->title, sizeof l->title);
    memcpy(l->section, c->section, sizeof l->section);
    memcpy(l->subsections, c->subsections, sizeof l->subsections);
    memcpy(l->volume, c->volume, sizeof l->volume);
    memcpy(l->act, c->act, sizeof l->act);
    l->act_sec[0] = '\0';
    if (c->type == SC_ACT_SECTION) { /* its number, without subsections */
        size_t k = 0;
        while (k + 1 < sizeof l->act_sec && c->act_section[k] && c->act_section[k] != '(')
            k++;
        memcpy(l->act_sec, c->act_section, k);
        l->act_sec[k] = '\0';
    }
    /* "section 111 thereof" after "of title 13, U.S.C., 1952 ed." cites that
     * edition too; a current edition ("(2018)") is not passed on */
    l->edition[0] = '\0';
    if (sc_norm_old_edition(c->edition))
        snprintf(l->edition, sizeof l->edition, "%s", c->edition);
    st->last_full = c->form == SC_FORM_SHORT ? c->antecedent : c->start;
    st->have = 1;
    if (c->type == SC_STAT && (c->wording & SC_W_LIST_ITEM) && st->have_stat &&
        strcmp(st->stat_volume, c->volume) == 0) {
        st->stat_end = c->end; /* a pin page ("124 Stat. 119, 242"): the full one is its head */
    } else if (c->type == SC_STAT && st->last_full != SC_NO_ANTECEDENT) {
        st->have_stat = 1;
        st->stat_end = c->end;
        st->stat_full = st->last_full;
        memcpy(st->stat_volume, c->volume, sizeof st->stat_volume);
    }
    if (((c->type == SC_USC && c->title[0]) || (c->type == SC_ACT_SECTION && c->act[0])) &&
        c->form != SC_FORM_SHORT) {
        st->recent[st->nrecent++ % SC_SHORT_RECENT] = *l;
        if (c->type == SC_ACT_SECTION)
            st->recent_act[st->nrecent_act++ % SC_SHORT_RECENT] = *l;
    }
    else if (c->type == SC_USC && c->title[0])
        st->recent_short[st->nrecent_short++ % SC_SHORT_RECENT] = *l;
}

/* The k-th newest citation of a ring of SC_SHORT_RECENT that has taken
 * @p count (k = 1 the newest) that ends within @p reach before @p at, or
 * NULL past the ring's end; one out of reach is skipped (*f NULL, return
 * 1). */
static int ring_in(const struct sc_short_last *ring, unsigned count, unsigned k, uint64_t at,
                   uint64_t reach, const struct sc_short_last **f)
{
    unsigned n = count < SC_SHORT_RECENT ? count : SC_SHORT_RECENT;
    if (k > n)
        return 0;
    const struct sc_short_last *r = &ring[(count - k) % SC_SHORT_RECENT];
    *f = r->end <= at && at - r->end <= reach ? r : NULL;
    return 1;
}

/* ring_in() of the full citations. */
static int ring_at(const sc_short_state *st, unsigned k, uint64_t at, uint64_t reach,
                   const struct sc_short_last **f)
{
    return ring_in(st->recent, st->nrecent, k, at, reach, f);
}

/* The newest U.S. Code short form of section @p section, as resolved,
 * that ends within @p reach before @p at and after the newest full
 * citation of that section (@p full, or none), or NULL. */
static const struct sc_short_last *recent_short_of(const sc_short_state *st, const char *section,
                                                   uint64_t at, uint64_t reach,
                                                   const struct sc_short_last *full)
{
    const struct sc_short_last *r;
    for (unsigned k = 1; ring_in(st->recent_short, st->nrecent_short, k, at, reach, &r); k++)
        if (r && strcmp(r->section, section) == 0 && (!full || r->start > full->start))
            return r;
    return NULL;
}

/* The newest citation of @p type (SC_USC: of Code section @p section;
 * SC_ACT_SECTION: of an Act's section numbered @p section) in the ring
 * @p ring, which has taken @p count, that ends within @p reach before @p
 * at, or NULL. */
static const struct sc_short_last *ring_find(const struct sc_short_last *ring, unsigned count,
                                             sc_type type, const char *section, uint64_t at,
                                             uint64_t reach)
{
    const struct sc_short_last *f;
    for (unsigned k = 1; ring_in(ring, count, k, at, reach, &f); k++)
        if (f && f->type == type && strcmp(type == SC_USC ? f->section : f->act_sec, section) == 0)
            return f;
    return NULL;
}

/* ring_find() of the full citations (sc_short_state.recent). */
static const struct sc_short_last *recent_of(const sc_short_state *st, sc_type type,
                                             const char *section, uint64_t at, uint64_t reach)
{
    return ring_find(st->recent, st->nrecent, type, section, at, reach);
}

int sc_short_possible(const sc_short_state *st, uint64_t at, int word)
{
    if (st->doc_title[0])
        return 1;
    return st->have && (st->last.type == SC_USC || st->last.type == SC_ACT_SECTION) &&
           st->last.end <= at &&
           at - st->last.end <= (word ? SC_SHORT_REACH_SECTION : SC_SHORT_REACH_SIGN);
}

/* Whether the text between a citation and a short form cites something
 * else (see the top of the file). */
static int blocked(const uint8_t *p, size_t n, int no_digits, int no_blank_line)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (sc_isdigit(c)) {
            if (no_digits)
                return 1;
            size_t j = i;
            while (j < n && sc_isdigit(p[j]))
                j++;
            size_t s = j;
            while (j < n && j - s < 2 && p[j] == ' ')
                j++;
            if (j > s && j < n && sc_isupper(p[j])) { /* "531 U.S.", "21 C.F.R.", "40 FR" */
                size_t t = j, up = 0;
                int dot = 0;
                while (t < n && t - j < 12 && (sc_isalpha(p[t]) || p[t] == '.')) {
                    up += sc_isupper(p[t]) != 0;
                    dot |= p[t] == '.';
                    t++;
                }
                if (dot || up >= 2)
                    return 1;
            }
            i = j - 1;
        } else if (c == 'v' && i > 0 && p[i - 1] == ' ' && i + 2 < n && p[i + 1] == '.' &&
                   p[i + 2] == ' ') {
            return 1; /* Roe v. Wade */
        } else if ((c == 's' || c == 'i') && i + 5 <= n &&
                   (memcmp(p + i, "supra", 5) == 0 || memcmp(p + i, "infra", 5) == 0)) {
            return 1;
        } else if ((c == 'a' || c == 'A') && i + 3 <= n && memcmp(p + i + 1, "ct", 2) == 0 &&
                   (i == 0 || !sc_isalpha(p[i - 1])) && (i + 3 == n || !sc_isalpha(p[i + 3]))) {
            return 1; /* "act Apr. 30, 1946, ch. 244, § 2", "this Act": an Act's own section */
        } else if (c == 'c' && i + 3 <= n && p[i + 1] == 'h' && p[i + 2] == '.' &&
                   (i == 0 || !sc_isalpha(p[i - 1]))) {
            return 1; /* "ch. 390, § 9": a chapter of the Statutes at Large */
        } else if (c == 'R' && i + 4 <= n && memcmp(p + i, "R.S.", 4) == 0) {
            return 1; /* the Revised Statutes */
        } else if (c == 'P' && i + 4 <= n && memcmp(p + i, "Plan", 4) == 0 &&
                   (i == 0 || !sc_isalpha(p[i - 1]))) {
            return 1; /* "Reorganization Plan No. 5, §§ 1, 2": the plan's own sections */
        } else if (c == 'C' && i + 3 <= n && (memcmp(p + i, "CFR", 3) == 0 ||
                                              (i + 6 <= n && memcmp(p + i, "C.F.R.", 6) == 0))) {
            return 1;
        } else if (c == '\n' && no_blank_line) {
            size_t j = i + 1;
            while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r'))
                j++;
            if (j < n && p[j] == '\n')
                return 1;
        }
    }
    return 0;
}

/* The offset of the last of the bytes @p x, @p y, @p z in buf[lo..i), or
 * SIZE_MAX: 16 bytes at a time, back from @p i. */
static size_t last_of(const uint8_t *buf, size_t lo, size_t i, uint8_t x, uint8_t y, uint8_t z)
{
#if defined(__SSE2__)
    const __m128i vx = _mm_set1_epi8((char)x), vy = _mm_set1_epi8((char)y), vz = _mm_set1_epi8((char)z);
    for (; i >= lo + 16; i -= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(buf + i - 16));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vx), _mm_cmpeq_epi8(v, vy)), _mm_cmpeq_epi8(v, vz)));
        if (m)
            return i - 16 + 31 - (size_t)__builtin_clz(m);
    }
#endif
    for (; i > lo; i--)
        if (buf[i - 1] == x || buf[i - 1] == y || buf[i - 1] == z)
            return i - 1;
    return SIZE_MAX;
}

/* Whether document offset @p at lies inside brackets @p open ... @p close
 * opened on its line ("[49 U.S.C. 44901 note]", a printed law's margin
 * note; "(42 U.S.C. 1395w-114(a))", a parallel cite). */
static int in_brackets(const uint8_t *buf, uint64_t base, uint64_t at, uint8_t open,
                       uint8_t close)
{
    if (at < base)
        return 0;
    size_t i = (size_t)(at - base), k = last_of(buf, i > 200 ? i - 200 : 0, i, '\n', close, open);
    return k != SIZE_MAX && buf[k] == open;
}

/* A run of letters, digits and ".()'&-" ending at b[e] (exclusive), not
 * before lo: its start. */
static size_t token_start(const uint8_t *b, size_t lo, size_t e)
{
    size_t j = e;
    while (j > lo && (sc_isalnum(b[j - 1]) || b[j - 1] == '.' || b[j - 1] == '(' ||
                      b[j - 1] == ')' || b[j - 1] == '\'' || b[j - 1] == '&' || b[j - 1] == '-'))
        j--;
    return j;
}

/* Back over blanks (and, when @p comma, one comma) from b[e]. */
static size_t back_blanks(const uint8_t *b, size_t lo, size_t e, int comma)
{
    while (e > lo && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == 0xa0 || b[e - 1] == 0xc2))
        e--;
    if (comma && e > lo && b[e - 1] == ',') {
        e--;
        while (e > lo && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == 0xa0 || b[e - 1] == 0xc2))
            e--;
    }
    return e;
}

static int is_signal(const uint8_t *t, size_t n)
{
    static const char *const sig[] = { "Id.", "id.", "Cf.", "cf.", "E.g.", "e.g.", "See", "see",
                                       "Accord", "Contra", "Compare", "But", "also", NULL };
    if (n == 0)
        return 0;
    for (const char *const *s = sig; *s; s++) /* (the first byte first) */
        if ((uint8_t)(*s)[0] == t[0] && strlen(*s) == n && memcmp(t, *s, n) == 0)
            return 1;
    return 0;
}

/* Is b[s..e) a word that opens sentences and ends no name: "Under § 1983",
 * "The § 1983 claim", "In § 1985 cases" after any sentence ("... in
 * District Court. Under § 1983")? */
static int opening_word(const uint8_t *t, size_t n)
{
    static const char *const w[] = {
        "A", "According", "Accordingly", "After", "Although", "An", "And", "Any", "As", "At",
        "Because", "Before", "Both", "By", "Each", "Even", "Every", "For", "From", "Further",
        "Furthermore", "Hence", "Here", "However", "If", "In", "Indeed", "Its", "Like", "Moreover",
        "No", "Nor", "Notwithstanding", "Of", "On", "Only", "Or", "Pursuant", "Since", "So", "Such",
        "That", "The", "Their", "There", "These", "This", "Those", "Though", "Thus", "To", "Under",
        "Unless", "Unlike", "When", "Where", "Whether", "While", "With", "Without", "Yet", NULL };
    if (n == 0)
        return 0;
    for (const char *const *s = w; *s; s++) /* (the first byte first) */
        if ((uint8_t)(*s)[0] == t[0] && strlen(*s) == n && memcmp(t, *s, n) == 0)
            return 1;
    return 0;
}

/* Is the token b[s..e) a name's word: capitalized ("Penal", "Torts"), an
 * abbreviation ("N.Y.", "Civ."), a parenthesized one ("(Second)")? */
static int name_word(const uint8_t *b, size_t s, size_t e)
{
    if (e <= s)
        return 0;
    if (b[s] == '(' && e - s > 2 && sc_isupper(b[s + 1]))
        return 1;
    return sc_isupper(b[s]) && !is_signal(b + s, e - s);
}

/* Where the run of section signs and blanks ending at b[i] begins, not
 * before lo ("N.Y.C.R.R. §§ 9": the short form is read from the second
 * sign; the name stands before the first). */
static size_t before_signs(const uint8_t *b, size_t lo, size_t i)
{
    for (;;) {
        size_t k = i;
        while (k > lo && (b[k - 1] == ' ' || b[k - 1] == '\t'))
            k--;
        if (k >= lo + 2 && b[k - 2] == 0xc2 && b[k - 1] == 0xa7)
            k -= 2;
        else if (k >= lo + 1 && b[k - 1] == 0xa7)
            k -= 1;
        else if (k >= lo + 6 && (memcmp(b + k - 6, "&sect;", 6) == 0 ||
                                 memcmp(b + k - 6, "&#167;", 6) == 0))
            k -= 6;
        else
            return i;
        i = k;
    }
}

/*
 * Does the section sign (or "section") at b[i] belong to another authority
 * named right before it -- "U.S. Const. art. I, § 8", "amend. XIV, § 1",
 * "title VII, § 703", "N.Y. Penal Law § 120", "Restatement (Second) of
 * Torts § 402A", "Treas. Reg. § 1.501", "Tex. Fam. Code Ann. § 153",
 * "FOIA § 5" -- and so is no short form of the Code?  What stands before
 * a short form is a signal ("See", "Cf.", "E.g.,"), a lower-case word
 * ("under", "and"), a word that opens sentences ("Under § 1983", "The
 * § 1983 claim", also after "District Court."), a number, a
 * heading's ".--", or nothing: a roman numeral, an abbreviation ending in
 * a period, a word in capitals, or two words of a name (capitalized, or
 * "of" between them) stand before another code's section.  A capitalized
 * "Section 111" (@p capital_word) may open a sentence after any word: only
 * a roman numeral, capitals or an abbreviation with inner periods refuse it.
 */
static int named_before(const uint8_t *b, size_t i, int capital_word)
{
    size_t lo = i > 120 ? i - 120 : 0;
    i = before_signs(b, lo, i);
    size_t nl = last_of(b, lo, i, '\n', ';', ';');
    if (nl != SIZE_MAX)
        lo = nl + 1; /* the same line and clause */
    size_t e1 = back_blanks(b, lo, i, 1), s1 = token_start(b, lo, e1);
    if (s1 == e1 || is_signal(b + s1, e1 - s1) || b[e1 - 1] == '-')
        return 0; /* (".--Section 351(a)": a heading's end) */
    size_t n = e1 - s1;
    int roman = n <= 6, caps = n >= 2, upper = sc_isupper(b[s1]) != 0;
    for (size_t k = s1; k < e1; k++) {
        roman &= b[k] == 'I' || b[k] == 'V' || b[k] == 'X' || b[k] == 'L';
        caps &= sc_isupper(b[k]) || b[k] == '&';
    }
    if (roman || caps)
        return 1; /* "art. I, §", "title VII, §", "FOIA §" */
    int inner_dot = b[e1 - 1] == '.' && n > 1 && memchr(b + s1, '.', n - 1) != NULL;
    if (inner_dot || (!capital_word && b[e1 - 1] == '.' && upper && n <= 7))
        return 1; /* "N.Y. §", "Reg. §", "Ann. §", "Const. §" -- not "the statute. §" */
    /* "Section 111" opening a sentence: after its last word, capitalized
     * or not, as any sentence may begin; and "Under § 1983" */
    if (!upper || b[e1 - 1] == '.' || capital_word || opening_word(b + s1, n))
        return 0;
    /* one capitalized word: a name's last when a name's word, or "of" after
     * one, stands before it ("Penal Law", "of Torts"); not "Under § 1983" */
    size_t e0 = back_blanks(b, lo, s1, 0), s0 = token_start(b, lo, e0);
    if (e0 - s0 == 2 && memcmp(b + s0, "of", 2) == 0) {
        e0 = back_blanks(b, lo, s0, 0);
        s0 = token_start(b, lo, e0);
    }
    return name_word(b, s0, e0);
}

/* "§ 237(c)" after "INA § 101(11)": a section of the same Act, classified
 * as the full citation would be (nothing when it is not). */
static int act_section_of(sc_citation *c, int act, uint64_t full)
{
    char title[8], usc[48];
    if (act < 0 || !sc_act_classify(act, c->section, title, sizeof title, usc, sizeof usc))
        return -1;
    c->type = SC_ACT_SECTION;
    snprintf(c->act, sizeof c->act, "%s", sc_act_name(act));
    snprintf(c->act_section, sizeof c->act_section, "%.20s%.27s", c->section, c->subsections);
    snprintf(c->title, sizeof c->title, "%s", title);
    snprintf(c->section, sizeof c->section, "%s", usc);
    c->wording &= ~(unsigned)SC_W_RANGE;
    c->antecedent = full;
    sc_norm_finish(c);
    return 0;
}

/* The same, after the gap @p gap (n bytes) from the last citation: none
 * when something else is cited in it. */
static int act_short(sc_citation *c, const struct sc_short_last *l, uint64_t full,
                     const uint8_t *gap, size_t n, int no_blank_line)
{
    if (blocked(gap, n, 0, no_blank_line))
        return -1;
    return act_section_of(c, sc_act_lookup(l->act, strlen(l->act)), full);
}

/* Is b[s..e) one of the words of @p list (exactly, lower case)? */
static int word_of(const uint8_t *b, size_t s, size_t e, const char *const *list)
{
    if (e <= s)
        return 0;
    for (; *list; list++) /* (the first byte first) */
        if ((uint8_t)(*list)[0] == b[s] && strlen(*list) == e - s &&
            memcmp(b + s, *list, e - s) == 0)
            return 1;
    return 0;
}

/* What "of" says a list's sections are, the words after it at b[i] (see
 * title_follows()): "this title" 0, "title 41" 41, "the Social Security
 * Act", "Pub. L. 96-283" -2 (*name_at set), else -1.  Parts of a title go
 * before it: "of subtitle I of title 41", "of chapter 5, of title 5". */
static int of_what(const uint8_t *b, size_t i, size_t n, size_t *name_at)
{
    static const char *const parts[] = { "chapter", "subchapter", "part", "subtitle", "division",
                                         NULL };
    static const char *const units[] = { "title", "chapter", "subchapter", "part", "subtitle",
                                         NULL };
    while (i < n && b[i] == ' ')
        i++;
    for (int hops = 0; hops < 3; hops++) {
        size_t u = i;
        while (u < n && sc_isalpha(b[u]))
            u++;
        if (!word_of(b, i, u, parts))
            break;
        while (u < n && b[u] == ' ')
            u++;
        size_t d = u; /* its designator: "I", "5", "A", "III" */
        while (u < n && u - d < 8 && sc_isalnum(b[u]))
            u++;
        if (u == d)
            break;
        while (u < n && (b[u] == ' ' || b[u] == ','))
            u++;
        if (u + 3 > n || memcmp(b + u, "of ", 3) != 0)
            return -1;
        for (i = u + 3; i < n && b[i] == ' ';)
            i++;
    }
    *name_at = i;
    if (i + 4 <= n && memcmp(b + i, "the ", 4) == 0 && i + 4 < n && sc_isupper(b[i + 4]))
        return (i + 13 <= n && memcmp(b + i + 4, "United ", 7) == 0) ||
                       (i + 8 <= n && memcmp(b + i + 4, "Code", 4) == 0)
                   ? -1
                   : -2; /* "of the Social Security Act": an Act's sections */
    if (i + 4 <= n && (memcmp(b + i, "Pub.", 4) == 0 || memcmp(b + i, "Publ", 4) == 0))
        return -2; /* "of Pub. L. 96-283": a law's */
    if (i + 6 <= n && (b[i] == 't' || b[i] == 'T') && memcmp(b + i + 1, "itle ", 5) == 0) {
        size_t w = i += 6;
        int t = 0;
        for (; i < n && i - w < 3 && sc_isdigit(b[i]); i++)
            t = t * 10 + (b[i] - '0');
        return i > w && i - w <= 2 && (i >= n || !sc_isalnum(b[i])) && t >= 1 && t <= 54 ? t
                                                                                          : -1;
    }
    if (i + 5 > n || memcmp(b + i, "this ", 5) != 0)
        return -1;
    size_t w = i += 5;
    while (i < n && sc_isalpha(b[i]))
        i++;
    return word_of(b, w, i, units) ? 0 : -1;
}

/* Whose sections does the list a short form heads say they are, within
 * b[0..n)?  "sections 211, 213, and 322 of this title" (or chapter,
 * subchapter, part, subtitle): the document's, 0 returned; "Section
 * 6101(b) to (d) of title 41", a shape the full rules do not take: title
 * 41's, 41 returned; "sections 906 and 903(a)(4), respectively, of the
 * Social Security Act", "section 402 of Pub. L. 96-283": an Act's, -2
 * returned; -1 when the list names none of these.  Read over its items
 * -- numbers with letters, subsections and dashes, commas, "and", "or",
 * "to", "through", "note" -- up to 600 bytes. */
static int title_follows(const uint8_t *b, size_t n, size_t *name_at)
{
    static const char *const join[] = { "and", "or", "to", "through", "note", "notes",
                                        "respectively", NULL };
    if (n > 600)
        n = 600;
    for (size_t i = 0;;) {
        while (i < n && (b[i] == ' ' || b[i] == ',' || b[i] == '\t' || b[i] == '\r' ||
                         b[i] == '\n'))
            i++;
        if (i >= n)
            return -1;
        if (sc_isdigit(b[i]) || b[i] == '(') { /* an item: "1607a", "(b)(2)", "503–507" */
            while (i < n && (sc_isalnum(b[i]) || b[i] == '(' || b[i] == ')' || b[i] == '-' ||
                             b[i] == 0xe2 || b[i] == 0x80 || b[i] == 0x93))
                i++;
            continue;
        }
        size_t w = i;
        while (i < n && sc_isalpha(b[i]))
            i++;
        if (i - w == 2 && b[w] == 'o' && b[w + 1] == 'f')
            return of_what(b, i, n, name_at);
        if (!word_of(b, w, i, join))
            return -1; /* (also no word at all) */
    }
}

/* Is the U.S. Code's title @p title one the tables list sections of, and
 * @p section none it has had since 2013 (in any case of its letters)? */
static int lacks(const char *title, const char *section)
{
    const sc_ref_title *t = sc_ref_usc_title(title);
    return t && t->sections > 0 && !sc_ref_usc_section_any_case(title, section);
}

/* The newest full U.S. Code citation ending within @p reach before @p at
 * whose title has section @p section, or NULL. */
static const struct sc_short_last *recent_having(const sc_short_state *st, const char *section,
                                                 uint64_t at, uint64_t reach)
{
    const struct sc_short_last *f;
    for (unsigned k = 1; ring_at(st, k, at, reach, &f); k++)
        if (f && f->type == SC_USC && !f->edition[0] &&
            sc_ref_usc_section_any_case(f->title, section))
            return f;
    return NULL;
}

/* Is the short form at b[i] introduced by a word that refers back to a
 * section named before: "such section 107(d)", "said section 6", "that
 * section 5"? */
static int refers_back(const uint8_t *b, size_t i)
{
    size_t e = i;
    while (e > 0 && (b[e - 1] == ' ' || b[e - 1] == '\t' || b[e - 1] == '\n'))
        e--;
    if (e < 4 || e == i)
        return 0;
    const uint8_t *w = b + e - 4;
    return (e == 4 || !sc_isalpha(w[-1])) &&
           (memcmp(w, "such", 4) == 0 || memcmp(w, "said", 4) == 0 || memcmp(w, "that", 4) == 0);
}

/* Does the Act of @p a place its section @p section at the Code section
 * @p l cites? */
static int act_places(const struct sc_short_last *a, const char *section,
                      const struct sc_short_last *l)
{
    int act = sc_act_lookup(a->act, strlen(a->act));
    char title[8], usc[48];
    return act >= 0 && sc_act_classify(act, section, title, sizeof title, usc, sizeof usc) &&
           strcmp(title, l->title) == 0 && strcmp(usc, l->section) == 0;
}

/* The Act's section cited right before Code citation @p l, only ", " or
 * " (" between, that the Act places at @p l ("INA § 236(c), 8 U.S.C. §
 * 1226(c)"), when that Act has a section @p section the Code classifies;
 * else NULL. */
static const struct sc_short_last *parallel_act(const sc_short_state *st,
                                                const struct sc_short_last *l,
                                                const uint8_t *buf, uint64_t base,
                                                const char *section)
{
    const struct sc_short_last *f;
    if (!ring_at(st, 2, l->start, 4, &f) || !f || f->type != SC_ACT_SECTION || f->end < base ||
        !act_places(f, f->act_sec, l))
        return NULL;
    for (uint64_t q = f->end; q < l->start; q++)
        if (buf[q - base] != ',' && buf[q - base] != ' ' && buf[q - base] != '(')
            return NULL;
    int act = sc_act_lookup(f->act, strlen(f->act));
    char title[8], usc[48];
    return act >= 0 && sc_act_classify(act, section, title, sizeof title, usc, sizeof usc) ? f
                                                                                           : NULL;
}

/* Is b[i] on a line that opens with a quotation mark, as each paragraph of a
 * law the Code's notes quote does ("“(a) ...", "“Sec. 2. ...")?  A bare
 * section there with no citation in reach is that law's, not one of the
 * document's own title.  (The line is looked at back to 2,000 bytes.) */
static int in_quoted_law(const uint8_t *b, size_t i)
{
    size_t k = i, lo = i > 2000 ? i - 2000 : 0;
    while (k > lo && b[k - 1] != '\n')
        k--;
    if (k == lo && lo > 0)
        return 0; /* a line longer than that: no telling */
    while (k < i && (b[k] == ' ' || b[k] == '\t'))
        k++;
    return (k + 3 <= i && b[k] == 0xe2 && b[k + 1] == 0x80 && b[k + 2] == 0x9c) ||
           (k < i && b[k] == '"');
}

/* Does a Code citation in brackets, or after a comma, follow at b[0..n)
 * ("section 303 (41 U.S.C. 253)", "(§ 3, 43 U.S.C. § 315b)")?  Then the
 * section before it is the Act's own, and that citation its place in the
 * Code. */
static int code_cite_follows(const uint8_t *b, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && b[i] == ' ')
        i++;
    if (i >= n || (b[i] != '(' && b[i] != '[' && b[i] != ','))
        return 0;
    if (b[i] == ',' && i + 1 < n && b[i + 1] == ' ')
        i++;
    size_t d = ++i;
    while (i < n && i - d < 3 && sc_isdigit(b[i]))
        i++;
    if (i == d || i - d > 2 || i + 5 > n || b[i] != ' ')
        return 0;
    i++;
    return memcmp(b + i, "U.S.C", 5) == 0 || memcmp(b + i, "USC", 3) == 0;
}

int sc_short_resolve(sc_short_state *st, sc_citation *c, const sc_groups *g,
                     const uint8_t *buf, uint64_t base, size_t len)
{
    const struct sc_short_last *l = st->have ? &st->last : NULL;
    c->form = SC_FORM_SHORT;
    c->antecedent = SC_NO_ANTECEDENT;
    if (l && l->end > c->start)
        l = NULL; /* an item of the same list: not before it */
    if (l && l->end < base)
        l = NULL; /* out of the buffer: far out of reach */

    if (c->type == SC_STAT && !c->volume[0]) {
        /* "Id. at 330": the citation right before is a Stat. page, within
         * reach, and nothing the scan does not read is cited between (a
         * case: "Smith v. Jones, 500 U.S. 1 (1991). Id. at 5.") */
        if (!st->have_stat || !l || l->type != SC_STAT || st->stat_end != l->end ||
            c->start < l->end || c->start - l->end > SC_SHORT_REACH_SIGN || l->end < base ||
            blocked(buf + (l->end - base), (size_t)(c->start - l->end), 0, 1))
            return -1;
        memcpy(c->volume, st->stat_volume, sizeof c->volume);
        c->antecedent = st->stat_full;
        return 0;
    }
    if (c->type == SC_STAT) { /* "110 Stat. at 2033": its own key already; the last of
                               * its volume, whatever came between */
        if (st->have_stat && strcmp(st->stat_volume, c->volume) == 0 && st->stat_end <= c->start &&
            c->start - st->stat_end <= SC_SHORT_REACH_SIGN)
            c->antecedent = st->stat_full;
        return 0;
    }
    if (sc_gset(g, SC_G_THIS)) { /* "of this title": the document's only */
        if (!st->doc_title[0])
            return -1;
        snprintf(c->title, sizeof c->title, "%s", st->doc_title);
        sc_norm_finish(c);
        return 0;
    }
    int same = !sc_gset(g, SC_G_SECTION);
    if (!same && c->start >= base && (c->raw[0] != 'I' && c->raw[0] != 'i') &&
        named_before(buf, (size_t)(c->start - base), c->raw[0] == 'S'))
        return -1; /* "N.Y. Penal Law § 120": another code's section */
    if (!same && c->end >= base && c->end - base <= len &&
        code_cite_follows(buf + (c->end - base), len - (size_t)(c->end - base)))
        return -1; /* "section 303 (41 U.S.C. 253)", "§ 3, 43 U.S.C. § 315b": an Act's
                    * section, placed in the Code */
    uint8_t first = (uint8_t)c->raw[0];
    int word = first == 's' || first == 'S';
    size_t at = c->end >= base ? (size_t)(c->end - base) : 0, name_at = 0;
    int named = !same && c->end >= base && at <= len ? title_follows(buf + at, len - at, &name_at)
                                                     : -1;
    if (named == -2) { /* an Act's own sections, named after the list */
        const uint8_t *nm = buf + at + name_at;
        size_t nn = len - at - name_at, nl = 0;
        if (nn > 4 && memcmp(nm, "the ", 4) == 0) {
            nm += 4;
            nn -= 4;
        }
        int act = sc_act_match((const char *)nm, nn, &nl);
        return act >= 0 ? act_section_of(c, act, SC_NO_ANTECEDENT) : -1;
    }
    if (named >= 0) {
        /* "repealing sections 211, 213, and 322 of this title": the
         * document's title, whatever was cited last -- none when the
         * document does not say which it is; "Section 6101(b) to (d) of
         * title 41": title 41 */
        if (named == 0 && !st->doc_title[0])
            return -1;
        if (named == 0)
            snprintf(c->title, sizeof c->title, "%s", st->doc_title);
        else
            snprintf(c->title, sizeof c->title, "%d", named % 1000); /* (a title's number:
                                                                       * three digits at most) */
        sc_norm_finish(c);
        return 0;
    }
    uint64_t reach = same ? SC_SHORT_REACH_SAME : word ? SC_SHORT_REACH_SECTION
                                                       : SC_SHORT_REACH_SIGN;
    if (l && c->start - l->end <= reach) {
        const uint8_t *gap = buf + (l->end - base);
        size_t ngap = (size_t)(c->start - l->end);
        /* "Section 208" after "Section 208 of the VRA, 52 U.S.C. § 10508":
         * the Act's section repeated -- unless that Code section itself was
         * cited in reach ("§ 1983" after "42 U.S.C. § 1983") */
        const struct sc_short_last *a = NULL;
        if (!same && first != 'I' && first != 'i' &&
            !(l->type == SC_USC && strcmp(l->section, c->section) == 0) &&
            !recent_of(st, SC_USC, c->section, c->start, reach)) {
            a = recent_of(st, SC_ACT_SECTION, c->section, c->start, reach);
            /* farther back, when the Code section just cited is where that
             * Act's section is classified ("Section 208 of the VRA ... 52
             * U.S.C. § 10508, ... violate Section 208") */
            /* -- or when that title has no such section in force: "§ 244(c)(2)
             * of the Immigration and Nationality Act, 8 U.S.C. § 1254(c)(2) ...
             * under § 244(a)(1) of the Act, 8 U.S.C. § 1254(a)(1). Section
             * 244(a)(1) provides": the Act's, though the Code has placed its
             * § 244 elsewhere since (8 U.S.C. 1254a) */
            if (!a && l->type == SC_USC &&
                (a = recent_of(st, SC_ACT_SECTION, c->section, c->start, UINT64_MAX)) != NULL &&
                !act_places(a, c->section, l))
                a = NULL;
            if (!a && l->type == SC_USC && !st->doc_title[0] &&
                !sc_ref_usc_in_force(l->title, c->section))
                a = ring_find(st->recent_act, st->nrecent_act, SC_ACT_SECTION, c->section,
                              c->start, SC_SHORT_REACH_ACT);
        }
        /* "Id. § 236(e)" after "INA § 236(c), 8 U.S.C. § 1226(c)": an Act's
         * section and its place in the Code, one authority -- a section
         * the Act has and the title has not in force is the Act's */
        if (!a && !same && (first == 'I' || first == 'i') && l->type == SC_USC &&
            !sc_ref_usc_in_force(l->title, c->section))
            a = parallel_act(st, l, buf, base, c->section);
        if (a)
            return act_short(c, a, a->start, gap, ngap, word);
        if (l->type == SC_ACT_SECTION && !same && !word)
            return act_short(c, l, st->last_full, gap, ngap, 0);
        if (l->type != SC_USC || !l->title[0])
            return -1; /* the section of the law just cited */
        if ((l->wording & SC_W_NOTE) || in_brackets(buf, base, l->start, '[', ']') ||
            in_brackets(buf, base, l->start, '(', ')'))
            return -1; /* "[8 U.S.C. 1202 note]": an editor's cross-reference; "(42
                        * U.S.C. 1395w-114(a))": a parallel cite of an Act's section,
                        * whose bare sections after it are the Act's */
        /* In a Code document a bare "section 104(b)" is the document's own
         * section, whatever other title was cited last: the Code names every
         * other title's ("section 6101(b) of title 41") -- when the
         * document's title has it in force, outside a law its notes quote
         * (that law's own), and unless it refers back ("such section 107(d)") */
        if (word && !same && st->doc_title[0] && strcmp(l->title, st->doc_title) != 0 &&
            c->start >= base && !refers_back(buf, (size_t)(c->start - base)) &&
            !in_quoted_law(buf, (size_t)(c->start - base)) &&
            sc_ref_usc_in_force(st->doc_title, c->section)) {
            snprintf(c->title, sizeof c->title, "%s", st->doc_title);
            sc_norm_finish(c);
            return 0;
        }
        if (blocked(gap, ngap, same, word))
            return -1;
        /* "18 U.S.C. § 922(d) ... 8 U.S.C. § 1227(a)(2)(C), because § 922(d)
         * ...": a section cited in full within reach is the one repeated,
         * not a section of the title cited last ("Id." is the last) */
        const struct sc_short_last *f =
            !same && first != 'I' && first != 'i' && strcmp(l->section, c->section) != 0
                ? recent_of(st, SC_USC, c->section, c->start, reach)
                : NULL;
        /* "such sections 208 and 211": the sections of that number named
         * last, though as short forms and with another title cited since */
        const struct sc_short_last *fs =
            !same && first != 'I' && first != 'i' && strcmp(l->section, c->section) != 0 &&
                    c->start >= base && refers_back(buf, (size_t)(c->start - base))
                ? recent_short_of(st, c->section, c->start, reach, f)
                : NULL;
        if (fs)
            f = fs;
        /* a bare section far shorter than the one cited last, which that
         * title has not in force, is an Act's the text names otherwise
         * ("... to RESPA. 12 U.S.C. 2605. Sections 6(k)(1)(A), 6(k)(2) ...":
         * RESPA's), not a section of that title */
        if (!f && !same && first != 'I' && first != 'i' &&
            strspn(c->section, "0123456789") + 2 <= strspn(l->section, "0123456789") &&
            !sc_ref_usc_in_force(l->title, c->section))
            return -1;
        snprintf(c->title, sizeof c->title, "%s", f ? f->title : l->title);
        c->wording |= (f ? f->wording : l->wording) & SC_W_APPENDIX;
        if (!c->edition[0])
            snprintf(c->edition, sizeof c->edition, "%s", f ? f->edition : l->edition);
        if (f) {
            c->antecedent = f->full;
            sc_norm_finish(c);
            return 0;
        }
        if (same) {
            snprintf(c->section, sizeof c->section, "%s", l->section);
            snprintf(c->subsections, sizeof c->subsections, "%s", l->subsections);
            c->wording |= l->wording & SC_W_RANGE;
        } else if (!c->edition[0] && !strchr(c->section, '-') && lacks(c->title, c->section)) {
            /* a section the last title never had: "8 U.S.C. § 1227 ... 18
             * U.S.C. § 922(d) ... see also § 1229b" is title 8's, the title
             * cited in reach that has it */
            f = first != 'I' && first != 'i' ? recent_having(st, c->section, c->start, reach)
                                             : NULL;
            if (f) {
                snprintf(c->title, sizeof c->title, "%s", f->title);
                c->wording = (c->wording & ~(unsigned)SC_W_APPENDIX) | (f->wording & SC_W_APPENDIX);
                c->antecedent = f->start;
                sc_norm_finish(c);
                return 0;
            }
            if (word)
                return -1; /* "Section 5" in prose after "52 U.S.C. § 10301", a
                            * section title 52 never had: an Act's own section,
                            * not a short form of that title */
        }
        c->antecedent = st->last_full;
        sc_norm_finish(c);
        return 0;
    }
    if (same || !st->doc_title[0])
        return -1;
    if (c->start >= base && in_quoted_law(buf, (size_t)(c->start - base))) {
        /* "“(a) ... Subsection (b) of Section 502": the quoted law's own
         * section -- unless the document's title has that section in force
         * (a highway act quoted in title 23's notes, "apportioned under
         * section 104(b)(5)(B)"), as for usc.semi's items (scan.c) */
        if (!sc_ref_usc_in_force(st->doc_title, c->section))
            return -1;
    }
    if (word && !c->edition[0] && !strchr(c->section, '-') && lacks(st->doc_title, c->section))
        return -1; /* "section 1112" in title 14's notes, a section title 14
                    * never had: another title's (or an Act's), named farther on */
    snprintf(c->title, sizeof c->title, "%s", st->doc_title);
    sc_norm_finish(c);
    return 0;
}
