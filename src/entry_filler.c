/*
 * entry_filler.c -- what may stand between two facts of one law (entry.h):
 * sc_entry_filler() reads the bytes between a law and a page, date, name
 * or bill and says whether only pins, the group's other citations, dates,
 * names, punctuation and the given classes of words stand there.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "lexer.h"
#include "scan.h"
#include "table.h"

static const char *const pin_words[] = { "title", "titles", "div", "division", "subtitle",
                                         "subdiv", "ch", "chap", "chapter", "pt", "part",
                                         "sec", "secs", "section", "sections", "subsec",
                                         "par", "para", "art", "at", "no", "nos",
                                         "stat", "et", "seq", "note", "notes", "app",
                                         "subch", "subchapter",
                                         /* Bluebook's abbreviations (T16) */
                                         "tit", "subtit", "subpt", "subdivision", "cl",
                                         "subcl", "subpar", "sched", "pmbl",
                                         /* "Pub. L. 102-548 (102nd Cong.) (Sept. 21, 1992)",
                                          * "(H.R. 200, 94th Cong., 1st Sess.)" */
                                         "cong", "congress", "sess", "session",
                                         /* "§ 12, formerly § 11," (the Code's credits) */
                                         "formerly",
                                         /* a short form's: "Pub. L. No. 101-336, supra
                                          * note 3, 104 Stat. at 330" */
                                         "supra", NULL };
static const char *const dword_list[] = { "enacted", "approved", "signed", "into", "law", "on",
                                          "which", "it", "as", "by", "in",
                                          "dated", "was", "became", "date", "of",
                                          /* a plural name's: "The X Act Amendments of 1982
                                           * were signed on" */
                                          "were",
                                          /* a note's: "P.L. 117-355 got signed January 5" */
                                          "got",
                                          "the", "president", "public",
                                          /* "Public Law 85-742, Act of August 23, 1958" */
                                          "act",
                                          /* the law's name between: "approved Pub. L.
                                           * 112-165, known as the X Act, on 11/27/2012",
                                           * "popularly called the X Act" */
                                          "known", "popularly", "commonly", "called",
                                          /* the date's weekday: "approved Thursday, July
                                           * 26, 1990" */
                                          "monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday", NULL };
static const char *const nword_list[] = { "which", "that", "became", "become", "becomes",
                                          "approved", "signed", "enacted",
                                          "was", "is", "enacted", "as", "the", "known",
                                          "cited", "called", "now", "referred", "entitled",
                                          "titled",
                                          "into", "law", "signed", "and", "of", "short",
                                          "title", "on", "in", "being", "becoming",
                                          "president", "bears", "bearing", "carries", "has",
                                          /* "began as H.R. 3448 and is", "is found at", "was
                                           * designated" (never "amended", "amending") */
                                          "began", "started", "originated", "designated",
                                          "originally", "originating", "reported", "introduced",
                                          "found", "published", "printed", "appears", "at",
                                          /* "is a law of the 87th Congress and bears the
                                           * short title ...", "may be cited as" */
                                          "a", "may", "be",
                                          /* a field's label: "PL 95-164 — Popular name:
                                           * Cooperative Forestry Assistance Act" */
                                          "popular", "name",
                                          /* the Act in the Code: "the X Act, as codified,
                                           * Pub. L. No. 101-336" */
                                          "codified",
                                          /* a compilation's head: "The X Act of 1970
                                           * (84 Stat. 1566) consists of the Act of
                                           * December 24, 1970, (Public Law 91-581)" */
                                          "consists", "comprises",
                                          /* an encyclopedia's lead: "Pub. L. 101-581 is
                                           * a federal statute signed on ...", "is a
                                           * United States federal statute signed into
                                           * law by President Bill Clinton on" */
                                          "an", "statute", "federal", "united", "states", NULL };
/* (and sc_popular_words: "commonly referred to as", a popular name) */
static const char *const cong_list[] = { "passed", "by", "the", "congress", "cong", "and",
                                         NULL };
static const char *const enact_list[] = { "enacting", "enacted", "as", "from", "originally",
                                          "introduced", "the", "of", "cong", "congress", "th",
                                          "st", "nd", "rd", "d", "sess", "session", "bill",
                                          /* where the law began: "originated as H.R. 5788" */
                                          "began", "begun", "originated", "originating",
                                          "started",
                                          /* a label's: "(original bill: H.R. 3162)",
                                           * "(source bill: S. 933)" */
                                          "original", "source", NULL };

/* The first words of a parenthetical that says where a law is in the
 * Code, as a table of authorities writes one after the law or its page:
 * "(codified as amended at 42 U.S.C. § 18001 et seq.)", "(codified as
 * amended in scattered sections of 26 and 42 U.S.C.)", "(to be codified
 * at ...)", "(classified to ...)", "(current version at ...)", "(amending
 * 5 U.S.C. § 552)".  The walk passes over the whole of it. */
static const char *const codified_words[] = { "codified", "classified", "to", "current",
                                              "amending", "formerly", NULL };

/* Are the bytes before b[i] on its line blanks only (none before @p from
 * read)? */
static int blank_line_start(const uint8_t *b, size_t from, size_t i)
{
    while (i > from && (b[i - 1] == ' ' || b[i - 1] == '\t'))
        i--;
    return i > from && b[i - 1] == '\n';
}

/* (entry_in.h) */
size_t sc_entry_codified_paren(const sc_entry *e, size_t i, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t k = blanks(b, i + 1, to), we = word_end(b, k, to);
    if (!sc_word_in(b, k, we, codified_words))
        return 0;
    if (b[k] == 't' || b[k] == 'c') { /* "to be codified", "current version" */
        size_t k2 = blanks(b, we, to), we2 = word_end(b, k2, to);
        if ((b[k] == 't' && !sc_word_in(b, k2, we2, (const char *const[]){ "be", NULL })) ||
            (b[k] == 'c' && b[k + 1] == 'u' &&
             !sc_word_in(b, k2, we2, (const char *const[]){ "version", NULL })))
            return 0;
    }
    int depth = 0;
    size_t j = i;
    for (; j < to; j++) {
        if (b[j] == '(')
            depth++;
        else if (b[j] == ')' && --depth == 0)
            break;
        else if (b[j] == ';')
            return 0;
    }
    if (j >= to)
        return 0;
    for (uint64_t m = e->law_in | e->stat_in | e->bill_in; m; m &= m - 1) {
        size_t cs = e->cs[__builtin_ctzll(m)];
        if (cs > i && cs < j)
            return 0;
    }
    /* (a year alone there is the Code's edition: "(codified as amended at
     * 42 U.S.C. §§ 12101-12213 (2018))") */
    for (int q = 0; q < e->ndate; q++)
        if (e->date[q].so > i && e->date[q].so < j && e->date[q].ymd % 10000 != 0)
            return 0;
    return j + 1;
}

/* The lists above by first letter (sc_words), set before main(). */
static sc_words pin_set, dword_set, nword_set, enact_set, cong_set;

/* The lists a word is in, a bit each (word_sets). */
enum { FW_PIN = 1, FW_DWORD = 2, FW_NWORD = 4, FW_ENACT = 8, FW_CONG = 16 };

/* The lists' words in one table (entry_in.h), a word's value the FW_ bits
 * of the lists it is in: the walk looks a word of plain letters up once,
 * not in each list's bucket. */
static sc_wordtab fw_tab;

__attribute__((constructor)) static void filler_sets(void)
{
    sc_words_init(&pin_set, pin_words);
    sc_words_init(&dword_set, dword_list);
    sc_words_init(&nword_set, nword_list);
    sc_words_init(&enact_set, enact_list);
    sc_words_init(&cong_set, cong_list);
    sc_wordtab_add(&fw_tab, pin_words, FW_PIN, 0);
    sc_wordtab_add(&fw_tab, dword_list, FW_DWORD, 0);
    sc_wordtab_add(&fw_tab, nword_list, FW_NWORD, 0);
    sc_wordtab_add(&fw_tab, enact_list, FW_ENACT, 0);
    sc_wordtab_add(&fw_tab, cong_list, FW_CONG, 0);
}

/* The lists (FW_*) the word b[i..we) is in, as sc_words_in() answers for
 * each; its letters end at @p ae (before @p we when a soft hyphen or a line
 * break's hyphen is in it), @p len bytes of b may be read.  A word of plain
 * letters is one lookup in fw_tab; the rare others ask each list. */
static inline unsigned word_sets(const uint8_t *b, size_t i, size_t ae, size_t we, size_t len)
{
    size_t n = we - i;
    if (ae != we || n > SC_WORDTAB_LEN)
        return (sc_words_in(&pin_set, b, i, we) ? FW_PIN : 0) |
               (sc_words_in(&dword_set, b, i, we) ? FW_DWORD : 0) |
               (sc_words_in(&nword_set, b, i, we) ? FW_NWORD : 0) |
               (sc_words_in(&enact_set, b, i, we) ? FW_ENACT : 0) |
               (sc_words_in(&cong_set, b, i, we) ? FW_CONG : 0);
    return sc_wordtab_get(&fw_tab, b + i, n, len - i);
}

/* (entry_in.h) */
int sc_entry_pin_word(const uint8_t *b, size_t s, size_t e)
{
    return sc_words_in(&pin_set, b, s, e);
}

/* Is the word that ends at b[i] (not before lo) a pin word, abbreviated
 * before the period at b[i] ("subtit.", "subch.", "sched.")? */
static int pin_abbrev(const uint8_t *b, size_t lo, size_t i)
{
    size_t s = i;
    while (s > lo && sc_isalpha(b[s - 1]))
        s--;
    return sc_words_in(&pin_set, b, s, i);
}

/* Is b[s..e) a Roman numeral or one capital letter (a title or division)? */
static int designator(const uint8_t *b, size_t s, size_t e)
{
    if (e - s == 1 && sc_isupper(b[s]))
        return 1;
    /* an omnibus law's divisions past Z: "div. JJ", "div. FFF" */
    if (e - s <= 3 && sc_isupper(b[s]) && b[s + 1] == b[s] && (e - s == 2 || b[s + 2] == b[s]))
        return 1;
    for (size_t k = s; k < e; k++) /* the letters strchr("IVXLC", .) finds, or '\0' */
        if (!(b[k] == 'I' || b[k] == 'V' || b[k] == 'X' || b[k] == 'L' || b[k] == 'C' || b[k] == '\0'))
            return 0;
    return e - s <= 6;
}

/* Does a citation of the group end at @p at, written alone in brackets
 * ("(Pub. L. 101-336)", "[P.L. 94-8](url)")? */
int sc_entry_bracketed_at(const sc_entry *e, size_t at)
{
    for (int k = 0; k < e->n; k++) {
        size_t s, t;
        if (sc_entry_span(e->w, &e->c[k], &s, &t) && t == at) {
            while (s > e->so && (e->w->buf[s - 1] == ' ' || e->w->buf[s - 1] == '['))
                if (e->w->buf[--s] == '[')
                    return 1;
            return s > e->so && e->w->buf[s - 1] == '(';
        }
    }
    return 0;
}

/* (entry_in.h) */
/* (entry_in.h) */
size_t sc_entry_congress_ending_at(const uint8_t *b, size_t lo, size_t s)
{
    size_t k;
    if (s >= lo + 9 && memcmp(b + s - 9, " Congress", 9) == 0)
        k = s - 9;
    else if (s >= lo + 6 && memcmp(b + s - 6, " Cong.", 6) == 0)
        k = s - 6;
    else
        return SIZE_MAX;
    size_t o = k;
    while (o > lo && sc_islower(b[o - 1]) && k - o < 2)
        o--;
    size_t d = o;
    while (d > lo && sc_isdigit(b[d - 1]))
        d--;
    return o < k && d < o && (d == lo || !sc_isalnum(b[d - 1])) ? d : SIZE_MAX;
}

/* Back from b[s] over a bracket's items of one law's facts -- pages,
 * bills, a Congress, and with @p dates its dates (with "signed",
 * "approved" or "enacted" before them) -- commas and semicolons between:
 * where the walk stops; *dated (if not NULL) is set when it passed a date. */
static size_t items_back(const sc_entry *e, size_t s, int dates, int *dated)
{
    static const char *const said[] = { "signed ", "approved ", "enacted ", NULL };
    const uint8_t *b = e->w->buf;
    for (int moved = 1; moved;) {
        moved = 0;
        while (s > e->so && (b[s - 1] == ' ' || b[s - 1] == ',' || b[s - 1] == ';'))
            s--;
        int q = sc_entry_cite_ending_at(e, e->stat_in | e->bill_in, s);
        if (q >= 0 && e->cs[q] < s) {
            s = e->cs[q];
            moved = 1;
            continue;
        }
        for (int k = 0; dates && k < e->ndate && !moved; k++)
            if (e->date[k].eo == s && e->date[k].so < s) {
                s = e->date[k].so;
                s -= sc_phrase_before(b, e->so, s, said);
                moved = *dated = 1;
            }
        if (!moved && s > e->so && sc_isalpha(b[s - 1])) {
            /* the signer's item: "(approved by President George Bush; 122 Stat.
             * 4820; enacted as Pub. L. 110-425)" */
            static const char *const signer[] = { "signed by President ", "approved by President ",
                                                  "signed into law by President ", NULL };
            size_t o = s;
            while (o > e->so && s - o < 80 && b[o - 1] != '(' && b[o - 1] != ';' && b[o - 1] != '\n')
                o--;
            if (o > e->so && (b[o - 1] == '(' || b[o - 1] == ';')) {
                while (o < s && b[o] == ' ')
                    o++;
                size_t n = sc_phrase_at(b, o, s, signer);
                if (n && sc_president_words(b, o + n, s, NULL, NULL, NULL) == s) {
                    s = o;
                    moved = 1;
                    continue;
                }
            }
        }
        if (!moved && s > e->so && sc_isupper(b[s - 1])) {
            /* the Act's acronym, opening the bracket: "(ACA; P.L. 111-148)",
             * "(MSA; P.L. 94-265; 90 Stat. 331)" */
            size_t o = s;
            while (o > e->so && s - o <= 10 && (sc_isupper(b[o - 1]) || sc_isdigit(b[o - 1]) ||
                                                b[o - 1] == '-' || b[o - 1] == '&' || b[o - 1] == '.'))
                o--;
            if (o > e->so && b[o - 1] == '(' && sc_entry_abbrev_end(e, o) == s) {
                s = o;
                moved = 1;
                continue;
            }
        }
        if (!moved && s > e->so && (b[s - 1] == 's' || b[s - 1] == '.')) {
            size_t c = sc_entry_congress_ending_at(b, e->so, s); /* "(92nd Congress; Pub. L. 92-352)" */
            if (c != SIZE_MAX) {
                s = c;
                moved = 1;
            }
        }
    }
    return s;
}

/* The bracket that opens the items before b[s] (items_back(), its days
 * among them when @p dates), else SIZE_MAX. */
static size_t items_open(const sc_entry *e, size_t s, int dates)
{
    const uint8_t *b = e->w->buf;
    int dated = 0;
    s = items_back(e, s, dates, &dated);
    return s > e->so && (b[s - 1] == '(' || b[s - 1] == '[') ? s - 1 : SIZE_MAX;
}

size_t sc_entry_items_open(const sc_entry *e, size_t s)
{
    return items_open(e, s, 0);
}

/* Does a law of the group end at @p at, last in a bracket of its own
 * facts: "(120 Stat. 1719, Pub. L. No. 109-305) on 10 July 2006"? */
static int items_bracket_at(const sc_entry *e, size_t at)
{
    int k = sc_entry_cite_ending_at(e, e->law_in, at);
    /* (its day among the items too: "(signed 2010-10-08, P.L. 111-262) is
     * reported at 124 Stat. 2780") */
    return k >= 0 && items_open(e, e->cs[k], 1) != SIZE_MAX;
}

/* Does a Stat. page of the group (or its last pin) end at @p at, last in
 * a bracket of its Act's facts that holds a date: "The X Act of 2020
 * (signed Jun. 5, 2020; 134 Stat. 614) became Public Law ..." -- pages,
 * bills, a Congress and dates (with "signed", "approved" or "enacted"
 * before them) only, commas and semicolons between? */
static int dated_page_bracket_at(const sc_entry *e, size_t at)
{
    if (sc_entry_cite_ending_at(e, e->stat_in, at) < 0)
        return 0;
    const uint8_t *b = e->w->buf;
    int dated = 0;
    size_t s = items_back(e, at, 1, &dated);
    return dated && s > e->so && b[s - 1] == '(';
}

/* Does a law of the group end at @p at, in brackets that open right
 * before it with words of its enactment only: "H.R. 6 (enacted as Pub.
 * L. 110-140) (signed Dec. 19, 2007)" -- the brackets are the law's? */
static int enacted_bracket_at(const sc_entry *e, size_t at)
{
    static const char *const words[] = { "enacted", "as", "became", "becoming", "law", NULL };
    const uint8_t *b = e->w->buf;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->ce[k] != at)
            continue;
        size_t s = e->cs[k];
        int nw = 0;
        for (;;) {
            while (s > e->so && b[s - 1] == ' ')
                s--;
            size_t we = s;
            while (s > e->so && sc_isalpha(b[s - 1]))
                s--;
            if (s == we)
                break;
            if (!sc_word_in(b, s, we, words) || ++nw > 3)
                return 0;
        }
        return nw > 0 && s > e->so && b[s - 1] == '(';
    }
    return 0;
}

/* The end of a bracket at b[i] that describes a part of a law in words,
 * as the Code's source credits do -- "(3d, 4th sentences)", "(1st
 * sentence)", "(words before par. (1) related to applicability)", "[2d
 * par. on p. 276]", "[incorporating H.R. 4121, title III, for FY 1982]",
 * "(related to duties)", "(less last 16 words)", "(matter before par. (1))"
 * -- its first word an ordinal, "words", "last", "incorporating", "related",
 * "less" or "matter", on one
 * line, with no date in it; else 0. */
static size_t described_pin_end(const sc_entry *e, size_t i, size_t to)
{
    static const char *const first[] = { "words", "last", "incorporating", "related", "less",
                                         "matter", NULL };
    const uint8_t *b = e->w->buf;
    uint8_t close = b[i] == '(' ? ')' : ']';
    size_t k = blanks(b, i + 1, to), we = k;
    while (we < to && sc_isalnum(b[we]))
        we++;
    int ordinal = we - k >= 2 && we - k <= 4 && sc_isdigit(b[k]) &&
                  (sc_word_in(b, we - 2, we, (const char *const[]){ "st", "nd", "rd", "th", NULL }) ||
                   (b[we - 1] == 'd' && sc_isdigit(b[we - 2])));
    if (!ordinal && !sc_word_in(b, k, we, first))
        return 0;
    int depth = 0;
    for (size_t j = i; j < to && j - i < 200; j++) {
        if (b[j] == '\n')
            return 0;
        if (b[j] == '(' || b[j] == '[')
            depth++;
        else if ((b[j] == ')' || b[j] == ']') && --depth == 0) {
            if (b[j] != close)
                return 0;
            for (int q = 0; q < e->ndate; q++)
                if (e->date[q].so > i && e->date[q].so < j)
                    return 0;
            return j + 1;
        }
    }
    return 0;
}

/* The end (past its ':') of a field's label of words that begins at b[i]
 * and ends at the ':' at b[colon] -- "Statutes at Large:", "Date of
 * enactment:" -- when the label says what its field holds
 * (table_labels.def); else 0. */
static size_t label_end(const uint8_t *b, size_t i, size_t colon)
{
    size_t k = i;
    while (k < colon && (sc_isalpha(b[k]) || b[k] == ' ' || b[k] == '.' || b[k] == '_'))
        k++;
    if (k != colon || k == i || b[k - 1] == ' ')
        return 0;
    return sc_table_label_role(b, i, k) > SC_COL_OTHER ? k + 1 : 0;
}

/* label_end() of a label at b[i] with its ':' in the 40 bytes before @p
 * to.  *colon keeps the first ':' at or after the walk's place (to when
 * there is none, SIZE_MAX before it is looked for): one memchr() a walk,
 * not one a capitalized word. */
static inline size_t label_at(const uint8_t *b, size_t i, size_t to, size_t *colon)
{
    if (*colon == SIZE_MAX || *colon < i) {
        const uint8_t *c = memchr(b + i, ':', to - i);
        *colon = c ? (size_t)(c - b) : to;
    }
    return *colon < to && *colon - i < 40 ? label_end(b, i, *colon) : 0;
}

/* A fact the walk below may jump over: where it begins (SIZE_MAX: none
 * is left), where the walk goes on past it, and the class of @p allow the
 * jump uses. */
typedef struct fill_jump {
    size_t at, end;
    unsigned why;
} fill_jump;

/* The first fact at or after @p i the walk below may jump over: a
 * citation of @p jumps, or (as @p allow says) a date or a name, and of
 * several that begin there the first citation, else date, else name --
 * the one the walk takes.  (Inlined: asked at each walk's start and after
 * each jump, ~65,000 calls on the bench corpus, its call cost more than
 * its loops for the few facts of most entries.) */
static inline __attribute__((always_inline)) fill_jump next_jump(const sc_entry *e, size_t i, size_t to,
                                                                 uint64_t jumps, unsigned allow)
{
    size_t at = SIZE_MAX;
    int kc = -1, kd = -1, kn = -1; /* the citation, date, name that begins there */
    for (uint64_t m = jumps; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        size_t s = e->cs[k];
        if (s >= i && s < at) {
            at = s;
            kc = k;
            if (e->in_order)
                break; /* the citations after it begin later */
        }
    }
    for (int k = 0; k < e->ndate && (allow & F_DATE); k++)
        if (e->date[k].so >= i && e->date[k].so < at) {
            at = e->date[k].so;
            kd = k;
        }
    for (int k = 0; k < e->nname && (allow & F_NAME); k++)
        if (e->name[k].so >= i && e->name[k].so < at) {
            at = e->name[k].so;
            kn = k;
        }
    /* (each loop takes a fact only before the ones the loops before it took) */
    if (kn >= 0) /* with its short form in brackets: "... Act (HIPAA)," (entry_names.c) */
        return (fill_jump){ at, e->name[kn].tie_eo <= to ? e->name[kn].tie_eo : e->name[kn].eo, F_NAME };
    if (kd >= 0)
        return (fill_jump){ at, e->date[kd].eo, F_DATE };
    if (kc >= 0)
        return (fill_jump){ at, e->ce[kc],
                            e->kind[kc] & SC_EK_STAT ? F_STAT : e->kind[kc] & SC_EK_ACT ? F_PINS : F_BILL };
    return (fill_jump){ SIZE_MAX, 0, 0 };
}

size_t sc_entry_ordinal_congress(const uint8_t *b, size_t i, size_t to, int *ended)
{
    size_t k = i;
    *ended = 0;
    while (k < to && sc_isdigit(b[k]))
        k++;
    size_t oe = k;
    while (oe < to && sc_islower(b[oe]))
        oe++;
    if (k == i || oe - k < 1 || oe - k > 2 || oe + 5 > to || memcmp(b + oe, " Cong", 5) != 0)
        return 0;
    size_t ce = oe + 5;
    if (ce < to && b[ce] == '.')
        return ce + 1;
    if (ce + 4 > to || memcmp(b + ce, "ress", 4) != 0)
        return ce < to && sc_isalpha(b[ce]) ? 0 : ce; /* "94th Cong" */
    *ended = ce + 4 < to && b[ce + 4] == '.';
    return ce + 4;
}

size_t sc_entry_signer_paren(const uint8_t *b, size_t i, size_t to)
{
    static const char *const heads[] = { "(signed by President ", "(approved by President ", NULL };
    size_t n = sc_phrase_at(b, i, to, heads);
    if (!n)
        return i;
    size_t k = sc_president_words(b, i + n, to, NULL, NULL, NULL);
    return k < to && b[k] == ')' ? k + 1 : i;
}

/* sc_word_in() of the one lower-case word @p w of two or three letters,
 * for a word b[i..we) of word_end()'s as long: its letters alone (a soft
 * hyphen, two bytes, stands only between two letters), compared in
 * either case without a call. */
static inline int short_word(const uint8_t *b, size_t i, size_t we, const char *w)
{
    size_t n = we - i;
    return (b[i] | 0x20) == (uint8_t)w[0] && (b[i + 1] | 0x20) == (uint8_t)w[1] &&
           (n == 2 || (b[i + 2] | 0x20) == (uint8_t)w[2]);
}

/* Is b[i..i + 4) a year alone between a bracket's separators ("(...; 1986;
 * ...)", "(1986)"), or the session's year after a Congress ("(S. 1438,
 * 106th Cong., 2000, enacted as ...)"), before @p to? */
static int year_item(const sc_entry *e, size_t i, size_t to)
{
    const uint8_t *b = e->w->buf;
    if (i + 4 > to || (b[i] != '1' && b[i] != '2') || !sc_isdigit(b[i + 1]) ||
        !sc_isdigit(b[i + 2]) || !sc_isdigit(b[i + 3]) || (i + 4 < to && sc_isalnum(b[i + 4])))
        return 0;
    size_t p = i, q = i + 4;
    while (p > e->so && b[p - 1] == ' ')
        p--;
    while (q < to && b[q] == ' ')
        q++;
    if (p > e->so + 6 && b[p - 1] == ',' && q < to && (b[q] == ',' || b[q] == ';' || b[q] == ')'))
        return memcmp(b + p - 6, "Cong.", 5) == 0 ||
               (p > e->so + 9 && memcmp(b + p - 9, "Congress", 8) == 0);
    return p > e->so && (b[p - 1] == ';' || b[p - 1] == '(') && q < to && (b[q] == ';' || b[q] == ')');
}

/* The length of the HTML character reference at b[i] when it is a dash
 * or a quotation mark ("&ndash;", "&mdash;", "&#8211;", "&#x2014;",
 * "&ldquo;", "&rsquo;", "&quot;", "&#8220;"), else 0: the filler passes it
 * as it passes the character. */
static size_t punct_entity(const uint8_t *b, size_t i, size_t to)
{
    static const char *const named[] = { "&ndash;", "&mdash;", "&ldquo;", "&rdquo;", "&lsquo;",
                                         "&rsquo;", "&quot;", "&apos;", NULL };
    size_t n = sc_entity_len(b, i, to); /* its span: '&', a name or '#' digits, ';' */
    if (n == 0)
        return 0;
    if (b[i + 1] != '#') {
        for (const char *const *w = named; *w; w++)
            if (strlen(*w) == n && memcmp(b + i, *w, n) == 0)
                return n;
        return 0;
    }
    int hex = b[i + 2] == 'x' || b[i + 2] == 'X';
    unsigned v = 0;
    for (size_t k = i + 2 + (size_t)hex; k < i + n - 1; k++) {
        unsigned c = (unsigned)sc_tolower(b[k]);
        c = c <= '9' ? c - '0' : c - 'a' + 10;
        if (c >= (hex ? 16u : 10u))
            return 0;
        v = v * (hex ? 16u : 10u) + c;
    }
    /* U+2013, U+2014 (dashes), U+2018-U+201D (quotes), '"', '\'' */
    return (v >= 0x2013 && v <= 0x2014) || (v >= 0x2018 && v <= 0x201d) || v == 0x22 || v == 0x27
               ? n
               : 0;
}

/* May buf[from..to) stand between two facts of one law, given @p allow?
 * Not a bracket that closes one opened before @p from, unless the
 * citation ending at @p from stands alone in it: "Pub. L. 96-536
 * [incorporating Pub. L. 96-74], Dec. 16, 1980" dates the first law.
 * When it may, *used (if not NULL) gets the classes of @p allow it took
 * (a pin word allowed by several classes counts for the first of F_PINS,
 * F_DWORD, F_NWORD, F_ENACT).  Each class only lets the walk go on where it
 * would otherwise stop, so the answer for fewer classes A is this answer
 * and no class outside A used. */
/* Where the short form in brackets at b[i] ends, when a name or a law
 * cited by its name alone ends right before it (blanks, a comma between):
 * "The X Act (XA) was approved ...", "X Act (the “XA”) (approved ...;
 * 113th Congress)" (entry_names.c: sc_entry_short_form_end); else i. */
static size_t short_form_after(const sc_entry *e, size_t i, size_t to)
{
    const uint8_t *b = e->w->buf;
    size_t q = i;
    while (q > e->so && (b[q - 1] == ' ' || b[q - 1] == ','))
        q--;
    for (int k = 0; k < e->nname; k++)
        if (e->name[k].eo == q || sc_quote_start_before(b, e->name[k].eo, q) == e->name[k].eo)
            return e->name[k].tie_eo > i && e->name[k].tie_eo <= to ? e->name[k].tie_eo : i;
    for (uint64_t m = e->law_in; m; m &= m - 1) {
        int k = __builtin_ctzll(m);
        if (e->ce[k] == q && (e->c[k].wording & SC_W_BY_NAME)) {
            size_t sf = sc_entry_short_form_end(e, q);
            return sf > i && sf <= to ? sf : i;
        }
    }
    return i;
}

int sc_entry_filler(const sc_entry *e, size_t from, size_t to, unsigned allow, unsigned *used)
{
    const uint8_t *b = e->w->buf;
    if (to < from || to - from > 240)
        return 0;
    size_t i = from;
    int depth = 0;
    unsigned u = 0;
    if (allow & F_PAREN) {
        /* "Pub. L. 101-556 (Baca Location No. 1 Land Acquisition and Study
         * Act of 1990), 104 Stat. 2762": the law's own parenthesis */
        size_t j = i;
        while (j < to && b[j] == ' ')
            j++;
        if (j < to && b[j] == '(') {
            size_t k = j + 1;
            while (k < to && k - j < 200 && b[k] != ')' && b[k] != '(')
                k++; /* (a ';' inside: "(enacting H. R. 18188; signed 8/8/1968)") */
            int cite = 0;
            for (uint64_t m = e->law_in | e->stat_in; m && !cite; m &= m - 1) {
                size_t cs = e->cs[__builtin_ctzll(m)];
                cite = cs > j && cs < k;
            }
            if (k < to && b[k] == ')' && !cite) {
                i = k + 1;
                u |= F_PAREN;
            }
        }
    }
    /* the citations a walk may jump over, in group order */
    uint64_t jumps = ((allow & F_STAT) ? e->stat_in : 0) | ((allow & F_BILL) ? e->bill_in : 0) |
                     ((allow & F_PINS) ? e->own_sect : 0); /* (a law's own section, by its Act) */
    fill_jump stop = next_jump(e, i, to, jumps, allow); /* the next one */
    size_t colon = SIZE_MAX; /* (label_at) */
    /* bytes passed over with no other test: blanks, ',' ':' '-' */
    static const uint8_t plain[256] = { [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, [','] = 1,
                                        [':'] = 1, [0xa0] = 1, ['-'] = 1,
                                        /* Markdown's emphasis: "*X Act*, Pub. L." */
                                        ['*'] = 1, ['_'] = 1 };
    while (i < to) {
        if (i > stop.at) /* the walk went past it: the next one */
            stop = next_jump(e, i, to, jumps, allow);
        if (i == stop.at) { /* a fact: past it */
            u |= stop.why;
            i = stop.end;
            continue;
        }
        uint8_t ch = b[i];
        size_t bl;
        if (((ch == 'o' && i + 1 < to && b[i + 1] == ' ') || ch == 0xe2 ||
             (ch == 0xc2 && i + 1 < to && b[i + 1] == 0xb7)) && i > e->so &&
            (b[i - 1] == ' ' || b[i - 1] == '\n') && blank_line_start(b, e->so, i) &&
            (bl = sc_ctx_bullet_len(b, i, to)) != 0) {
            i += bl; /* a slide's sub-bullet: "P.L. 116-213" / "  o Enacted 04-Dec-2019" */
            continue;
        }
        /* punctuation, blanks and the section sign (a letter or digit
         * is none of them: it begins a word, a number or a fact -- as a
         * fact may begin with a bracket: the Bluebook's "(1990)") */
        if (!sc_isalnum(ch)) {
            if (plain[ch]) { /* (and the run of them, up to the next jump) */
                do
                    i++;
                while (i < to && i != stop.at && plain[b[i]]);
                continue;
            }
            if (ch == 0xc2 && (allow & F_PINS) && i + 1 < to && b[i + 1] == 0xa7) {
                u |= F_PINS; /* "§", the commonest byte here after the plain ones: taken
                              * at once (no test below takes it before the pins') */
                i += 2;
                continue;
            }
            size_t al = (ch == '>' && i > e->so && (b[i - 1] == '-' || b[i - 1] == '=')) ||
                                (ch == '=' && i + 1 < to && b[i + 1] == '>')
                            ? 1
                        : ch == 0xe2 && i + 2 < to && b[i + 1] == 0x86 && b[i + 2] == 0x92 ? 3
                                                                                          : 0;
            size_t wl;
            if (ch == '(' && (allow & F_DWORD) && (wl = sc_phrase_at(b, i, to, sc_wire_services)) != 0) {
                i += wl; /* a wire service after a dateline: "WASHINGTON, July 30, 1990
                          * (AP) -- President Bush on Tuesday signed ..." */
                continue;
            }
            if (al) {
                /* an outline's arrows: "X Act -> PL 88-511 -> signed 8.30.1964", "=>",
                 * "→" -- not to a day alone, a timeline's next event ("Pub. L.
                 * 101-336 → September 25, 2008: ADAAA ...") */
                size_t k = blanks(b, i + al, to);
                size_t me;
                if (k < to && (sc_isdigit(b[k]) || (sc_isupper(b[k]) && sc_month_at(b, k, to, &me))))
                    return 0;
                i += al;
                continue;
            }
            size_t sp; /* a multi-byte space: "§\xe2\x80\xaf2" (the Code's), "&nbsp;" */
            if ((ch >= 0x80 || ch == '&') && (sp = uspace_len(b, i, to)) > 0) {
                i += sp;
                continue;
            }
            if (ch == '(' && i + 5 < to && memcmp(b + i + 1, "http", 4) == 0) {
                while (i < to && b[i] != ')' && b[i] != ' ')
                    i++; /* a Markdown link's target */
                if (i < to && b[i] == ')')
                    i++;
                continue;
            }
            size_t sf = ch == '(' || ch == '[' ? short_form_after(e, i, to) : i;
            if (sf > i) { /* a name's short form: "The X Act [XA] was approved" */
                i = sf;
                continue;
            }
            size_t ml = ch == '[' || ch == ']' ? md_link_skip(b, i, e->w->len) : i;
            if (ml != i) { /* "[P.L. 94-8](https://...), April 22, 1976": a link's */
                i = ml;
                continue;
            }
            size_t de;
            if ((ch == '(' || ch == '[') && (allow & F_PINS) && (de = described_pin_end(e, i, to)) != 0) {
                u |= F_PINS; /* "(3d, 4th sentences)", "[incorporating H.R. 4121, ...]" */
                i = de;
                continue;
            }
            if (ch == '(' && (allow & F_PINS) && (u & F_PINS)) {
                /* a designator of a pin's list: "§ 6(a)–(d)", "§ 8001(a)(1),
                 * (2), (b)(1)", "§ 101[(a)]" -- not a date's "(1990)" */
                size_t k = i + 1;
                while (k < to && k - i <= 5 && sc_isalnum(b[k]))
                    k++;
                int dated = 0;
                for (int q = 0; q < e->ndate && !dated; q++)
                    dated = e->date[q].so == i;
                if (k < to && k > i + 1 && b[k] == ')' && !dated) {
                    i = k + 1;
                    continue;
                }
            }
            size_t cp;
            if (ch == '(' && (allow & F_DWORD) && (cp = sc_entry_signer_paren(b, i, to)) > i) {
                u |= F_DWORD; /* "the X Act (signed by President Gerald Ford) was
                               * enacted as ...": the signer, as "signed by
                               * President Gerald Ford" would be */
                i = cp;
                continue;
            }
            if (ch == '(' && (cp = sc_entry_codified_paren(e, i, to)) != 0) {
                u |= F_CODIFIED;
                i = cp;
                continue;
            }
            if (ch == '(' || ch == '[')
                depth++;
            if ((ch == ')' || ch == ']') && --depth < 0 &&
                (depth < -1 || !(sc_entry_bracketed_at(e, from) || enacted_bracket_at(e, from) ||
                                 items_bracket_at(e, from) || dated_page_bracket_at(e, from))))
                return 0; /* out of the law's own brackets at most */
            if (ch == ';' && depth < 0)
                return 0; /* "([P.L. 94-8](url)); April 22, 1990": the next item */
            if (ch == '.' && i > e->so && (sc_isdigit(b[i - 1]) || b[i - 1] == ')' ||
                                          /* after a closing quote: '... 1987”. Pub. L.' */
                                          (i >= e->so + 3 && b[i - 3] == 0xe2 && b[i - 2] == 0x80 &&
                                           (b[i - 1] == 0x9d || b[i - 1] == 0x99)) ||
                                          /* ... or the editors' bracketed one: '... of 2018[’].”' */
                                          (i >= e->so + 5 && b[i - 1] == ']' && b[i - 4] == 0xe2 &&
                                           b[i - 3] == 0x80 && (b[i - 2] == 0x9d || b[i - 2] == 0x99)) ||
                                          (sc_isalpha(b[i - 1]) && i >= e->so + 5 &&
                                           sc_isalpha(b[i - 2]) && sc_isalpha(b[i - 3]) &&
                                           sc_isalpha(b[i - 4]) && sc_isalpha(b[i - 5]) &&
                                           !pin_abbrev(b, e->so, i)))) {
                if ((allow & F_BAR) && i + 1 < to && b[i + 1] == ' ' &&
                    sc_ctx_period_record(b, e->w->len, i)) {
                    u |= F_BAR; /* a one-line record's field ended ("X Act of 1990. S.
                                 * 933. 101st Cong."), as a '|' ends a row's cell */
                    i++;
                    continue;
                }
                return 0; /* "... Act of 1985. [P.L. 115-123]": a sentence ended --
                           * not "subtit. A", "sched. B" */
            }
            if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ',' || ch == '(' ||
                ch == ')' || ch == '[' || ch == ']' || ch == ':' || ch == 0xa0 || ch == '.' ||
                ch == '-') {
                i++;
                continue;
            }
            if (ch == 0xe2 && i + 2 < to && b[i + 1] == 0x80 &&
                (b[i + 2] == 0x93 || b[i + 2] == 0x94 || b[i + 2] == 0x98 || b[i + 2] == 0x99 ||
                 b[i + 2] == 0x9c || b[i + 2] == 0x9d)) {
                i += 3; /* en or em dash, curly quotes ("(‘Six Triple Eight’ ... Act)") */
                continue;
            }
            size_t el;
            if (ch == '&' && (el = punct_entity(b, i, to)) > 0) {
                i += el; /* the same as character references: "&mdash;", "&#8211;",
                          * "&ldquo;" (a web page's text keeps them) */
                continue;
            }
            if (ch == '"' || ch == '\'') {
                i++;
                continue;
            }
            if ((ch == ';' && (allow & F_SEMI)) || (ch == '|' && (allow & F_BAR))) {
                u |= ch == ';' ? F_SEMI : F_BAR;
                i++;
                continue;
            }
            if (ch == '/' && (allow & F_BAR) && i > from && b[i - 1] == ' ' && i + 1 < to &&
                b[i + 1] == ' ') {
                u |= F_BAR; /* a slash between blanks, a line's fields' separator:
                             * "X Act / S. 933 / Pub. L. 101-336 / July 26, 1990" */
                i++;
                continue;
            }
            if (ch == 0xc2 && i + 1 < to && b[i + 1] == 0xb7 && (allow & F_BAR)) {
                u |= F_BAR; /* a middle dot between a line's fields: "Statutes at
                             * Large: 109 Stat. 1379, 1397 · Pub.L. 103-138" */
                i += 2;
                continue;
            }
            if (ch == ';' && (allow & F_INSEMI) && depth > 0) {
                u |= F_INSEMI;
                i++;
                continue;
            }
            if ((allow & F_PINS) && (ch == 0xa7 || (ch == 0xc2 && i + 1 < to && b[i + 1] == 0xa7))) {
                u |= F_PINS;
                i += ch == 0xa7 ? 1 : 2;
                continue;
            }
        }
        if (sc_isdigit(ch) && (allow & F_CONG) && !(allow & F_PINS)) {
            /* a Congress's ordinal and its word: "(94th Congress)", "94th
             * Cong." -- a period after "Congress" ends a sentence */
            int ended;
            size_t ce = sc_entry_ordinal_congress(b, i, to, &ended);
            if (ce && (ended || b[ce - 1] == 'g'))
                return 0; /* (nor "94th Cong" with no period) */
            if (!ce && i > 0 && b[i - 1] == '(') { /* an ordinal alone in brackets, as
                                                     * GovTrack writes a bill's Congress:
                                                     * "H.R. 3770 (103rd): ..." */
                size_t k = i;
                while (k < to && k - i < 3 && sc_isdigit(b[k]))
                    k++;
                size_t oe = k;
                while (oe < to && oe - k < 2 && sc_islower(b[oe]))
                    oe++;
                if (oe > k && oe < to && b[oe] == ')' && k > i &&
                    sc_word_in(b, k, oe, (const char *const[]){ "st", "nd", "rd", "th", "d", NULL }))
                    ce = oe;
            }
            if (ce) {
                u |= F_CONG;
                i = ce;
                continue;
            }
        }
        if (sc_isdigit(ch) && (allow & F_DATE) && year_item(e, i, to)) {
            u |= F_DATE; /* a year of its own in a bracket's items: "(enacting H. R.
                          * 4712; 1986; enacted as P.L. 99-552; ...)" */
            i += 4;
            continue;
        }
        if (sc_isdigit(ch) && (allow & F_PINS)) { /* "2(a)(1)", "101-103", "1001a" */
            u |= F_PINS;
            /* (a ')' only when the run opened its '(': "1980)" closes the
             * walk's bracket, "(S. 2357, 1980); PL ..." -- the next item) */
            int open = 0;
            for (;;) { /* (the letters and digits first, the brackets between runs) */
                while (i < to && sc_isalnum(b[i]))
                    i++;
                if (i >= to || !(b[i] == '(' || (b[i] == ')' && open > 0)))
                    break;
                open += b[i] == '(' ? 1 : -1;
                i++;
            }
            continue;
        }
        if (!sc_isalpha(ch))
            return 0;
        if ((allow & F_NWORD) && (ch == 'i' || ch == 't' || ch == 'n' || ch == 'v')) {
            /* the words that say the law is the name's: "the X Act (i.e., Pub.
             * L. 112-73)", "-- that's Pub. L. 112-73", ", namely Pub. L." */
            static const char *const namely[] = { "i.e.,", "i.e.", "ie,", "that's",
                                                  "that\xe2\x80\x99s", "namely", "viz.,",
                                                  "viz.", NULL };
            size_t n = sc_phrase_at(b, i, to, namely);
            if (n && (i + n == to || !sc_isalpha(b[i + n]))) {
                u |= F_NWORD;
                i += n;
                continue;
            }
        }
        /* (word_end(), its letters' end kept: word_sets() asks it) */
        size_t ae = letters_end(b, i, to);
        size_t we = ae < to && (b[ae] == 0xc2 || b[ae] == '-') ? word_end(b, ae, to) : ae;
        if ((allow & F_CONG) && sc_isupper(ch)) {
            /* a Congress spelled: "One Hundred Second Congress", "Ninety-
             * eighth Congress" -- capitalized words, then "Congress" (a
             * period after it ends a sentence) */
            size_t k = i, ke = we;
            while (ke < to && b[ke] == '-' && ke + 1 < to && sc_isalpha(b[ke + 1]))
                ke = word_end(b, ke + 1, to); /* "Eighty-second" */
            int words = 0;
            while (words < 5 && ke > k && sc_isupper(b[k])) {
                words++;
                if (ke + 9 <= to && memcmp(b + ke, " Congress", 9) == 0)
                    break;
                if (ke + 1 >= to || b[ke] != ' ')
                    break;
                k = ke + 1;
                ke = word_end(b, k, to);
                while (ke < to && b[ke] == '-' && ke + 1 < to && sc_isalpha(b[ke + 1]))
                    ke = word_end(b, ke + 1, to);
            }
            if (ke + 9 <= to && memcmp(b + ke, " Congress", 9) == 0 &&
                !(ke + 9 < to && b[ke + 9] == '.') && sc_ctx_congress_cell(b, i, ke + 9) > 0) {
                u |= F_CONG;
                i = ke + 9;
                continue;
            }
        }
        if (we - i == 2 || we - i == 3) { /* (the short words' tests: most words are longer) */
            if ((allow & F_NAME) && we - i == 3 && short_word(b, i, we, "the")) {
                /* "P.L. 105-56, the Department of Defense Appropriations Act,
                 * 1998, 111 Stat. 1203": the article of a name */
                size_t k = blanks(b, we, to);
                int name = 0;
                for (int q = 0; q < e->nname && !name; q++)
                    name = e->name[q].so == k;
                if (name) {
                    i = k;
                    stop = next_jump(e, i, to, jumps, allow);
                    continue;
                }
            }
            if ((allow & F_PINS) && (u & F_PINS) && we - i == 2 && b[i] == 't' && b[i + 1] == 'o') {
                /* "§ 7(a)(27) to (29)": a range of a pin's designators */
                size_t k = blanks(b, we, to);
                if (k < to && (sc_isdigit(b[k]) || b[k] == '(')) {
                    i = k;
                    continue;
                }
            }
            if ((allow & F_PINS) && (u & F_PINS) && we - i == 2 && b[i] == 'o' && b[i + 1] == 'f') {
                /* "(sec. 105 of P.L. 112-25)": a pin's part of the law */
                i = we;
                continue;
            }
            if ((allow & F_PINS) && we - i == 3 && short_word(b, i, we, "and")) {
                /* "§§ 101 and 102": a pin goes on -- "and 21 July 1996" does not */
                size_t k = blanks(b, we, to);
                int pin = k < to && (sc_isdigit(b[k]) || b[k] == 0xa7 || b[k] == 0xc2);
                for (int q = 0; q < e->ndate && pin; q++)
                    pin = e->date[q].so != k;
                if (!pin && !(allow & F_CONG))
                    return 0;
                u |= pin ? F_PINS : F_CONG;
                i = we;
                continue;
            }
            if ((allow & (F_NWORD | F_PINS)) && we - i == 2 && b[i] == 'a' && b[i + 1] == 's' &&
                we + 9 < to && memcmp(b + we, " amended", 8) == 0 &&
                (b[we + 8] == ',' || b[we + 8] == ')')) {
                /* "Pub. L. 89-285, ..., as amended, known as the X Act": the
                 * law as amended, then on (not "as amended by", another law's) */
                u |= allow & F_NWORD ? F_NWORD : F_PINS;
                i = we + 8;
                continue;
            }
        }
        if ((allow & F_NWORD) && we < to && b[we] == ':' && sc_table_label_role(b, i, we) > SC_COL_OTHER) {
            /* a field's label before the law's fact: "Public Law No. 103-178
             * — Act: Full Faith and Credit ... Act" */
            u |= F_NWORD;
            i = we + 1;
            continue;
        }
        if ((allow & F_NWORD) && we - i == 8 &&
            sc_word_in(b, i, we, (const char *const[]){ "referred", NULL })) {
            /* "referred to as the X Act": "to" after "referred" only */
            size_t k = blanks(b, we, to);
            if (k + 3 <= to && b[k] == 't' && b[k + 1] == 'o' && b[k + 2] == ' ') {
                u |= F_NWORD;
                i = k + 2;
                continue;
            }
        }
        if ((allow & F_NWORD) && we - i == 2 && short_word(b, i, we, "by")) {
            /* "signed into law by President Bush on": "by" before the
             * President only ("redesignated the X Act by Pub. L. ..."
             * names another law's act) */
            size_t k = blanks(b, we, to);
            if (k + 10 <= to && memcmp(b + k, "President ", 10) == 0) {
                u |= F_NWORD;
                i = k;
                continue;
            }
        }
        if ((allow & F_DWORD) && we - i == 4 && memcmp(b + i, "over", 4) == 0) {
            /* "became Pub. L. 93-148 over the President's veto on ...": the
             * override, the law's enactment */
            static const char *const vetoes[] = { " the President's veto", " the President\xe2\x80\x99s veto",
                                                  " the veto", " his veto", " her veto", NULL };
            size_t n = sc_phrase_at(b, we, to, vetoes);
            /* "over President Nixon's veto", "over the veto of President
             * Nixon": his name between */
            static const char *const poss[] = { "'s veto", "\xe2\x80\x99s veto", NULL };
            size_t k = blanks(b, we, to), ne;
            if (!n && k + 10 < to && memcmp(b + k, "President ", 10) == 0 &&
                (ne = sc_president_words(b, k + 10, to, NULL, NULL, NULL)) > k + 10) {
                size_t m = sc_phrase_at(b, ne, to, poss);
                n = m ? ne + m - we : 0;
            } else if (!n && k + 23 < to && memcmp(b + k, "the veto of President ", 22) == 0 &&
                       (ne = sc_president_words(b, k + 22, to, NULL, NULL, NULL)) > k + 22) {
                n = ne - we;
            }
            if (n) {
                u |= F_DWORD;
                i = we + n;
                continue;
            }
        }
        size_t le; /* a field's label of several words before the law's fact:
                    * "Public Law No. 96-114 · Statutes at Large: 93 Stat. 851",
                    * "..., Date of enactment: Nov. 16, 1979" (one word: above);
                    * tried here when capitalized (its first word may be one the
                    * sets below take: "Date"), else when they take none */
        if (sc_isupper(ch) && (allow & (F_NWORD | F_DWORD)) && (le = label_at(b, i, to, &colon)) != 0) {
            u |= allow & F_NWORD ? F_NWORD : F_DWORD;
            i = le;
            continue;
        }
        unsigned sets = word_sets(b, i, ae, we, e->w->len);
        unsigned why =
            (allow & F_PINS) && ((sets & FW_PIN) || designator(b, i, we))
                ? F_PINS
            : (allow & F_DWORD) && (sets & FW_DWORD)
                ? F_DWORD
            : (allow & F_NWORD) && ((sets & FW_NWORD) || sc_word_in(b, i, we, sc_popular_words))
                ? F_NWORD
            : (allow & F_ENACT) && (sets & FW_ENACT)
                ? F_ENACT
            : (allow & F_CONG) && (sets & FW_CONG)
                ? F_CONG
                : 0;
        if (why) {
            u |= why;
            int president = (why == F_DWORD || why == F_NWORD) && we - i == 9 &&
                            sc_word_in(b, i, we, (const char *const[]){ "president", NULL });
            i = we;
            if (president) /* "signed by President George H.W. Bush on": his name */
                i = sc_president_words(b, i, to, NULL, NULL, NULL);
            continue;
        }
        if ((allow & (F_NWORD | F_DWORD)) && we - i >= 4 && we - i <= 6 &&
            sc_word_in(b, i, we, (const char *const[]){ "then", "late", "former", NULL }) &&
            we + 11 <= to && (b[we] == '-' || b[we] == ' ') &&
            memcmp(b + we + 1, "President ", 10) == 0) {
            u |= allow & F_DWORD ? F_DWORD : F_NWORD;
            i = we + 1; /* "signed by then-President Obama on", "the late President" */
            continue;
        }
        if ((allow & F_DWORD) && we - i >= 4 && we - i <= 9) {
            /* a dateline's day told relative to it, right before the signing:
             * "October 27, 1998 -- President Clinton last Tuesday signed P.L.
             * 105-293", "... yesterday signed" (not "Pub. L. 116-136 today,
             * May 1, 2020, has funded ...") */
            static const char *const rel[] = { "yesterday", "today", "tonight", "last", NULL };
            static const char *const sign[] = { " signed", " approved", " signs", NULL };
            size_t k = we;
            if (we - i == 4 && memcmp(b + i, "last", 4) == 0) {
                k = blanks(b, we, to);
                while (k < to && sc_isalpha(b[k]))
                    k++; /* (its weekday) */
            }
            if (sc_word_in(b, i, we, rel) && sc_phrase_at(b, k, to, sign)) {
                u |= F_DWORD;
                i = k;
                continue;
            }
        }
        size_t nso, neo, ne;
        if ((allow & (F_NWORD | F_DWORD)) &&
            ((we - i == 4 && memcmp(b + i, "Pres", 4) == 0 && we < to && b[we] == '.' &&
              (ne = sc_president_words(b, we + 1, to, NULL, NULL, NULL)) > we + 1) ||
             ((ne = sc_president_bare(e, i, &nso, &neo)) != 0 && ne <= to))) {
            u |= allow & F_DWORD ? F_DWORD : F_NWORD;
            i = ne; /* "signed by Pres. Carter on", "signed into law by Biden on": the
                     * signer without the title */
            continue;
        }
        if ((allow & F_PINS) && i + 1 < to && we == i + 1 && b[we] == '(') {
            u |= F_PINS;
            i = we; /* "(a)" inside a pin */
            continue;
        }
        if (!sc_isupper(ch) && (allow & (F_NWORD | F_DWORD)) && (le = label_at(b, i, to, &colon)) != 0) {
            u |= allow & F_NWORD ? F_NWORD : F_DWORD;
            i = le;
            continue;
        }
        return 0;
    }
    if (used)
        *used = u;
    return 1;
}
