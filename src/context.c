/*
 * context.c -- what surrounds a citation: where a sentence or list item
 * ends (the unit in which citations are linked and an entry is read), and
 * an entry's bounds.  Its family: context_records.c (records and boxes,
 * whose line ends end nothing), context_prose.c (sentences that go on
 * telling of the last one's law), context_congress.c (a bill's Congress);
 * what they share is context_in.h.  See docs/linking.md.
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
#include "context_in.h"

/* Short capitalized words that end with '.' without ending a sentence, and
 * the lowercase names of a law's units, which a capital designation follows
 * ("pt. III", "div. A", "subch. II", "cl. (B)"); by length, so that a word is
 * compared only with those of its length. */
static int is_abbrev(const uint8_t *w, size_t n)
{
    static const char *const abbr2 = "NoMrMsDrCoJrSrStChClCtFtMtptchclLt";
    /* (ranks and titles before a name: "Sgt. Ketchum Rural Veterans Mental
     * Health Act", "Lt. Gen. ...", "Capt. ...", "Pres. Reagan") */
    static const char *const abbr3 = "PubResRepDocSecNosJanFebMarAprJunJulAugSepOctNovDec"
                                     "AppConMrsIncLtdArtDivVolCirGenStedivartparsectitpts"
                                     "SgtCplPvtPfcAdmColMajRevHonSenGov";
    static const char *const abbr4 = "PrivStatCongSessSuppSecsSeptCorpAmdtsecsCaptsessPres";
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

int sc_ctx_timeline(const uint8_t *buf, size_t from, size_t so, size_t eo, size_t lim)
{
    size_t i = so;
    for (;;) {
        if (i > from && (buf[i - 1] == ' ' || buf[i - 1] == '\t' || buf[i - 1] == '*' ||
                         buf[i - 1] == '-'))
            i--;
        else if (i >= from + 3 && buf[i - 3] == 0xe2 && buf[i - 2] == 0x80 && buf[i - 1] == 0xa2)
            i -= 3; /* "• " */
        else
            break;
    }
    if (i > from && buf[i - 1] != '\n')
        return 0;
    size_t t = eo;
    while (t < lim && buf[t] == ' ')
        t++;
    if (t + 1 >= lim)
        return 0;
    if (buf[t] == ':' || buf[t] == '|')
        return 1;
    if (buf[t] == '-') /* ("1991 - ...", "1991- ...", not "1991-92") */
        return t > eo || buf[t + 1] == ' ';
    return t + 2 < lim && buf[t] == 0xe2 && buf[t + 1] == 0x80 &&
           (buf[t + 2] == 0x93 || buf[t + 2] == 0x94);
}

/* Does a timeline's line begin at buf[j], its label a year (1789-2099;
 * sc_ctx_timeline)? */
static int timeline_line(const uint8_t *buf, size_t j, size_t len)
{
    size_t y0 = j; /* (past a list's mark: "- ", "* ", "• ") */
    if (y0 + 2 < len && (buf[y0] == '-' || buf[y0] == '*') && buf[y0 + 1] == ' ')
        y0 += 2;
    else if (y0 + 4 < len && buf[y0] == 0xe2 && buf[y0 + 1] == 0x80 && buf[y0 + 2] == 0xa2 &&
             buf[y0 + 3] == ' ')
        y0 += 4;
    if (y0 + 6 >= len || !(buf[y0] == '1' || buf[y0] == '2') || !sc_isdigit(buf[y0 + 1]) ||
        !sc_isdigit(buf[y0 + 2]) || !sc_isdigit(buf[y0 + 3]) || sc_isalnum(buf[y0 + 4]))
        return 0;
    int y = (buf[y0] - '0') * 1000 + (buf[y0 + 1] - '0') * 100 + (buf[y0 + 2] - '0') * 10 +
            buf[y0 + 3] - '0';
    return y >= 1789 && y <= 2099 && sc_ctx_timeline(buf, j, y0, y0 + 4, len);
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
        if (timeline_line(buf, j, len))
            return 1; /* a timeline's next line: "1973 - Rehabilitation Act (Pub. L.
                       * 93-112) signed" / "1990 - ADA enacted (P.L. 101-336)" */
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
        /* preceded by a word that is not an abbreviation, or by a number, ')'
         * or ']' ("... Transfer Act [CIPALTA]. This law ...") */
        size_t k = i;
        while (k > 0 && sc_isalpha(buf[k - 1]))
            k--;
        size_t wl = i - k;
        if (wl == 0)
            return i > 0 && (sc_isdigit(buf[i - 1]) || buf[i - 1] == ')' || buf[i - 1] == ']');
        if (k > 0 && buf[k - 1] == '.')
            return 0; /* U.S. */
        return !is_abbrev(buf + k, wl);
    }
    return 0;
}

/* The abbreviations that end a citation rather than wrap it: a
 * Congress's or a session's ("101st Cong.", "2d sess."), "et seq.", a
 * supplement's or an edition's ("(Supp. V)", "(2018 ed.") -- sc_word_in(). */
static const char *const citation_ends[] = { "cong", "sess", "seq", "supp", "ed", NULL };

/* Is buf[s..e) a web page's cell edge alone: blanks, breaks and one '|'? */
static int cell_alone(const uint8_t *buf, size_t s, size_t e)
{
    int bars = 0;
    for (size_t k = s; k < e; k++) {
        if (buf[k] == '|')
            bars++;
        else if (buf[k] != ' ' && buf[k] != '\t' && buf[k] != '\r' && buf[k] != SC_HTML_BREAK)
            return 0;
    }
    return bars == 1;
}

/* Does the line after the line end at buf[nl] tell back of the law the
 * sentence before it cites, as entry_continues() reads the sentence after a
 * period ("Pub. L. 110-157 was enacted on December 26, 2007." / "The Act
 * was introduced as H.R. 797.": a sentence a line)?  Not after a line that
 * holds no period's end, nor in a record or a table (the next line another
 * field or row). */
static int tells_back_below(const sc_window *w, size_t nl)
{
    const uint8_t *buf = w->buf;
    size_t len = w->len, e = nl, j = nl + 1;
    while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
        e--;
    while (j < len && (buf[j] == ' ' || buf[j] == '\t'))
        j++;
    if (e < 2 || buf[e - 1] != '.' || !sc_isalnum(buf[e - 2]) || j >= len || !sc_isupper(buf[j]))
        return 0;
    /* (its subject the law's, "It", "The Act", "The measure": a line that
     * opens otherwise -- "The President signed S. 2155 ..." -- is a list's
     * next sentence, a fact of its own) */
    return sc_ctx_back_subject(buf, len, j) > j && sc_ctx_tells_back(buf, len, j);
}

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
        return sc_ctx_html_record(w, i); /* a row of an HTML table of one law's fields */
    if (buf[i] != '\n')
        return 0;
    if (sc_ctx_may_break(w)) { /* a line end of a web page's markup ("</tr>\n<tr>"): the
                                * break's answer */
        size_t t = i;
        while (t > 0 && (buf[t - 1] == ' ' || buf[t - 1] == '\t' || buf[t - 1] == '\r'))
            t--;
        if (t > 0 && buf[t - 1] == SC_HTML_BREAK)
            return sc_ctx_html_record(w, t - 1);
    }
    size_t j = i + 1;
    while (j < len && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r'))
        j++;
    if (j >= len || buf[j] == '\n')
        return 0; /* a blank line */
    if (buf[j] == '#' && j + 1 < len && (buf[j + 1] == ' ' || buf[j + 1] == '#'))
        return 0; /* a Markdown heading or a YAML comment opens the next line: it
                   * goes on no entry before it */
    if (w->memo && w->memo->breaks) {
        /* a web page's cell whose opening tag stands on a line of its own
         * ("<TD>" / "<SPAN>3/24/2010</SPAN></TD>" / "<TD>" / " Became Public
         * Law No: 111-148"): inside the row, not a line of text -- not a text
         * table's rows in a <pre>, each a line with its bars */
        size_t ls = sc_ctx_line_back(buf, i);
        if (ls != SIZE_MAX && cell_alone(buf, ls, i))
            return 1;
        const uint8_t *nl = memchr(buf + j, '\n', len - j < RECORD_LINE ? len - j : RECORD_LINE);
        if (nl && cell_alone(buf, j, (size_t)(nl - buf)))
            return 1;
    }
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
        size_t q = sc_ctx_line_back(buf, i); /* (SIZE_MAX: a line too long for a question) */
        while (q < i && (buf[q] == ' ' || buf[q] == '\t'))
            q++;
        if (q != SIZE_MAX && q + 3 < i && buf[q] == 'Q' && (buf[q + 1] == '.' || buf[q + 1] == ':') &&
            buf[q + 2] == ' ')
            return 1;
    }
    if (sc_ctx_in_record(w, i))
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
    /* a line that opens a bracket it does not close, or a next line that
     * goes on with the last one's list or closes its bracket: markup's
     * elements a line each, as text taken from XML or a PDF writes them
     * ("[" / "Public Law 94-469" / "; Approved October 11, 1976]") -- no
     * entry begins with ';' or ']', none ends with '[' (a ',' that begins
     * the next line is a row's empty first cell when the lines are rows) */
    if ((e > 0 && (buf[e - 1] == '[' || buf[e - 1] == '(')) || buf[j] == ';' || buf[j] == ']' ||
        buf[j] == ')' || (buf[j] == ',' && !table_rows_meet(buf, len, e, j)))
        return 1;
    if (e == 0 || buf[e - 1] != '.')
        return 0;
    if (table_rows_meet(buf, len, e, j))
        return 0; /* a row that ends in an abbreviation ("... | 92nd Cong."): the
                   * next row is the next entry */
    if (tells_back_below(w, i))
        return 1; /* a sentence a line, the next telling a fact of the law the last
                   * one cites (entry_continues) */
    size_t a = e - 1; /* the word before the period */
    while (a > 0 && sc_isalpha(buf[a - 1]))
        a--;
    if (sc_isupper(buf[j]) && sc_word_in(buf, a, e - 1, citation_ends))
        return 0; /* a list of citations a line each, each ending so ("S. 933, 101st
                   * Cong." / "H.R. 3162, 107th Cong."): the next line is the next
                   * item, not the rest of this one (as "Feb." / "5, 1994" is) */
    return e - 1 > a && is_abbrev(buf + a, e - 1 - a) && (e - 1 - a > 1 || a == 0 || buf[a - 1] == '.');
}

/* Does the entry go on past the boundary at buf[i]?  As entry_goes_on(),
 * and past a sentence whose next one has no subject of its own, only the
 * verb of the last one's bill: "S.933 - Americans with Disabilities Act of
 * 1990, 101st Congress (1989-1990). Became Public Law No: 101-336 on
 * 07/26/1990." (congress.gov's search results), or whose subject is the
 * last one's bill ("This bill was Public Law 108-458."), or that tells an
 * enactment of "It" ("It was signed on ...") or "The law", or that says the
 * President "signed it" and cites the law (sc_ctx_signed_back): one enactment,
 * grouped and read as one entry. */
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
    if (j < len && buf[j] == '\n' && sc_ctx_field_line(buf, len, j + 1) &&
        !sc_ctx_same_label(buf, len, j) && sc_ctx_in_record(w, j))
        return 1;
    /* and a record on one line, its fields ending in periods ("Enacted by:
     * 117th Congress. Latest action: became Public Law No: 118-14
     * (09/22/2023). Citation: 137 Stat. 69."): a field after a field */
    if (j > i + 1 && j < len && sc_isupper(buf[j]) &&
        memchr(buf + j, ':', len - j < 32 ? len - j : 32) && sc_ctx_field_line(buf, len, j) &&
        sc_ctx_field_before(buf, i))
        return 1; /* (the ':' looked for first: most sentences have none) */
    /* "Public Law 104-191.  It was signed on August 21, 1996.", "That
     * law, the X Act, was signed by President Obama on ...", "President
     * Reagan signed it on April 7, 1989.": the next sentence tells a fact
     * of the law the last one cites (sc_ctx_tells_back) */
    if (sc_ctx_signed_back(buf, len, j) || sc_ctx_tells_back(buf, len, j))
        return 1;
    if (j < len && buf[j] == '\n' && tells_back_below(w, j))
        return 1; /* (a sentence a line: "... enacted on December 26, 2007." / "The Act
                   * was introduced as H.R. 797.") */
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
 * blanks between the rows of a record: sc_ctx_html_record())? */
static int past_reach(const sc_window *w, size_t from, size_t to)
{
    return to - from > SEGMENT_REACH * 2 &&
           (to - from > SEGMENT_REACH * 16 || !sc_ctx_may_break(w) ||
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
    if (!sc_ctx_may_break(w))
        return;
    const uint8_t *br = *eo > first ? memchr(w->buf + first, SC_HTML_BREAK, *eo - first) : NULL;
    if (!br && *so < first)
        br = memrchr(w->buf + *so, SC_HTML_BREAK, first - *so);
    /* (or the break that ends it: a definition list's row, "Public law
     * |101-336", its term opening the entry) */
    for (size_t q = *eo; !br && q < hi && (w->buf[q] == ' ' || w->buf[q] == SC_HTML_BREAK); q++)
        if (w->buf[q] == SC_HTML_BREAK)
            br = w->buf + q;
    size_t bso, beo;
    if (br && sc_ctx_html_record_span(w, (size_t)(br - w->buf), &bso, &beo)) {
        *so = bso < *so ? bso : *so;
        *eo = beo > *eo ? beo : *eo;
    }
}

