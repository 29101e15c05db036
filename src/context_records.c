/*
 * context_records.c -- records: a block of short labelled lines that
 * describes one law (a Congress.gov search result, an encyclopedia's box
 * copied as text, a slip law's head, a web page's table rows of a label and
 * a value), whose line ends end no entry; and a record's fields.  The
 * boundaries of sentences and entries are context.c's (see
 * docs/linking.md).
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
#include "html.h"
#include "scan.h"
#include "table.h"
#include "context_in.h"

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
#define RECORD_LABEL 40 /* a label's ':' or tab within this many bytes */

/* Is buf[s..e) blank (spaces, tabs, CR only) -- or markup alone, a web
 * page's or a JSON document's breaks ("  }," between two objects, html.h)
 * with a ',' after them? */
static int blank_line(const uint8_t *buf, size_t s, size_t e)
{
    int marks = 0;
    while (s < e && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r' || buf[s] == SC_HTML_BREAK ||
                     (marks && buf[s] == ',')))
        marks |= buf[s++] == SC_HTML_BREAK;
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

/* (scan.h) */
size_t sc_ctx_tag_len(const uint8_t *buf, size_t s, size_t e)
{
    if (s + 3 <= e && buf[s] == '%' && (sc_isupper(buf[s + 1]) || sc_isdigit(buf[s + 1])) &&
        buf[s + 2] == ' ')
        return 3; /* refer / EndNote: "%T Americans with Disabilities Act of 1990" */
    if (s + 5 <= e && (sc_isupper(buf[s]) && (sc_isupper(buf[s + 1]) || sc_isdigit(buf[s + 1]))) &&
        buf[s + 2] == ' ' && buf[s + 3] == ' ' && buf[s + 4] == '-' &&
        (s + 5 == e || buf[s + 5] == ' '))
        return s + 6 <= e ? 6 : 5; /* RIS: "VL  - 104" */
    return 0;
}

/* (scan.h) */
int sc_ctx_tag_word(const uint8_t *buf, size_t lo, size_t ws, size_t we)
{
    return we == ws + 1 && ws > lo && buf[ws - 1] == '%' && (ws - 1 == 0 || buf[ws - 2] == '\n') &&
           sc_ctx_tag_len(buf, ws - 1, we + 1) == 3;
}

/* Is buf[q] the mark that ends a label of the line buf[s..e): a tab after
 * it, ':' and a blank, or a BibTeX field's " = {" ("  date = {1992-10-09},")? */
static inline int label_mark(const uint8_t *buf, size_t s, size_t e, size_t q)
{
    if (buf[q] == '\t')
        return q > s;
    if (buf[q] == ':')
        return q + 1 < e && buf[q + 1] == ' ';
    return buf[q] == '=' && q > s && buf[q - 1] == ' ' && q + 2 < e && buf[q + 1] == ' ' &&
           (buf[q + 2] == '{' || buf[q + 2] == '"');
}

/* Does the line buf[s..e) begin with a label ("Sponsor:", "Public law<TAB>",
 * "date = {...}", a box's caption)? */
static int labelled(const uint8_t *buf, size_t s, size_t e)
{
    if (box_caption(buf, s, e) || sc_ctx_tag_len(buf, s, e))
        return 1;
    size_t k = s, lim = e > s + RECORD_LABEL ? s + RECORD_LABEL : e;
#if defined(__SSE2__)
    /* 16 bytes at a time: only the tabs, ':' and '=' among them are looked at */
    for (; k + 16 <= lim; k += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(buf + k));
        for (unsigned m = (unsigned)_mm_movemask_epi8(
                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
                              _mm_cmpeq_epi8(v, _mm_set1_epi8('='))));
             m; m &= m - 1) {
            size_t q = k + (size_t)__builtin_ctz(m);
            if (label_mark(buf, s, e, q))
                return 1;
        }
    }
#endif
    for (; k < lim; k++)
        if (label_mark(buf, s, e, k))
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

/* (scan.h) */
size_t sc_ctx_bullet_len(const uint8_t *buf, size_t s, size_t e)
{
    if (s + 2 <= e && (buf[s] == '-' || buf[s] == '*') && buf[s + 1] == ' ')
        return 2;
    if (s + 3 <= e && buf[s] == 'o' && buf[s + 1] == ' ' && sc_isupper(buf[s + 2]))
        return 2; /* (a slide's "o Enacted ...": its letter, a capital after) */
    if (s + 3 <= e && buf[s] == 0xc2 && buf[s + 1] == 0xb7 && buf[s + 2] == ' ')
        return 3; /* '·' */
    if (s + 4 <= e && buf[s] == 0xe2 && buf[s + 3] == ' ' &&
        ((buf[s + 1] == 0x80 && (buf[s + 2] == 0xa2 || buf[s + 2] == 0x93 || buf[s + 2] == 0xa3)) ||
         (buf[s + 1] == 0x96 && (buf[s + 2] == 0xaa || buf[s + 2] == 0xa0)) ||
         (buf[s + 1] == 0x97 && (buf[s + 2] == 0xa6 || buf[s + 2] == 0x8b || buf[s + 2] == 0x8f))))
        return 4; /* '•' '–' '‣'; '▪' '■'; '◦' '○' '●' */
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
 * law, a bill (or the bill it began as: "Originated as S. 819"), a
 * Statutes at Large page, a date or a Congress -- 2 -- or
 * the name of an Act (a capitalized line with the word "Act", no period
 * at its end) -- 1 --, else 0? */
static int fact_line(const uint8_t *buf, size_t s, size_t e)
{
    static const char *const heads[] = { "Public Law", "Pub. L", "Pub.L", "P.L.", "P. L.", "Private Law",
                                         "Priv. L", "H.R.", "H. R.", "S. ", "S.", "H.J. Res",
                                         "S.J. Res", "H. J. Res", "S. J. Res", "H.Con", "S.Con",
                                         /* (as Congress.gov writes them: "S.J.Res.203") */
                                         "H.J.Res", "S.J.Res", "H.Res", "S.Res",
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
    size_t bl = sc_ctx_bullet_len(buf, s, e); /* (a list's bullet: fact_block() asks for a label) */
    s += bl;
    if (buf[s] == '[' || buf[s] == '(')
        s++;
    for (const char *const *h = heads; *h; h++) {
        if (s >= e || buf[s] != (uint8_t)(*h)[0])
            continue; /* (its first byte first: most lines begin with none) */
        size_t n = strlen(*h);
        if (e - s >= n && memcmp(buf + s, *h, n) == 0 &&
            (n != 2 || (e - s > 2 && sc_isdigit(buf[s + 2])))) /* "S.933", not "S.J.Res" */
            return 2;
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
    /* the bill it began as: "Originated as S. 819", "Introduced as H.R. 5" */
    static const char *const origin[] = { "Originated as ", "Introduced as ", "Began as ",
                                          "Originally ", NULL };
    static const char *const bills[] = { "H.R.", "H. R.", "HR ", "S. ", "S.", NULL };
    size_t on = sc_phrase_at(buf, s, e, origin), bn;
    if (on && (bn = sc_phrase_at(buf, s + on, e, bills)) != 0 && s + on + bn < e &&
        (sc_isdigit(buf[s + on + bn]) || buf[s + on + bn] == ' '))
        return 2;
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
    /* a bullet's step of a law with no colon, a field all the same: "- P.L.
     * 109-226" / "- Enacted May 6, 2006" (an outline's items) */
    static const char *const steps[] = { "Enacted ", "Signed ", "Approved ", "Introduced ",
                                         "Passed ", "Effective ", "Originated ", "Became ",
                                         "Vetoed ", NULL };
    int facts = 0, names = 0, bullets = 0, labels = 0;
    for (size_t s = so; s < eo;) {
        const uint8_t *nl = memchr(buf + s, '\n', eo - s);
        size_t e = nl ? (size_t)(nl - buf) : eo;
        size_t t = s;
        while (t < e && (buf[t] == ' ' || buf[t] == '\t'))
            t++;
        size_t bl = sc_ctx_bullet_len(buf, t, e);
        bullets += bl > 0;
        int f = fact_line(buf, s, e);
        if (f <= 1 && labelled(buf, s, e)) /* (an Act's name under its label, a field:
                                             * "P.L. 99-398" / "Short title: X Act") */
            f = 2, labels++;
        else if (f == 2 && bl && sc_phrase_at(buf, t + bl, e, steps))
            labels++;
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

/* The end of the line after the line end buf[i] (its '\n' or len), looking
 * at most RECORD_LINE bytes on: past i + RECORD_LINE when it is longer. */
static size_t line_on(const uint8_t *buf, size_t len, size_t i)
{
    size_t hi = len - i - 1 > RECORD_LINE ? i + 1 + RECORD_LINE : len;
    const uint8_t *p = memchr(buf + i + 1, '\n', hi - i - 1);
    return p ? (size_t)(p - buf) : hi;
}

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
    size_t e = s - 1, t = sc_ctx_line_back(buf, e);
    while (e > t && (buf[e - 1] == ' ' || buf[e - 1] == '\t' || buf[e - 1] == '\r'))
        e--;
    while (t < e && (buf[t] == ' ' || buf[t] == '\t'))
        t++;
    return t != SIZE_MAX && t < e && box_caption(buf, t, e) == e - t;
}

/* Does the line that begins at buf[s] (before @p e) open an item of a YAML
 * list of records ("- law: Pub. L. 107-56", its other fields indented
 * below it)?  Then its indentation plus one; else 0.  One item is one
 * record: the block of a record stops at its item's first line and
 * before the next item's. */
static size_t item_opens(const uint8_t *buf, size_t len, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && k - s < 16 && buf[k] == ' ')
        k++;
    if (k + 2 >= e || buf[k] != '-' || buf[k + 1] != ' ')
        return 0;
    size_t ind = k - s + 1, q = k + 2;
    while (q < e && q - k < RECORD_LABEL && (sc_isalnum(buf[q]) || buf[q] == '_' || buf[q] == ' '))
        q++;
    if (q == k + 2 || q >= e || buf[q] != ':')
        return 0;
    /* its next field indented under it, past the dash (a markdown list of
     * one record's fields, "- Citation: ..." / "- Congress: ...", is
     * lines of one block) */
    size_t n = e + 1;
    while (n < len && n - e - 1 < ind + 16 && buf[n] == ' ')
        n++;
    return n - e - 1 > ind && n < len && buf[n] != '-' && buf[n] != '\n' ? ind : 0;
}

/* Does the line buf[s..e) give a tagged export's record type -- refer and
 * EndNote's "%0 Statute", RIS's "TY  - STAT"?  1 for a statute's record,
 * 2 for another's (a journal article, a report, a case, a hearing, a bill:
 * their dates and Congresses are not a law's, though a title names one),
 * 0 for no type line.  Each such line opens a record. */
static int tag_type(const uint8_t *buf, size_t s, size_t e)
{
    size_t t = sc_ctx_tag_len(buf, s, e);
    if (!t || !((t == 3 && buf[s + 1] == '0') || (t == 6 && buf[s] == 'T' && buf[s + 1] == 'Y')))
        return 0;
    size_t v = s + t, ve = e;
    while (ve > v && (buf[ve - 1] == ' ' || buf[ve - 1] == '\r'))
        ve--;
    return (ve - v == 7 && memcmp(buf + v, "Statute", 7) == 0) ||
                   (ve - v == 4 && memcmp(buf + v, "STAT", 4) == 0)
               ? 1
               : 2;
}

/* Does the line buf[s..e) open the next record after one whose YAML item
 * has indentation @p item (0: none) -- the next item at that indentation
 * or less, or a tagged export's type line? */
static int opens_next(const uint8_t *buf, size_t len, size_t s, size_t e, size_t item)
{
    size_t next = item_opens(buf, len, s, e);
    return (next && (!item || next <= item)) || tag_type(buf, s, e) != 0;
}

int sc_ctx_in_record(const sc_window *w, size_t i)
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
    size_t ls = sc_ctx_line_back(buf, i);
    if (ls == SIZE_MAX)
        return 0;
    /* the whole block, line by line, back and forth to a blank line; a
     * long line or too many lines rule out every line end walked over (its
     * labels are counted after: labelled_lines) */
    /* (a box's captions make room for more lines: copied as text, its
     * captions and values may each have a line, "Public law" / "101-336") */
    int lines = 2, boxes = (box_caption(buf, ls, i) > 0) + (box_caption(buf, i + 1, le) > 0);
#define LINES_MAX (boxes >= 3 ? BOX_LINES : RECORD_LINES)
    size_t so = ls, eo = le, item = item_opens(buf, len, ls, i);
    int type = tag_type(buf, ls, i); /* (a tagged export's record opens at its type) */
    if (type == 0 && tag_type(buf, i + 1, le) != 0)
        return 0; /* the next record's type on the next line: i ends a record */
    while (so > 0 && !item && !type) { /* the line ending at so - 1 */
        size_t s = sc_ctx_line_back(buf, so - 1);
        if (s == SIZE_MAX)
            s = long_field_back(buf, so - 1);
        if (s == SIZE_MAX)
            return record_memo(w, so - 1, le, 0); /* a long line */
        if (blank_line(buf, s, so - 1))
            break;
        boxes += box_caption(buf, s, so - 1) > 0;
        if (++lines > LINES_MAX)
            return record_memo(w, s, le, 0);
        item = item_opens(buf, len, s, so - 1);
        type = tag_type(buf, s, so - 1);
        so = s;
    }
    if (item && opens_next(buf, len, i + 1, le, item))
        return 0; /* the line after i opens the next item: i ends a record */
    while (eo < len) { /* the line beginning at eo + 1 */
        size_t e = line_on(buf, len, eo);
        if (e - eo > RECORD_LINE)
            e = long_field_on(buf, len, eo);
        if (e == SIZE_MAX)
            return record_memo(w, so, eo + 1, 0);
        if (blank_line(buf, eo + 1, e))
            break;
        size_t in = eo + 1;
        while (in < e && buf[in] == ' ')
            in++;
        if (opens_next(buf, len, eo + 1, e, item) || (item && in - eo - 1 < item))
            break; /* (the next record; or a line not indented under the item's
                    * dash, "# a comment") */
        boxes += box_caption(buf, eo + 1, e) > 0;
        if (++lines > LINES_MAX)
            return record_memo(w, so, e, 0);
        eo = e;
    }
#undef LINES_MAX
    if (type == 2)
        return record_memo(w, so, eo, 0); /* an export's record of another thing than a law */
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
    if (s + 2 >= e)
        return 0;
    /* (no bar before the label: a definition list's term, "<dt>Public
     * law</dt><dd>101-336"; a list item's "Public law: 101-336") */
    int bar = buf[s] == '|';
    for (s += (size_t)bar; s < e && sc_isspace(buf[s]);)
        s++;
    if (s >= e || !sc_isupper(buf[s]))
        return 0;
    size_t k = s, n = 0; /* n: the label's bytes, its markup's blanks aside */
    for (; k < e && buf[k] != '|'; k++) {
        if (!bar && buf[k] == ':' && k + 1 < e && buf[k + 1] == ' ')
            break; /* "Public law: 101-336" */
        if ((n += !sc_isspace(buf[k])) > RECORD_LABEL ||
            !(sc_isalpha(buf[k]) || sc_isspace(buf[k]) || buf[k] == '.' || buf[k] == ',' ||
              buf[k] == '(' || buf[k] == ')' || buf[k] == '-' || buf[k] == ':'))
            return 0;
    }
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

/* Does buf[s..e) hold a blank line: two line ends, only blanks between? */
static int blank_line_in(const uint8_t *buf, size_t s, size_t e)
{
    const uint8_t *p = memchr(buf + s, '\n', e - s);
    while (p) {
        size_t k = (size_t)(p - buf) + 1;
        while (k < e && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r'))
            k++;
        if (k < e && buf[k] == '\n')
            return 1;
        p = k < e ? memchr(buf + k, '\n', e - k) : NULL;
    }
    return 0;
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
 * no entry, as a text record's line ends do not (sc_ctx_in_record); the block's
 * ends into *so, *eo (when not NULL): the entry of a law in it is all of
 * it (sc_ctx_entry_bounds). */
#define HTML_ROWS 32
#define HTML_SEGMENT 400
#define HTML_RAW 4096
int sc_ctx_html_record_span(const sc_window *w, size_t i, size_t *bso, size_t *beo)
{
    const uint8_t *buf = w->buf;
    size_t len = w->len, so = i, eo = i + 1;
    if ((i + 1 < len && buf[i + 1] == SC_HTML_BREAK) || (i > 0 && buf[i - 1] == SC_HTML_BREAK))
        return 0; /* a list's or table's end (html.c): no record's row edge */
    /* the pieces before: each from the break before it (so: the first
     * byte of the first piece taken in) */
    for (int rows = 0; so > 0 && rows < HTML_ROWS;) {
        size_t lo = so > HTML_RAW ? so - HTML_RAW : 0;
        const uint8_t *p = memrchr(buf + lo, SC_HTML_BREAK, so - lo);
        size_t s = p ? (size_t)(p - buf) + 1 : 0;
        if ((!p && lo > 0) || html_text_len(buf, s, so, HTML_SEGMENT) > HTML_SEGMENT ||
            (html_blank(buf, s, so) && blank_line_in(buf, s, so)) || (p && s == so))
            break; /* a long piece: the box begins after it; or a blank line
                    * between markup, the page's source parting two boxes; or
                    * two breaks side by side, a list's or table's end (html.c) */
        rows += !html_blank(buf, s, so);
        so = p ? s - 1 : 0;
    }
    for (int rows = 0; eo < len && rows < HTML_ROWS;) {
        size_t hi = len - eo > HTML_RAW ? eo + HTML_RAW : len;
        const uint8_t *p = memchr(buf + eo, SC_HTML_BREAK, hi - eo);
        size_t e = p ? (size_t)(p - buf) : len;
        if ((!p && hi < len) || html_text_len(buf, eo, e, HTML_SEGMENT) > HTML_SEGMENT ||
            (html_blank(buf, eo, e) && blank_line_in(buf, eo, e)) || (p && e == eo))
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

/* How many fields of a data file's object on one line -- keys of small
 * letters and '_' of a law's facts (table_labels.def), then ':' or '=':
 * '{"law": "Pub. L. 107-107", "congress": "106", "bill": "S. 1438"}', its
 * quotes blanks (html.c: " law :  Pub. L. 107-107 ,  congress :  106 ,") --
 * the text [from, to) holds, each opening it or after a ','; none unless
 * the text opens with such a key. */
static int data_fields(const uint8_t *buf, size_t from, size_t to)
{
    int known = 0;
    for (size_t at = from; at < to;) {
        size_t k = at;
        while (k < to && (buf[k] == ' ' || buf[k] == '"' || buf[k] == '{' || buf[k] == SC_HTML_BREAK))
            k++;
        size_t ks = k;
        while (k < to && k - ks < 32 && (sc_islower(buf[k]) || buf[k] == '_'))
            k++;
        size_t ke = k;
        while (k < to && (buf[k] == ' ' || buf[k] == '"'))
            k++;
        int key = ke > ks && k < to && (buf[k] == ':' || buf[k] == '=');
        if (!key && at == from)
            return 0; /* (an object opens with its first key: prose is passed at once) */
        if (key && sc_table_label_role(buf, ks, ke) > SC_COL_OTHER)
            known++;
        const uint8_t *c = memchr(buf + k, ',', to - k);
        if (!c)
            break;
        at = (size_t)(c - buf) + 1;
    }
    return known;
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
         sc_ctx_may_break(w) && (p = memchr(p, SC_HTML_BREAK, (size_t)(w->buf + to - p))) != NULL;
         p++)
        if (!html_blank(w->buf, (size_t)(p - w->buf) + 1, to))
            return sc_ctx_html_record(w, (size_t)(p - w->buf));
    for (const uint8_t *p = w->buf + from; (p = memchr(p, '\n', (size_t)(w->buf + to - p))) != NULL;
         p++) {
        size_t i = (size_t)(p - w->buf);
        size_t j = i + 1;
        while (j < w->len && (w->buf[j] == ' ' || w->buf[j] == '\t' || w->buf[j] == '\r'))
            j++;
        if (j < w->len && w->buf[j] != '\n')
            return sc_ctx_in_record(w, i);
    }
    return labeled_fields(w->buf, from, to) || data_fields(w->buf, from, to) >= 2 ||
           (field_periods(w->buf, from, to) >= 2 &&
            record_line(w->buf, w->len, from)); /* (a line's fields ending in periods) */
}

/* Does the line at buf[j] open as a record's field: a capital, then a
 * label's letters and blanks, and ':' within 32 bytes ("Signed into law:
 * ..."), or a tab (an infobox copied as text: "Statutes at Large\t108
 * Stat. 4106")? */
int sc_ctx_field_line(const uint8_t *buf, size_t len, size_t j)
{
    if (j >= len || !sc_isupper(buf[j]))
        return 0;
    for (size_t k = j + 1; k < len && k < j + 32; k++) {
        if (buf[k] == ':' || buf[k] == '\t')
            return 1;
        if (!sc_isalpha(buf[k]) && buf[k] != ' ' && buf[k] != '(' && buf[k] != ')')
            return 0;
    }
    return 0;
}

/* Does the line that holds buf[i] hold a record's field before it: the
 * line opens with one, or one follows a period's blank ("BILL DIGEST.
 * Title: ... Act (H.R. 2544). Enacted by: 117th Congress.")? */
int sc_ctx_field_before(const uint8_t *buf, size_t i)
{
    size_t ls = i;
    while (ls > 0 && buf[ls - 1] != '\n' && i - ls < 600)
        ls--;
    if (ls > 0 && buf[ls - 1] != '\n')
        return 0;
    while (ls < i && (buf[ls] == ' ' || buf[ls] == '\t'))
        ls++;
    if (sc_ctx_field_line(buf, i, ls))
        return 1;
    for (size_t q = ls; q + 2 < i; q++)
        if (buf[q] == '.' && buf[q + 1] == ' ' && sc_ctx_field_line(buf, i, q + 2))
            return 1;
    return 0;
}

/* Do the line that ends at buf[nl] and the next open with one label
 * ("Authority: ...\nAuthority: ...", a list of fields of one kind): then
 * they are two entries, not one record's fields. */
int sc_ctx_same_label(const uint8_t *buf, size_t len, size_t nl)
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


/* The words of a record's key that make its field another law's or
 * bill's than the record's own: "Related bills:", "prior_bill",
 * "companion_bill", "vetoed_predecessors", "amended_by" (with the keys
 * table_labels.def gives SC_COL_RELATED). */
static const char *const related_words[] = { "related",     "prior",        "previous",
                                             "earlier",     "companion",    "companions",
                                             "predecessor", "predecessors", "identical",
                                             "similar",     "vetoed",       "amends",
                                             "repeals",     "repealed",     "superseded",
                                             "supersedes",  "replaced",     "replaces",
                                             "counterpart", "successor",    "competing",
                                             "alternative", "substitute",   "reintroduced",
                                             "incorporated", "other",       "precursor",
                                             "precursors",  NULL }; /* (not "amended" in a word of its own:
                                                      * "bill_as_amended", "amended_bill") */

/* Is buf[ks..ke) a key of another thing's field (related_words)? */
static int related_key(const uint8_t *buf, size_t ks, size_t ke)
{
    if (sc_table_label_role(buf, ks, ke) == SC_COL_RELATED)
        return 1;
    for (size_t w = ks; w < ke;) {
        while (w < ke && !sc_isalpha(buf[w]))
            w++;
        size_t we = w;
        while (we < ke && sc_isalpha(buf[we]))
            we++;
        if (we > w && sc_word_in(buf, w, we, related_words))
            return 1;
        w = we;
    }
    return 0;
}

/* The key whose mark (':' or " = ") is at buf[q], when one stands before
 * it in buf[ls..q): letters, '_', '-', '.' and blanks in quotes or none,
 * after the line's start, a field's ',', a brace or bracket, a bar, a ';'
 * or a list's '-'.  Its bytes in *ks, *ke; 0 when none. */
static int key_before(const uint8_t *buf, size_t ls, size_t q, size_t *ks, size_t *ke)
{
    size_t e = q;
    while (e > ls && (buf[e - 1] == ' ' || buf[e - 1] == '"' || buf[e - 1] == '\t'))
        e--;
    size_t s = e;
    while (s > ls && e - s < 40 &&
           (sc_isalpha(buf[s - 1]) || buf[s - 1] == '_' || buf[s - 1] == '.' ||
            (buf[s - 1] == ' ' && s - 1 > ls && sc_isalpha(buf[s - 2]))))
        s--;
    if (s == e || e - s >= 40)
        return 0;
    size_t p = s;
    while (p > ls && (buf[p - 1] == ' ' || buf[p - 1] == '"' || buf[p - 1] == '\t'))
        p--;
    if (p > ls && !(buf[p - 1] == ',' || buf[p - 1] == '{' || buf[p - 1] == '[' ||
                    buf[p - 1] == '|' || buf[p - 1] == ';' || buf[p - 1] == '-'))
        return 0;
    *ks = s;
    *ke = e;
    return 1;
}

/* A YAML parent's key: the nearest line above buf[ls] (not before lo,
 * twelve lines at most) indented less than @p indent, when it ends in
 * "key:" with no value -- the key of a nested field's mapping or list
 * ("prior_versions:" above "  - bill: H.R. 770").  Its bytes in *ks, *ke;
 * the parent line's start in *pls and its indent in *pin. */
static int parent_key(const uint8_t *buf, size_t lo, size_t ls, size_t indent, size_t *ks,
                      size_t *ke, size_t *pls, size_t *pin)
{
    for (int n = 0; n < 12 && ls > lo + 1; n++) {
        size_t le = ls - 1; /* the '\n' ending the line above */
        const uint8_t *nl = memrchr(buf + lo, '\n', le - lo);
        size_t s = nl ? (size_t)(nl - buf) + 1 : lo;
        size_t k = s;
        while (k < le && buf[k] == ' ')
            k++;
        if (k < le && k - s < indent && buf[k] == '-' && k + 2 - s == indent) {
            indent = k - s; /* a list item's first key, a sibling: "  - title: X" over
                             * "    bill: H.R. 1957" -- the item's parent is above */
            ls = s;
            continue;
        }
        if (k < le && k - s < indent) {
            size_t e = le;
            while (e > k && (buf[e - 1] == ' ' || buf[e - 1] == '\r'))
                e--;
            *pls = s;
            *pin = k - s;
            return e > k + 1 && buf[e - 1] == ':' && key_before(buf, k, e - 1, ks, ke);
        }
        ls = s;
    }
    return 0;
}

/* Past the mark at buf[q] (':', '=') and the blanks, quotes, brackets
 * and a list's '-' after it: where the field's value begins. */
static size_t value_at(const uint8_t *buf, size_t q, size_t at)
{
    q++;
    while (q < at && (buf[q] == ' ' || buf[q] == '"' || buf[q] == '[' || buf[q] == '{' ||
                      buf[q] == '-' || buf[q] == '\t'))
        q++;
    return q;
}

size_t sc_ctx_field_related(const uint8_t *buf, size_t lo, size_t at)
{
    /* the line's start (memrchr: most citations stand in long lines of
     * prose), then at once no when the line holds no key's mark before the
     * citation, is not indented, and the citation does not open it (a
     * label's line above) */
    size_t from = at - lo > 600 ? at - 600 : lo, ls = from;
    const uint8_t *nl = memrchr(buf + from, '\n', at - from),
                  *br = memrchr(buf + from, SC_HTML_BREAK, at - from);
    if (nl)
        ls = (size_t)(nl - buf) + 1;
    if (br && (size_t)(br - buf) + 1 > ls)
        ls = (size_t)(br - buf) + 1;
    if (!nl && !br && from > lo)
        return 0; /* (a line too long for a record's) */
    if (at > ls && buf[ls] != ' ' && buf[ls] != '-' && buf[ls] != '\t' &&
        !memchr(buf + ls, ':', at - ls) && !memchr(buf + ls, '=', at - ls))
        return 0;
    /* back from the citation: its own field's key, then the key of each
     * brace or bracket that holds it ("vetoed_predecessors": [{"bill": ...) */
    int depth = 0, own = 0;
    size_t own_value = 0; /* where the citation's own field's value begins */
    for (size_t q = at; q > ls; q--) {
        uint8_t c = buf[q - 1];
        size_t ks, ke;
        if (c == ']' || c == '}')
            depth++;
        else if (c == '[' || c == '{') {
            if (depth > 0) {
                depth--;
                continue;
            }
            own = 1; /* (past an opening: its key next) */
            size_t k = q - 1;
            while (k > ls && buf[k - 1] == ' ')
                k--;
            if (k > ls && (buf[k - 1] == ':' || buf[k - 1] == '=') && key_before(buf, ls, k - 1, &ks, &ke) &&
                related_key(buf, ks, ke))
                return own_value ? own_value : value_at(buf, k - 1, at);
        } else if (depth == 0 && !own && (c == ':' || (c == '=' && q >= 2 && buf[q - 2] == ' ')) &&
                   key_before(buf, ls, q - 1, &ks, &ke)) {
            own_value = value_at(buf, q - 1, at);
            if (related_key(buf, ks, ke))
                return own_value;
            own = 1;
        }
    }
    /* a label alone on a line above the citation's, the citation opening
     * its line: a bill-status page's "Related Bills:" then "S. 2234<TAB>
     * Identical bill" (eight lines up at most, no blank line between) */
    if (!own && at == ls) {
        size_t s = ls;
        for (int n = 0; n < 8 && s > lo + 1 && buf[s - 1] == '\n'; n++) {
            size_t le = s - 1;
            while (le > lo && (buf[le - 1] == ' ' || buf[le - 1] == '\r' || buf[le - 1] == '\t'))
                le--;
            const uint8_t *up = memrchr(buf + lo, '\n', le - lo);
            size_t ps = up ? (size_t)(up - buf) + 1 : lo;
            if (le == ps)
                break; /* (a blank line) */
            if (buf[le - 1] == ':') {
                size_t ks, ke;
                return key_before(buf, ps, le - 1, &ks, &ke) && related_key(buf, ks, ke) ? at : 0;
            }
            s = ps;
        }
    }
    /* a YAML list item's or nested mapping's parent */
    size_t k = ls;
    while (k < at && buf[k] == ' ')
        k++;
    /* (its parents up to three levels: "related:" / "  prior:" / "    - bill:") */
    size_t ks, ke, pls = ls, pin = k - ls;
    for (int lv = 0; lv < 3 && pin > 0 && parent_key(buf, lo, pls, pin, &ks, &ke, &pls, &pin); lv++)
        if (related_key(buf, ks, ke))
            return own_value ? own_value : value_at(buf, k, at);
    return 0;
}
