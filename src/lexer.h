/*
 * lexer.h -- the hand-written part of statcite: the trigger scan that finds
 * where a citation may start (the hot path over every byte), and the
 * tokenizer that folds the many written forms of a space, dash or section
 * sign to one form.  Pure functions over byte pointers; no allocation.
 */
#ifndef SC_LEXER_H
#define SC_LEXER_H

#include <stddef.h>
#include <stdint.h>

/* Trigger kinds: which rules to try at a position.  Enum and names side by
 * side; the names are what grammar/NN-name.rules writes after "trigger". */
#define SC_TRIGGERS(X)                                                   \
    X(SC_TK_NONE,    "none")    /* rule used only as a list continuation */ \
    X(SC_TK_LAW,     "law")     /* Public Law, Pub. L., P.L., Private Law */ \
    X(SC_TK_BILL,    "bill")    /* H.R., S., House ..., Senate ...        */ \
    X(SC_TK_NUMBER,  "number")  /* a title number before the Code's name  */ \
    X(SC_TK_VOLUME,  "volume")  /* a volume number before Stat.          */ \
    X(SC_TK_SECTION, "section") /* section(s) N of title T; Id. § N, Id.  */ \
    X(SC_TK_TITLE,   "title")   /* title T, United States Code, section N */ \
    X(SC_TK_BOOK,    "book")    /* the Statutes at Large written out:     */ \
                                /* "volume 54 of the Statutes at Large"   */ \
    X(SC_TK_LABEL,   "label")   /* a table's column label: "Volume" (no   */ \
                                /* rules; scan.c opens the table there)   */

#define SC_TK_ENUM(e, s) e,
typedef enum sc_trigger { SC_TRIGGERS(SC_TK_ENUM) SC_TK_COUNT } sc_trigger;
#undef SC_TK_ENUM

/** Trigger names, indexed by sc_trigger. */
extern const char *const sc_trigger_names[SC_TK_COUNT];

/** Returns the trigger named @p name, or -1. */
int sc_trigger_from_name(const char *name);

/**
 * Finds the first citation start at or after @p pos in p[0..end): the first
 * trigger word of src/triggers.def at a word start (or the number before it,
 * for a number trigger).  Bytes
 * before pos must be readable (they decide the word boundary, and a number
 * before a "U.S.C." may start before the trigger word).  Returns the start
 * and stores the trigger kind in *kind, or returns end when there is none.
 * This is the per-byte hot path.
 */
size_t sc_lex_find(const uint8_t *p, size_t pos, size_t end, int *kind);

/** What sc_lex_find_hit() found: the kind, which word of triggers.def
 *  (an index for sc_lex_word()) and where that word stands (the citation
 *  may start before it: at a number, or at an "Id." before a section sign). */
typedef struct sc_trigger_hit {
    int kind;       /* sc_trigger; SC_TK_NONE when nothing was found      */
    int word;       /* index of the trigger word                          */
    size_t word_at; /* where the word starts                              */
    size_t len;     /* the word's length                                  */
    size_t skip;    /* where nothing starts at the word, the scan may     *
                     * resume at word_at + skip: no trigger, nor the      *
                     * number or "Id." a citation may start at, can begin *
                     * inside the word before that (1 <= skip <= len)     */
} sc_trigger_hit;

/** sc_lex_find(), telling also which word was found, and where. */
size_t sc_lex_find_hit(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h);

/** Where "Act" (or "Amendments of ", a name of amendments without
 *  "Act") begins at a word start (k 0 or p[k - 1] no letter or digit,
 *  p[k + 2] before end) in p[from..upto), upto no further than where
 *  sc_lex_find_acts() returned: every one, in order. */
#define SC_LEX_ACTS 32
typedef struct sc_lex_acts {
    size_t from, upto;
    int n;
    size_t at[SC_LEX_ACTS];
} sc_lex_acts;

/** sc_lex_find_hit(), noting in @p a besides each "Act" at a word start it
 *  passes on its way (the checker's search for Acts named alone reads
 *  them there, not the bytes again).  a->from is @p pos; a->upto SIZE_MAX
 *  (the list holds them up to the start returned), or the first left out
 *  when the list is full, or pos when the scan in use notes none (only
 *  the AVX2 one does). */
size_t sc_lex_find_acts(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h,
                        sc_lex_acts *a);

/** The number of trigger words (triggers.def). */
int sc_lex_word_count(void);

/** Trigger word @p i: returns its text (NULL when i is out of range) and
 *  stores its length, its kind, and in *at_word whether a citation it
 *  triggers starts at the word itself (0 for a number trigger, whose
 *  citation starts at the number before the word). */
const char *sc_lex_word(int i, size_t *len, int *kind, int *at_word);

/** Names the trigger-scan implementation in use: "avx2", "ssse3" or
 *  "scalar" (STATCITE_SCAN=scalar|ssse3 in the environment forces one;
 *  "sse2", its old name, is "ssse3"). */
const char *sc_lex_impl(void);

/** Token kinds of sc_lex_token(). */
typedef enum sc_tok {
    SC_TOK_END = 0, /* n == 0                                             */
    SC_TOK_SPACE,   /* any space: ASCII, NBSP, U+2000-200F, U+202F, soft  *
                     * hyphen, zero-width, BOM, &nbsp; and kin            */
    SC_TOK_DASH,    /* - and U+2010-2015, U+2212, cp1252 0x96/0x97, &ndash; */
    SC_TOK_SECT,    /* section sign: UTF-8, Latin-1, &sect; &#167;         */
    SC_TOK_DIGITS,  /* a run of 0-9                                       */
    SC_TOK_WORD,    /* a run of ASCII letters                             */
    SC_TOK_OTHER    /* any other byte (one byte)                          */
} sc_tok;

/** Returns the length of the token at p[0..n) and its kind in *kind. */
size_t sc_lex_token(const uint8_t *p, size_t n, int *kind);

/** The length of the space at p[0..n): ASCII white space (line ends
 *  too), a no-break space (UTF-8 or Latin-1), U+2000-200F, U+202F (the
 *  Code's narrow space in "§ 2"), U+205F, U+2060, U+3000, U+FEFF, a soft
 *  hyphen, or an HTML entity for one ("&nbsp;", "&thinsp;"); 0 when none
 *  begins there.  The grammar's {SP} takes the same. */
size_t sc_space_len(const uint8_t *p, size_t n);

/** The length of a space (as sc_space_len() reads it) that ends right
 *  before b[i] and begins at @p from or after, or 0. */
size_t sc_space_before(const uint8_t *b, size_t from, size_t i);

/* How sc_lex_fold() treats spaces. */
#define SC_FOLD_DROP_SPACE 0 /* remove every space                        */
#define SC_FOLD_ONE_SPACE  1 /* each run of spaces becomes one ' '        */

/**
 * Copies p[0..n) to dst (capacity cap, always NUL-terminated) with every
 * dash folded to '-', every section sign to the UTF-8 "\xc2\xa7", and spaces
 * dropped or collapsed per @p how; leading and trailing spaces are dropped.
 * Returns the length written (truncated to cap - 1).
 */
size_t sc_lex_fold(const uint8_t *p, size_t n, char *dst, size_t cap, int how);

#endif
