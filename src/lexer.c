/*
 * lexer.c -- trigger scan and tokenizer (see lexer.h).
 *
 * sc_lex_find() is the only code that looks at every byte of the input.  It
 * skips bytes that cannot start a citation with one table load each, and
 * looks closer only at a word start whose first bytes fit a trigger: so text
 * without citations costs a few instructions per byte.  What the trigger
 * really is, is decided by the PCRE2 rules (rules.c), not here.
 */
#include "lexer.h"

#include <string.h>

#include "ctype.h"

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

/* Bytes that may start a trigger word: P(ublic) H(.R.) S(.|enate|ection)
 * s(ection) T/t(itle), a section sign, and digits (a title or volume). */
static const uint8_t first_byte[256] = {
    ['P'] = 1, ['H'] = 1, ['S'] = 1, ['s'] = 1, ['T'] = 1, ['t'] = 1,
    [0xc2] = 1, [0xa7] = 1, ['&'] = 1, /* section sign: UTF-8, Latin-1, &sect; */
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* Length of a space at p (ASCII or one of the multi-byte spaces), or 0. */
static size_t space_len(const uint8_t *p, size_t n)
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
        static const char *const ent[] = { "&nbsp;", "&#160;", "&#xa0;", "&#xA0;",
                                           "&thinsp;", "&ensp;", "&emsp;", "&shy;" };
        for (size_t i = 0; i < sizeof ent / sizeof ent[0]; i++) {
            size_t l = strlen(ent[i]);
            if (n >= l && memcmp(p, ent[i], l) == 0)
                return l;
        }
    }
    return 0;
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
        static const char *const ent[] = { "&ndash;", "&mdash;", "&#8211;", "&#8212;",
                                           "&#x2013;", "&#x2014;" };
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
    if ((l = space_len(p, n)) > 0) {
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

size_t sc_lex_fold(const uint8_t *p, size_t n, char *dst, size_t cap, int how)
{
    size_t o = 0, i = 0;
    int pending_space = 0;
    if (cap == 0)
        return 0;
    while (i < n) {
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

/* What a trigger-looking word start really is; SC_TK_NONE when nothing. */
static int classify(const uint8_t *p, size_t i, size_t end, size_t *skip)
{
    uint8_t c = p[i];
    uint8_t c1 = i + 1 < end ? p[i + 1] : 0;
    uint8_t c2 = i + 2 < end ? p[i + 2] : 0;
    *skip = 1;
    switch (c) {
    case 'P':
        if (c1 == 'u' || c1 == 'U' || c1 == '.' || c1 == 'L' || c1 == ' ' ||
            c1 == 'r' || c1 == 'R' || c1 == 'v' || c1 == 'V')
            return SC_TK_LAW;
        return SC_TK_NONE;
    case 'H':
        if (c1 == '.' || c1 == ' ' || c1 == 'R' || c1 == 'J' || c1 == 'C' ||
            c1 == 'o' || c1 == 'O' || c1 == 0xc2)
            return SC_TK_BILL;
        return SC_TK_NONE;
    case 'S':
        if (i >= 2 && p[i - 1] == '.' && sc_isalpha(p[i - 2]))
            return SC_TK_NONE; /* the S of "U.S." */
        if (c1 == 'e' || c1 == 'E') {
            if (c2 == 'c' || c2 == 'C')
                return SC_TK_SECTION;
            if (c2 == 'n' || c2 == 'N')
                return SC_TK_BILL;
            return SC_TK_NONE;
        }
        if (c1 == '.' || c1 == ' ' || c1 == 'J' || c1 == 'C' || c1 == 'R' || c1 == 0xc2)
            return SC_TK_BILL;
        return SC_TK_NONE;
    case 's':
        return (c1 == 'e' && c2 == 'c') ? SC_TK_SECTION : SC_TK_NONE;
    case 0xc2:
        return c1 == 0xa7 ? SC_TK_SECTION : SC_TK_NONE;
    case 0xa7: /* Latin-1 section sign, unless it ends a UTF-8 one */
        return i > 0 && p[i - 1] == 0xc2 ? SC_TK_NONE : SC_TK_SECTION;
    case '&':
        return (c1 == 's' || c1 == '#') && sect_len(p + i, end - i) ? SC_TK_SECTION : SC_TK_NONE;
    case 'T':
    case 't':
        return ((c1 == 'i' || c1 == 'I') && (c2 == 't' || c2 == 'T')) ? SC_TK_TITLE
                                                                      : SC_TK_NONE;
    default: {
        /* A number: a candidate only when U(.S.C.) or St(at.) follows. */
        size_t j = i;
        while (j < end && sc_isdigit(p[j]) && j - i < 6)
            j++;
        *skip = j - i;
        if (j - i > 4)
            return SC_TK_NONE;
        if (j < end && sc_isupper(p[j]) && (j + 1 >= end || !sc_isalpha(p[j + 1])))
            j++; /* 68A Stat. */
        for (int spaces = 0; j < end && spaces < 4; spaces++) {
            size_t l = space_len(p + j, end - j);
            if (l == 0)
                break;
            j += l;
        }
        if (j >= end)
            return SC_TK_NONE;
        if (p[j] == 'U' || p[j] == 'u')
            return SC_TK_NUMBER;
        if (p[j] == 'S' && j + 1 < end && (p[j + 1] == 't' || p[j + 1] == 'T'))
            return SC_TK_NUMBER;
        if (p[j] == 'A' && j + 1 < end && p[j + 1] == 'p')
            return SC_TK_NUMBER; /* 50 App. U.S.C. */
        return SC_TK_NONE;
    }
    }
}

size_t sc_lex_find(const uint8_t *p, size_t pos, size_t end, int *kind)
{
    size_t i = pos;
    while (i < end) {
        while (i < end && !first_byte[p[i]])
            i++;
        if (i >= end)
            break;
        if (i > 0 && sc_isalnum(p[i - 1])) {
            /* Inside a word or number: skip the rest of it. */
            do
                i++;
            while (i < end && sc_isalnum(p[i]));
            continue;
        }
        size_t skip;
        int k = classify(p, i, end, &skip);
        if (k != SC_TK_NONE) {
            *kind = k;
            return i;
        }
        i += skip;
    }
    *kind = SC_TK_NONE;
    return end;
}
