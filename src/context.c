/*
 * context.c -- what surrounds a citation: where a sentence or list item
 * ends (the unit in which citations are linked), and which Congress a bill
 * belongs to when the text names it nearby (FORMAT.md's "@Congress" rule:
 * same sentence, parenthetical or list item, or the heading block of a slip
 * law or bill-status page; a Congress named elsewhere does not count).
 * See docs/linking.md.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "normalize.h"
#include "refdata.h"
#include "html.h"
#include "scan.h"
#include "table.h"

/* How far around a bill to look for its Congress, and for a heading. */
#define SEGMENT_REACH 600u
#define HEADING_REACH 1500u

/* Short capitalized words that end with '.' without ending a sentence, and
 * the lowercase names of a law's units, which a capital designation follows
 * ("pt. III", "div. A", "subch. II", "cl. (B)"); by length, so that a word is
 * compared only with those of its length. */
static int is_abbrev(const uint8_t *w, size_t n)
{
    static const char *const abbr2 = "NoMrMsDrCoJrSrStChClCtFtMtptchclLt";
    /* (ranks and titles before a name: "Sgt. Ketchum Rural Veterans Mental
     * Health Act", "Lt. Gen. ...", "Capt. ...") */
    static const char *const abbr3 = "PubResRepDocSecNosJanFebMarAprJunJulAugSepOctNovDec"
                                     "AppConMrsIncLtdArtDivVolCirGenStedivartparsectitpts"
                                     "SgtCplPvtPfcAdmColMajRevHonSenGov";
    static const char *const abbr4 = "PrivStatCongSessSuppSecsSeptCorpAmdtsecsCaptsess";
    static const char *const abbr5 = "subchsubptschedsubcl";
    static const char *const abbr6 = "subparsubsecsubtitsubdiv";
    /* each length compared with a constant count: the compiler compares
     * the bytes inline, with no call for each abbreviation */
#define ABBREV_IN(list, len)                  \
    do {                                      \
        for (const char *t = list; *t; t += len) \
            if (memcmp(t, w, len) == 0)       \
                return 1;                     \
        return 0;                             \
    } while (0)
    switch (n) {
    case 1: return 1; /* an initial: "S." "L." "U." */
    case 2: ABBREV_IN(abbr2, 2);
    case 3: ABBREV_IN(abbr3, 3);
    case 4: ABBREV_IN(abbr4, 4);
    case 5: ABBREV_IN(abbr5, 5);
    case 6: ABBREV_IN(abbr6, 6);
    default: return 0;
    }
#undef ABBREV_IN
}

/* Is the byte at buf[i] a sentence or list-item boundary? */
/* The bytes boundary_at() may say yes at; every other byte is passed over
 * without a call (the loops below look at every byte between citations;
 * sc_ctx_boundary() compares 16 at a time with these same three). */
static const uint8_t boundary_byte[256] = { [SC_HTML_BREAK] = 1, ['\n'] = 1, ['.'] = 1 };

/* Are the lines around a line end -- the one ending at buf[k], the next
 * beginning at buf[j] -- two rows of a table, of as many cells
 * split alike ("92-599 | 86 Stat. 1324 | Richard Nixon | 93rd")?  Each
 * row is an entry of its own, though it ends in a word.  Most lines of
 * prose hold no '|' or tab and no ',' but before a blank: those are
 * passed over at once. */
static int table_rows_meet(const uint8_t *buf, size_t len, size_t k, size_t j)
{
    size_t ls = k > SC_TABLE_LINE ? k - SC_TABLE_LINE : 0;
    const uint8_t *nl = memrchr(buf + ls, '\n', k - ls);
    if (!nl && ls > 0)
        return 0;
    ls = nl ? (size_t)(nl - buf) + 1 : 0;
    /* (asked first of bytes from a little before the line's start, 16 * n
     * + 1 of them, which sc_table_marked() reads 16 at a time with no
     * byte-by-byte tail: when those hold no mark, the line holds none) */
    size_t wide = 16 * ((k - ls + 14) / 16) + 1;
    if (k > ls && k >= wide && !sc_table_marked(buf, k - wide, k))
        return 0;
    if (!sc_table_marked(buf, ls, k))
        return 0;
    size_t hi = j + SC_TABLE_LINE < len ? j + SC_TABLE_LINE : len;
    const uint8_t *ne = memchr(buf + j, '\n', hi - j);
    size_t le = ne ? (size_t)(ne - buf) : hi;
    uint8_t s1, s2;
    int n1 = sc_table_line_cells(buf, ls, k, &s1);
    return n1 >= 2 && sc_table_line_cells(buf, j, le, &s2) == n1 && s1 == s2;
}

/* Does a note's marker begin the line at buf[j] ("n.51 ", "^52 ")?  Each
 * note is an entry of its own, whatever the line before ends with. */
static int note_marker_at(const uint8_t *buf, size_t len, size_t j)
{
    return j < len && (buf[j] == 'n' || buf[j] == '^') && sc_ctx_marker_end(buf, j, len) != j;
}

/* Is the period at buf[i] followed by a blank, then (past blanks and
 * line ends) a capital or a quote -- may a sentence end there? */
static inline int period_opens(const uint8_t *buf, size_t len, size_t i)
{
    size_t j = i + 1;
    if (j >= len || !(buf[j] == ' ' || buf[j] == '\n' || buf[j] == '\t'))
        return 0;
    while (j < len && (buf[j] == ' ' || buf[j] == '\n' || buf[j] == '\t' || buf[j] == '\r'))
        j++;
    return j < len && (sc_isupper(buf[j]) || buf[j] == '"' || buf[j] == 0xe2);
}

static int boundary_at(const uint8_t *buf, size_t len, size_t i)
{
    uint8_t c = buf[i];
    if (c == SC_HTML_BREAK)
        return 1; /* an HTML block */
    if (c == '|')
        return 0; /* a table cell: the cells of one row describe one entry */
    if (c == '\n') {
        size_t j = i + 1;
        while (j < len && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r'))
            j++;
        if (j < len && buf[j] == '\n')
            return 1; /* blank line */
        /* A line that ends in a letter, comma or dash is wrapped prose. */
        size_t k = i;
        while (k > 0 && (buf[k - 1] == ' ' || buf[k - 1] == '\t' || buf[k - 1] == '\r'))
            k--;
        if (k == 0)
            return 1;
        uint8_t p = buf[k - 1];
        if ((p == ';' && sc_ctx_marker_end(buf, j, len) != j) || note_marker_at(buf, len, j))
            return 1; /* a list's item that ends with ';', and the next item's marker:
                       * "32. Public Law 93-135, ..., enacted 1973-06-31;\n33. Pub. L. ...";
                       * a note's marker after any end: "...\nn.51 ...", "...\n^52 ..." */
        if (sc_isalpha(p) || p == ',' || p == '-' || p == '(' || p == ';' || p == ':' ||
            (p >= 0x80 && p != 0x9d && p != 0x9c))
            return table_rows_meet(buf, len, k, j);
        return 1;
    }
    if (c == '.') {
        if (!period_opens(buf, len, i))
            return 0;
        /* preceded by a word that is not an abbreviation, or by a number / ')' */
        size_t k = i;
        while (k > 0 && sc_isalpha(buf[k - 1]))
            k--;
        size_t wl = i - k;
        if (wl == 0)
            return i > 0 && (sc_isdigit(buf[i - 1]) || buf[i - 1] == ')');
        if (k > 0 && buf[k - 1] == '.')
            return 0; /* U.S. */
        return !is_abbrev(buf + k, wl);
    }
    return 0;
}

/* A record: a block of three to RECORD_LINES short lines between blank
 * lines (or the window's ends), two or more of them labelled -- a ':' or a
 * tab near the line's start -- that names at most one law: the way a search
 * result of Congress.gov or an encyclopedia's box describes one law, a fact
 * a line ("H.R.3590 — 111th Congress (2009-2010)" / "Patient Protection
 * and Affordable Care Act" / "Sponsor: Rep. Rangel, ..." / "Latest Action:
 * 03/23/2010 Became Public Law No: 111-148."; "Public law<TAB>113-264" /
 * "Statutes at Large<TAB>128 Stat. 2393").  Its line ends end no entry.
 * Lines of a paragraph are longer than RECORD_LINE, or unlabelled; a list
 * names a law a line (a record, one line with a law); the Code's notes put a
 * heading over a paragraph.  A block of two to FACT_LINES lines that are
 * each one fact, unlabelled, is one too: a slip law's head ("127 STAT. 555"
 * / "Public Law 113-44" / "113th Congress"), a list's entry written a fact
 * a line ("Public Law 113-44" / "127 Stat. 555" / "Oct. 10, 2013" / "H.J.
 * Res. 91"), with at most one line of the Act's name. */
#define RECORD_LINES 16
#define BOX_LINES 40 /* a block with three of a box's captions (box_caption) */
#define FACT_LINES 8
#define FACT_LINE 64
#define RECORD_LINE 160
#define RECORD_LABEL 40 /* a label's ':' or tab within this many bytes */

/* Is buf[s..e) blank (spaces, tabs, CR only)? */
static int blank_line(const uint8_t *buf, size_t s, size_t e)
{
    while (s < e && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r'))
        s++;
    return s == e;
}

/* The captions of an encyclopedia's box of a law (Wikipedia's "Infobox
 * U.S. legislation"), a label with no ':' or tab after it when the box is
 * copied as text: "Public law 101-336", "Statutes at Large 104 Stat. 327",
 * "Enacted by the 101st United States Congress", or the caption alone on
 * its line and the value on the next. */
static const char *const box_captions[] = {
    "Long title", "Acronyms (colloquial)", "Nicknames", "Enacted by", "Effective", "Citations",
    "Public law", "Private law", "Statutes at Large", "Codification", "Acts amended",
    "Acts repealed", "Titles amended", "U.S.C. sections created", "U.S.C. sections amended",
    "Legislative history", "Major amendments", "United States Supreme Court cases", NULL
};

/* Does the line buf[s..e) open with one of those captions, then a blank or
 * its end?  The caption's length, else 0. */
static size_t box_caption(const uint8_t *buf, size_t s, size_t e)
{
    while (s < e && (buf[s] == ' ' || buf[s] == '\t'))
        s++;
    if (s + 6 > e)
        return 0;
    /* (the captions' first two letters first: most lines open with none) */
    uint8_t b1 = buf[s + 1];
    switch (buf[s]) {
    case 'A': if (b1 != 'c') return 0; break;
    case 'C': if (b1 != 'i' && b1 != 'o') return 0; break;
    case 'E': if (b1 != 'n' && b1 != 'f') return 0; break;
    case 'L': if (b1 != 'o' && b1 != 'e') return 0; break;
    case 'M': if (b1 != 'a') return 0; break;
    case 'N': if (b1 != 'i') return 0; break;
    case 'P': if (b1 != 'u' && b1 != 'r') return 0; break;
    case 'S': if (b1 != 't') return 0; break;
    case 'T': if (b1 != 'i') return 0; break;
    case 'U': if (b1 != '.' && b1 != 'n') return 0; break;
    default: return 0;
    }
    size_t n = sc_phrase_at(buf, s, e, box_captions);
    return n > 0 && (s + n == e || buf[s + n] == ' ' || buf[s + n] == '\t' || buf[s + n] == '\r') ? n : 0;
}

/* (scan.h) The fields of a box that name other laws: the Acts that
 * amended the law, those it amended or repealed. */
int sc_ctx_other_acts_field(const uint8_t *buf, size_t so, size_t pos)
{
    static const char *const others[] = { "Major amendments", "Acts amended", "Acts repealed",
                                          NULL };
    /* the lines (or a web page's rows) from pos back: the nearest one that
     * opens with a caption says whose field the name is in */
    size_t e = pos;
    for (int lines = 0; lines < 12 && e > so; lines++) {
        size_t s = e;
        while (s > so && buf[s - 1] != '\n' && buf[s - 1] != SC_HTML_BREAK && e - s < 400)
            s--;
        size_t t = s;
        while (t < e && (buf[t] == ' ' || buf[t] == '\t' || buf[t] == '|'))
            t++;
        if (sc_phrase_at(buf, t, e, others))
            return 1;
        if (box_caption(buf, t, e))
            return 0;
        if (s == so || e - s >= 400)
            return 0;
        e = s - 1;
    }
    return 0;
}

/* Does the line buf[s..e) begin with a label ("Sponsor:", "Public law<TAB>",
 * a box's caption)? */
static int labelled(const uint8_t *buf, size_t s, size_t e)
{
    if (box_caption(buf, s, e))
        return 1;
    size_t k = s, lim = e > s + RECORD_LABEL ? s + RECORD_LABEL : e;
#if defined(__SSE2__)
    /* 16 bytes at a time: only the tabs and ':' among them are looked at */
    for (; k + 16 <= lim; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(buf + k));
        for (unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                                                   _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))));
             m; m &= m - 1) {
            size_t q = k + (size_t)__builtin_ctz(m);
            if (buf[q] == '\t' ? q > s : q + 1 < e && buf[q + 1] == ' ')
                return 1;
        }
    }
#endif
    for (; k < lim; k++)
        if (buf[k] == '\t' ? k > s : buf[k] == ':' && k + 1 < e && buf[k + 1] == ' ')
            return 1;
    return 0;
}

/* Do @p want lines or more of the block buf[so..eo) (lines parted by '\n')
 * begin with a label?  Counted only as far as that many. */
static int labelled_lines(const uint8_t *buf, size_t so, size_t eo, int want)
{
    int labels = 0;
    for (size_t s = so; s <= eo && labels < want;) {
        const uint8_t *nl = s < eo ? memchr(buf + s, '\n', eo - s) : NULL;
        size_t e = nl ? (size_t)(nl - buf) : eo;
        labels += labelled(buf, s, e);
        s = e + 1;
    }
    return labels >= want;
}

/* The bytes of a list's bullet and its blank at buf[s] ("- ", "* ", "• "),
 * or 0. */
static size_t bullet_len(const uint8_t *buf, size_t s, size_t e)
{
    if (s + 2 <= e && (buf[s] == '-' || buf[s] == '*') && buf[s + 1] == ' ')
        return 2;
    if (s + 4 <= e && buf[s] == 0xe2 && buf[s + 1] == 0x80 && buf[s + 2] == 0xa2 && buf[s + 3] == ' ')
        return 4;
    return 0;
}

/* Is the line buf[s..e) (its blanks trimmed) an Act's name: capitalized,
 * the word "Act" in it, or "Amendments of" and a year (a name of
 * amendments with no "Act": "The Higher Education Amendments of 1986"), no
 * period or colon at its end?  1, else 0 -- in capitals too: a heading's
 * "BONNEVILLE PROJECT ACT OF 1937". */
static int act_name_line(const uint8_t *buf, size_t s, size_t e)
{
    if (sc_isupper(buf[s]) && buf[e - 1] != '.' && buf[e - 1] != ':')
        for (size_t q = s; q + 4 <= e; q++) {
            if (buf[q] != ' ')
                continue;
            if ((memcmp(buf + q + 1, "Act", 3) == 0 || memcmp(buf + q + 1, "ACT", 3) == 0) &&
                (q + 4 == e || !sc_isalpha(buf[q + 4])))
                return 1;
            if (q + 19 <= e &&
                (memcmp(buf + q + 1, "Amendments of ", 14) == 0 ||
                 memcmp(buf + q + 1, "AMENDMENTS OF ", 14) == 0) &&
                sc_isdigit(buf[q + 15]) && sc_isdigit(buf[q + 16]) && sc_isdigit(buf[q + 17]) &&
                sc_isdigit(buf[q + 18]) && (q + 19 == e || !sc_isalnum(buf[q + 19])))
                return 1;
        }
    return 0;
}

/* Is the line buf[s..e) one fact: short, and (after a '[' or '(') a
 * law, a bill, a Statutes at Large page, a date or a Congress -- 2 -- or
 * the name of an Act (a capitalized line with the word "Act", no period
 * at its end) -- 1 --, else 0? */
static int fact_line(const uint8_t *buf, size_t s, size_t e)
{
    static const char *const heads[] = { "Public Law", "Pub. L", "Pub.L", "P.L.", "P. L.", "Private Law",
                                         "Priv. L", "H.R.", "H. R.", "S. ", "S.", "H.J. Res",
                                         "S.J. Res", "H. J. Res", "S. J. Res", "H.Con", "S.Con",
                                         "Joint Resolution", "Concurrent Resolution", "An Act",
                                         "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Dec",
                                         /* the signer: "Signed by President Johnson", "Approved under President Hoover" */
                                         "Signed by President ", "Approved by President ",
                                         "Approved under President ", "Enacted under President ",
                                         "Signed into law by President ",
                                         NULL };
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
        e--;
    while (s < e && (buf[s] == ' ' || buf[s] == '\t'))
        s++;
    if (e - s > RECORD_LINE || e == s)
        return 0;
    if (e - s > FACT_LINE) /* long: an Act's name at most ("The Department of the Interior
                            * and Related Agencies Appropriation Act, 1981") */
        return act_name_line(buf, s, e);
    size_t bl = bullet_len(buf, s, e); /* (a list's bullet: fact_block() asks for a label) */
    s += bl;
    if (buf[s] == '[' || buf[s] == '(')
        s++;
    for (const char *const *h = heads; *h; h++) {
        if (s >= e || buf[s] != (uint8_t)(*h)[0])
            continue; /* (its first byte first: most lines begin with none) */
        size_t n = strlen(*h);
        if (e - s >= n && memcmp(buf + s, *h, n) == 0)
            return n == 2 ? (e - s > 2 && sc_isdigit(buf[s + 2])) * 2 : 2; /* "S.933" */
    }
    /* the day after the word that makes it the law's: "Enacted May 10, 1872
     * by the Forty-second Congress", "Approved 7/26/1990" */
    static const char *const verbs[] = { "Enacted ", "Approved ", "Signed ", NULL };
    for (const char *const *v = verbs; *v; v++) {
        size_t n = strlen(*v);
        if (e - s > n + 3 && memcmp(buf + s, *v, n) == 0) {
            size_t q = s + n;
            static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
            if (sc_isdigit(buf[q]))
                return 2;
            for (int m = 0; m < 12; m++)
                if (memcmp(buf + q, months + 3 * m, 3) == 0)
                    return 2; /* (a month's first three letters) */
        }
    }
    /* the page with the volume's name spelled: "Statutes at Large, vol. 17,
     * p. 91", "U.S. Statutes at Large 104 (1990): 327" */
    static const char *const large[] = { "Statutes at Large", "U.S. Statutes at Large",
                                         "United States Statutes at Large", NULL };
    for (const char *const *v = large; *v; v++) {
        size_t n = strlen(*v);
        if (e - s > n + 2 && memcmp(buf + s, *v, n) == 0 && buf[s + n] != ':' &&
            memchr(buf + s + n, ' ', e - s - n) && sc_isdigit(buf[e - 1]))
            return 2; /* (not a label's: "Statutes at Large: 133 Stat. 1083", a field) */
    }
    if (e - s > 10 && memcmp(buf + s, "President ", 10) == 0) {
        /* the signer's field alone: "President Gerald Ford" -- capitalized
         * words to the line's end, the last a President's name on record */
        size_t wso[SC_NAME_WORDS], weo[SC_NAME_WORDS];
        int n;
        size_t k = sc_president_words(buf, s + 10, e, wso, weo, &n);
        while (k < e && (buf[k] == ' ' || buf[k] == ','))
            k++;
        if (n > 1 && weo[n - 1] - wso[n - 1] == 2 && (buf[wso[n - 1]] == 'J' || buf[wso[n - 1]] == 'S') &&
            buf[wso[n - 1] + 1] == 'r')
            n--; /* (not ", Jr.") */
        if (k == e && n > 0 &&
            sc_ref_president_served((const char *)buf + wso[n - 1], weo[n - 1] - wso[n - 1], 0) >= 0)
            return 2;
    }
    if (e - s >= 4 && buf[s] == 'P' && buf[s + 1] == 'L' &&
        (sc_isdigit(buf[s + 2]) || ((buf[s + 2] == ' ' || buf[s + 2] == '.') && sc_isdigit(buf[s + 3]))))
        return 2; /* "PL 89-447", "PL89-447" */
    size_t k = s;
    while (k < e && sc_isdigit(buf[k]))
        k++;
    if (k > s && k < e) {
        if (k - s <= 3 && e - k > 4 && (memcmp(buf + k, " Stat", 5) == 0 || memcmp(buf + k, " STAT", 5) == 0))
            return 2; /* "127 STAT. 555" */
        if (k - s <= 3 && e - k > 10 && (memcmp(buf + k, "th Congress", 11) == 0 ||
                                         memcmp(buf + k, "st Congress", 11) == 0 ||
                                         memcmp(buf + k, "nd Congress", 11) == 0 ||
                                         memcmp(buf + k, "rd Congress", 11) == 0 ||
                                         memcmp(buf + k, "d Congress", 10) == 0))
            return 2; /* "113th Congress" */
        if ((buf[k] == '/' || buf[k] == '-') && k - s <= 4 && e - s <= 10)
            return 2; /* "10/10/2013", "2013-10-10" */
    }
    return act_name_line(buf, s, e);
}

/* Is the block buf[so..eo) of lines a fact a line: each one fact or a
 * labelled field ("Latest Action: 09/14/2007 Became Public Law No:
 * 110-81." under a bill's line and its Congress's, as congress.gov lists
 * them), at most one of them a name, two at least of the others? */
static int fact_block(const uint8_t *buf, size_t so, size_t eo)
{
    int facts = 0, names = 0, bullets = 0, labels = 0;
    for (size_t s = so; s < eo;) {
        const uint8_t *nl = memchr(buf + s, '\n', eo - s);
        size_t e = nl ? (size_t)(nl - buf) : eo;
        size_t t = s;
        while (t < e && (buf[t] == ' ' || buf[t] == '\t'))
            t++;
        bullets += bullet_len(buf, t, e) > 0;
        int f = fact_line(buf, s, e);
        if (f <= 1 && labelled(buf, s, e)) /* (an Act's name under its label, a field:
                                             * "P.L. 99-398" / "Short title: X Act") */
            f = 2, labels++;
        if (f == 0 || (f == 1 && names++))
            return 0;
        facts += f == 2;
        s = e + 1;
    }
    /* (bulleted lines are a list's items unless a label says they are one
     * record's fields: "- PL 92-228" / "- Enacted bill: S. 2878") */
    return facts >= 2 && (!bullets || labels);
}

/* Is the line end at buf[i] inside a record (above), between two of its
 * lines?  The answer is the block's, the same for every line end inside
 * it: it is remembered in w->memo (when there is one) with the line ends
 * it holds for, so that the line ends of one block are not each walked
 * back and forth over the whole block. */
static int record_memo(const sc_window *w, size_t so, size_t eo, int result)
{
    if (w->memo) {
        w->memo->so = so;
        w->memo->eo = eo;
        w->memo->result = result;
        w->memo->set = 1;
    }
    return result;
}

/* The start of the line that ends at buf[e] (its '\n', or the window's
 * end), looking back at most RECORD_LINE bytes: SIZE_MAX when it is longer. */
static size_t line_back(const uint8_t *buf, size_t e)
{
    size_t lo = e > RECORD_LINE ? e - RECORD_LINE - 1 : 0;
    const uint8_t *p = memrchr(buf + lo, '\n', e - lo);
    if (p)
        return (size_t)(p - buf) + 1;
    return e > RECORD_LINE ? SIZE_MAX : 0;
}

/* The end of the line after the line end buf[i] (its '\n' or len), looking
 * at most RECORD_LINE bytes on: past i + RECORD_LINE when it is longer. */
static size_t line_on(const uint8_t *buf, size_t len, size_t i)
{
    size_t hi = len - i - 1 > RECORD_LINE ? i + 1 + RECORD_LINE : len;
    const uint8_t *p = memchr(buf + i + 1, '\n', hi - i - 1);
    return p ? (size_t)(p - buf) : hi;
}

/* May the window hold a web page's breaks (SC_HTML_BREAK: a page's, or a
 * JSON document's strings)?  Its scanner says (sc_ctx_memo.breaks); yes
 * when it has no memo. */
static inline int may_break(const sc_window *w) { return !w->memo || w->memo->breaks; }

/* How many of the lines of buf[so..eo) (parted by @p sep) name a law
 * ("Public Law", "Pub. L.", "P.L.", "PL 89", a private law's), two at
 * most counted. */
static int law_lines(const uint8_t *buf, size_t so, size_t eo, uint8_t sep)
{
    int laws = 0, here = 0;
    for (size_t k = so; k < eo && laws < 2; k++) {
        if (buf[k] == sep)
            here = 0;
        else if (!here &&
                 ((buf[k] == 'P' && k + 8 <= eo &&
                   /* (not "Public Land", "Public Lands" in an Act's name) */
                   (((memcmp(buf + k, "Public L", 8) == 0 || memcmp(buf + k, "Public l", 8) == 0) &&
                     k + 10 <= eo && buf[k + 8] == 'a' && buf[k + 9] == 'w') ||
                    memcmp(buf + k, "Pub. L", 6) == 0 || memcmp(buf + k, "Pub.L", 5) == 0 ||
                    (buf[k + 1] == 'L' && (sc_isdigit(buf[k + 2]) ||
                                           (buf[k + 2] == ' ' && sc_isdigit(buf[k + 3])))) ||
                    memcmp(buf + k, "P.L.", 4) == 0 ||
                    /* (a private law's: not "Privilege" in an Act's name) */
                    ((k + 9 <= eo && memcmp(buf + k, "Private ", 8) == 0 && (buf[k + 8] | 0x20) == 'l') ||
                     memcmp(buf + k, "Priv. L", 7) == 0 || memcmp(buf + k, "Priv.L", 6) == 0))) ||
                  (buf[k] == 'p' && k + 10 <= eo && memcmp(buf + k, "public law", 10) == 0)))
            laws += here = 1;
    }
    return laws;
}

/* A record's field may be long: a law's long title after its label
 * ("Long title<TAB>An Act to amend the Internal Revenue Code of 1986 to
 * improve portability ...").  The start of the line that ends at buf[e]
 * when it is such a field (labelled, RECORD_FIELD bytes at most), else
 * SIZE_MAX. */
#define RECORD_FIELD 1024
static int caption_above(const uint8_t *buf, size_t s);

static size_t long_field_back(const uint8_t *buf, size_t e)
{
    size_t lo = e > RECORD_FIELD ? e - RECORD_FIELD : 0;
    const uint8_t *p = memrchr(buf + lo, '\n', e - lo);
    size_t s = p ? (size_t)(p - buf) + 1 : 0;
    return (p || lo == 0) && (labelled(buf, s, e) || caption_above(buf, s)) ? s : SIZE_MAX;
}

/* The end of such a field that begins after the line end buf[i], else
 * SIZE_MAX. */
static size_t long_field_on(const uint8_t *buf, size_t len, size_t i)
{
    size_t hi = len - i - 1 > RECORD_FIELD ? i + 1 + RECORD_FIELD : len;
    const uint8_t *p = memchr(buf + i + 1, '\n', hi - i - 1);
    size_t e = p ? (size_t)(p - buf) : len;
    return (p || hi == len) && (labelled(buf, i + 1, e) || caption_above(buf, i + 1)) ? e : SIZE_MAX;
}

/* Is the line above the one that begins at buf[s] a box's caption alone
 * ("Long title" / "An Act to amend ...": its value on the next line)? */
static int caption_above(const uint8_t *buf, size_t s)
{
    if (s < 2 || buf[s - 1] != '\n')
        return 0;
    size_t e = s - 1, t = line_back(buf, e);
    while (e > t && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
        e--;
    while (t < e && (buf[t] == ' ' || buf[t] == '\t'))
        t++;
    return t != SIZE_MAX && t < e && box_caption(buf, t, e) == e - t;
}

static int in_record(const sc_window *w, size_t i)
{
    const uint8_t *buf = w->buf;
    size_t len = w->len;
    if (w->memo && w->memo->set && w->memo->so <= i && i < w->memo->eo)
        return w->memo->result;
    /* the lines around it: each non-blank, short (the blanks next to i
     * first, read without a search for either line's other end: most line
     * ends asked of come after a blank line, or before a long one) */
    size_t b = i, a = i + 1;
    while (b > 0 && (buf[b - 1] == ' ' || buf[b - 1] == '\t' || buf[b - 1] == '\r'))
        b--;
    while (a < len && (buf[a] == ' ' || buf[a] == '\t' || buf[a] == '\r'))
        a++;
    if (b == 0 || buf[b - 1] == '\n' || a == len || buf[a] == '\n')
        return 0;
    size_t le = line_on(buf, len, i);
    if (le - i > RECORD_LINE)
        return 0;
    size_t ls = line_back(buf, i);
    if (ls == SIZE_MAX)
        return 0;
    /* the whole block, line by line, back and forth to a blank line; a
     * long line or too many lines rule out every line end walked over (its
     * labels are counted after: labelled_lines) */
    /* (a box's captions make room for more lines: copied as text, its
     * captions and values may each have a line, "Public law" / "101-336") */
    int lines = 2, boxes = (box_caption(buf, ls, i) > 0) + (box_caption(buf, i + 1, le) > 0);
#define LINES_MAX (boxes >= 3 ? BOX_LINES : RECORD_LINES)
    size_t so = ls, eo = le;
    while (so > 0) { /* the line ending at so - 1 */
        size_t s = line_back(buf, so - 1);
        if (s == SIZE_MAX)
            s = long_field_back(buf, so - 1);
        if (s == SIZE_MAX)
            return record_memo(w, so - 1, le, 0); /* a long line */
        if (blank_line(buf, s, so - 1))
            break;
        boxes += box_caption(buf, s, so - 1) > 0;
        if (++lines > LINES_MAX)
            return record_memo(w, s, le, 0);
        so = s;
    }
    while (eo < len) { /* the line beginning at eo + 1 */
        size_t e = line_on(buf, len, eo);
        if (e - eo > RECORD_LINE)
            e = long_field_on(buf, len, eo);
        if (e == SIZE_MAX)
            return record_memo(w, so, eo + 1, 0);
        if (blank_line(buf, eo + 1, e))
            break;
        boxes += box_caption(buf, eo + 1, e) > 0;
        if (++lines > LINES_MAX)
            return record_memo(w, so, e, 0);
        eo = e;
    }
#undef LINES_MAX
    if ((lines < 3 || !labelled_lines(buf, so, eo, 2)) &&
        !(lines <= FACT_LINES && fact_block(buf, so, eo)))
        return record_memo(w, so, eo, 0);
    /* at most one line naming a law ("Public law<TAB>Pub. L. 113-264" is one) */
    return record_memo(w, so, eo, law_lines(buf, so, eo, '\n') <= 1);
}

/* Do the laws named in buf[so..eo) all bear one number ("Public law |
 * 101-336" in a box, "(Pub. L. 101-336)" in the paragraph after it)?
 * Each "Public Law", "Pub. L.", "P.L." read with the number after it (past
 * "No.", ':', a cell's bar); a mark with no number read is another law. */
static int one_law_named(const uint8_t *buf, size_t so, size_t eo)
{
    static const char *const marks[] = { "Public Law", "Public law", "Pub. L.", "Pub.L.", "P.L.",
                                         "P. L.", NULL };
    long first = -1;
    for (size_t k = so; k < eo; k++) {
        if (buf[k] != 'P')
            continue;
        size_t n = sc_phrase_at(buf, k, eo, marks);
        if (n == 0)
            continue;
        size_t q = k + n;
        while (q < eo && (buf[q] == ' ' || buf[q] == '|' || buf[q] == ':' || buf[q] == '.' ||
                          buf[q] == 'N' || buf[q] == 'o'))
            q++;
        long c = 0, num = 0;
        size_t d = q;
        while (q < eo && sc_isdigit(buf[q]) && q - d < 4)
            c = c * 10 + (buf[q++] - '0');
        if (q == d || q >= eo || (buf[q] != '-' && buf[q] != 0xe2))
            return 0;
        q += buf[q] == '-' ? 1 : 3; /* (an en dash: 3 bytes) */
        for (d = q; q < eo && sc_isdigit(buf[q]) && q - d < 5;)
            num = num * 10 + (buf[q++] - '0');
        if (q == d || (first >= 0 && first != c * 100000 + num))
            return 0;
        first = c * 100000 + num;
        k = q;
    }
    return 1;
}

/* A row of an HTML table of fields (html.h: a row's cells parted by '|'):
 * past its blanks, a cell's bar, a label -- a capital, then letters,
 * blanks, '.', ',', '(', ')', '-', ':', no digit, RECORD_LABEL bytes at
 * most besides the blanks its markup left --,
 * a bar and a value, no other cell: "|Public law   |101-336",
 * "|Statutes at Large |104 Stat. 327", "|U.S.C. sections created |...",
 * a bill's page's "|Latest Action: |03/23/2010 Became Public Law No:
 * 111-148.". */
static int html_field_row(const uint8_t *buf, size_t s, size_t e)
{
    while (s < e && sc_isspace(buf[s]))
        s++;
    if (s + 2 >= e || buf[s] != '|')
        return 0;
    for (s++; s < e && sc_isspace(buf[s]);)
        s++;
    if (s >= e || !sc_isupper(buf[s]))
        return 0;
    size_t k = s, n = 0; /* n: the label's bytes, its markup's blanks aside */
    for (; k < e && buf[k] != '|'; k++)
        if ((n += !sc_isspace(buf[k])) > RECORD_LABEL ||
            !(sc_isalpha(buf[k]) || sc_isspace(buf[k]) || buf[k] == '.' || buf[k] == ',' ||
              buf[k] == '(' || buf[k] == ')' || buf[k] == '-' || buf[k] == ':'))
            return 0;
    if (k >= e)
        return 0;
    for (k++; k < e && sc_isspace(buf[k]);)
        k++;
    return k < e && !memchr(buf + k, '|', e - k);
}

/* Is buf[s..e) blank: spaces, line ends, a cell's bar alone (markup)? */
static int html_blank(const uint8_t *buf, size_t s, size_t e)
{
    while (s < e && (sc_isspace(buf[s]) || buf[s] == '|'))
        s++;
    return s == e;
}

/* The bytes of buf[s..e) that are not blanks (a web page's markup leaves
 * blanks), counted to @p most + 1 at most. */
static size_t html_text_len(const uint8_t *buf, size_t s, size_t e, size_t most)
{
    size_t n = 0;
    for (; s < e && n <= most; s++)
        n += !sc_isspace(buf[s]);
    return n;
}

/* An HTML record: the break at buf[i] (SC_HTML_BREAK, the '<' of a "<tr>",
 * an "<li>") inside a table of fields that describes one law -- the way an
 * encyclopedia's box does, a row a field ("Public law | 101-336" /
 * "Statutes at Large | 104 Stat. 327" / "Legislative history" / its items
 * "Introduced in the Senate as S. 933 ..." / "Signed into law by President
 * ... on July 26, 1990"): the text between breaks around it, each piece
 * HTML_SEGMENT bytes at most besides its markup's blanks (HTML_RAW in all),
 * HTML_ROWS pieces at most each way; two rows of fields in it at least
 * (html_field_row), and the laws it names of one number.  Its breaks end
 * no entry, as a text record's line ends do not (in_record); the block's
 * ends into *so, *eo (when not NULL): the entry of a law in it is all of
 * it (sc_ctx_entry_bounds). */
#define HTML_ROWS 32
#define HTML_SEGMENT 400
#define HTML_RAW 4096
static int html_record_span(const sc_window *w, size_t i, size_t *bso, size_t *beo)
{
    const uint8_t *buf = w->buf;
    size_t len = w->len, so = i, eo = i + 1;
    /* the pieces before: each from the break before it (so: the first
     * byte of the first piece taken in) */
    for (int rows = 0; so > 0 && rows < HTML_ROWS;) {
        size_t lo = so > HTML_RAW ? so - HTML_RAW : 0;
        const uint8_t *p = memrchr(buf + lo, SC_HTML_BREAK, so - lo);
        size_t s = p ? (size_t)(p - buf) + 1 : 0;
        if ((!p && lo > 0) || html_text_len(buf, s, so, HTML_SEGMENT) > HTML_SEGMENT)
            break; /* a long piece: the box begins after it */
        rows += !html_blank(buf, s, so);
        so = p ? s - 1 : 0;
    }
    for (int rows = 0; eo < len && rows < HTML_ROWS;) {
        size_t hi = len - eo > HTML_RAW ? eo + HTML_RAW : len;
        const uint8_t *p = memchr(buf + eo, SC_HTML_BREAK, hi - eo);
        size_t e = p ? (size_t)(p - buf) : len;
        if ((!p && hi < len) || html_text_len(buf, eo, e, HTML_SEGMENT) > HTML_SEGMENT)
            break;
        rows += !html_blank(buf, eo, e);
        eo = p ? e + 1 : len;
    }
    int fields = 0;
    for (size_t s = so; s < eo && fields < 2;) {
        const uint8_t *p = memchr(buf + s, SC_HTML_BREAK, eo - s);
        size_t e = p ? (size_t)(p - buf) : eo;
        fields += html_field_row(buf, s, e);
        s = e + 1;
    }
    if (bso)
        *bso = so, *beo = eo;
    return fields >= 2 && (law_lines(buf, so, eo, SC_HTML_BREAK) <= 1 || one_law_named(buf, so, eo));
}

static int html_record(const sc_window *w, size_t i) { return html_record_span(w, i, NULL, NULL); }

size_t sc_ctx_marker_end(const uint8_t *b, size_t from, size_t to)
{
    size_t i = from, lim = to < from + 12 ? to : from + 12;
    if (i < lim && (b[i] == '*' || b[i] == '-')) {
        i++;
    } else if (i + 2 < lim && b[i] == 0xe2 && b[i + 1] == 0x80 &&
               (b[i + 2] == 0xa2 || b[i + 2] == 0x93 || b[i + 2] == 0x94)) {
        i += 3; /* '•', '–', '—' */
    } else {
        size_t d = i;
        if (i < lim && (b[i] == '[' || b[i] == '(' || b[i] == '^'))
            i++;
        else if (i + 1 < lim && b[i] == 'n' && b[i + 1] == '.')
            i += 2;
        /* (a small roman numeral's letters, by table: no strchr() per byte) */
        static const uint8_t roman[256] = { ['i'] = 1, ['v'] = 1, ['x'] = 1, ['l'] = 1, ['c'] = 1 };
        size_t k = i;
        while (k < lim && (sc_isdigit(b[k]) || (k - i < 6 && roman[b[k]])))
            k++;
        if (k == i && k < lim && sc_islower(b[k]) && b[d] == '(')
            k++; /* "(k)" */
        if (k == i || (k < lim && sc_isalpha(b[k])))
            return from;
        if (k < lim && (b[k] == ']' || b[k] == ')' || b[k] == '.'))
            k++;
        else if (b[d] != '^' && b[d] != 'n')
            return from; /* a number alone is no marker */
        i = k;
    }
    return i < to && b[i] == ' ' ? i : from;
}

/* Does a field that names itself begin at buf[i] (after its separator and
 * blanks): a public law's citation, which needs no label ("Citation: 72
 * Stat. 1711; P.L. 85-890")?  The spellings a law's rule reads, then a
 * digit. */
static int law_field_at(const uint8_t *buf, size_t i, size_t to)
{
    while (i < to && (buf[i] == ' ' || buf[i] == '\t'))
        i++;
    static const char *const laws[] = { "Public Law No. ", "Public Law ", "Pub. L. No. ", "Pub. L. ",
                                        "Pub.L. ",         "P.L. ",       "P. L. ",       "PL ",
                                        NULL };
    size_t n = sc_phrase_at(buf, i, to, laws);
    return n > 0 && i + n < to && sc_isdigit(buf[i + n]);
}

/* Is buf[from..to) a line of labeled fields, a record on one line: three
 * or more "Label: value" fields, or two whose labels are a table's
 * (table_labels.def: "Citation", "Short title", "Law", ...) -- or one such
 * and a field of a law's citation, unlabeled ("Citation: 72 Stat. 1711;
 * P.L. 85-890", law_field_at()) --, each label one
 * to three capitalized words (or abbreviations, "Cong.", "P.L.") at the
 * start or after a field separator ('|', ';', '·', a dash, a list's '*'
 * or '•') -- "Cong.: 104th | President: Bill Clinton | Citation: 108 Stat.
 * 50", "Signed by: Bill Clinton; Public Law: 105-392; Cong.: One Hundred
 * Fourth Congress", "Citation: 88 Stat. 276; Short title: ..."? */
static int labeled_fields(const uint8_t *buf, size_t from, size_t to)
{
    int fields = 0, known = 0;
    /* past a note's or a list's marker before the first label: "^52 ",
     * "n.61 ", "[29] ", "12. ", "(k) " */
    size_t m = sc_ctx_marker_end(buf, from, to);
    if (m > from) {
        while (m < to && buf[m] == ' ')
            m++;
        from = m;
    }
    for (const uint8_t *p = buf + from; (p = memchr(p, ':', (size_t)(buf + to - p))) != NULL; p++) {
        size_t c = (size_t)(p - buf);
        if (c + 1 >= to || buf[c + 1] != ' ')
            continue;
        size_t k = c; /* back over the label's words */
        int words = 0;
        while (k > from && words < 4) {
            size_t we = k;
            while (k > from && (sc_isalpha(buf[k - 1]) || buf[k - 1] == '.'))
                k--;
            if (k == we || !sc_isalpha(buf[k]))
                break;
            words++;
            if (sc_isupper(buf[k]) && (k == from || buf[k - 1] != ' ' || k - 1 == from ||
                                      buf[k - 2] == '|' || buf[k - 2] == ';' || buf[k - 2] == 0xb7 ||
                                      buf[k - 2] == 0x94 || buf[k - 2] == 0x93 || buf[k - 2] == '-' ||
                                      buf[k - 2] == '*' || buf[k - 2] == 0xa2)) {
                fields++; /* (0xb7: '·' U+00B7; 0x93, 0x94: the dashes' last bytes; 0xa2: '•') */
                known += sc_table_label_role(buf, k, c) > SC_COL_OTHER;
                break;
            }
            if (k == from || buf[k - 1] != ' ')
                break;
            k--;
        }
    }
    if (known == 1 && fields < 3) { /* a law's own field beside the one label */
        for (size_t i = from; i < to && known < 2; i++)
            if (buf[i] == ';' || buf[i] == '|' || (buf[i] == 0xc2 && i + 1 < to && buf[i + 1] == 0xb7))
                known += law_field_at(buf, i + 1 + (buf[i] == 0xc2), to);
        known += known < 2 && law_field_at(buf, from, to);
    }
    return fields >= 3 || known >= 2;
}

static int record_line(const uint8_t *buf, size_t len, size_t i);


/* Does the period at buf[i] end a record's field ("1990. ", "101-336. ",
 * "(1990). ", "Act. "), not an abbreviation ("Pub. L.", "Stat. 327")?
 * A blank after it, unless it ends the text. */
static inline int field_period(const uint8_t *buf, size_t from, size_t i)
{
    return i > from && (sc_isdigit(buf[i - 1]) || buf[i - 1] == ')' ||
                        (i >= from + 3 && buf[i - 1] == 't' && buf[i - 2] == 'c' &&
                         buf[i - 3] == 'A'));
}

/* How many periods in buf[from..to) end a field and have a blank after
 * them (field_period()), two at most counted. */
static int field_periods(const uint8_t *buf, size_t from, size_t to)
{
    int n = 0;
    for (const uint8_t *p = buf + from; n < 2 && (p = memchr(p, '.', (size_t)(buf + to - p))) != NULL;
         p++) {
        size_t i = (size_t)(p - buf);
        n += i + 1 < to && buf[i + 1] == ' ' && field_period(buf, from, i);
    }
    return n;
}

int sc_ctx_period_record(const uint8_t *buf, size_t len, size_t i)
{
    return field_period(buf, 0, i) && record_line(buf, len, i);
}

int sc_ctx_record(const sc_window *w, size_t from, size_t to)
{
    /* (the blank lines an entry's bounds take in before its text are no
     * line end of the record's: "\nn.106 Pub. L. 105-341 — Statutes at
     * Large: ...") */
    while (from < to && (w->buf[from] == '\n' || w->buf[from] == '\r' || w->buf[from] == ' ' ||
                         w->buf[from] == '\t'))
        from++;
    /* (an HTML table's rows: the first break inside with text after it) */
    for (const uint8_t *p = w->buf + from;
         may_break(w) && (p = memchr(p, SC_HTML_BREAK, (size_t)(w->buf + to - p))) != NULL; p++)
        if (!html_blank(w->buf, (size_t)(p - w->buf) + 1, to))
            return html_record(w, (size_t)(p - w->buf));
    for (const uint8_t *p = w->buf + from; (p = memchr(p, '\n', (size_t)(w->buf + to - p))) != NULL;
         p++) {
        size_t i = (size_t)(p - w->buf);
        size_t j = i + 1;
        while (j < w->len && (w->buf[j] == ' ' || w->buf[j] == '\t' || w->buf[j] == '\r'))
            j++;
        if (j < w->len && w->buf[j] != '\n')
            return in_record(w, i);
    }
    return labeled_fields(w->buf, from, to) ||
           (field_periods(w->buf, from, to) >= 2 &&
            record_line(w->buf, w->len, from)); /* (a line's fields ending in periods) */
}

/* The abbreviations that end a citation rather than wrap it: a
 * Congress's or a session's ("101st Cong.", "2d sess."), "et seq.", a
 * supplement's or an edition's ("(Supp. V)", "(2018 ed.") -- sc_word_in(). */
static const char *const citation_ends[] = { "cong", "sess", "seq", "supp", "ed", NULL };

/* Does the entry go on past the line end at buf[i] that boundary_at()
 * takes for a boundary?  A list item's facts wrapped onto the next line:
 * that line, after its indent, begins with a lower-case letter or with a
 * parenthesis that is no subsection's designator ("107 Stat. 6\n   (Feb.
 * 5, 1994)", "116 Stat. 745, 802\n(codified at 18 U.S.C. § 1514A)"; not
 * "section 552\n(b) Exemptions"), or the line ends with an abbreviation's
 * period ("(Feb.\n5, 1994)", "H.R.\n3162").  Citations on such a line are
 * grouped with those before it too ("2361 (December 20, 2022)\n(enacting
 * S. 3846, 117th Cong.)": one entry's law and bill).  Inside a record
 * (above) every line end goes on. */
static int entry_goes_on(const sc_window *w, size_t i)
{
    const uint8_t *buf = w->buf;
    size_t len = w->len;
    if (buf[i] == SC_HTML_BREAK)
        return html_record(w, i); /* a row of an HTML table of one law's fields */
    if (buf[i] != '\n')
        return 0;
    if (may_break(w)) { /* a line end of a web page's markup ("</tr>\n<tr>"): the break's answer */
        size_t t = i;
        while (t > 0 && (buf[t - 1] == ' ' || buf[t - 1] == '\t' || buf[t - 1] == '\r'))
            t--;
        if (t > 0 && buf[t - 1] == SC_HTML_BREAK)
            return html_record(w, t - 1);
    }
    size_t j = i + 1;
    while (j < len && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r'))
        j++;
    if (j >= len || buf[j] == '\n')
        return 0; /* a blank line */
    if (sc_islower(buf[j])) {
        /* (not a note's marker: "n.50 136 Stat. 2354, ...)" / "n.51 ...",
         * each note an entry) */
        if (note_marker_at(buf, len, j))
            return 0;
        /* (not the next row of a table whose rows begin so: "sec. 4,92 Stat.
         * 601,H. R. 6669,P.L. 95-367" / "sec. 306,65 Stat. 293,...") */
        size_t e = i;
        while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
            e--;
        return !table_rows_meet(buf, len, e, j);
    }
    if (j + 3 < len && buf[j] == 'A' && (buf[j + 1] == '.' || buf[j + 1] == ':') && buf[j + 2] == ' ') {
        /* a question's answer on the next line: "Q. Which President signed
         * Public Law 88-157?" / "A. President Kennedy signed it on ..." */
        size_t q = line_back(buf, i); /* (SIZE_MAX: a line too long for a question) */
        while (q < i && (buf[q] == ' ' || buf[q] == '\t'))
            q++;
        if (q != SIZE_MAX && q + 3 < i && buf[q] == 'Q' && (buf[q + 1] == '.' || buf[q + 1] == ':') &&
            buf[q + 2] == ' ')
            return 1;
    }
    if (in_record(w, i))
        return 1;
    if (buf[j] == '(') {
        /* "(a)", "(1)", "(A)", "(iv)", "(II)", "(123)": a designator */
        size_t k = j + 1;
        int lower = 0, upper = 0, digit = 0;
        while (k < len && k - j <= 5 && sc_isalnum(buf[k])) {
            lower += sc_islower(buf[k]) != 0;
            upper += sc_isupper(buf[k]) != 0;
            digit += sc_isdigit(buf[k]) != 0;
            k++;
        }
        size_t n = k - j - 1;
        int designator = k < len && buf[k] == ')' && n >= 1 &&
                         ((lower == (int)n && n <= 4) || (upper == (int)n && n <= 4) ||
                          (digit == (int)n && n <= 3));
        return !designator;
    }
    size_t e = i;
    while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
        e--;
    if (e == 0 || buf[e - 1] != '.')
        return 0;
    if (table_rows_meet(buf, len, e, j))
        return 0; /* a row that ends in an abbreviation ("... | 92nd Cong."): the
                   * next row is the next entry */
    size_t a = e - 1; /* the word before the period */
    while (a > 0 && sc_isalpha(buf[a - 1]))
        a--;
    if (sc_isupper(buf[j]) && sc_word_in(buf, a, e - 1, citation_ends))
        return 0; /* a list of citations a line each, each ending so ("S. 933, 101st
                   * Cong." / "H.R. 3162, 107th Cong."): the next line is the next
                   * item, not the rest of this one (as "Feb." / "5, 1994" is) */
    return e - 1 > a && is_abbrev(buf + a, e - 1 - a) && (e - 1 - a > 1 || a == 0 || buf[a - 1] == '.');
}

/* The first "signed " in buf[from..to), or NULL: memchr finds each 'g'
 * (vectorized; rarer than 's'), the rest is compared -- faster than memmem
 * on the short spans of a sentence. */
static const uint8_t *find_signed(const uint8_t *buf, size_t from, size_t to)
{
    if (to < from + 7)
        return NULL;
    const uint8_t *end = buf + to - 4;
    for (const uint8_t *q = buf + from + 2; q < end && (q = memchr(q, 'g', (size_t)(end - q))) != NULL;
         q++)
        if (q[-2] == 's' && q[-1] == 'i' && memcmp(q + 1, "ned ", 4) == 0)
            return q - 2;
    return NULL;
}

/* Does the sentence at buf[j] say the bill of the one before was signed,
 * then cite the law ("After ..., the President signed it on June 22, 2016
 * (Pub. L. 114-182)")?  (sc_ctx_refers_back's words, a law's citation
 * after them in the sentence.) */
static int signed_back(const uint8_t *buf, size_t len, size_t j)
{
    size_t lim = j + 160 < len ? j + 160 : len;
    const uint8_t *p = find_signed(buf, j, lim);
    if (!p)
        return 0;
    size_t k = (size_t)(p - buf);
    const uint8_t *dot = memchr(buf + j, '.', k - j);
    if (dot && dot + 1 < buf + k && dot[1] == ' ')
        return 0; /* (past the sentence's end, roughly) */
    if (!sc_ctx_refers_back(buf, j, k + 24 < lim ? k + 24 : lim))
        return 0;
    for (size_t q = k; q + 4 < lim; q++) {
        if (buf[q] == '.' && q + 1 < lim && buf[q + 1] == ' ' && q >= 1 && sc_islower(buf[q - 1]))
            return 0; /* the sentence ended */
        if (buf[q] == 'P' && (memcmp(buf + q, "Pub", 3) == 0 || memcmp(buf + q, "P.L", 3) == 0))
            return 1;
    }
    return 0;
}

/* Is buf[s..e) one of the lower-case words of @p list (its first letter
 * either case)? */
static int word_of(const uint8_t *buf, size_t s, size_t e, const char *const *list)
{
    uint8_t c0 = sc_tolower(buf[s]);
    for (; *list; list++)
        if ((uint8_t)(*list)[0] == c0 && strlen(*list) == e - s &&
            memcmp(buf + s + 1, *list + 1, e - s - 1) == 0)
            return 1;
    return 0;
}

/* Is buf[o..) a determiner and a noun that stand for the law of the
 * sentence before ("the law", "this measure", "the legislation"), as the
 * object of a verb of enactment ("President Bush signed the law on ...")? */
static int law_noun_at(const uint8_t *buf, size_t len, size_t o)
{
    static const char *const dets[] = { "the", "this", "that", NULL };
    static const char *const nouns[] = { "law", "statute", "act", "measure", "legislation", NULL };
    size_t we = o;
    while (we < len && we - o < 5 && sc_isalpha(buf[we]))
        we++;
    if (we >= len || buf[we] != ' ' || !word_of(buf, o, we, dets))
        return 0;
    size_t ns = we + 1, ne = ns;
    while (ne < len && ne - ns < 12 && sc_isalpha(buf[ne]))
        ne++;
    return word_of(buf, ns, ne, nouns) && (ne == len || !sc_isalnum(buf[ne]));
}

/* Is buf[o..) "the " ("The ") and a short form the text before buf[j] defined in
 * brackets, within 400 bytes -- "the Americans with Disabilities Act
 * (ADA), Pub. L. 101-336.  President Bush signed the ADA on ..." -- two to
 * eight capitals? */
static int defined_short(const uint8_t *buf, size_t len, size_t j, size_t o)
{
    if (o + 6 > len || (buf[o] | 0x20) != 't' || memcmp(buf + o + 1, "he ", 3) != 0)
        return 0;
    size_t s = o + 4, e = s;
    while (e < len && e - s <= 8 && sc_isupper(buf[e]))
        e++;
    if (e - s < 2 || e - s > 8 || (e < len && sc_isalnum(buf[e])))
        return 0;
    size_t n = e - s, lo = j > 400 ? j - 400 : 0;
    for (size_t q = j; q >= lo + n + 2; q--)
        if (buf[q - 1] == ')' && buf[q - n - 2] == '(' && memcmp(buf + q - n - 1, buf + s, n) == 0)
            return 1;
    return 0;
}

/* The end of the words at buf[j] that stand for the law of the sentence
 * before, as a sentence's subject: "It", "It's", "Its", "The law", "This
 * statute", "That Act", "The measure", "The legislation" -- else 0. */
size_t sc_ctx_back_subject(const uint8_t *buf, size_t len, size_t j)
{
    /* after a conjunction that opens the sentence: "But that statute,
     * passed by the 89th Congress as S. 3075, says nothing ..." (the first
     * letter of each opener first: most sentences open with none) */
    static const char *const openers[] = { "But ", "And ", "Yet ", "However, ", "Still, ", NULL };
    size_t op = 0;
    for (const char *const *o = openers; *o && !op && j < len && buf[j] != 'I' && buf[j] != 'T'; o++)
        if (buf[j] == (uint8_t)(*o)[0] && j + strlen(*o) <= len &&
            memcmp(buf + j, *o, strlen(*o)) == 0) /* (its first byte first: most are no opener) */
            op = strlen(*o);
    /* or after a concessive clause: "Although its short title refers to
     * 2018, it was enacted by the 116th Congress" */
    static const char *const clauses[] = { "Although ", "Though ", "Even though ", "While ",
                                           "Whereas ", NULL };
    for (const char *const *o = clauses; *o && !op && j < len && (buf[j] == 'A' || buf[j] == 'T' ||
                                                                 buf[j] == 'E' || buf[j] == 'W');
         o++) {
        if (buf[j] != (uint8_t)(*o)[0])
            continue; /* (its first byte first, as the openers') */
        size_t n = strlen(*o);
        if (j + n > len || memcmp(buf + j, *o, n) != 0)
            continue;
        for (size_t q = j + n; q + 2 < len && q < j + 120; q++) {
            if (buf[q] == '.' || buf[q] == ';' || buf[q] == '\n')
                break;
            if (buf[q] == ',' && buf[q + 1] == ' ') {
                op = q + 2 - j;
                break;
            }
        }
        if (!op)
            return 0;
    }
    if (op) {
        j += op;
        if (j >= len || (buf[j] != 'i' && buf[j] != 't'))
            return 0;
    } else if (buf[j] != 'I' && buf[j] != 'T') {
        return 0;
    }
    uint8_t c0 = sc_toupper(buf[j]); /* (the subject's first letter, as if it opened) */
    static const char *const dets[] = { "the", "this", "that", NULL };
    static const char *const nouns[] = { "law", "statute", "act", "measure", "legislation", NULL };
    size_t we = j;
    while (we < len && sc_isalpha(buf[we]))
        we++;
    size_t k;
    if (we - j == 2 && c0 == 'I' && buf[j + 1] == 't')
        k = we; /* "It", "It's" */
    else if (we - j == 3 && c0 == 'I' && buf[j + 1] == 't' && buf[j + 2] == 's')
        k = we;
    else if (word_of(buf, j, we, dets) && we < len && buf[we] == ' ') {
        size_t ns = we + 1, ne = ns;
        while (ne < len && sc_isalpha(buf[ne]))
            ne++;
        if (!word_of(buf, ns, ne, nouns) &&
            !(we - j == 3 && defined_short(buf, len, j, j) && ne - ns >= 2 && sc_isupper(buf[ne - 1])))
            return 0; /* (or the short form the text before defined: "The ADA was ...") */
        k = ne;
    } else
        return 0;
    if (k + 3 < len && (buf[k] == '\'' || (buf[k] == 0xe2 && buf[k + 1] == 0x80 && buf[k + 2] == 0x99))) {
        size_t a = k + (buf[k] == '\'' ? 1 : 3);
        if (a < len && buf[a] == 's')
            k = a + 1; /* "It's at 103 Stat. 15" */
    }
    return k < len && (buf[k] == ' ' || buf[k] == ',') ? k : 0; /* (an apposition may follow:
                                                                  * "That law, the X Act, was") */
}

/* The end of the sentence that begins at buf[j], looking @p reach bytes
 * at most: the first ". " after a lower-case letter or digit, "? ", a
 * line end, or j + reach. */
static size_t sentence_reach(const uint8_t *buf, size_t len, size_t j, size_t reach)
{
    size_t lim = j + reach < len ? j + reach : len;
    for (size_t q = j; q < lim; q++) {
        if (buf[q] == '\n')
            return q;
        if ((buf[q] == '.' || buf[q] == '?' || buf[q] == '!') && (q + 1 >= len || buf[q + 1] == ' ' ||
                                                                   buf[q + 1] == '\n') &&
            q > j && (sc_islower(buf[q - 1]) || sc_isdigit(buf[q - 1])))
            return q;
    }
    return lim;
}

/* The words that tell a fact of a law: its enactment, its bill or its name
 * (its page: " at " before a number -- "It's at 103 Stat. 15"). */
static const char *const told_words[] = { "signed", "enacted", "approved", "became", "passed",
                                          "cleared", "assigned", "designated", "numbered",
                                          "started", "began", "begun", "originated", "introduced",
                                          "known", "titled", "entitled",
                                          /* "The statute may be cited as the X Act" */
                                          "cited", "called",
                                          /* "Its date of enactment is 2016-09-23." */
                                          "enactment",
                                          /* "That statute bears the short title ..." */
                                          "bears",
                                          /* "The Act is a law of the 74th Congress." */
                                          "congress",
                                          /* "Its originating bill was H.R. 1319." */
                                          "originating",
                                          /* "Its Statutes at Large citation is 69 Stat.
                                           * 339." */
                                          "citation",
                                          /* where it is printed: "It appears in volume 54
                                           * of the Statutes at Large, page 670" */
                                          "appears", "printed", "published", "reprinted",
                                          NULL };
/* The verbs whose object "it" (or "the measure", "the bill", "the law")
 * stands for the law before: "President Reagan signed it", "Congress
 * passed it". */
static const char *const object_verbs[] = { "signed", "passed", "approved", "enacted", "cleared",
                                            NULL };

/* Does a bill's citation begin at buf[i]: capitals with periods or
 * blanks ("S.", "H.R.", "H. R.", "H.J.Res.", "S. Con. Res."), then a
 * number? */
static int bill_shape(const uint8_t *buf, size_t len, size_t i)
{
    if (i >= len || (buf[i] != 'S' && buf[i] != 'H'))
        return 0;
    size_t k = i + 1, dots = 0;
    while (k < len && k - i < 14 && (sc_isalpha(buf[k]) || buf[k] == '.' || buf[k] == ' '))
        dots += buf[k++] == '.';
    return dots > 0 && k < len && sc_isdigit(buf[k]) && buf[k - 1] == ' ';
}

/* Does the sentence at buf[j] tell a fact of the law the sentence before
 * cites, calling it "it" or "the law": a subject that stands for it
 * (back_subject) with a word of its enactment, bill or page in the
 * sentence ("It was signed on ...", "That Act, passed by the 96th
 * Congress", "It's at 103 Stat. 15", "The measure began as S. 863"), or a
 * verb of enactment with "it" or a bill as its object ("President Reagan
 * signed it on April 7, 1989", "Congress passed it as H.R. 829",
 * "President Bush signed S. 700 into law")? */
int sc_ctx_tells_back(const uint8_t *buf, size_t len, size_t j)
{
    size_t k = sc_isupper(buf[j]) ? sc_ctx_back_subject(buf, len, j) : 0;
    if (k) {
        /* "The measure is Pub.L. 116-71", "The law was P.L. 94-8": the
         * subject, a copula, the law's citation */
        size_t c = k;
        while (c < len && buf[c] == ' ')
            c++;
        if (c + 4 < len && ((buf[c] == 'i' && buf[c + 1] == 's' && buf[c + 2] == ' ') ||
                            (c + 5 < len && memcmp(buf + c, "was ", 4) == 0))) {
            c += buf[c] == 'i' ? 3 : 4;
            while (c < len && buf[c] == ' ')
                c++;
            if (c + 3 < len && buf[c] == 'P' &&
                (memcmp(buf + c, "Pub", 3) == 0 || memcmp(buf + c, "P.L", 3) == 0 ||
                 memcmp(buf + c, "PL ", 3) == 0))
                return 1;
        }
        size_t end = sentence_reach(buf, len, j, 200);
        for (size_t i = k; i < end;) {
            if (!sc_isalpha(buf[i])) {
                if (buf[i] == ' ' && i + 4 < end && buf[i + 1] == 'a' && buf[i + 2] == 't' &&
                    buf[i + 3] == ' ' && sc_isdigit(buf[i + 4]))
                    return 1; /* "It's at 103 Stat. 15", "is at 92 Stat. 883" */
                i++;
                continue;
            }
            size_t we = i;
            while (we < end && sc_isalpha(buf[we]))
                we++;
            if (word_of(buf, i, we, told_words))
                return 1;
            i = we;
        }
        return 0;
    }
    /* a verb of enactment (each ends in "ed"), then "it" or a bill, in
     * this sentence, its subject one who enacts ("President Reagan",
     * "Congress", "The President", "He"): each "d " found 16 bytes at a
     * time */
    static const char *const agents[] = { "president", "congress", "he", "she", "lawmakers",
                                          "both", "house", "senate", NULL };
    if (buf[j] != 'P' && buf[j] != 'C' && buf[j] != 'H' && buf[j] != 'S' && buf[j] != 'L' &&
        buf[j] != 'B' && buf[j] != 'T')
        return 0;
    size_t ws = j;
    if (j + 4 < len && memcmp(buf + j, "The ", 4) == 0)
        ws = j + 4; /* "The President", "The Senate" */
    if (ws > j && sc_isalnum(buf[ws]) && !(buf[ws] == 'P' || buf[ws] == 'S' || buf[ws] == 'H')) {
        /* "The 101st Congress", "The Thirty-seventh Congress": its ordinal,
         * words of letters, digits and hyphens, before "Congress" */
        size_t q = ws;
        for (int words = 0; words < 4 && q < len && sc_isalnum(buf[q]); words++) {
            while (q < len && (sc_isalnum(buf[q]) || buf[q] == '-'))
                q++;
            if (q < len && buf[q] == ' ')
                q++;
            if (q + 8 <= len && memcmp(buf + q, "Congress", 8) == 0) {
                ws = q;
                break;
            }
        }
    }
    size_t fe = ws;
    while (fe < len && fe - ws < 10 && sc_isalpha(buf[fe]))
        fe++;
    if (!word_of(buf, ws, fe, agents))
        return 0;
    size_t lim = j + 120 < len ? j + 120 : len;
    for (size_t p = j + 2; p + 1 < lim; p += 16) {
        uint32_t m;
#if defined(__SSE2__)
        if (p + 17 <= len) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(buf + p));
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(buf + p + 1));
            m = (uint32_t)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('d')),
                                                          _mm_cmpeq_epi8(y, _mm_set1_epi8(' '))));
        } else
#endif
        {
            m = 0;
            for (size_t q = p; q < p + 16 && q + 1 < len; q++)
                m |= (uint32_t)(buf[q] == 'd' && buf[q + 1] == ' ') << (q - p);
        }
        for (; m; m &= m - 1) {
            size_t q = p + (size_t)__builtin_ctz(m); /* the 'd' */
            if (q + 3 > lim || buf[q - 1] != 'e' ||
                (buf[q + 2] != 'i' && buf[q + 2] != 'S' && buf[q + 2] != 'H' && buf[q + 2] != 't'))
                continue;
            size_t we = q + 1, vs = q - 1;
            while (vs > j && sc_isalpha(buf[vs - 1]))
                vs--;
            if (!word_of(buf, vs, we, object_verbs))
                continue;
            size_t o = we + 1;
            int it = (o + 2 <= len && buf[o] == 'i' && buf[o + 1] == 't' &&
                      (o + 2 == len || !sc_isalnum(buf[o + 2]))) ||
                     defined_short(buf, len, j, o) /* "signed the ADA on" */ ||
                     law_noun_at(buf, len, o);      /* "signed the law on" */
            if ((it || bill_shape(buf, len, o)) && sentence_reach(buf, len, j, we - j) == we)
                return 1; /* "President Reagan signed it on ...", "President Clinton
                           * signed S. 700 into law on ...": the law's bill, if the
                           * tables say so (entry_bills.c) */
        }
    }
    return 0;
}

/* Does the entry go on past the boundary at buf[i]?  As entry_goes_on(),
 * and past a sentence whose next one has no subject of its own, only the
 * verb of the last one's bill: "S.933 - Americans with Disabilities Act of
 * 1990, 101st Congress (1989-1990). Became Public Law No: 101-336 on
 * 07/26/1990." (congress.gov's search results), or whose subject is the
 * last one's bill ("This bill was Public Law 108-458."), or that tells an
 * enactment of "It" ("It was signed on ...") or "The law", or that says the
 * President "signed it" and cites the law (signed_back): one enactment,
 * grouped and read as one entry. */
/* Does the line at buf[j] open as a record's field: a capital, then a
 * label's letters and blanks, and ':' within 32 bytes ("Signed into law:
 * ...")? */
static int field_line(const uint8_t *buf, size_t len, size_t j)
{
    if (j >= len || !sc_isupper(buf[j]))
        return 0;
    for (size_t k = j + 1; k < len && k < j + 32; k++) {
        if (buf[k] == ':')
            return 1;
        if (!sc_isalpha(buf[k]) && buf[k] != ' ' && buf[k] != '(' && buf[k] != ')')
            return 0;
    }
    return 0;
}

/* Does the line that holds buf[i] hold a record's field before it: the
 * line opens with one, or one follows a period's blank ("BILL DIGEST.
 * Title: ... Act (H.R. 2544). Enacted by: 117th Congress.")? */
static int field_before(const uint8_t *buf, size_t i)
{
    size_t ls = i;
    while (ls > 0 && buf[ls - 1] != '\n' && i - ls < 600)
        ls--;
    if (ls > 0 && buf[ls - 1] != '\n')
        return 0;
    while (ls < i && (buf[ls] == ' ' || buf[ls] == '\t'))
        ls++;
    if (field_line(buf, i, ls))
        return 1;
    for (size_t q = ls; q + 2 < i; q++)
        if (buf[q] == '.' && buf[q + 1] == ' ' && field_line(buf, i, q + 2))
            return 1;
    return 0;
}

/* Do the line that ends at buf[nl] and the next open with one label
 * ("Authority: ...\nAuthority: ...", a list of fields of one kind): then
 * they are two entries, not one record's fields. */
static int same_label(const uint8_t *buf, size_t len, size_t nl)
{
    size_t ls = nl;
    while (ls > 0 && buf[ls - 1] != '\n' && nl - ls < 600)
        ls--;
    while (ls < nl && (buf[ls] == ' ' || buf[ls] == '\t'))
        ls++;
    const uint8_t *c1 = memchr(buf + ls, ':', nl - ls < 32 ? nl - ls : 32);
    size_t n = c1 ? (size_t)(c1 - buf) - ls : 0;
    return n > 0 && nl + 1 + n < len && buf[nl + 1 + n] == ':' &&
           memcmp(buf + ls, buf + nl + 1, n) == 0;
}

/* The words in lower case a record line may hold: a name's or a
 * citation's small words ("of", "and", "with", "sess", the ordinals' "st",
 * "d") -- sc_word_in(). */
static const char *const record_small_words[] = { "of", "and", "the", "for", "with", "to", "in",
                                                  "on", "at", "by", "et", "seq", "a", "an",
                                                  "sess", "cong", "no", "from", "or", "st",
                                                  "nd", "rd", "th", "d",
                                                  /* a bibliography's volume and pages:
                                                   * "Statutes at Large, vol. 104, 1990,
                                                   * pp. 327-378" (MLA) */
                                                  "vol", "pp", "p", NULL };

/* Is the line that holds buf[i] a record of one law written as fields
 * ending in periods, no prose between ("Americans with Disabilities Act of
 * 1990. S. 933. Pub. L. 101-336. July 26, 1990. 104 Stat. 327.", a
 * bibliography's "U.S. Congress. X Act. Public Law 101-336. 101st Cong.,
 * 2d sess."): a short line, two fields' periods at least (after a number,
 * a bracket or "Act"; not an abbreviation's, as in a Code credit's "Pub.
 * L. 101-336, July 26, 1990, 104 Stat. 330."), every word
 * that opens in lower case one of a name's or a citation's small words
 * (no verb: "was", "signed", "is" make it prose), and one law's mark at
 * most (a line of several laws' fields is no one law's record). */
static int record_line(const uint8_t *buf, size_t len, size_t i)
{
    size_t lo = i > 240 ? i - 240 : 0;
    const uint8_t *nl = memrchr(buf + lo, '\n', i - lo);
    if (!nl && lo > 0)
        return 0; /* (a line too long for a record) */
    size_t ls = nl ? (size_t)(nl - buf) + 1 : 0;
    size_t hi = len - i > 240 ? i + 240 : len;
    const uint8_t *nr = memchr(buf + i, '\n', hi - i);
    if (!nr && hi < len)
        return 0;
    size_t le = nr ? (size_t)(nr - buf) : len;
    int periods = 0, laws = 0;
    for (size_t q = ls; q < le; q++) {
        uint8_t c = buf[q];
        if (c == '.' && q + 1 < le && buf[q + 1] == ' ' && field_period(buf, ls, q))
            periods++;
        else if (c == 'P' && (q == ls || !sc_isalpha(buf[q - 1])) && q + 3 <= le &&
                 (buf[q + 1] == 'u' || buf[q + 1] == '.' || buf[q + 1] == 'L'))
            laws++; /* "Pub", "Public", "P.L.", "PL" */
        else if (sc_islower(c) && (q == ls || !sc_isalpha(buf[q - 1]))) {
            size_t we = q;
            while (we < le && sc_isalpha(buf[we]))
                we++;
            if (!sc_word_in(buf, q, we, record_small_words))
                return 0;
            q = we - 1;
        }
    }
    return periods >= 2 && laws <= 1;
}

static int entry_continues(const sc_window *w, size_t i)
{
    if (entry_goes_on(w, i))
        return 1;
    const uint8_t *buf = w->buf;
    if (buf[i] != '.')
        return 0;
    size_t j = i + 1, len = w->len;
    while (j < len && (buf[j] == ' ' || buf[j] == '\t'))
        j++;
    if (j + 7 <= len && memcmp(buf + j, "Became ", 7) == 0)
        return 1;
    /* one law's record on one line, its fields ending in periods (the
     * period a field's end itself: most sentences end after a word in
     * lower case, and are passed by at once) */
    if (j > i + 1 && j < len && buf[j] != '\n' && sc_ctx_period_record(buf, len, i))
        return 1;
    /* a record's field that ends in a period ("Codification: 16 U.S.C. §
     * 1531 et seq." / "Signed into law: by President ..."): the record goes
     * on at its line's end */
    if (j < len && buf[j] == '\n' && field_line(buf, len, j + 1) && !same_label(buf, len, j) &&
        in_record(w, j))
        return 1;
    /* and a record on one line, its fields ending in periods ("Enacted by:
     * 117th Congress. Latest action: became Public Law No: 118-14
     * (09/22/2023). Citation: 137 Stat. 69."): a field after a field */
    if (j > i + 1 && j < len && sc_isupper(buf[j]) &&
        memchr(buf + j, ':', len - j < 32 ? len - j : 32) && field_line(buf, len, j) &&
        field_before(buf, i))
        return 1; /* (the ':' looked for first: most sentences have none) */
    /* "Public Law 104-191.  It was signed on August 21, 1996.", "That
     * law, the X Act, was signed by President Obama on ...", "President
     * Reagan signed it on April 7, 1989.": the next sentence tells a fact
     * of the law the last one cites (sc_ctx_tells_back) */
    if (signed_back(buf, len, j) || sc_ctx_tells_back(buf, len, j))
        return 1;
    /* "... signed H.R. 12936 on Jul. 10, 1978. The statute is Pub. L. No.
     * 95-392": a sentence that opens by calling the law it cites what the
     * sentence before tells of (sc_ctx_anaphor) */
    if (j + 8 < len && (buf[j] == 'T' || buf[j] == 'I')) { /* (the loop keeps to len: near
                                                         * the text's end too) */
        for (size_t q = j + 4; q < j + 36 && q + 4 <= len; q++) /* (heads: 32 bytes at most) */
            if (buf[q] == 'P' && (memcmp(buf + q, "Pub", 3) == 0 || memcmp(buf + q, "P.L.", 4) == 0 ||
                                  memcmp(buf + q, "PL ", 3) == 0) &&
                sc_ctx_anaphor(buf, j, q) > 0)
                return 1;
    }
    /* "... Senate bill 2845, the ... Act of 2004, became law.  This bill was
     * Public Law 108-458." */
    return sc_ctx_bill_again(buf, len, j);
}

int sc_ctx_bill_again(const uint8_t *buf, size_t len, size_t j)
{
    if ((j + 5 <= len && memcmp(buf + j, "This ", 5) == 0) ||
        (j + 4 <= len && memcmp(buf + j, "The ", 4) == 0)) {
        size_t k = j + (buf[j + 2] == 'i' ? 5 : 4);
        for (int words = 0; words < 3 && k < len; words++) {
            size_t we = k;
            while (we < len && sc_islower(buf[we]))
                we++;
            if (we == k || we >= len || !(buf[we] == ' ' || buf[we] == ','))
                return 0;
            if ((we - k == 4 && memcmp(buf + k, "bill", 4) == 0) ||
                (we - k == 7 && memcmp(buf + k, "measure", 7) == 0))
                return 1;
            k = we + 1;
        }
    }
    return 0;
}

/* Does an entry end at w->buf[i]: a boundary (boundary_at) the entry
 * does not go on past (entry_continues)?  The same bytes are asked of by
 * the scan's grouping, the Act names' reading and each entry's bounds:
 * the answer is remembered in w->memo's slots (scan.h) while the window
 * lasts. */
static int entry_ends_at(const sc_window *w, size_t i)
{
    /* a period with no blank and capital after it ends nothing
     * (boundary_at): no memo asked -- "U.S.C.", "1.5", "Stat. 327" */
    if (w->buf[i] == '.' && !period_opens(w->buf, w->len, i))
        return 0;
    sc_ctx_memo *mm = w->memo;
    if (!mm || mm->gen == 0 || i >= 0x7fffffffu)
        return boundary_at(w->buf, w->len, i) && !entry_continues(w, i);
    uint64_t key = (uint64_t)mm->gen << 32 | (uint64_t)(i + 1) << 1, *slot = &mm->ends[i % SC_CTX_ENDS];
    if ((*slot | 1u) == (key | 1u))
        return (int)(*slot & 1u);
    int r = boundary_at(w->buf, w->len, i) && !entry_continues(w, i);
    *slot = key | (uint64_t)r;
    return r;
}

#if defined(__SSE2__)
/* The boundary bytes ('\n', '.', SC_HTML_BREAK) among the 16 at p: bit k
 * for p[k]. */
static inline unsigned boundary_bits(const uint8_t *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                               _mm_cmpeq_epi8(v, _mm_set1_epi8((char)SC_HTML_BREAK)));
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* The first boundary in w->buf[from..to), or SIZE_MAX. */
static size_t boundary_first(const sc_window *w, size_t from, size_t to)
{
    size_t i = from;
#if defined(__SSE2__)
    /* 16 bytes at a time: only the boundary bytes among them are looked at */
    for (; i + 16 <= to; i += 16)
        for (unsigned m = boundary_bits(w->buf + i); m; m &= m - 1)
            if (entry_ends_at(w, i + (size_t)__builtin_ctz(m)))
                return i + (size_t)__builtin_ctz(m);
    /* the last few: the 16 bytes that end at to, those before i masked
     * off (no byte-by-byte tail) */
    if (i < to && to >= 16) {
        size_t b = to - 16;
        for (unsigned m = boundary_bits(w->buf + b) & (0xffffu << (i - b)); m; m &= m - 1)
            if (entry_ends_at(w, b + (size_t)__builtin_ctz(m)))
                return b + (size_t)__builtin_ctz(m);
        return SIZE_MAX;
    }
#endif
    for (; i < to; i++)
        if (boundary_byte[w->buf[i]] && entry_ends_at(w, i))
            return i;
    return SIZE_MAX;
}

#if defined(__SSE2__)
/* The last boundary among the bytes of @p m (bit k: w->buf[b + k]), or
 * SIZE_MAX. */
static size_t boundary_last_of(const sc_window *w, size_t b, unsigned m)
{
    while (m) {
        unsigned k = 31u - (unsigned)__builtin_clz(m);
        if (entry_ends_at(w, b + k))
            return b + k;
        m &= ~(1u << k);
    }
    return SIZE_MAX;
}
#endif

/* The last boundary in w->buf[from..to), or SIZE_MAX. */
static size_t boundary_last(const sc_window *w, size_t from, size_t to)
{
    size_t i = to;
#if defined(__SSE2__)
    /* 16 bytes at a time, backwards: the nearest boundary byte first */
    while (i >= from + 16) {
        i -= 16;
        size_t at = boundary_last_of(w, i, boundary_bits(w->buf + i));
        if (at != SIZE_MAX)
            return at;
    }
    /* the last few: the 16 bytes that end at i, those before from masked
     * off */
    if (i > from && i >= 16)
        return boundary_last_of(w, i - 16, boundary_bits(w->buf + i - 16) & (0xffffu << (from + 16 - i)));
#endif
    while (i > from) {
        i--;
        if (boundary_byte[w->buf[i]] && entry_ends_at(w, i))
            return i;
    }
    return SIZE_MAX;
}

/* Is buf[from..to) too long to hold no boundary: SEGMENT_REACH * 2 bytes,
 * or 8 times that when a web page's breaks are among them (its markup's
 * blanks between the rows of a record: html_record())? */
static int past_reach(const sc_window *w, size_t from, size_t to)
{
    return to - from > SEGMENT_REACH * 2 &&
           (to - from > SEGMENT_REACH * 16 || !may_break(w) ||
            !memchr(w->buf + from, SC_HTML_BREAK, to - from));
}

int sc_ctx_boundary(const sc_window *w, size_t from, size_t to)
{
    if (past_reach(w, from, to))
        return 1;
    return boundary_first(w, from, to) != SIZE_MAX;
}

int sc_ctx_boundary_fwd(const sc_window *w, sc_ctx_bound *b, size_t to)
{
    if (past_reach(w, b->fixed, to))
        return 1;
    if (b->at == SIZE_MAX && to > b->seen) { /* read on from where the last query stopped */
        b->at = boundary_first(w, b->seen, to);
        b->seen = to;
    }
    return b->at < to;
}

int sc_ctx_boundary_back(const sc_window *w, sc_ctx_bound *b, size_t from)
{
    if (past_reach(w, from, b->fixed))
        return 1;
    if (b->at == SIZE_MAX && from < b->seen) { /* read back down to from: the last
                                                * boundary before the fixed end */
        b->at = boundary_last(w, from, b->seen);
        b->seen = from;
    }
    return b->at != SIZE_MAX && b->at >= from;
}

static void ctx_entry_bounds(const sc_window *w, size_t first, size_t last, size_t reach,
                             size_t *so, size_t *eo);

/* Where the entry holding w->buf[i - 1] begins, looking back to @p lo at
 * most: right after the nearest boundary the entry does not go on past. */
static size_t boundary_back(const sc_window *w, size_t i, size_t lo)
{
    if (i <= lo)
        return i;
    size_t at = boundary_last(w, lo, i);
    return at != SIZE_MAX ? at + 1 : lo;
}

/* Is buf[i..we) one of the lowercase words a citation sentence may hold
 * besides its citations: pins and the words of a law's citation ("title",
 * "tit", "div", "sec", "secs", "pt", "at", "note", "et", "seq", "stat",
 * "no", "ch", "subch", "art", "cl", "l")?  Compared only with those of its
 * length. */
static int cite_word(const uint8_t *buf, size_t i, size_t we)
{
    static const char *const by_len[6] = { NULL, "l", "ptatetnochcl", "titdivsecseqart",
                                           "secsnotestat", "titlesubch" };
    size_t n = we - i;
    const char *w = n < 6 ? by_len[n] : NULL;
    if (!w)
        return 0;
    for (; *w; w += n)
        if (memcmp(buf + i, w, n) == 0)
            return 1;
    return 0;
}

/* (scan.h) A law's citation alone, as legal writing puts it after the
 * sentence it supports ("Congress enacted the ADA in 1990.  Pub. L. No.
 * 101-336, 104 Stat. 327."). */
int sc_ctx_cite_sentence(const sc_window *w, size_t so, size_t eo, size_t first, size_t last)
{
    const uint8_t *buf = w->buf;
    if (so == 0 || buf[so - 1] != '.' || first < so || last > eo || eo - so > 160)
        return 0;
    size_t i = so;
    while (i < first && (buf[i] == ' ' || buf[i] == '\t'))
        i++;
    static const char *const signals[] = { "See also ", "See ", "Cf. ", NULL };
    for (const char *const *g = signals; *g; g++) {
        size_t gl = strlen(*g);
        if (first - i == gl && memcmp(buf + i, *g, gl) == 0)
            i = first;
    }
    if (i != first || buf[first] != 'P')
        return 0; /* (a public law's citation: "Pub. L.", "Public Law", "P.L.") */
    for (i = first; i < eo;) {
        uint8_t c = buf[i];
        if (sc_isupper(c) || sc_isdigit(c)) {
            while (i < eo && sc_isalnum(buf[i]))
                i++; /* a capitalized word, a number: "Pub", "L", "Law", "101", "Stat" */
        } else if (sc_islower(c)) {
            size_t we = i;
            while (we < eo && sc_isalpha(buf[we]))
                we++;
            if (!cite_word(buf, i, we))
                return 0;
            i = we;
        } else if (c == '.' && i > first && sc_ctx_period_ends(w, i)) {
            return 1; /* the citation sentence ends: what follows is a sentence of
                       * its own ("... 82 Stat. 755.  President Johnson signed it") */
        } else if (c == ' ' || c == '.' || c == ',' || c == '-' || c == '(' || c == ')' ||
                   c == ';' || c == 0xa7 || c == 0xc2 || c == 0xe2 || c == 0x80 || c == 0x93) {
            i++; /* punctuation, "§", an en dash */
        } else {
            return 0;
        }
    }
    return 1;
}

int sc_ctx_period_ends(const sc_window *w, size_t i)
{
    return w->buf[i] == '.' && boundary_at(w->buf, w->len, i);
}

size_t sc_ctx_anaphor(const uint8_t *buf, size_t i, size_t first)
{
#define HEAD(s) { s, sizeof s - 1 }
    static const struct { const char *s; size_t n; } heads[] = {
        HEAD("That law, "), HEAD("This law, "), HEAD("The law, "), HEAD("That Act, "),
        HEAD("Designated "), HEAD("Enacted as "), HEAD("The Act ("), HEAD("The law ("),
        HEAD("The statute ("), HEAD("It's "), HEAD("It\xe2\x80\x99s ")
    };
    /* or a subject that stands for the law, then a verb that numbers it:
     * "It became ", "The law became ", "The statute was enacted as " */
    static const struct { const char *s; size_t n; } subjects[] = {
        HEAD("It "), HEAD("The law "), HEAD("This law "), HEAD("That law "), HEAD("The Act "),
        HEAD("This Act "), HEAD("That Act "), HEAD("The statute "), HEAD("This statute "),
        HEAD("That statute "), HEAD("The measure ")
    }, verbs[] = {
        HEAD("became "), HEAD("is "), HEAD("was assigned "), HEAD("was designated "),
        HEAD("was numbered "), HEAD("was enacted as "), HEAD("is cited as "),
        HEAD("was cited as "), HEAD("became law as ")
    };
#undef HEAD
    while (i < first && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r'))
        i++;
    if (buf[first] != 'P' || first - i > 32 || (buf[i] != 'T' && buf[i] != 'I' && buf[i] != 'D' &&
                                                buf[i] != 'E'))
        return 0;
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
        if (i + heads[h].n == first && memcmp(buf + i, heads[h].s, heads[h].n) == 0)
            return heads[h].n;
    for (size_t h = 0; h < sizeof subjects / sizeof subjects[0]; h++) {
        size_t n = subjects[h].n;
        if (i + n >= first || memcmp(buf + i, subjects[h].s, n) != 0)
            continue;
        for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
            if (i + n + verbs[v].n == first && memcmp(buf + i + n, verbs[v].s, verbs[v].n) == 0)
                return n + verbs[v].n;
    }
    return 0;
}

int sc_ctx_refers_back(const uint8_t *buf, size_t so, size_t first)
{
    static const char *const objects[] = { "it ", "the measure", "the bill", "the legislation",
                                           NULL };
    if (first <= so || first - so > 200)
        return 0;
    for (const uint8_t *p = find_signed(buf, so, first); p;
         p = find_signed(buf, (size_t)(p - buf) + 7, first)) {
        size_t k = (size_t)(p - buf) + 7;
        for (const char *const *o = objects; *o; o++) {
            size_t n = strlen(*o);
            if (k + n <= first && memcmp(buf + k, *o, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Is buf[s..t) an Act's name alone, a bibliography's title field ("Second
 * Morrill Act", "Taylor Grazing Act of 1934"): capitalized words (and
 * "of", "and", "the", "for", "to", a year), the last "Act" or its year? */
static int name_alone(const uint8_t *buf, size_t s, size_t t)
{
    static const char *const small[] = { "of", "and", "the", "for", "to", "on", "in", NULL };
    size_t last_s = t, words = 0;
    for (size_t i = s; i < t;) {
        if (buf[i] == ' ' || buf[i] == '-' || buf[i] == ',') {
            i++;
            continue;
        }
        size_t we = i;
        while (we < t && (sc_isalnum(buf[we]) || buf[we] == '\''))
            we++;
        if (we == i || !(sc_isupper(buf[i]) || (we - i == 4 && sc_isdigit(buf[i])) ||
                         sc_word_in(buf, i, we, small)))
            return 0;
        if (!sc_isdigit(buf[i]))
            last_s = i;
        words++;
        i = we;
    }
    return words >= 2 && words <= 12 && last_s + 3 <= t && memcmp(buf + last_s, "Act", 3) == 0 &&
           (last_s + 3 == t || !sc_isalpha(buf[last_s + 3]));
}

void sc_ctx_entry_bounds(const sc_window *w, size_t first, size_t last, size_t reach,
                         size_t *so, size_t *eo)
{
    ctx_entry_bounds(w, first, last, reach, so, eo);
    /* a bibliography's title field, its own sentence right before the
     * entry: "U.S. Congress. Second Morrill Act. Act of May 8, 1914, ch.
     * 79, 38 Stat. 372" -- the Act's name is the entry's */
    if (*so >= 2 && w->buf[*so - 1] == '.' && first - *so <= 48) {
        size_t t = *so - 1, s = t;
        while (s > 0 && t - s < 100 && w->buf[s - 1] != '.' && w->buf[s - 1] != '\n' &&
               w->buf[s - 1] != ':' && w->buf[s - 1] != ';')
            s--;
        while (s < t && w->buf[s] == ' ')
            s++;
        if (s > 0 && t - s < 100 && name_alone(w->buf, s, t) && sc_past_signal(w->buf, s, t) == s)
            *so = s; /* (not a sentence of a signal: "See the X Act.") */
    }
    /* "... moved through the 115th Congress as H.R. 2576.  After ..., the
     * President signed it on June 22, 2016 (Pub. L. 114-182)": the
     * sentence before, which tells of the bill signed */
    if (*so == 0 || w->buf[*so - 1] != '.' || w->buf[first] != 'P')
        return;
    /* ... or a citation sentence, or one that begins by calling the law
     * what the sentence before tells of ("It was assigned Pub. L. 93-406") */
    if (sc_ctx_refers_back(w->buf, *so, first) ||
        (first - *so <= 32 &&
         (sc_ctx_cite_sentence(w, *so, *eo, first, last) || sc_ctx_anaphor(w->buf, *so, first)))) {
        *so = boundary_back(w, *so - 1, first > reach ? first - reach : 0); /* with the sentence before */
    }
}

static void ctx_entry_bounds(const sc_window *w, size_t first, size_t last, size_t reach,
                             size_t *so, size_t *eo)
{
    size_t lo = first > reach ? first - reach : 0;
    size_t hi = last + reach < w->len ? last + reach : w->len;
    *so = boundary_back(w, first, lo);
    size_t at = boundary_first(w, last, hi);
    *eo = at != SIZE_MAX ? at : hi;
    /* a record of a web page's box: all of it, its rows apart by markup
     * ("Public law | 101-336" ... "Signed into law by President ... on July
     * 26, 1990" a thousand bytes on) */
    if (!may_break(w))
        return;
    const uint8_t *br = *eo > first ? memchr(w->buf + first, SC_HTML_BREAK, *eo - first) : NULL;
    if (!br && *so < first)
        br = memrchr(w->buf + *so, SC_HTML_BREAK, first - *so);
    size_t bso, beo;
    if (br && html_record_span(w, (size_t)(br - w->buf), &bso, &beo)) {
        *so = bso < *so ? bso : *so;
        *eo = beo > *eo ? beo : *eo;
    }
}

int sc_spelled_number(const uint8_t *p, size_t n)
{
    static const char *const ones[] = { "first", "second", "third", "fourth", "fifth",
                                        "sixth", "seventh", "eighth", "ninth", "tenth",
                                        "eleventh", "twelfth", "thirteenth", "fourteenth",
                                        "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                        "nineteenth" };
    static const char *const tens[] = { "twent", "thirt", "fort", "fift", "sixt", "sevent",
                                        "eight", "ninet" };
    /* (and the cardinals, a volume's: "Thirty-seven Statutes at Large") */
    static const char *const cards[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                         "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen" };
    int v = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !sc_isalpha(p[i]))
            i++;
        char w[24];
        size_t k = 0;
        while (i < n && sc_isalpha(p[i])) {
            if (k + 1 < sizeof w)
                w[k++] = (char)sc_tolower(p[i]);
            i++;
        }
        w[k] = '\0';
        if (k == 0)
            break;
        if (strncmp(w, "hundred", 7) == 0) {
            v = (v ? v : 1) * 100; /* "One Hundred Eighth" */
            continue;
        }
        int hit = 0;
        for (int j = 0; j < 19 && !hit; j++)
            if (strcmp(w, ones[j]) == 0) {
                v += j + 1;
                hit = 1;
            }
        for (int j = 0; j < 19 && !hit; j++)
            if (strcmp(w, cards[j]) == 0) {
                v += j + 1;
                hit = 1;
            }
        for (int j = 0; j < 8 && !hit; j++)
            if (strncmp(w, tens[j], strlen(tens[j])) == 0 &&
                (strcmp(w + strlen(tens[j]), "y") == 0 || strcmp(w + strlen(tens[j]), "ieth") == 0)) {
                v += (j + 2) * 10;
                hit = 1;
            }
    }
    return v;
}

int sc_ctx_congress_value(const uint8_t *subj, const sc_groups *g)
{
    if (sc_gset(g, SC_G_ORD)) {
        int v = 0;
        for (size_t i = g->so[SC_G_ORD]; i < g->eo[SC_G_ORD]; i++)
            v = v * 10 + (subj[i] - '0');
        return v;
    }
    if (sc_gset(g, SC_G_SPELLED))
        return sc_spelled_number(subj + g->so[SC_G_SPELLED], g->eo[SC_G_SPELLED] - g->so[SC_G_SPELLED]);
    return 0;
}

int sc_ctx_congress_cell(const uint8_t *b, size_t so, size_t eo)
{
    if (eo > so + 7 && memcmp(b + eo - 8, "Congress", 8) == 0)
        eo -= 8; /* "One Hundred Seventh Congress", "92nd Congress" */
    else if (eo > so + 4 && memcmp(b + eo - 5, "Cong.", 5) == 0)
        eo -= 5;
    while (eo > so && (b[eo - 1] == ' ' || b[eo - 1] == '\t'))
        eo--;
    if (eo == so)
        return 0;
    if (sc_isdigit(b[so])) { /* "103rd", "103d", "103" */
        int v = 0;
        size_t i = so;
        while (i < eo && sc_isdigit(b[i]) && v < 1000)
            v = v * 10 + (b[i++] - '0');
        size_t n = eo - i;
        if (n == 0 || (n <= 2 && ((n == 1 && b[i] == 'd') ||
                                  (n == 2 && (memcmp(b + i, "st", 2) == 0 || memcmp(b + i, "nd", 2) == 0 ||
                                              memcmp(b + i, "rd", 2) == 0 || memcmp(b + i, "th", 2) == 0 ||
                                              memcmp(b + i, "RD", 2) == 0 || memcmp(b + i, "TH", 2) == 0 ||
                                              memcmp(b + i, "ST", 2) == 0 || memcmp(b + i, "ND", 2) == 0)))))
            return v;
        return 0;
    }
    for (size_t i = so; i < eo; i++) /* "Ninety-second", "One Hundred First": words alone */
        if (!sc_isalpha(b[i]) && b[i] != ' ' && b[i] != '-')
            return 0;
    return sc_spelled_number(b + so, eo - so);
}

/* The start and the end of the line of w->buf[i] (memrchr and memchr: a
 * line of prose is long). */
static size_t line_start(const sc_window *w, size_t i)
{
    const uint8_t *p = i > 0 ? memrchr(w->buf, '\n', i) : NULL;
    return p ? (size_t)(p - w->buf) + 1 : 0;
}

static size_t line_end(const sc_window *w, size_t i)
{
    const uint8_t *p = i < w->len ? memchr(w->buf + i, '\n', w->len - i) : NULL;
    return p ? (size_t)(p - w->buf) : (i > w->len ? i : w->len);
}

static int blank(uint8_t c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Does buf[from..to) hold "Cong"?  Every match of context.congress does
 * ("Congress", "Cong.": grammar/90-context.rules, kept in step with it), so
 * where it is absent the rule is not run (a search over up to 1,200 bytes
 * for each bill without a Congress of its own: sc_find_text(), memchr()
 * and a compare, is faster there than memmem()). */
static int has_cong(const uint8_t *buf, size_t from, size_t to)
{
    return to - from >= 4 && sc_find_text(buf + from, to - from, "Cong", 4) != NULL;
}

/* Where the run of bytes that may stand before the "Cong" at b[cong] in a
 * match of the Congress rule begins, not before @p p: letters, digits,
 * blanks of any kind ("&nbsp;"), a page's running head ("\n117 STAT.
 * 12\n").  With @p words (the built-in rule), the run also ends after a
 * word of small letters standing alone (after no letter, digit, '-', '&'
 * or '#'), other than "and": the rule
 * holds none before its "Cong" -- its small letters are an ordinal's
 * suffix ("113th"), a word after a hyphen ("Eighty-first"), an entity's
 * name ("&nbsp;") and the "and" of "One Hundred and Thirteenth" -- so no
 * match begins before that word, nor in it (a small letter begins none):
 * the rule is not tried at each byte of the prose before ("... the first
 * session of the 96th Congress"). */
static size_t congress_run(const uint8_t *b, size_t p, size_t cong, int words)
{
    size_t from = cong;
    while (from > p) {
        uint8_t ch = b[from - 1];
        if (sc_isalpha(ch)) {
            size_t ws = from - 1;
            while (ws > p && sc_isalpha(b[ws - 1]))
                ws--;
            if (words && sc_islower(b[ws]) &&
                (ws == 0 || !(sc_isalnum(b[ws - 1]) || b[ws - 1] == '-' || b[ws - 1] == '&' ||
                              b[ws - 1] == '#')) &&
                !(from - ws == 3 && b[ws] == 'a' && b[ws + 1] == 'n' && b[ws + 2] == 'd'))
                return from;
            from = ws;
        } else if (sc_isdigit(ch) || ch >= 0x80 || (ch && strchr(" \t\n\r\f\v-&;#.,", ch))) {
            from--;
        } else {
            break;
        }
    }
    return from;
}

/* May the "Congress" or "Cong." at b[k..we) be the one of a match of the
 * Congress rule?  Before ':' always ("Congress: 96th"); else only after a
 * run of blanks (its {SP1}) that follows a digit ("96 Congress"), a word
 * that is no small-letter word standing alone (an ordinal's suffix,
 * "States", a spelled ordinal: "the Congress", "of Congress" are none),
 * or a byte a blank of another kind ends with (no-break spaces, "&nbsp;",
 * a line's end after a running head).  No when it cannot. */
static int congress_may_end(const uint8_t *b, size_t k, size_t we, size_t hi)
{
    if (we < hi && b[we] == ':')
        return 1;
    size_t j = k;
    while (j > 0 && (b[j - 1] == ' ' || b[j - 1] == '\t' || b[j - 1] == '\n' || b[j - 1] == '\r'))
        j--;
    if (j == 0)
        return 0;
    uint8_t c = b[j - 1];
    if (c >= 0x80 || c == ';' || c == '\v' || c == '\f')
        return 1;
    if (j == k || !sc_isalnum(c))
        return 0; /* (no blank before it, or a sign before the blanks) */
    if (sc_isdigit(c))
        return 1;
    size_t ws = j - 1;
    while (ws > 0 && sc_isalpha(b[ws - 1]))
        ws--;
    return !(sc_islower(b[ws]) &&
             (ws == 0 || !(sc_isalnum(b[ws - 1]) || b[ws - 1] == '-' || b[ws - 1] == '&' ||
                           b[ws - 1] == '#')));
}

/* The first "Congress" (no letter or digit after it: not "Congressional")
 * or "Cong." in b[p..hi) that may be a match's (congress_may_end()), or
 * NULL: every match of the Congress rule holds one, and no other "Cong"
 * before it, so its search may begin at the run before it
 * (congress_run()), past the other "Cong"s, and need not begin at all
 * when there is none. */
static const uint8_t *congress_word(const uint8_t *b, size_t p, size_t hi)
{
    for (const uint8_t *q; p < hi && (q = sc_find_text(b + p, hi - p, "Cong", 4)) != NULL;
         p = (size_t)(q - b) + 4) {
        size_t k = (size_t)(q - b), we = k + 4;
        if (we < hi && b[we] == '.')
            we++;
        else if (we + 4 <= hi && memcmp(b + we, "ress", 4) == 0 && (we + 4 == hi || !sc_isalnum(b[we + 4])))
            we += 4;
        else
            continue;
        if (congress_may_end(b, k, we, hi))
            return q;
    }
    return NULL;
}

size_t sc_ctx_congress_from(const uint8_t *b, size_t p, size_t hi, int builtin)
{
    const uint8_t *cong = builtin ? congress_word(b, p, hi) : sc_find_text(b + p, hi - p, "Cong", 4);
    return cong ? congress_run(b, p, (size_t)(cong - b), builtin) : SIZE_MAX;
}

/* Is buf[ls..le) a heading line naming a Congress ("112th Congress",
 * "111th Congress (2009 - 2010)", "One Hundred Thirteenth Congress")? */
static int heading_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                            size_t ls, size_t le)
{
    while (ls < le && blank(w->buf[ls]))
        ls++;
    while (le > ls && blank(w->buf[le - 1]))
        le--;
    if (le - ls < 8 || le - ls > 80 || !has_cong(w->buf, ls, le))
        return 0;
    sc_groups g;
    size_t e = sc_rule_match(r, ctx, m, w->buf, le, ls, &g);
    if (e == SC_UNSET || g.so[SC_G_CITE] != ls)
        return 0;
    /* only an optional "(2009 - 2010)" may follow */
    size_t k = e;
    while (k < le && (blank(w->buf[k]) || w->buf[k] == '(' || w->buf[k] == ')' ||
                      w->buf[k] == '-' || sc_isdigit(w->buf[k])))
        k++;
    return k == le ? sc_ctx_congress_value(w->buf, &g) : 0;
}

/* Does a Congress mention at buf[so] belong to another bill of the group,
 * as in "H.R. 1, 110th Cong." (then it says nothing about this bill)? */
static int owned_by_other(const sc_window *w, const sc_citation *group, int n, int self, size_t so)
{
    for (int i = 0; i < n; i++) {
        if (i == self || group[i].type != SC_BILL)
            continue;
        uint64_t e = group[i].end, m = w->base + so;
        if (e <= m && m - e <= 3)
            return 1;
    }
    return 0;
}

/* Does an Act's name begin at buf[a]: capitalized words, "of", "and",
 * "for"... between them, up to the word "Act" ("Marine Mammal Protection
 * Act Amendments of 1988", "the Clean Air Act") -- a string citation's
 * next item, as a citation is?  A clause goes on in lower case ("the
 * Senate passed S. 7"). */
static int act_name_at(const uint8_t *buf, size_t a, size_t len)
{
    static const char *const joins[] = { "of", "and", "for", "to", "on", "in", "the", "a", NULL };
    size_t i = a, lim = a + 160 < len ? a + 160 : len;
    if (i >= lim || !(sc_isupper(buf[i]) || buf[i] == 't'))
        return 0;
    for (int words = 0; i < lim && words < 14; words++) {
        size_t we = i;
        while (we < lim && sc_isalpha(buf[we]))
            we++;
        if (we == i)
            return 0;
        if (we - i == 3 && memcmp(buf + i, "Act", 3) == 0)
            return words > 0;
        if (!sc_isupper(buf[i]) && !word_of(buf, i, we, joins))
            return 0;
        i = we;
        if (i < lim && buf[i] == '-')
            i++;
        else if (i < lim && buf[i] == ' ')
            i++;
        else
            return 0;
    }
    return 0;
}

/* Is the ';' at buf[q] one between citations, a string citation's or a
 * list's: a citation of the group right after it (or an Act's name, the
 * next item's head), and right before it (with its closing brackets) one,
 * or a Congress its item ends with ("S. Res. 598 in the 115th Cong.; S.
 * Res. 284 ...") -- not a clause's ("the 117th Congress passed Senate Bill
 * 8, which the Governor opposed; House Bill 3 died")? */
static int cite_semi(const sc_window *w, const sc_citation *group, int n, size_t q)
{
    const uint8_t *buf = w->buf;
    size_t a = q + 1, z = q;
    while (a < w->len && a < q + 4 && buf[a] == ' ')
        a++;
    while (z > 0 && q - z < 4 && (buf[z - 1] == ' ' || buf[z - 1] == ')' || buf[z - 1] == ']'))
        z--;
    int after = 0, before = (z >= 5 && memcmp(buf + z - 5, "Cong.", 5) == 0) ||
                            (z >= 8 && memcmp(buf + z - 8, "Congress", 8) == 0);
    for (int i = 0; i < n; i++) {
        after |= group[i].start == w->base + a;
        before |= group[i].end == w->base + z;
    }
    if (!after && before)
        after = act_name_at(buf, a, w->len);
    return after && before;
}

/* Does a ';' that separates items lie in buf[a..b) (depths counted from
 * @p from): a citations' ';' (cite_semi) outside all brackets, or outside
 * the brackets of both ends ("(enacting H.R. 1695); 104 Stat. 747 (103d
 * Congress, ...)"), not one inside the bracket that holds both ("(103d
 * Congress; H.R. 5)")? */
static int other_item(const sc_window *w, const sc_citation *group, int n, size_t from, size_t a,
                      size_t b)
{
    const uint8_t *buf = w->buf;
    int depth = 0;
    for (size_t q = from; q < a; q++)
        depth += (buf[q] == '(' || buf[q] == '[') - (buf[q] == ')' || buf[q] == ']');
    int da = depth, db, semi = INT_MAX; /* the lowest depth of a ';' between */
    for (size_t q = a; q < b; q++) {
        depth += (buf[q] == '(' || buf[q] == '[') - (buf[q] == ')' || buf[q] == ']');
        if (buf[q] == ';' && depth < semi && cite_semi(w, group, n, q))
            semi = depth;
    }
    db = depth;
    return semi != INT_MAX && (semi <= 0 || semi < (da < db ? da : db));
}

/* Do only words of a bill's own doing in a Congress stand in buf[a..b),
 * between the bill and that Congress (@p after: the Congress after the
 * bill) -- "H.R. 3355 in the 104th Congress", "S. 900, introduced in the
 * 105th Congress", "H.R. 3162, passed by the 107th Congress"; "The 104th
 * Congress passed H.R. 3355" -- four words at most, with blanks and one
 * comma after the bill, no bracket, no other word?  The Congress is then
 * the bill's own, as one written right beside it is. */
static int bill_congress_words(const uint8_t *buf, size_t a, size_t b, int after)
{
    static const char *const bill_first[] = { "in", "the", "during", "of", "was", "is",
                                              "introduced", "reintroduced", "passed",
                                              "considered", "reported", "originated",
                                              "first", "by", "as", NULL };
    static const char *const cong_first[] = { "passed", "enacted", "considered",
                                              "introduced", "approved", NULL };
    const char *const *list = after ? bill_first : cong_first;
    if (b <= a || b - a > 48)
        return 0;
    int words = 0, commas = 0;
    size_t i = a;
    while (i < b) {
        if (buf[i] == ' ') {
            i++;
            continue;
        }
        if (buf[i] == ',' && after && i == a && !commas++) {
            i++;
            continue;
        }
        size_t we = i;
        while (we < b && sc_isalpha(buf[we]))
            we++;
        if (we == i || ++words > 4)
            return 0;
        if (!word_of(buf, i, we, list))
            return 0;
        i = we;
    }
    return words > 0;
}

/* The Congress a bill's sentence, parenthetical or list item names. */
static int segment_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                            size_t bs, size_t be, const sc_citation *group, int n, int self,
                            int *beside)
{
    *beside = 0;
    /* the nearest boundaries before bs and from be on, SEGMENT_REACH at
     * most away (16 bytes at a time) */
    size_t s0, s1;
    sc_ctx_entry_bounds(w, bs, be, SEGMENT_REACH, &s0, &s1);
    int best = 0;
    size_t best_d = SC_UNSET;
    sc_groups g;
    for (size_t p = s0; p < s1;) {
        /* (the built-in rule from where a match may begin first, another
         * grammar's from p) */
        size_t from = r->builtin ? sc_ctx_congress_from(w->buf, p, s1, 1)
                      : has_cong(w->buf, p, s1) ? p
                                                : SIZE_MAX;
        if (from == SIZE_MAX)
            break; /* no match can begin at p or after it */
        size_t e = sc_rule_match(r, ctx, m, w->buf, s1, from, &g);
        if (e == SC_UNSET)
            break;
        size_t so = g.so[SC_G_CITE], eo = e;
        size_t d = eo <= bs ? bs - eo : (so >= be ? so - be : SC_UNSET);
        int v = sc_ctx_congress_value(w->buf, &g);
        if (v == 0 && sc_gset(&g, SC_G_ORD))
            v = -1; /* "the 0th Congress": named, and impossible */
        if (d != SC_UNSET && v != 0 && d < best_d && !owned_by_other(w, group, n, self, so) &&
            !other_item(w, group, n, s0, eo <= bs ? eo : be, eo <= bs ? bs : so)) {
            best = v;
            best_d = d;
            /* right after the bill, a dash or a comma between: "H.R.5376 —
             * 117th Congress (2021-2022)", congress.gov's heading -- as
             * much the bill's own as "H.R. 5376, 117th Cong." */
            size_t k = be;
            while (k < so && (w->buf[k] == ' ' || w->buf[k] == ',' || w->buf[k] == '-' ||
                              w->buf[k] == '(' || w->buf[k] == '|')) /* "H.R. 3103 (One Hundred
                                                                      * Fifth Congress)", a table
                                                                      * row's next cell */
                k++;
            if (k + 3 <= so && w->buf[k] == 0xe2 && w->buf[k + 1] == 0x80 &&
                (w->buf[k + 2] == 0x93 || w->buf[k + 2] == 0x94))
                k += 3;
            while (k < so && w->buf[k] == ' ')
                k++;
            *beside = so >= be && k == so && so - be <= 5;
            /* or right before it: "moved through the 115th Congress as H.R. 2576" */
            size_t gap = bs - eo; /* (a prefix of these: " a" or "," too; never read
                                   * past a phrase shorter than the gap) */
            if (eo <= bs && gap <= 4 &&
                (memcmp(w->buf + eo, " as ", gap) == 0 ||
                 (gap <= 2 && memcmp(w->buf + eo, ", ", gap) == 0) ||
                 (gap <= 1 && memcmp(w->buf + eo, " ", gap) == 0)))
                *beside = 1;
            /* or a few words of the bill's doing in that Congress between
             * ("H.R. 3355 in the 104th Congress", "The 104th Congress
             * passed H.R. 3355") */
            if (!*beside)
                *beside = so >= be ? bill_congress_words(w->buf, be, so, 1)
                                   : bill_congress_words(w->buf, eo, bs, 0);
        }
        p = e > p ? e : p + 1;
    }
    return best;
}

/* A bill alone on its line ("[S. 285]", "H.J.RES.64") under a heading. */
static int heading_block_congress(const sc_rules *r, int ctx, sc_matcher *m, const sc_window *w,
                                  size_t bs, size_t be)
{
    size_t ls = line_start(w, bs), le = line_end(w, be);
    size_t a = ls, b = le;
    while (a < bs && blank(w->buf[a]))
        a++;
    while (b > be && blank(w->buf[b - 1]))
        b--;
    int bracketed = a < bs && w->buf[a] == '[' && b > be && w->buf[b - 1] == ']';
    if (bracketed) {
        a++;
        b--;
    }
    if (a != bs || b != be)
        return 0; /* not alone on its line */
    /* bracketed: the slip-law header within the last lines; otherwise only
     * the line just above */
    size_t reach = bracketed ? HEADING_REACH : 200;
    size_t stop = ls > reach ? ls - reach : 0;
    int lines = 0;
    while (ls > stop && ls > 0) {
        size_t pe = ls - 1, ps = line_start(w, pe);
        int v = heading_congress(r, ctx, m, w, ps, pe);
        if (v > 0)
            return v;
        int empty = 1;
        for (size_t k = ps; k < pe; k++)
            if (!blank(w->buf[k]))
                empty = 0;
        if (!empty && ++lines >= (bracketed ? 12 : 1))
            break;
        ls = ps;
    }
    return 0;
}

void sc_ctx_link(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *group, int n)
{
    int ctx = r->ctx_congress;
    if (ctx < 0)
        return;
    for (int i = 0; i < n; i++) {
        sc_citation *c = &group[i];
        if (c->type != SC_BILL || c->congress > 0)
            continue;
        if (c->start < w->base || c->end > w->base + w->len)
            continue;
        size_t bs = (size_t)(c->start - w->base), be = (size_t)(c->end - w->base);
        int beside;
        int v = segment_congress(r, ctx, m, w, bs, be, group, n, i, &beside);
        if (v < 0) {
            c->wording |= SC_W_CONGRESS_ZERO;
            continue;
        }
        if (v == 0)
            v = heading_block_congress(r, ctx, m, w, bs, be);
        if (v > 0) {
            c->congress = v;
            if (!beside)
                c->wording |= SC_W_CONGRESS_LINKED;
            sc_norm_finish(c);
        }
    }
}
