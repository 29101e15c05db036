/*
 * context_prose.c -- sentences that go on telling of the last one's law:
 * "It was signed on ...", "President Reagan signed it", "This bill was
 * Public Law 108-458.", "That law, ...", and the subject a sentence's verb
 * tells of.  context.c asks them where an entry ends (see docs/linking.md).
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
int sc_ctx_signed_back(const uint8_t *buf, size_t len, size_t j)
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
    /* (the law up to 120 bytes past "signed": "... signed it on Nov. 26,
     * 1997, and it became Public Law 105-118") */
    size_t lim2 = k + 120 < len ? k + 120 : len;
    for (size_t q = k; q + 4 < lim2; q++) {
        if (buf[q] == '.' && q + 1 < lim2 && buf[q + 1] == ' ' && q >= 1 && sc_islower(buf[q - 1])) {
            size_t ws = q - 1;
            while (ws > j && sc_isalpha(buf[ws - 1]))
                ws--;
            static const char *const months[] = { "jan", "feb", "mar", "apr", "aug", "sep",
                                                  "sept", "oct", "nov", "dec", NULL };
            if (!sc_word_in(buf, ws, q, months))
                return 0; /* the sentence ended (not at a month's abbreviation: "on Nov. 26") */
        }
        if (buf[q] == 'P' && (memcmp(buf + q, "Pub", 3) == 0 || memcmp(buf + q, "P.L", 3) == 0))
            return 1;
    }
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
    if (we >= len || buf[we] != ' ' || !sc_ctx_word_of(buf, o, we, dets))
        return 0;
    size_t ns = we + 1, ne = ns;
    while (ne < len && ne - ns < 12 && sc_isalpha(buf[ne]))
        ne++;
    return sc_ctx_word_of(buf, ns, ne, nouns) && (ne == len || !sc_isalnum(buf[ne]));
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
    else if (sc_ctx_word_of(buf, j, we, dets) && we < len && buf[we] == ' ') {
        size_t ns = we + 1, ne = ns;
        while (ne < len && sc_isalpha(buf[ne]))
            ne++;
        if (!sc_ctx_word_of(buf, ns, ne, nouns) &&
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
                                          /* a press release's present: "The measure, S.
                                           * 388, becomes Public Law 101-271" */
                                          "becomes",
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
            if (sc_ctx_word_of(buf, i, we, told_words))
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
    if (!sc_ctx_word_of(buf, ws, fe, agents))
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
            if (!sc_ctx_word_of(buf, vs, we, object_verbs))
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

size_t sc_ctx_anaphor(const uint8_t *buf, size_t i, size_t first)
{
#define HEAD(s) { s, sizeof s - 1 }
    static const struct { const char *s; size_t n; } heads[] = {
        HEAD("That law, "), HEAD("This law, "), HEAD("The law, "), HEAD("That Act, "),
        HEAD("Designated "), HEAD("Enacted as "), HEAD("The Act ("), HEAD("The law ("),
        HEAD("The statute ("), HEAD("It's "), HEAD("It\xe2\x80\x99s "),
        /* "... signed S. 1235 into law.  The new law, Public Law 109-233,
         * takes effect immediately." */
        HEAD("The new law, "), HEAD("The new Act, "), HEAD("The new statute, "),
        HEAD("The measure, "), HEAD("The legislation, "), HEAD("The new legislation, ")
    };
    /* or a subject that stands for the law, then a verb that numbers it:
     * "It became ", "The law became ", "The statute was enacted as " */
    static const struct { const char *s; size_t n; } subjects[] = {
        HEAD("It "), HEAD("The law "), HEAD("This law "), HEAD("That law "), HEAD("The Act "),
        HEAD("This Act "), HEAD("That Act "), HEAD("The statute "), HEAD("This statute "),
        HEAD("That statute "), HEAD("The measure "), HEAD("The new law "),
        HEAD("The legislation "), HEAD("The bill ")
    }, verbs[] = {
        /* (a press release's present and future: "The measure becomes
         * Public Law 100-567", "will become") */
        HEAD("became "), HEAD("becomes "), HEAD("will become "), HEAD("is "),
        HEAD("was assigned "), HEAD("was designated "),
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

