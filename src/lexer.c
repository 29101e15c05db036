/*
 * lexer.c -- trigger scan and tokenizer (see lexer.h).
 *
 * sc_lex_find() is the only code that looks at every byte of the input.  The
 * trigger words are data (triggers.def); from them a vector filter is built
 * at start-up (AVX2 or SSSE3, chosen at run time; a table-driven scalar loop
 * elsewhere) that looks at 32 or 16 positions at a time for the first three
 * bytes of a word, and only where that fingerprint fits and a word starts
 * does classify() compare the words themselves.  Numbers are not scanned
 * for: a title or volume number is found by stepping back from the
 * "U.S.C." or "Stat." after it.  So text without citations costs about one
 * instruction per byte, and ordinary words that merely begin like a trigger
 * ("Secretary", "President", "However", "under") are passed over without
 * any rule being tried.  What a trigger really is, the PCRE2 rules decide.
 */
#include "lexer.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define SC_X86 1
#endif

#define SC_TK_NAME(e, s) s,
const char *const sc_trigger_names[SC_TK_COUNT] = { SC_TRIGGERS(SC_TK_NAME) };
#undef SC_TK_NAME

int sc_trigger_from_name(const char *name)
{
    for (int i = 0; i < SC_TK_COUNT; i++)
        if (strcmp(name, sc_trigger_names[i]) == 0)
            return i;
    return -1;
}

/* The HTML entities for a space that the grammar's {SP} takes (web pages
 * are scanned with their entities in place: "110&nbsp;Stat.&nbsp;1936"). */
static const char *const space_ents[] = { "&nbsp;", "&#160;", "&#xa0;", "&#xA0;",
                                          "&thinsp;", "&ensp;", "&emsp;" };

size_t sc_space_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    uint8_t c = p[0];
    if (sc_isspace(c))
        return 1;
    if (c == 0xa0 || c == 0xad) /* Latin-1 / cp1252 NBSP, soft hyphen */
        return 1;
    if (c == 0xc2 && n >= 2 && (p[1] == 0xa0 || p[1] == 0xad))
        return 2;
    if (c == 0xe2 && n >= 3) {
        if (p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8f) || p[2] == 0xaf))
            return 3; /* U+2000-200F, U+202F */
        if (p[1] == 0x81 && (p[2] == 0x9f || p[2] == 0xa0))
            return 3; /* U+205F, U+2060 */
    }
    if (c == 0xe3 && n >= 3 && p[1] == 0x80 && p[2] == 0x80)
        return 3; /* U+3000 */
    if (c == 0xef && n >= 3 && p[1] == 0xbb && p[2] == 0xbf)
        return 3; /* U+FEFF */
    if (c == '&' && n >= 5) {
        for (size_t i = 0; i < sizeof space_ents / sizeof space_ents[0]; i++) {
            size_t l = strlen(space_ents[i]);
            if (n >= l && memcmp(p, space_ents[i], l) == 0)
                return l;
        }
        if (n >= 5 && memcmp(p, "&shy;", 5) == 0)
            return 5;
    }
    return 0;
}

size_t sc_space_before(const uint8_t *b, size_t from, size_t i)
{
    if (i <= from)
        return 0;
    uint8_t c = b[i - 1];
    if (c < 0x80 && c != ';')
        return sc_isspace(c) ? 1 : 0;
    /* a multi-byte space or an entity ends here: try each start it may
     * have, the longest first ("&thinsp;", 8 bytes back); a lone byte
     * (Latin-1's NBSP) only when no UTF-8 sequence holds it ("\xe2\x80\xa0",
     * a dagger, is none) */
    for (size_t k = i - from < 8 ? i - from : 8; k >= 2; k--)
        if (sc_space_len(b + i - k, k) == k)
            return k;
    if (i - 1 > from && b[i - 2] >= 0x80)
        return 0;
    return sc_space_len(b + i - 1, 1);
}

static size_t dash_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (p[0] == '-' || p[0] == 0x96 || p[0] == 0x97)
        return 1;
    if (p[0] == 0xe2 && n >= 3) {
        if (p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x95)
            return 3;
        if (p[1] == 0x88 && p[2] == 0x92)
            return 3;
    }
    if (p[0] == '&' && n >= 7) {
        /* the grammar's {DASH} entities (grammar/00-macros.rules), the same list */
        static const char *const ent[] = { "&ndash;", "&mdash;", "&hyphen;", "&#8208;",
                                           "&#8209;", "&#8211;", "&#8212;", "&#x2010;",
                                           "&#x2011;", "&#x2013;", "&#x2014;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
}

static size_t sect_len(const uint8_t *p, size_t n)
{
    if (n == 0)
        return 0;
    if (p[0] == 0xa7)
        return 1;
    if (p[0] == 0xc2 && n >= 2 && p[1] == 0xa7)
        return 2;
    if (p[0] == '&' && n >= 6) {
        static const char *const ent[] = { "&sect;", "&#167;", "&#xa7;", "&#xA7;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
}

size_t sc_lex_token(const uint8_t *p, size_t n, int *kind)
{
    size_t l;
    if (n == 0) {
        *kind = SC_TOK_END;
        return 0;
    }
    if (sc_isdigit(p[0])) {
        for (l = 1; l < n && sc_isdigit(p[l]); l++)
            ;
        *kind = SC_TOK_DIGITS;
        return l;
    }
    if (sc_isalpha(p[0])) {
        for (l = 1; l < n && sc_isalpha(p[l]); l++)
            ;
        *kind = SC_TOK_WORD;
        return l;
    }
    if ((l = sc_space_len(p, n)) > 0) {
        *kind = SC_TOK_SPACE;
        return l;
    }
    if ((l = dash_len(p, n)) > 0) {
        *kind = SC_TOK_DASH;
        return l;
    }
    if ((l = sect_len(p, n)) > 0) {
        *kind = SC_TOK_SECT;
        return l;
    }
    *kind = SC_TOK_OTHER;
    return 1;
}

/* The bytes that may begin a space, a dash or a section sign (space_len,
 * dash_len, sect_len); every other byte is a token, or part of a run of
 * digits or letters, that sc_lex_fold() copies as it is. */
static const uint8_t fold_special[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1, ['&'] = 1, ['-'] = 1,
    [0x96] = 1, [0x97] = 1, [0xa0] = 1, [0xa7] = 1, [0xad] = 1, [0xc2] = 1, [0xe2] = 1, [0xe3] = 1,
    [0xef] = 1,
};

size_t sc_lex_fold(const uint8_t *p, size_t n, char *dst, size_t cap, int how)
{
    size_t o = 0, i = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    while (i < n) {
        if (!fold_special[p[i]]) { /* copied, a byte at a time (as a token's bytes are) */
            if (pending_space) {
                if (o + 1 >= cap)
                    break;
                dst[o++] = ' ';
                pending_space = 0;
            }
            if (o + 1 >= cap)
                break;
            dst[o++] = (char)p[i++];
            continue;
        }
        int k;
        size_t l = sc_lex_token(p + i, n - i, &k);
        const char *s = (const char *)p + i;
        size_t sl = l;
        if (k == SC_TOK_SPACE) {
            if (how == SC_FOLD_ONE_SPACE && o > 0)
                pending_space = 1;
            i += l;
            continue;
        }
        if (k == SC_TOK_DASH) {
            if (o > 0 && dst[o - 1] == '-' && !pending_space) {
                i += l; /* "--" is one dash */
                continue;
            }
            s = "-";
            sl = 1;
        } else if (k == SC_TOK_SECT) {
            s = "\xc2\xa7";
            sl = 2;
        }
        if (pending_space) {
            if (o + 1 >= cap)
                break;
            dst[o++] = ' ';
            pending_space = 0;
        }
        if (o + sl >= cap) {
            if (k == SC_TOK_DIGITS || k == SC_TOK_WORD || k == SC_TOK_OTHER) {
                memcpy(dst + o, s, cap - 1 - o); /* truncate, never cut a dash or sign */
                o = cap - 1;
            }
            break;
        }
        memcpy(dst + o, s, sl);
        o += sl;
        i += l;
    }
    dst[o] = '\0';
    return o;
}

/*
 * Where the number before a "U.S.C." or "Stat." at p[i] starts ("8 U.S.C.",
 * "68A Stat.", "50 App. U.S.C."), or SC_NO_START when there is none.
 */
#define SC_NO_START ((size_t)-1)
/* The length of the space entity (space_ents) that ends at p[j - 1], or 0. */
static size_t entity_space_before(const uint8_t *p, size_t j)
{
    if (j < 6 || p[j - 1] != ';')
        return 0;
    for (size_t k = 0; k < sizeof space_ents / sizeof space_ents[0]; k++) {
        size_t n = strlen(space_ents[k]);
        if (j >= n && memcmp(p + j - n, space_ents[k], n) == 0)
            return n;
    }
    return 0;
}

static size_t number_before(const uint8_t *p, size_t i)
{
    size_t j = i;
    for (int k = 0; k < 2; k++) {
        /* spaces: ASCII, NBSP (UTF-8 or Latin-1), U+2000-200F and U+202F;
         * up to 64 of them: HTML input has its tags blanked to spaces
         * ("<b>117</b> <i>Stat.</i>"), and their entities */
        size_t ent;
        for (int n = 0; j > 0 && n < 64; n++) {
            if (sc_isspace(p[j - 1]) || p[j - 1] == 0xa0) {
                j -= j >= 2 && p[j - 1] == 0xa0 && p[j - 2] == 0xc2 ? 2 : 1;
            } else if (j >= 3 && p[j - 3] == 0xe2 && p[j - 2] == 0x80 &&
                       ((p[j - 1] >= 0x80 && p[j - 1] <= 0x8f) || p[j - 1] == 0xaf)) {
                j -= 3;
            } else if ((ent = entity_space_before(p, j)) != 0) {
                j -= ent; /* "110&nbsp;Stat." */
            } else {
                break;
            }
        }
        /* "50 App. U.S.C.": step over the App. */
        if (k == 0 && j >= 4 && p[j - 1] == '.' && memcmp(p + j - 4, "App", 3) == 0)
            j -= 4;
        else if (k == 0 && j >= 3 && memcmp(p + j - 3, "App", 3) == 0)
            j -= 3;
        else
            break;
    }
    if (j > 0 && sc_isupper(p[j - 1]) && j > 1 && sc_isdigit(p[j - 2]))
        j--; /* 68A */
    size_t e = j;
    while (j > 0 && sc_isdigit(p[j - 1]) && e - j < 5)
        j--;
    if (j == e || e - j > 4 || (j > 0 && sc_isalnum(p[j - 1])))
        return SC_NO_START;
    return j;
}

/* Does the word at p[i] open a cell of a table's line, after the letters of
 * its label ("stat_volume", "Stat. Vol.")?  The line's start, a '|' or a tab
 * before it (and blanks), or a ',' or a quote right before it (a
 * spreadsheet's "date,volume,page"; prose writes ", volume").  So "in
 * volume 42 of the Statutes at Large" is no label, and its citation's start
 * no trigger passed. */
static int label_cell(const uint8_t *p, size_t i)
{
    size_t k = i, lim = i > 16 ? i - 16 : 0;
    while (k > lim && (sc_isalpha(p[k - 1]) || p[k - 1] == '_' ||
                       (k >= 2 && p[k - 1] == '.' && sc_isalpha(p[k - 2])) ||
                       (k >= 2 && p[k - 1] == ' ' && p[k - 2] == '.')))
        k--;
    if (k == 0)
        return 1;
    if (k == lim)
        return 0;
    uint8_t c = p[k - 1];
    if (c == '\n' || c == '\r' || c == ',' || c == '|' || c == '\t' || c == '"')
        return 1;
    while (k > lim && p[k - 1] == ' ')
        k--;
    return k == 0 || p[k - 1] == '|' || p[k - 1] == '\t' || p[k - 1] == '\n';
}

/* The trigger words (triggers.def), and what the scan needs of them. */
#define SC_TW_NUMBER 1u      /* the citation starts at the number before  */
#define SC_TW_NOT_INITIAL 2u /* not after a letter and '.'                */
#define SC_TW_NOT_C2 4u      /* not after the byte 0xc2                   */
#define SC_TW_ID_BEFORE 8u   /* the citation starts at "Id." / "id. at"    *
                              * right before the word, when there is one   */
#define SC_TW_VOL_BEFORE 16u /* the citation starts at "volume 54 of the " *
                              * or "page 519 of volume 43 of the " before  *
                              * the word, or at the word when its volume   *
                              * follows; else no trigger (vol_before())    */
#define SC_TW_CELL 32u       /* a table's label: the word (after a label's *
                              * letters, "stat_", "Stat. ") opens a cell;  *
                              * else no trigger (label_cell())             */

typedef struct tword {
    const char *w;
    uint8_t len, kind, flags;
} tword;

static const tword words[] = {
#define SC_TRIGGER_WORD(text, kind, flags) { text, sizeof text - 1, kind, flags },
#include "triggers.def"
#undef SC_TRIGGER_WORD
};
#define NWORDS (sizeof words / sizeof words[0])
_Static_assert(NWORDS < 256, "a word's index must fit a byte");

/*
 * Built once from words[]: the words by their first two bytes (in table
 * order), each with its first 8 bytes as a masked 64-bit value, and the
 * vector filter's tables.  The filter is a three-byte "Teddy"
 * fingerprint (after Hyperscan's and ripgrep's literal matchers): each word
 * is in one of 8 buckets; for each of its first three positions two
 * 16-entry tables, indexed by a byte's low and high nibble, give the
 * buckets a byte may be in at that position; a position is a candidate
 * when one bucket bit survives all three (and a word starts there).  A
 * candidate is then checked against the words of its first two bytes, so
 * the filter only has to let every word through (the nibble tables, and
 * words sharing a bucket, let a few other byte strings through too).
 * Buckets: words of one byte, words of two, and the longer words by their
 * first byte (long_buckets: more first bytes than buckets share them,
 * chosen so that the fewest other letters pass).
 *
 * The words of two bytes b0 b1 are a run of ent[], ended by an entry of
 * length 0: those of first byte b0 that are one byte long or go on with
 * b1.  run[row[b0]][b1] is where it begins; ent[0] is the empty run, of
 * every pair no word begins with.  So a candidate is checked with four
 * dependent loads and no search, most of them ending at ent[0].
 */
typedef struct centry {
    uint64_t val, mask;             /* first min(len, 8) bytes; len 0: end */
    uint8_t len, kind, flags, word; /* the word's, and its index            */
} centry;

/* Room for every run: with n words, of which m_r go on past one byte and
 * l_r are one byte long in the row of a first byte r, a row has at most
 * m_r + 1 runs, and its entries (the ends included) are at most
 * 2 m_r + (m_r + 1) l_r + 1; over the rows, with ent[0], at most
 * n^2 + 4n + 1 < (n + 2)^2. */
#define NENTRIES ((NWORDS + 2) * (NWORDS + 2))
_Static_assert(NENTRIES < 65536, "a run's start must fit run[]");

static struct {
    uint8_t row[256];               /* first byte: its row of run[], 0: none */
    uint16_t run[NWORDS + 1][256];  /* row, second byte: its run in ent[]   */
    centry ent[NENTRIES];
    uint8_t lo[3][16], hi[3][16];   /* the filter, by position              */
    uint8_t act_lo[3][16], act_hi[3][16]; /* the same letting "Act" through too */
    uint8_t skip[NWORDS];           /* sc_trigger_hit.skip of each word     */
} T;

/* Appends the run of first byte c and second byte b (b < 0: the words of
 * one byte alone) at ent[k]; returns the entry after its end. */
static size_t run_add(unsigned c, int b, size_t k)
{
    for (size_t i = 0; i < NWORDS; i++) {
        const tword *w = &words[i];
        if ((uint8_t)w->w[0] != c || (w->len > 1 && (b < 0 || (uint8_t)w->w[1] != b)))
            continue;
        centry *e = &T.ent[k++];
        for (size_t j = 0; j < w->len && j < 8; j++) {
            e->val |= (uint64_t)(uint8_t)w->w[j] << (8 * j);
            e->mask |= (uint64_t)0xff << (8 * j);
        }
        e->len = w->len;
        e->kind = w->kind;
        e->flags = w->flags;
        e->word = (uint8_t)i;
    }
    return k + 1; /* ent[k]: zeros, the end */
}

/* The three-byte starts a set of first bytes (bit c of m: byte c) lets
 * through the nibble tables of its bucket beyond the words' own: the
 * tables of each of the three positions hold the lo x hi cross product of
 * the bytes the bucket's words have there, so what passes is every
 * combination of a byte passing position 0, one passing 1 and one passing
 * 2.  Counted over the bytes prose is made of (letters, digits, blank,
 * '.'), lower-case letters, the most frequent, four times. */
static long false_starts(const uint8_t m[32])
{
    uint16_t lo[3] = { 0 }, hi[3] = { 0 };
    char pre[NWORDS][3];
    int npre = 0;
    for (size_t i = 0; i < NWORDS; i++) {
        const tword *w = &words[i];
        uint8_t c = (uint8_t)w->w[0];
        if (w->len <= 2 || !((m[c >> 3] >> (c & 7)) & 1))
            continue;
        for (int j = 0; j < 3; j++) {
            uint8_t b = (uint8_t)w->w[j];
            lo[j] |= (uint16_t)(1u << (b & 15));
            hi[j] |= (uint16_t)(1u << (b >> 4));
        }
        int dup = 0;
        for (int k = 0; k < npre && !dup; k++)
            dup = memcmp(pre[k], w->w, 3) == 0;
        if (!dup)
            memcpy(pre[npre++], w->w, 3);
    }
    long weight[3] = { 0, 0, 0 };
    for (unsigned c = 0; c < 128; c++) {
        long wt = sc_islower(c) ? 4 : sc_isalnum(c) || c == ' ' || c == '.' ? 1 : 0;
        for (int j = 0; j < 3; j++)
            if (((lo[j] >> (c & 15)) & 1) && ((hi[j] >> (c >> 4)) & 1))
                weight[j] += wt;
    }
    return weight[0] * weight[1] * weight[2] - npre;
}

/* The buckets of the words longer than two bytes (buckets 2..7): one per
 * first byte while there are six or fewer; else the two sets of first
 * bytes whose union adds the fewest false starts (false_starts()) are
 * merged, until six are left.  into[c]: bucket of first byte c. */
static void long_buckets(uint8_t into[256])
{
    uint8_t set[NWORDS][32];
    int n = 0;
    memset(set, 0, sizeof set);
    for (size_t i = 0; i < NWORDS; i++) {
        uint8_t c = (uint8_t)words[i].w[0];
        int k;
        if (words[i].len <= 2)
            continue;
        for (k = 0; k < n; k++)
            if ((set[k][c >> 3] >> (c & 7)) & 1)
                break;
        if (k == n)
            set[n++][c >> 3] |= (uint8_t)(1u << (c & 7));
    }
    while (n > 6) {
        int bi = 0, bj = 1;
        long best = -1;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                uint8_t u[32];
                for (int b = 0; b < 32; b++)
                    u[b] = set[i][b] | set[j][b];
                long cost = false_starts(u) - false_starts(set[i]) - false_starts(set[j]);
                if (best < 0 || cost < best) {
                    best = cost;
                    bi = i;
                    bj = j;
                }
            }
        for (int b = 0; b < 32; b++)
            set[bi][b] |= set[bj][b];
        memmove(set[bj], set[bj + 1], (size_t)(n - bj - 1) * sizeof set[0]);
        n--;
    }
    memset(into, 0, 256);
    for (int k = 0; k < n; k++)
        for (unsigned c = 0; c < 256; c++)
            if ((set[k][c >> 3] >> (c & 7)) & 1)
                into[c] = (uint8_t)(2 + k);
}

/* Could a hit begin at byte j (>= 1) of word w, where the scan resumed
 * past w[0]: a trigger word the bytes of w from j on agree with (as far as
 * both go), not refused by its flags for the byte before; or a digit or an
 * 'I'/'i' at a word start (the number before "U.S.C." or "Stat.", the
 * "Id." before a section sign, where a later word's citation starts)? */
static int hit_may_begin(const tword *w, size_t j)
{
    uint8_t prev = (uint8_t)w->w[j - 1], c = (uint8_t)w->w[j];
    if (sc_isalnum(prev))
        return 0; /* no word start */
    if (sc_isdigit(c) || c == 'I' || c == 'i')
        return 1;
    for (size_t k = 0; k < NWORDS; k++) {
        const tword *v = &words[k];
        size_t m = (size_t)w->len - j < v->len ? (size_t)w->len - j : v->len;
        if (memcmp(w->w + j, v->w, m) != 0 || ((v->flags & SC_TW_NOT_C2) && prev == 0xc2) ||
            ((v->flags & SC_TW_NOT_INITIAL) && j >= 2 && prev == '.' &&
             sc_isalpha((uint8_t)w->w[j - 2])))
            continue;
        return 1;
    }
    return 0;
}

static void tables_build(void)
{
    for (size_t i = 0; i < NWORDS; i++) {
        size_t j = 1;
        while (j < words[i].len && !hit_may_begin(&words[i], j))
            j++;
        T.skip[i] = (uint8_t)j;
    }
    uint8_t bucket_of[256];
    size_t k = 1; /* ent[0]: the empty run */
    unsigned rows = 0;
    for (unsigned c = 0; c < 256; c++) {
        int len1 = 0, any = 0;
        uint8_t second[256] = { 0 };
        for (size_t i = 0; i < NWORDS; i++)
            if ((uint8_t)words[i].w[0] == c) {
                any = 1;
                len1 |= words[i].len == 1;
                if (words[i].len > 1)
                    second[(uint8_t)words[i].w[1]] = 1;
            }
        if (!any)
            continue;
        T.row[c] = (uint8_t)++rows;
        size_t only1 = 0; /* the run of the one-byte words alone */
        for (unsigned b = 0; b < 256; b++) {
            if (second[b]) {
                T.run[rows][b] = (uint16_t)k;
                k = run_add(c, (int)b, k);
            } else if (len1) {
                if (!only1) {
                    only1 = k;
                    k = run_add(c, -1, k);
                }
                T.run[rows][b] = (uint16_t)only1;
            }
        }
    }
    long_buckets(bucket_of);
    for (size_t i = 0; i < NWORDS; i++) {
        const tword *w = &words[i];
        unsigned b = w->len <= 2 ? w->len - 1u : bucket_of[(uint8_t)w->w[0]];
        uint8_t bit = (uint8_t)(1u << b);
        for (size_t j = 0; j < 3; j++) {
            if (j < w->len) {
                uint8_t c = (uint8_t)w->w[j];
                T.lo[j][c & 15] |= bit;
                T.hi[j][c >> 4] |= bit;
            } else {
                for (int x = 0; x < 16; x++) {
                    T.lo[j][x] |= bit;
                    T.hi[j][x] |= bit;
                }
            }
        }
    }
    /* the checker's filter: "Act" in the bucket of the words of 'A' (the
     * bytes it adds let a few other words through: classify() refuses
     * them as it does the filter's other strangers) */
    memcpy(T.act_lo, T.lo, sizeof T.lo);
    memcpy(T.act_hi, T.hi, sizeof T.hi);
    uint8_t abit = (uint8_t)(1u << (bucket_of['A'] ? bucket_of['A'] : 2));
    static const char act_words[2][4] = { "Act", "Ame" }; /* (and "Amendments of") */
    for (size_t j = 0; j < 3; j++)
        for (size_t w = 0; w < 2; w++) {
            uint8_t c = (uint8_t)act_words[w][j];
            T.act_lo[j][c & 15] |= abit;
            T.act_hi[j][c >> 4] |= abit;
        }
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* "Id. § 5", "id. at § 5": where "Id." or "id." (and "at") stands just
 * before the section sign at p[i], the short-form rules start there;
 * otherwise at the sign. */
static size_t id_before(const uint8_t *p, size_t i)
{
    size_t j = i;
    while (j > 0 && p[j - 1] == ' ')
        j--;
    if (j == i || i - j > 3)
        return i;
    if (j >= 3 && memcmp(p + j - 3, " at", 3) == 0) {
        j -= 3;
        while (j > 0 && p[j - 1] == ' ' && i - j < 8)
            j--;
    }
    if (j >= 3 && (p[j - 3] == 'I' || p[j - 3] == 'i') && p[j - 2] == 'd' && p[j - 1] == '.' &&
        (j == 3 || !sc_isalnum(p[j - 4])))
        return j - 3;
    return i;
}

/* Past the word of @p n bytes (ASCII, the first letter either case)
 * ending right before p[j], back to where it begins; else SIZE_MAX. */
static size_t word_back(const uint8_t *p, size_t j, const char *w, size_t n)
{
    if (j < n || (j > n && sc_isalnum(p[j - n - 1])) || (p[j - n] | 0x20) != ((uint8_t)w[0] | 0x20) ||
        memcmp(p + j - n + 1, w + 1, n - 1) != 0)
        return SIZE_MAX;
    return j - n;
}

/* Back from the number ending right before p[j] (one to @p max digits, a
 * capital after them for the volume: "68A"): where it begins, past the
 * blank before it; else SIZE_MAX. */
static size_t number_back(const uint8_t *p, size_t j, int max, int letter)
{
    if (letter && j > 0 && p[j - 1] >= 'A' && p[j - 1] <= 'Z')
        j--;
    size_t d = j;
    while (d > 0 && sc_isdigit(p[d - 1]) && j - d < (size_t)max)
        d--;
    if (d == j || (d > 0 && sc_isalnum(p[d - 1])) || d == 0 || p[d - 1] != ' ')
        return SIZE_MAX;
    return d - 1;
}

/* Does "Statutes at Large" at p[i] go on with its volume: ", vol. 30",
 * " (Vol. 30", ", volume 30"? */
static int vol_after(const uint8_t *p, size_t i, size_t end)
{
    size_t k = i + 17;
    if (k + 6 > end || memcmp(p + i + 11, " Large", 6) != 0)
        return 0;
    if (k < end && (p[k] == ',' || p[k] == ' '))
        k++;
    if (k < end && p[k] == ' ')
        k++;
    if (k < end && p[k] == '(')
        k++;
    if (k + 5 <= end && (p[k] | 0x20) == 'v' && memcmp(p + k + 1, "ol", 2) == 0 &&
        (p[k + 3] == '.' || p[k + 3] == 'u'))
        return 1;
    /* Chicago's "Statutes at Large 104 (1990): 327": the volume, its year
     * in brackets, a colon */
    size_t d = k;
    while (d < end && d - k < 3 && p[d] >= '0' && p[d] <= '9')
        d++;
    if (d == k || d >= end || (p[d] >= '0' && p[d] <= '9'))
        return 0;
    if (d + 8 <= end && p[d] == ' ' && p[d + 1] == '(' && p[d + 6] == ')')
        d += 7;
    if (d < end && p[d] == ' ')
        d++;
    return d < end && p[d] == ':';
}

/* The written-out volume before "Statutes at" at p[i] ("volume 54 of the
 * ", "vol. 54 of the United States ", "page 519 of volume 43 of the ",
 * "Forty-first "):
 * where the citation begins; else i when the volume follows it
 * ("Statutes at Large, vol. 30, p. 1121"), else SC_NO_START (the book
 * named in prose: no trigger). */
/* Is the word ending right before p[j] a volume's number spelled out, a
 * capital first ("Forty-first", "Thirty-seven", "Sixth")?  Where it
 * begins; else SIZE_MAX.  (Its first part is compared: the grammar's
 * stat.written_spelled reads the whole.) */
static size_t spelled_back(const uint8_t *p, size_t j)
{
    static const char *const first[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                         "fourteen", "fifteen", "sixteen", "seventeen",
                                         "eighteen", "nineteen", "twenty", "thirty", "forty",
                                         "fifty", "sixty", "first", "second", "third",
                                         "fourth", "fifth", "sixth", "seventh", "eighth",
                                         "ninth", "tenth", "eleventh", "twelfth",
                                         "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                                         "seventeenth", "eighteenth", "nineteenth",
                                         "twentieth", "thirtieth", "fortieth", "fiftieth",
                                         "sixtieth", NULL };
    size_t s = j;
    while (s > 0 && j - s < 24 && (sc_isalpha(p[s - 1]) || p[s - 1] == '-'))
        s--;
    if (s == j || !sc_isupper(p[s]) || (s > 0 && sc_isalnum(p[s - 1])))
        return SIZE_MAX;
    size_t e = s;
    while (e < j && p[e] != '-')
        e++;
    for (const char *const *w = first; *w; w++) {
        size_t n = strlen(*w);
        if (e - s != n)
            continue;
        size_t q = 0;
        while (q < n && (p[s + q] | 0x20) == (uint8_t)(*w)[q])
            q++;
        if (q == n)
            return s;
    }
    return SIZE_MAX;
}

static __attribute__((noinline, cold)) size_t vol_before(const uint8_t *p, size_t i, size_t end)
{
    size_t j = i, k;
    if (vol_after(p, i, end))
        return i;
    if (j < 5 || p[j - 1] != ' ')
        return SC_NO_START;
    if ((k = spelled_back(p, j - 1)) != SIZE_MAX)
        return k; /* "(Forty-first Statutes at Large, page 437)" */
    j--;
    if ((k = word_back(p, j, "United States", 13)) != SIZE_MAX && k > 0 && p[k - 1] == ' ')
        j = k - 1;
    else if ((k = word_back(p, j, "U.S.", 4)) != SIZE_MAX && k > 0 && p[k - 1] == ' ')
        j = k - 1;
    if ((k = word_back(p, j, "the", 3)) != SIZE_MAX && k > 0 && p[k - 1] == ' ')
        j = k - 1;
    if ((k = word_back(p, j, "of", 2)) == SIZE_MAX || k == 0 || p[k - 1] != ' ')
        return SC_NO_START;
    if ((j = number_back(p, k - 1, 3, 1)) == SIZE_MAX)
        return SC_NO_START;
    if ((k = word_back(p, j, "volume", 6)) == SIZE_MAX && (k = word_back(p, j, "vol.", 4)) == SIZE_MAX)
        return SC_NO_START;
    /* "page 519 of " before it */
    size_t v = k;
    if (v > 4 && p[v - 1] == ' ' && (j = word_back(p, v - 1, "of", 2)) != SIZE_MAX && j > 0 &&
        p[j - 1] == ' ' && (j = number_back(p, j - 1, 5, 0)) != SIZE_MAX &&
        (j = word_back(p, j, "page", 4)) != SIZE_MAX)
        return j;
    return v;
}

/* Do the bytes at p go on as word w does past its first 8?  (A byte loop,
 * not memcmp: no call in the scan loop, whose vector registers a call
 * would make the compiler save.) */
static inline int same_tail(const uint8_t *p, const tword *w)
{
    for (size_t j = 8; j < w->len; j++)
        if (p[j] != (uint8_t)w->w[j])
            return 0;
    return 1;
}

/* What starts at the word start p[i]: the kind of the first word of the
 * table there, or SC_TK_NONE.  *start is where the citation would begin
 * (before p[i] for a number trigger). */
static inline __attribute__((always_inline)) int classify(const uint8_t *p, size_t i, size_t end,
                                                          size_t *start, int *word)
{
    /* the words of these two bytes (past the end, 0: a byte no word of
     * two bytes or more can match there) */
    const centry *w = T.ent + T.run[T.row[p[i]]][i + 1 < end ? p[i + 1] : 0];
    *start = i;
    if (w->len == 0)
        return SC_TK_NONE;
    uint64_t v = 0;
    if (end - i >= 8)
        memcpy(&v, p + i, 8);
    else /* (a byte loop, not a call: see same_tail) */
        for (size_t j = 0; j < end - i; j++)
            v |= (uint64_t)p[i + j] << (8 * j);
    for (; w->len; w++) {
        if (end - i < w->len || (v & w->mask) != w->val ||
            (w->len > 8 && !same_tail(p + i, &words[w->word])))
            continue;
        if ((w->flags & SC_TW_NOT_INITIAL) && i >= 2 && p[i - 1] == '.' && sc_isalpha(p[i - 2]))
            continue; /* the S of "U.S." */
        if ((w->flags & SC_TW_NOT_C2) && i > 0 && p[i - 1] == 0xc2)
            continue;
        if ((w->flags & SC_TW_CELL) && !label_cell(p, i))
            continue;
        if (w->flags & SC_TW_NUMBER) {
            size_t j = number_before(p, i);
            if (j == SC_NO_START)
                continue;
            *start = j;
        }
        if (w->flags & SC_TW_ID_BEFORE)
            *start = id_before(p, i);
        if (__builtin_expect((w->flags & SC_TW_VOL_BEFORE) != 0, 0)) {
            size_t j = vol_before(p, i, end);
            if (j == SC_NO_START)
                continue;
            *start = j;
        }
        *word = w->word;
        return w->kind;
    }
    return SC_TK_NONE;
}

/* Is p[k] (k >= pos) a trigger whose citation starts at or after pos? */
static inline int check_at(const uint8_t *p, size_t k, size_t pos, size_t end, size_t *start,
                           sc_trigger_hit *h)
{
    int kind = classify(p, k, end, start, &h->word);
    if (kind == SC_TK_NONE || *start < pos)
        return SC_TK_NONE;
    h->word_at = k;
    h->len = words[h->word].len;
    h->skip = T.skip[h->word];
    return kind;
}

/* check_at(), not inlined: the scalar loop below, with classify() inside
 * it, is about a quarter slower. */
static __attribute__((noinline)) int check_at_call(const uint8_t *p, size_t k, size_t pos,
                                                   size_t end, size_t *start, sc_trigger_hit *h)
{
    return check_at(p, k, pos, end, start, h);
}

/* Notes in @p a (NULL: no list) the "Act" that may begin at the word
 * start p[k], no trigger; past the list's room, where the list ends. */
static inline __attribute__((always_inline)) void note_act(const uint8_t *p, size_t k,
                                                           size_t end, sc_lex_acts *a)
{
    if (a && p[k] == 'A' && k + 3 <= end &&
        ((p[k + 1] == 'c' && p[k + 2] == 't') ||
         /* (a name of amendments without "Act": "Education Amendments of 1972") */
         (p[k + 1] == 'm' && k + 14 <= end && memcmp(p + k + 2, "endments of ", 12) == 0))) {
        if (a->n < SC_LEX_ACTS)
            a->at[a->n++] = k;
        else if (a->upto > k)
            a->upto = k;
    }
}

/* Scalar, from p[i] on: every byte that starts a word at a word start is
 * checked (a citation must still start at or after pos); the "Act"s passed
 * noted in @p a, when not NULL (note_act). */
static inline __attribute__((always_inline)) size_t find_tail_acts(const uint8_t *p, size_t pos,
                                                                   size_t i, size_t end,
                                                                   sc_trigger_hit *h,
                                                                   sc_lex_acts *a)
{
    for (; i < end; i++) {
        size_t st;
        if (T.row[p[i]] && (i == 0 || !sc_isalnum(p[i - 1]))) {
            if ((h->kind = check_at_call(p, i, pos, end, &st, h)) != SC_TK_NONE)
                return st;
            note_act(p, i, end, a);
        }
    }
    h->kind = SC_TK_NONE;
    return end;
}

static size_t find_tail(const uint8_t *p, size_t pos, size_t i, size_t end, sc_trigger_hit *h)
{
    return find_tail_acts(p, pos, i, end, h, NULL);
}

static size_t find_scalar(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h)
{
    return find_tail(p, pos, pos, end, h);
}

#ifdef SC_X86
/* The word-start test as two nibble lookups: a byte is a letter or a digit
 * (sc_isalnum) when its low nibble's entry and its high nibble's share a
 * bit -- 1: 0x30-0x39; 2: 0x41-0x4f and 0x61-0x6f; 4: 0x50-0x5a and
 * 0x70-0x7a. */
static const uint8_t alnum_lo[16] = { 1 | 4, 1 | 2 | 4, 1 | 2 | 4, 1 | 2 | 4, 1 | 2 | 4, 1 | 2 | 4,
                                      1 | 2 | 4, 1 | 2 | 4, 1 | 2 | 4, 1 | 2 | 4, 2 | 4, 2, 2, 2, 2, 2 };
static const uint8_t alnum_hi[16] = { 0, 0, 0, 1, 2, 4, 2, 4, 0, 0, 0, 0, 0, 0, 0, 0 };

/* SSSE3, 16 bytes a step: the three-byte filter and the word-start test
 * (on every block, without a branch, as below), then the word check. */
__attribute__((target("ssse3"))) static size_t find_ssse3(const uint8_t *p, size_t pos,
                                                          size_t end, sc_trigger_hit *h)
{
    size_t i = pos;
    if (i == 0) {
        size_t st;
        if (end > 0 && T.row[p[0]] && (h->kind = check_at(p, 0, pos, end, &st, h)) != SC_TK_NONE)
            return st;
        i = 1;
    }
    const __m128i nib = _mm_set1_epi8(0x0f), zero = _mm_setzero_si128(),
                  L0 = _mm_loadu_si128((const __m128i *)T.lo[0]),
                  H0 = _mm_loadu_si128((const __m128i *)T.hi[0]),
                  L1 = _mm_loadu_si128((const __m128i *)T.lo[1]),
                  H1 = _mm_loadu_si128((const __m128i *)T.hi[1]),
                  L2 = _mm_loadu_si128((const __m128i *)T.lo[2]),
                  H2 = _mm_loadu_si128((const __m128i *)T.hi[2]),
                  LA = _mm_loadu_si128((const __m128i *)alnum_lo),
                  HA = _mm_loadu_si128((const __m128i *)alnum_hi);
    while (i + 18 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(p + i + 1));
        __m128i z = _mm_loadu_si128((const __m128i *)(p + i + 2));
        __m128i prev = _mm_loadu_si128((const __m128i *)(p + i - 1));
        __m128i a = _mm_and_si128(_mm_shuffle_epi8(L0, _mm_and_si128(x, nib)),
                                  _mm_shuffle_epi8(H0, _mm_and_si128(_mm_srli_epi16(x, 4), nib)));
        __m128i b = _mm_and_si128(_mm_shuffle_epi8(L1, _mm_and_si128(y, nib)),
                                  _mm_shuffle_epi8(H1, _mm_and_si128(_mm_srli_epi16(y, 4), nib)));
        __m128i c = _mm_and_si128(_mm_shuffle_epi8(L2, _mm_and_si128(z, nib)),
                                  _mm_shuffle_epi8(H2, _mm_and_si128(_mm_srli_epi16(z, 4), nib)));
        __m128i alnum = _mm_and_si128(
            _mm_shuffle_epi8(LA, _mm_and_si128(prev, nib)),
            _mm_shuffle_epi8(HA, _mm_and_si128(_mm_srli_epi16(prev, 4), nib)));
        unsigned cand = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(
            _mm_cmpeq_epi8(_mm_and_si128(_mm_and_si128(a, b), c), zero), _mm_cmpeq_epi8(alnum, zero)));
        if (cand) {
            while (cand) {
                size_t k = i + (size_t)__builtin_ctz(cand), st;
                if ((h->kind = check_at(p, k, pos, end, &st, h)) != SC_TK_NONE)
                    return st;
                cand &= cand - 1;
            }
        }
        i += 16;
    }
    return find_tail(p, pos, i, end, h);
}

/* AVX2, 32 bytes a step: the same. */
__attribute__((target("avx2"))) static size_t find_avx2(const uint8_t *p, size_t pos, size_t end,
                                                        sc_trigger_hit *h)
{
    size_t i = pos;
    if (i == 0) {
        size_t st;
        if (end > 0 && T.row[p[0]] && (h->kind = check_at(p, 0, pos, end, &st, h)) != SC_TK_NONE)
            return st;
        i = 1;
    }
    const __m256i nib = _mm256_set1_epi8(0x0f), zero = _mm256_setzero_si256(),
                  L0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.lo[0])),
                  H0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.hi[0])),
                  L1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.lo[1])),
                  H1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.hi[1])),
                  L2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.lo[2])),
                  H2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)T.hi[2])),
                  LA = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)alnum_lo)),
                  HA = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)alnum_hi));
    while (i + 34 <= end) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i y = _mm256_loadu_si256((const __m256i *)(p + i + 1));
        __m256i z = _mm256_loadu_si256((const __m256i *)(p + i + 2));
        __m256i a = _mm256_and_si256(
            _mm256_shuffle_epi8(L0, _mm256_and_si256(x, nib)),
            _mm256_shuffle_epi8(H0, _mm256_and_si256(_mm256_srli_epi16(x, 4), nib)));
        __m256i b = _mm256_and_si256(
            _mm256_shuffle_epi8(L1, _mm256_and_si256(y, nib)),
            _mm256_shuffle_epi8(H1, _mm256_and_si256(_mm256_srli_epi16(y, 4), nib)));
        __m256i c = _mm256_and_si256(
            _mm256_shuffle_epi8(L2, _mm256_and_si256(z, nib)),
            _mm256_shuffle_epi8(H2, _mm256_and_si256(_mm256_srli_epi16(z, 4), nib)));
        /* the word-start test on every block, without a branch: a branch
         * on the fingerprint alone is taken about half the time (the byte
         * before is no letter or digit: alnum_lo, alnum_hi) */
        __m256i prev = _mm256_loadu_si256((const __m256i *)(p + i - 1));
        __m256i alnum = _mm256_and_si256(
            _mm256_shuffle_epi8(LA, _mm256_and_si256(prev, nib)),
            _mm256_shuffle_epi8(HA, _mm256_and_si256(_mm256_srli_epi16(prev, 4), nib)));
        __m256i abc = _mm256_and_si256(_mm256_and_si256(a, b), c);
        __m256i start = _mm256_andnot_si256(_mm256_cmpeq_epi8(abc, zero),
                                            _mm256_cmpeq_epi8(alnum, zero));
        unsigned cand = (unsigned)_mm256_movemask_epi8(start);
        if (cand) {
            while (cand) {
                size_t k = i + (size_t)__builtin_ctz(cand), st;
                if ((h->kind = check_at(p, k, pos, end, &st, h)) != SC_TK_NONE)
                    return st;
                cand &= cand - 1;
            }
        }
        i += 32;
    }
    return find_tail(p, pos, i, end, h);
}
/* find_avx2() for the checker (sc_lex_find_acts), apart so that the scan
 * without it stays as it was: the filter that lets "Act" through too, each
 * one passed noted in @p acts.  (Its block test repeats find_avx2()'s on
 * purpose: one body for both cost the extraction scan 3.4 M instructions on
 * the bench corpus, the block test as an always-inlined function 2.7 M --
 * registers spilled in find_avx2's loop.) */
__attribute__((target("avx2"))) static size_t find_avx2_acts(const uint8_t *p, size_t pos,
                                                             size_t end, sc_trigger_hit *h,
                                                             sc_lex_acts *acts)
{
    size_t i = pos;
    const uint8_t(*lo)[16] = T.act_lo, (*hi)[16] = T.act_hi;
    acts->from = pos;
    acts->upto = SIZE_MAX;
    acts->n = 0;
    if (i == 0) {
        size_t st;
        if (end > 0 && T.row[p[0]]) {
            if ((h->kind = check_at(p, 0, pos, end, &st, h)) != SC_TK_NONE)
                return st;
            note_act(p, 0, end, acts);
        }
        i = 1;
    }
    const __m256i nib = _mm256_set1_epi8(0x0f), zero = _mm256_setzero_si256(),
                  L0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[0])),
                  H0 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[0])),
                  L1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[1])),
                  H1 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[1])),
                  L2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)lo[2])),
                  H2 = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)hi[2])),
                  LA = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)alnum_lo)),
                  HA = _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)alnum_hi));
    while (i + 34 <= end) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i y = _mm256_loadu_si256((const __m256i *)(p + i + 1));
        __m256i z = _mm256_loadu_si256((const __m256i *)(p + i + 2));
        __m256i a = _mm256_and_si256(
            _mm256_shuffle_epi8(L0, _mm256_and_si256(x, nib)),
            _mm256_shuffle_epi8(H0, _mm256_and_si256(_mm256_srli_epi16(x, 4), nib)));
        __m256i b = _mm256_and_si256(
            _mm256_shuffle_epi8(L1, _mm256_and_si256(y, nib)),
            _mm256_shuffle_epi8(H1, _mm256_and_si256(_mm256_srli_epi16(y, 4), nib)));
        __m256i c = _mm256_and_si256(
            _mm256_shuffle_epi8(L2, _mm256_and_si256(z, nib)),
            _mm256_shuffle_epi8(H2, _mm256_and_si256(_mm256_srli_epi16(z, 4), nib)));
        /* the word-start test on every block, without a branch: a branch
         * on the fingerprint alone is taken about half the time (the byte
         * before is no letter or digit: alnum_lo, alnum_hi) */
        __m256i prev = _mm256_loadu_si256((const __m256i *)(p + i - 1));
        __m256i alnum = _mm256_and_si256(
            _mm256_shuffle_epi8(LA, _mm256_and_si256(prev, nib)),
            _mm256_shuffle_epi8(HA, _mm256_and_si256(_mm256_srli_epi16(prev, 4), nib)));
        __m256i abc = _mm256_and_si256(_mm256_and_si256(a, b), c);
        __m256i start = _mm256_andnot_si256(_mm256_cmpeq_epi8(abc, zero),
                                            _mm256_cmpeq_epi8(alnum, zero));
        unsigned cand = (unsigned)_mm256_movemask_epi8(start);
        if (cand) {
            while (cand) {
                size_t k = i + (size_t)__builtin_ctz(cand), st;
                if ((h->kind = check_at(p, k, pos, end, &st, h)) != SC_TK_NONE)
                    return st;
                note_act(p, k, end, acts);
                cand &= cand - 1;
            }
        }
        i += 32;
    }
    return find_tail_acts(p, pos, i, end, h, acts);
}

#endif

typedef size_t (*find_fn)(const uint8_t *, size_t, size_t, sc_trigger_hit *);

static size_t find_dispatch(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h);
static find_fn find_impl = find_dispatch;

/* Builds the tables and picks the widest vector unit this CPU has, once. */
static size_t find_dispatch(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h)
{
    pthread_once(&tables_once, tables_build);
    find_fn f = find_scalar;
#ifdef SC_X86
    __builtin_cpu_init();
    f = __builtin_cpu_supports("avx2")    ? find_avx2
        : __builtin_cpu_supports("ssse3") ? find_ssse3
                                          : find_scalar;
#endif
    const char *force = getenv("STATCITE_SCAN");
    if (force && strcmp(force, "scalar") == 0)
        f = find_scalar;
#ifdef SC_X86
    else if (force && (strcmp(force, "ssse3") == 0 || strcmp(force, "sse2") == 0) &&
             __builtin_cpu_supports("ssse3"))
        f = find_ssse3;
#endif
    __atomic_store_n(&find_impl, f, __ATOMIC_RELEASE); /* after the tables */
    return f(p, pos, end, h);
}

const char *sc_lex_impl(void)
{
    find_fn f = __atomic_load_n(&find_impl, __ATOMIC_ACQUIRE);
    if (f == find_dispatch) {
        sc_trigger_hit h;
        find_dispatch((const uint8_t *)"", 0, 0, &h);
        f = __atomic_load_n(&find_impl, __ATOMIC_ACQUIRE);
    }
#ifdef SC_X86
    if (f == find_avx2)
        return "avx2";
    if (f == find_ssse3)
        return "ssse3";
#endif
    return "scalar";
}

size_t sc_lex_find_hit(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h)
{
    find_fn f = __atomic_load_n(&find_impl, __ATOMIC_ACQUIRE);
    return f(p, pos, end, h);
}

size_t sc_lex_find_acts(const uint8_t *p, size_t pos, size_t end, sc_trigger_hit *h,
                        sc_lex_acts *a)
{
#ifdef SC_X86
    if (__atomic_load_n(&find_impl, __ATOMIC_ACQUIRE) == find_avx2)
        return find_avx2_acts(p, pos, end, h, a);
#endif
    a->from = a->upto = pos; /* (none noted) */
    a->n = 0;
    return sc_lex_find_hit(p, pos, end, h);
}

size_t sc_lex_find(const uint8_t *p, size_t pos, size_t end, int *kind)
{
    sc_trigger_hit h;
    size_t at = sc_lex_find_hit(p, pos, end, &h);
    *kind = h.kind;
    return at;
}

int sc_lex_word_count(void) { return (int)NWORDS; }

const char *sc_lex_word(int i, size_t *len, int *kind, int *at_word)
{
    if (i < 0 || (size_t)i >= NWORDS)
        return NULL;
    *len = words[i].len;
    *kind = words[i].kind;
    *at_word = !(words[i].flags & SC_TW_NUMBER);
    return words[i].w;
}
