/*
 * scan.h -- internals of the scanner shared with the context and checking
 * code: the buffered document window and the group of citations that
 * describe one enactment (one sentence or list item).
 */
#ifndef SC_SCAN_H
#define SC_SCAN_H

#include <string.h>

#include "rules.h"
#include "statcite.h"

/* Buffer geometry: memory stays bounded by these, whatever the input. */
#define SC_BUF_CHUNK   (256u * 1024u) /* bytes scanned per step               */
#define SC_LOOKAHEAD   4096u          /* a citation with its list fits here   */
#define SC_LOOKBEHIND  4096u          /* context kept before the scan point   */
#define SC_GROUP_MAX   64             /* citations linked as one group        */
#define SC_GROUP_SPAN  8192u          /* bytes one group may cover            */
#define SC_QUEUE_MAX   65536u         /* finished citations not yet taken     */
#define SC_SCAN_STEP   (8u * 1024u)  /* scan once this much new data waits   */

/** What context.c remembers of the window while it lasts: the last block of
 *  short lines it asked whether it is a record, and the answer, which holds
 *  for every line end in [so, eo); and, for the bytes it last asked whether
 *  an entry ends there (the scan's grouping, the Act names' reading and
 *  each entry's bounds ask of the same bytes), the answer: slot i %
 *  SC_CTX_ENDS holds (gen << 32 | (i + 1) << 1 | answer), valid while gen
 *  is the memo's.  A new window's memo has set 0 and a gen of its own
 *  (sc_ctx_memo_renew); one zeroed has gen 0 and no slot in use. */
#define SC_CTX_ENDS 1024
typedef struct sc_ctx_memo {
    size_t so, eo;
    int result, set;
    int breaks; /* the text may hold SC_HTML_BREAK (a web page, a JSON document) */
    uint32_t gen;
    uint64_t ends[SC_CTX_ENDS];
} sc_ctx_memo;

/** Forgets what @p memo remembers of the window before (for the next
 *  one), without clearing its slots: they hold the old gen. */
static inline void sc_ctx_memo_renew(sc_ctx_memo *memo)
{
    memo->set = 0;
    if (++memo->gen == 0) { /* (the gens came round: no slot may match) */
        memset(memo->ends, 0, sizeof memo->ends);
        memo->gen = 1;
    }
}

/** The document window: buf[0..len) holds document bytes from offset base.
 *  memo, when not NULL, is valid for as long as the window is unchanged:
 *  whoever makes a window makes its memo with it, zeroed or renewed
 *  (sc_ctx_memo_renew). */
typedef struct sc_window {
    const uint8_t *buf;
    size_t len;
    uint64_t base;
    int eof;
    sc_ctx_memo *memo;
} sc_window;

/* What surrounds a citation, the sc_ctx_* functions below: where sentences
 * and entries end (context.c), records and boxes of one law
 * (context_records.c), sentences that go on telling of the last one's law
 * (context_prose.c), a bill's Congress (context_congress.c). */

/** Returns the Congress named by a context.congress match ("108th",
 *  "One Hundred Eighth"), or the number of a volume spelled out
 *  ("Forty-first", "Thirty-seven": cardinals too), or 0. */
int sc_ctx_congress_value(const uint8_t *subj, const sc_groups *g);

/** Returns the number the words p[0..n) spell, ordinals and cardinals
 *  ("Ninety-second", "One Hundred First", "twenty-sixth", "Thirty-seven"),
 *  the words in any case, parted by blanks or hyphens; 0 when they spell
 *  none. */
int sc_spelled_number(const uint8_t *p, size_t n);

/**
 * Links the citations of one group to what surrounds them, in place: bills
 * without a Congress take one named in the same sentence, parenthetical or
 * list item, or in the heading block of a slip law or bill-status page.
 */
void sc_ctx_link(const sc_rules *r, sc_matcher *m, const sc_window *w, sc_citation *group,
                 int n);

/** Returns nonzero when a sentence or list-item boundary lies in
 *  w->buf[from..to). */
int sc_ctx_boundary(const sc_window *w, size_t from, size_t to);

/** sc_ctx_boundary() asked again and again of one window: for one @p from
 *  and a growing @p to (sc_ctx_boundary_fwd()), or one @p to and a growing
 *  @p from (sc_ctx_boundary_back()), each byte between looked at once.  The
 *  answers are sc_ctx_boundary()'s.  Set up by sc_ctx_bound_init() with
 *  the end that stays; the caller owns it (no memory). */
typedef struct sc_ctx_bound {
    size_t fixed; /* the from, or the to, that stays */
    size_t seen;  /* the bytes read: [fixed, seen) forward, [seen, fixed) back */
    size_t at;    /* the boundary found (fwd: the first; back: the last), or SIZE_MAX */
} sc_ctx_bound;

/** Sets @p b up for queries with @p fixed as their from (or to). */
static inline void sc_ctx_bound_init(sc_ctx_bound *b, size_t fixed)
{
    b->fixed = b->seen = fixed;
    b->at = SIZE_MAX;
}

/** sc_ctx_boundary(w, b->fixed, to), @p to not below the last asked. */
int sc_ctx_boundary_fwd(const sc_window *w, sc_ctx_bound *b, size_t to);

/** sc_ctx_boundary(w, from, b->fixed). */
int sc_ctx_boundary_back(const sc_window *w, sc_ctx_bound *b, size_t from);

/** Does the sentence that begins at buf[j] name the bill of the one
 *  before again, as its subject: "This bill", "The measure", "This
 *  appropriations bill" (two words at most before the noun)?  The entry
 *  goes on over such a sentence (context.c); entry_bills.c ties its law
 *  to that bill. */
int sc_ctx_bill_again(const uint8_t *buf, size_t len, size_t j);

/** Does the sentence that begins at buf[j] tell a fact of the law the
 *  sentence before cites, calling it "it" or "the law": a subject that
 *  stands for it ("It", "It's", "The law", "That Act", "The measure") with
 *  a word of its enactment, bill or page ("was signed", "passed by",
 *  "began as", "at 103 Stat. 15"), or a verb of enactment with "it" as its
 *  object ("President Reagan signed it", "Congress passed it")?  The
 *  entry goes on over such a sentence (context.c); entry_prose.c ties its
 *  facts to that law (sc_entry_told_back). */
int sc_ctx_tells_back(const uint8_t *buf, size_t len, size_t j);

/** Where the subject that calls back to the law ends, when the sentence
 *  at buf[j] opens with one ("It", "Its", "The law", "This statute", "That
 *  measure", "The Act" -- and "'s" after it): its end, else 0. */
size_t sc_ctx_back_subject(const uint8_t *buf, size_t len, size_t j);

/* The bytes of a list's bullet and its blank at buf[s], before @p e ("- ",
 * "* ", "• "; a slide's sub-bullets "◦ ", "▪ ", "– ", "o " before a
 * capital), or 0 (context_records.c). */
size_t sc_ctx_bullet_len(const uint8_t *buf, size_t s, size_t e);
/* The bytes of a tagged export's field tag at buf[s], before @p e: refer
 * and EndNote's "%T " (a '%', a capital or digit, a blank), RIS's "TI  - "
 * (two capitals or a capital and a digit, two blanks, '-', a blank); or 0
 * (context_records.c).  Such lines are a record's labelled fields. */
size_t sc_ctx_tag_len(const uint8_t *buf, size_t s, size_t e);
/* Is the word buf[ws..we) (not before @p lo) the letter of such a tag that
 * opens its line ("%T Military Justice Act of 1983": "T"), no word of a
 * name (context_records.c)? */
int sc_ctx_tag_word(const uint8_t *buf, size_t lo, size_t ws, size_t we);
/** The ends of the entry (sentence, list item, table row) holding
 *  w->buf[first..last): the boundaries before @p first and after @p last,
 *  looking at most @p reach bytes each way; into *so and *eo.  A citation
 *  sentence (sc_ctx_cite_sentence), or one that opens by calling its law
 *  what the sentence before tells of (sc_ctx_anaphor), takes the sentence
 *  before it in. */
void sc_ctx_entry_bounds(const sc_window *w, size_t first, size_t last, size_t reach,
                         size_t *so, size_t *eo);

/** Is w->buf[so..eo), the sentence that holds citations first..last, a
 *  citation sentence: a public law's citation alone (after "See", "See
 *  also" or "Cf."), with only pins, numbers and punctuation besides,
 *  after a sentence's period ("... signed it into law on July 26, 1990.
 *  Pub. L. No. 101-336, 104 Stat. 327.")?  Read to its own end: a sentence
 *  after it in buf[so..eo) is not its ("... 82 Stat. 755.  President
 *  Johnson signed it on August 13, 1968."). */
int sc_ctx_cite_sentence(const sc_window *w, size_t so, size_t eo, size_t first, size_t last);

/** Is the text at buf[pos] (a name) in a field of a box of one law that
 *  names other laws -- under "Major amendments", "Acts amended", "Acts
 *  repealed", looking back over its lines (or a web page's rows) to
 *  buf[so] at most? */
int sc_ctx_other_acts_field(const uint8_t *buf, size_t so, size_t pos);

/** Does the period at w->buf[i] end a sentence (not an abbreviation's:
 *  "P.L.", "Stat.", "U.S.")? */
int sc_ctx_period_ends(const sc_window *w, size_t i);

/** When the sentence that begins at buf[i] opens by calling the public law
 *  cited at buf[first] what the sentence before tells of -- "That law,
 *  Public Law 89-329", "It was assigned Pub. L. 93-406", "Designated Public
 *  Law 93-205", "The law became Public Law 98-567" (a subject that stands
 *  for the law, a verb that numbers it) -- the length of those words,
 *  else 0.  The entry takes the
 *  sentence before in (sc_ctx_entry_bounds). */
size_t sc_ctx_anaphor(const uint8_t *buf, size_t i, size_t first);

/** The end of the list's or note's marker that opens buf[from..to) --
 *  "[70]", "*", "vii.", "^29", "n.12", "12.", "(k)", "•", "–" -- with a
 *  blank after it (the blank not included), or @p from when none does. */
size_t sc_ctx_marker_end(const uint8_t *buf, size_t from, size_t to);

/** Does the date (or year) buf[so..eo) label its line as a timeline's
 *  entry: first on its line (after blanks and a list's mark, "- ", "* ",
 *  "• ", at most; nothing before @p from is read), then, past blanks, a
 *  colon, a '|', an en or em dash, or a hyphen with a blank on either side
 *  ("1991 - ADA enacted (P.L. 101-336)", "2000-06-30: E-SIGN, P.L.
 *  106-229"; not "1991-92")?  @p lim bounds the bytes read after it. */
int sc_ctx_timeline(const uint8_t *buf, size_t from, size_t so, size_t eo, size_t lim);

/** Does the sentence buf[so..first), before the law cited at buf[first],
 *  refer back to a bill the sentence before tells of: "the President
 *  signed it on June 22, 2016 (Pub. L. 114-182)", "signed the measure",
 *  "signed the bill"?  The entry takes the sentence before in. */
int sc_ctx_refers_back(const uint8_t *buf, size_t so, size_t first);

/** Is w->buf[from..to) a record -- a block of short lines between blank
 *  lines that names at most one law, a fact a line (a search result of
 *  Congress.gov, an encyclopedia's box) -- with a line end inside it, or
 *  a line of three or more labeled fields ("Cong.: 104th | President:
 *  Bill Clinton | Citation: 108 Stat. 50")? */
int sc_ctx_record(const sc_window *w, size_t from, size_t to);

/** Does the citation at buf[at] stand in a record's field of another law
 *  or bill than the record's own: under a key of related_words or of
 *  table_labels.def's SC_COL_RELATED ("Related Bills: H.R. 11 (111th
 *  Congress)", "prior_bill: H.R. 770", "related_law": "Pub. L. 110-181"),
 *  or in a brace, bracket or YAML list under such a key
 *  ("vetoed_predecessors": [{"bill": "H.R. 770"}])?  Returns where the
 *  value of the citation's own field begins (past the key's mark, blanks,
 *  quotes and brackets), for the caller to ask whether a citation opens
 *  it (a field's value, not a sentence: "Related reading: the ADA, ...");
 *  0 when it is no such field.  Reads buf[lo..at) only, the citation's
 *  line and the six above it at most. */
size_t sc_ctx_field_related(const uint8_t *buf, size_t lo, size_t at);

/** Does the period at buf[i] end a field of one law's record on one line,
 *  its fields ending in periods as a bibliography writes them ("X Act of
 *  1990. S. 933. Pub. L. 101-336. July 26, 1990. 104 Stat. 327.")?  The
 *  period after a number, a bracket or "Act"; the line short, two such
 *  periods in it, one law's mark at most, no lower-case word but a name's
 *  or a citation's small words. */
int sc_ctx_period_record(const uint8_t *buf, size_t len, size_t i);

/** The Congress a table's cell under a Congress label states, its text
 *  b[so..eo) alone: "103rd", "103d", "Ninety-second", "One Hundred Seventh
 *  Congress", "113th Cong."; 0 when it is none. */
int sc_ctx_congress_cell(const uint8_t *b, size_t so, size_t eo);

/** Where a search of the Congress rule (context.congress) in b[p..hi) may
 *  begin and find the match a search from p finds, or SIZE_MAX when none
 *  has one: with @p builtin (the built-in grammar, whose matches' shapes
 *  this knows) after the prose before the first "Congress" or "Cong." a
 *  match may end with; else at the run of letters, digits and blanks
 *  before the first "Cong". */
size_t sc_ctx_congress_from(const uint8_t *b, size_t p, size_t hi, int builtin);

#endif
