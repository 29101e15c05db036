/*
 * check_util.c -- what every check family shares: the code table
 * (check_codes.def), the one emitter all findings go through (which
 * formats their messages itself for the few conversions they use), the
 * words messages name laws, bills and dates with (formatted by hand), the
 * reading of a volume or page field, and the years a Statutes at Large
 * volume's laws were enacted in.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry_in.h"
#include "normalize.h"
#include "ref_historic.h"

#define X(id, name, family) name,
static const char *const code_names[SC_D_COUNT] = {
#include "check_codes.def"
};
#undef X

const char *sc_code_name(sc_code code) { return code < SC_D_COUNT ? code_names[code] : ""; }

const char *sc_check_code(int i) { return i >= 0 && i < SC_D_COUNT ? code_names[i] : NULL; }

sc_code sc_code_from_name(const char *name)
{
    for (int i = 0; i < SC_D_COUNT; i++)
        if (strcmp(code_names[i], name) == 0)
            return (sc_code)i;
    return SC_D_COUNT;
}

void sc_emit(sc_doc_state *d, sc_citation *c, sc_severity sev, sc_code code, const char *sugg,
             const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sc_vemit(d, c, sev, code, sugg, fmt, ap);
    va_end(ap);
}

/* snprintf(dst, cap, "%s", src) without the format: cut to cap - 1 bytes. */
static void copy_cut(char *dst, size_t cap, const char *src)
{
    size_t n = strnlen(src, cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Appends s[0..n) to out[*k..lim), cut at lim. */
static void put_n(char *out, size_t *k, size_t lim, const char *s, size_t n)
{
    if (n > lim - *k)
        n = lim - *k;
    memcpy(out + *k, s, n);
    *k += n;
}

/*
 * vsnprintf(out, cap, fmt, ap) for the conversions messages use -- %s,
 * %.Ns, %.*s, %d, %ld and %% -- without stdio's machinery (a finding's
 * message cost ~1,700 instructions so): the same bytes, cut to cap - 1.
 * Returns 0, having written nothing that counts, at any other conversion
 * or a null string; the caller then formats with vsnprintf from its own
 * copy of the arguments.
 */
static int fmt_msg(char *out, size_t cap, const char *fmt, va_list ap)
{
    size_t k = 0, lim = cap - 1;
    for (const char *p = fmt;;) {
        const char *pc = strchrnul(p, '%'); /* the words up to the next field, whole */
        put_n(out, &k, lim, p, (size_t)(pc - p));
        if (!*pc)
            break;
        p = pc + 1;
        long prec = -1;
        if (*p == '.') {
            p++;
            if (*p == '*') {
                int x = va_arg(ap, int);
                prec = x < 0 ? -1 : x;
                p++;
            } else if (sc_isdigit((uint8_t)*p)) {
                prec = 0;
                for (; sc_isdigit((uint8_t)*p) && prec < 100000; p++)
                    prec = prec * 10 + (*p - '0');
            } else
                return 0;
            if (*p != 's')
                return 0;
        }
        if (*p == 's') {
            const char *a = va_arg(ap, const char *);
            if (!a)
                return 0;
            size_t room = lim - k;
            put_n(out, &k, lim, a, strnlen(a, prec >= 0 && (size_t)prec < room ? (size_t)prec : room));
        } else if (*p == 'd' || (*p == 'l' && p[1] == 'd')) {
            long v = *p == 'd' ? va_arg(ap, int) : va_arg(ap, long);
            p += *p == 'l';
            char t[24];
            size_t i = sizeof t;
            unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
            do
                t[--i] = (char)('0' + u % 10);
            while ((u /= 10) != 0);
            if (v < 0)
                t[--i] = '-';
            put_n(out, &k, lim, t + i, sizeof t - i);
        } else if (*p == '%')
            put_n(out, &k, lim, "%", 1);
        else
            return 0;
        p++;
    }
    out[k] = '\0';
    return 1;
}

void sc_fmt(char *out, size_t cap, const char *fmt, ...)
{
    if (cap == 0)
        return;
    va_list ap, cp;
    va_start(ap, fmt);
    va_copy(cp, ap);
    if (!fmt_msg(out, cap, fmt, cp))
        vsnprintf(out, cap, fmt, ap);
    va_end(cp);
    va_end(ap);
}

/* The index of @p c's finding of @p code, or -1. */
static int finding_at(const sc_citation *c, sc_code code)
{
    for (int i = 0; code < SC_D_COUNT && i < c->ndiag; i++)
        if (strcmp(c->diag[i].code, code_names[code]) == 0)
            return i;
    return -1;
}

/* A finding is one line: a run of blanks that holds a line end or a tab
 * (a name the text wraps, "Intermodal Surface\n      Transportation ...")
 * becomes one space, in place. */
static void one_line(char *s)
{
    char *w = s;
    for (const char *r = s; *r;) {
        if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
            const char *q = r;
            int ctl = 0;
            while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
                ctl |= *q++ != ' ';
            if (ctl) {
                *w++ = ' ';
                r = q;
                continue;
            }
        }
        *w++ = *r++;
    }
    *w = '\0';
}

/* A finding of a law cited by its Act's name alone (SC_W_BY_NAME) names
 * the Act where its message first names the law: "the X Act of 1992
 * (Public Law 102-563) is dated ..." -- when that fits. */
static void by_name_message(char *msg, size_t cap, const sc_citation *c)
{
    char law[48];
    sc_law_name(c, law, sizeof law);
    char *at = strstr(msg, law);
    const char *nm = c->raw;
    size_t nn = strnlen(nm, sizeof c->raw);
    if (nn >= 3 && (uint8_t)nm[0] == 0xe2 && (uint8_t)nm[1] == 0x80 && (uint8_t)nm[2] == 0x9c) {
        nm += 3; /* (its quotes: the name's words alone) */
        nn -= 3;
        if (nn >= 3 && (uint8_t)nm[nn - 3] == 0xe2 && (uint8_t)nm[nn - 2] == 0x80 &&
            (uint8_t)nm[nn - 1] == 0x9d)
            nn -= 3;
    }
    size_t ll = strlen(law), ml = strlen(msg);
    if (!at || nn == 0 || ml + nn + 7 >= cap)
        return;
    if (nn < sizeof ((sc_diag *)0)->message && at - msg >= (ptrdiff_t)nn &&
        sc_find_text((const uint8_t *)msg, (size_t)(at - msg), nm, nn))
        return; /* (the message names the Act before the law already) */
    char out[sizeof ((sc_diag *)0)->message];
    size_t pre = (size_t)(at - msg);
    int the = !(nn >= 4 && (nm[0] | 0x20) == 't' && memcmp(nm + 1, "he ", 3) == 0) &&
              !sc_name_is_abbrev((const uint8_t *)nm, nn); /* ("HIPAA (Public Law ...)") */
    snprintf(out, sizeof out, "%.*s%s%.*s (%s)%s", (int)pre, msg, the ? "the " : "", (int)nn, nm,
             law, at + ll);
    copy_cut(msg, cap, out);
}

void sc_vemit(sc_doc_state *d, sc_citation *c, sc_severity sev, sc_code code, const char *sugg,
              const char *fmt, va_list ap)
{
    if (code >= SC_D_COUNT || d->disabled[code] || c->ndiag >= SC_MAX_DIAGS ||
        finding_at(c, code) >= 0)
        return; /* (one finding per code and citation) */
    sc_diag *g = &c->diag[c->ndiag++];
    g->severity = sev;
    copy_cut(g->code, sizeof g->code, code_names[code]);
    va_list cp;
    va_copy(cp, ap);
    if (!fmt_msg(g->message, sizeof g->message, fmt, cp))
        vsnprintf(g->message, sizeof g->message, fmt, ap);
    va_end(cp);
    if (c->wording & SC_W_BY_NAME)
        by_name_message(g->message, sizeof g->message, c);
    copy_cut(g->suggestion, sizeof g->suggestion, sugg ? sugg : "");
    if (strpbrk(g->message, "\t\n\r"))
        one_line(g->message);
    if (strpbrk(g->suggestion, "\t\n\r"))
        one_line(g->suggestion);
}

int sc_has_finding_among(const sc_citation *c, sc_code code) { return finding_at(c, code) >= 0; }

int sc_bill_has_finding(const sc_entry *e, sc_code code)
{
    for (int i = 0; i < e->n; i++)
        if (e->c[i].type == SC_BILL && finding_at(&e->c[i], code) >= 0)
            return 1;
    return 0;
}

int sc_points_elsewhere(const sc_entry *e, int li, unsigned facts, unsigned may_oppose)
{
    const sc_evidence *ev = &e->ev[li];
    return ev->law && ev->law != sc_law_row(&e->c[li]) && (ev->by & facts) == facts &&
           !(ev->against & ~may_oppose);
}

int sc_date_fits(int32_t ymd, int32_t enacted)
{
    return ymd % 10000 == 0 ? ymd / 10000 == enacted / 10000
           : ymd % 100 == 0 ? ymd / 100 == enacted / 100
                            : ymd == enacted;
}

int sc_law_date_repeats(const sc_entry *e, int li, unsigned facts, unsigned may_oppose)
{
    int dk = e->date_of[li];
    return dk >= 0 && !e->date[dk].bad && sc_points_elsewhere(e, li, facts, may_oppose) &&
           e->ev[li].law->enacted && sc_date_fits(e->date[dk].ymd, e->ev[li].law->enacted);
}

void sc_unemit(sc_citation *c, sc_code code)
{
    int i = finding_at(c, code);
    if (i < 0)
        return;
    memmove(&c->diag[i], &c->diag[i + 1], (size_t)(c->ndiag - i - 1) * sizeof c->diag[0]);
    c->ndiag--;
}

/* The names and dates below are formatted by hand, not by snprintf (a
 * bill's name is formed for every bill checked): a string, then what each
 * piece appends, then cut as snprintf cuts -- to cap - 1 bytes. */
struct fmt {
    char b[96];
    size_t n;
};

static void fmt_s(struct fmt *f, const char *s)
{
    size_t l = strnlen(s, sizeof f->b - 1 - f->n);
    memcpy(f->b + f->n, s, l);
    f->n += l;
}

/* "%d" of v (room for 12 bytes is kept by every caller's few pieces) */
static void fmt_d(struct fmt *f, int v)
{
    char t[12];
    int k = sizeof t;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do
        t[--k] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        t[--k] = '-';
    size_t l = sizeof t - (size_t)k;
    if (l > sizeof f->b - 1 - f->n)
        l = sizeof f->b - 1 - f->n;
    memcpy(f->b + f->n, t + k, l);
    f->n += l;
}

static void fmt_out(const struct fmt *f, char *out, size_t cap)
{
    if (cap == 0)
        return;
    size_t n = f->n < cap - 1 ? f->n : cap - 1;
    memcpy(out, f->b, n);
    out[n] = '\0';
}

void sc_fmt_date(int32_t ymd, char *out, size_t cap)
{
    static const char *const months[] = { "January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December" };
    struct fmt f = { .n = 0 };
    int m = ymd / 100 % 100;
    if (m < 1 || m > 12) /* a year alone (yyyy0000) */
        fmt_d(&f, ymd / 10000);
    else if (ymd % 100 == 0) { /* a month and year (yyyymm00) */
        fmt_s(&f, months[m - 1]);
        fmt_s(&f, " ");
        fmt_d(&f, ymd / 10000);
    } else {
        fmt_s(&f, months[m - 1]);
        fmt_s(&f, " ");
        fmt_d(&f, ymd % 100);
        fmt_s(&f, ", ");
        fmt_d(&f, ymd / 10000);
    }
    fmt_out(&f, out, cap);
}

void sc_fmt_release(const char *rp, char *out, size_t cap)
{
    /* "115-269not232not254": through Pub. L. 115-269 but for 115-232 and
     * 115-254, not yet in it; "u1": the release point's first update */
    const char *dash = strchr(rp, '-'), *p = dash ? dash + 1 : rp;
    size_t cl = dash ? (size_t)(dash - rp) : 0;
    while (sc_isdigit((uint8_t)*p))
        p++; /* past the law the release point is named after */
    long nots[8];
    int nn = 0;
    while (nn < 8 && strncmp(p, "not", 3) == 0 && sc_isdigit((uint8_t)p[3])) {
        nots[nn] = 0;
        for (p += 3; sc_isdigit((uint8_t)*p) && nots[nn] < 100000; p++)
            nots[nn] = nots[nn] * 10 + (*p - '0');
        nn++;
    }
    const char *upd = p[0] == 'u' && sc_isdigit((uint8_t)p[1]) ? p + 1 : NULL;
    if (cl == 0 || cl > 3 || (!nn && !upd) || (!upd && *p)) {
        snprintf(out, cap, "%s", rp); /* no name of that shape: as it is */
        return;
    }
    struct fmt f = { .n = 0 };
    char one[32];
    snprintf(one, sizeof one, "%.*s", (int)(strspn(dash + 1, "0123456789") + cl + 1), rp);
    fmt_s(&f, one);
    for (int k = 0; k < nn; k++) {
        snprintf(one, sizeof one, "%s %.*s-%ld", k == 0 ? ", but for Pub. L." : k == nn - 1 ? " and" : ",",
                 (int)cl, rp, nots[k]);
        fmt_s(&f, one);
    }
    if (upd) {
        fmt_s(&f, ", update ");
        fmt_s(&f, upd);
    }
    fmt_out(&f, out, cap);
}

void sc_law_name(const sc_citation *c, char *out, size_t cap)
{
    struct fmt f = { .n = 0 };
    fmt_s(&f, c->type == SC_PRIVATE_LAW ? "Private Law " : "Public Law ");
    fmt_d(&f, c->congress);
    fmt_s(&f, "-");
    fmt_d(&f, c->number);
    fmt_out(&f, out, cap);
}

void sc_bill_name(int type, int number, char *out, size_t cap)
{
    struct fmt f = { .n = 0 };
    fmt_s(&f, sc_norm_bill_abbrev((sc_bill_type)type));
    fmt_s(&f, " ");
    fmt_d(&f, number);
    fmt_out(&f, out, cap);
}

int sc_name_is_abbrev(const uint8_t *s, size_t n)
{
    if (n == 0 || !sc_isupper(s[0]) || memchr(s, ' ', n))
        return 0;
    for (size_t k = 0; k < n; k++)
        if (sc_islower(s[k]))
            return 0;
    return 1;
}

int sc_display_title_named(const sc_ref_law *l)
{
    const char *t = l ? sc_ref_law_title(l) : "";
    size_t n = strlen(t);
    if (n < 5 || n > 150)
        return 0;
    static const char *const purpose[] = { "To ", "An Act", "An act", "A bill", "A Bill", "Making ",
                                           "Providing ", "A joint", "Joint resolution", NULL };
    for (const char *const *p = purpose; *p; p++)
        if (strncmp(t, *p, strlen(*p)) == 0)
            return 0;
    /* (not an appropriations law's: a bill's display title may name its
     * first divisions, "Commerce, Justice, Science; ... Appropriations Act,
     * 2026", where the law is cited as a "Consolidated Appropriations Act") */
    if (strstr(t, "Appropriations"))
        return 0;
    /* its last word "Act", after it at most a year: "X Act", "X Act of 2024",
     * "X Act, 2025" */
    const char *end = t + n;
    if (n > 10 && sc_isdigit((uint8_t)end[-1]) && sc_isdigit((uint8_t)end[-4])) {
        if (memcmp(end - 8, " of ", 4) == 0)
            end -= 8;
        else if (memcmp(end - 6, ", ", 2) == 0)
            end -= 6;
    }
    return end - t >= 4 && memcmp(end - 4, " Act", 4) == 0;
}

const char *sc_law_short_title(const sc_ref_law *l)
{
    const char *t = l ? sc_ref_law_title(l) : "";
    if (!t[0] || (l->flags & SC_REF_TITLE_DISPLAY) || strlen(t) > 150)
        return NULL;
    return t;
}

void sc_law_title_paren(const sc_ref_law *l, char *out, size_t cap)
{
    const char *t = sc_law_short_title(l);
    if (!t || strlen(t) > 90) /* inside another sentence: a short one only */
        out[0] = '\0';
    else
        snprintf(out, cap, " (%s)", t);
}

int sc_lawmaking(int type)
{
    return type == SC_BILL_HR || type == SC_BILL_S || type == SC_BILL_HJRES ||
           type == SC_BILL_SJRES;
}

int sc_stat_vol_page(const sc_citation *c, int *v, int *p)
{
    char *end;
    long vol = sc_strtol10(c->volume, &end);
    if (*end || vol <= 0)
        return 0; /* "68A": a lettered volume */
    long page = sc_strtol10(c->pages, &end);
    if (page <= 0 || (*end && *end != '-'))
        return 0;
    *v = (int)vol;
    *p = (int)page;
    return 1;
}

/* The first and last year in which laws printed in volume @p v were
 * enacted, from the tables; 0 when the volume is not on record. */
static int volume_years_of(int v, int *y0, int *y1)
{
    *y0 = 9999;
    *y1 = 0;
    if (v > 64 && v < SC_REF_STAT_VOLUMES) {
        for (uint32_t i = sc_ref_page_first[v]; i < sc_ref_page_first[v + 1]; i++) {
            int y = sc_ref_publaws[sc_ref_page_index[i]].enacted / 10000;
            if (y) {
                *y0 = y < *y0 ? y : *y0;
                *y1 = y > *y1 ? y : *y1;
            }
        }
        return *y1 > 0 && sc_ref_page_first[v + 1] - sc_ref_page_first[v] >= 10;
    }
    int c0, c1;
    if (v <= 0 || v >= SC_HIST_VOLUMES || !sc_hist_volume_congresses(v, &c0, &c1))
        return 0; /* not on record, or a volume of treaties */
    for (uint32_t i = sc_hist_page_first[v]; i < sc_hist_page_first[v + 1]; i++) {
        int y = sc_hist_laws[sc_hist_page_index[i]].date / 10000;
        if (y) {
            *y0 = y < *y0 ? y : *y0;
            *y1 = y > *y1 ? y : *y1;
        }
    }
    return *y1 > 0;
}

int sc_text_has_any(const uint8_t *b, size_t lo, size_t hi, const char *const *list)
{
    for (const char *const *w = list; *w && hi > lo; w++)
        if (sc_find_text(b + lo, hi - lo, *w, strlen(*w)))
            return 1;
    return 0;
}

const char *const sc_signals[] = { "See also ", "See, e.g., ", "See generally ", "See ",
                                   "But see, e.g., ", "But see ", "But cf. ", "Cf., e.g., ",
                                   "Cf. ", "Compare ", "Accord ", "Contra ", "E.g., ", NULL };

/* sc_stat_volume_years(): volume_years_of(), found once per volume (a walk of its every law, in
 * rows far apart) and kept, packed in one word stored atomically (every
 * thread finds the same): bit 31 found, bit 30 the answer, then the years
 * (9999 and 0 when none) in 14 bits each. */
int sc_stat_volume_years(int v, int *y0, int *y1)
{
    static uint32_t known[SC_REF_STAT_VOLUMES > SC_HIST_VOLUMES ? SC_REF_STAT_VOLUMES
                                                                : SC_HIST_VOLUMES];
    if (v < 0 || v >= (int)(sizeof known / sizeof known[0]))
        return volume_years_of(v, y0, y1);
    uint32_t k = __atomic_load_n(&known[v], __ATOMIC_RELAXED);
    if (!k) {
        int ok = volume_years_of(v, y0, y1);
        if (*y0 < 0 || *y0 > 0x3fff || *y1 < 0 || *y1 > 0x3fff)
            return ok; /* (a year that does not fit: not kept) */
        k = 1u << 31 | (uint32_t)(ok != 0) << 30 | (uint32_t)*y0 << 14 | (uint32_t)*y1;
        __atomic_store_n(&known[v], k, __ATOMIC_RELAXED);
        return ok;
    }
    *y0 = (int)(k >> 14 & 0x3fff);
    *y1 = (int)(k & 0x3fff);
    return (k >> 30 & 1) != 0;
}

size_t sc_phrase_before(const uint8_t *b, size_t lo, size_t i, const char *const *list)
{
    for (const char *const *p = list; *p; p++) {
        size_t n = strlen(*p);
        if (i >= lo + n && memcmp(b + i - n, *p, n) == 0)
            return n;
    }
    return 0;
}

int sc_field_opens(const uint8_t *b, size_t lo, size_t at, int semi)
{
    size_t q = at;
    while (q > lo && (b[q - 1] == ' ' || b[q - 1] == '\t'))
        q--;
    return q == lo || b[q - 1] == '\n' || b[q - 1] == ',' || (semi && b[q - 1] == ';');
}

size_t sc_phrase_at(const uint8_t *b, size_t i, size_t to, const char *const *list)
{
    if (i >= to)
        return 0;
    for (const char *const *p = list; *p; p++) {
        /* (its first byte first: most phrases are passed by it alone) */
        if ((uint8_t)(*p)[0] != b[i] && (*p)[0] != '\0')
            continue;
        size_t n = strlen(*p);
        if (i + n <= to && memcmp(b + i, *p, n) == 0)
            return n;
    }
    return 0;
}

size_t sc_part_end(const uint8_t *b, size_t k, size_t to)
{
    static const char *const parts[] = { "title ", "tit. ", "subtitle ", "subtit. ", "div. ",
                                         "division ", "part ", "pt. ", "Title ", "Tit. ",
                                         "Subtitle ", "Div. ", "Division ", "Part ", NULL };
    size_t n = sc_phrase_at(b, k, to, parts);
    if (!n)
        return k;
    size_t q = k + n, d = q;
    while (q < to && q - d < 8 && (sc_isupper(b[q]) || sc_isdigit(b[q])))
        q++;
    return q > d && (q == to || !sc_isalnum(b[q])) ? q : k;
}

size_t sc_section_end(const uint8_t *b, size_t k, size_t to)
{
    size_t q = k;
    if (q + 2 <= to && b[q] == 0xc2 && b[q + 1] == 0xa7) {
        q += 2;
        if (q + 2 <= to && b[q] == 0xc2 && b[q + 1] == 0xa7)
            q += 2; /* "§§" */
    } else if (q + 4 <= to && (b[q] | 0x20) == 's' && memcmp(b + q + 1, "ec.", 3) == 0) {
        q += 4;
    } else if (q + 8 <= to && (b[q] | 0x20) == 's' && memcmp(b + q + 1, "ection ", 7) == 0) {
        q += 7;
    } else {
        return k;
    }
    size_t sp;
    while (q < to && (sp = sc_space_len(b + q, to - q)) > 0)
        q += sp;
    size_t ds = q;
    while (q < to && (sc_isalnum(b[q]) || b[q] == '(' || b[q] == ')' || b[q] == '-') && q - ds < 16)
        q++;
    return q > ds && sc_isdigit(b[ds]) ? q : k;
}

/* How common a byte is in English prose, roughly (0: rare -- capitals,
 * digits, signs): sc_find_text() looks for a text's rarest byte. */
static const uint8_t prose_freq[256] = {
    [' '] = 255, ['e'] = 200, ['t'] = 190, ['a'] = 185, ['o'] = 180, ['i'] = 178, ['n'] = 176,
    ['s'] = 174, ['h'] = 160, ['r'] = 158, ['d'] = 140, ['l'] = 135, ['c'] = 120, ['u'] = 115,
    ['m'] = 110, ['w'] = 100, ['f'] = 98,  ['g'] = 95,  ['y'] = 90,  ['p'] = 88,  ['b'] = 80,
    ['v'] = 60,  ['k'] = 50,  ['j'] = 20,  ['x'] = 20,  ['q'] = 10,  ['z'] = 10 };

const uint8_t *sc_find_act(const uint8_t *b, size_t n)
{
    const uint8_t *end = b + n;
    for (const uint8_t *q = b; n >= 3 && (q = memchr(q, 'A', (size_t)(end - q) - 2)) != NULL; q++)
        if ((q[1] == 'c' && q[2] == 't') || (q[1] == 'C' && q[2] == 'T'))
            return q;
    return NULL;
}

const uint8_t *sc_find_text(const uint8_t *b, size_t n, const char *w, size_t wn)
{
    /* the text's rarest byte by memchr (vectorized), the rest compared:
     * faster than memmem's two-way search on the short texts of an entry,
     * and than memchr on a first byte that is common (" Congress",
     * "approved") */
    const uint8_t *end = b + n;
    if (wn == 0 || n < wn)
        return NULL;
    size_t a = 0;
    for (size_t k = 1; k < wn && prose_freq[(uint8_t)w[a]]; k++)
        if (prose_freq[(uint8_t)w[k]] < prose_freq[(uint8_t)w[a]])
            a = k;
    for (const uint8_t *q = b + a; (q = memchr(q, (uint8_t)w[a], (size_t)(end - q) - (wn - 1 - a))) != NULL;
         q++)
        if (memcmp(q - a, w, wn) == 0)
            return q - a;
    return NULL;
}

/* The bit of a word's first byte (lower-cased) in first_letters(): 'a'
 * to 'z' bits 0 to 25, any other byte bit 26. */
static inline uint32_t letter_bit(uint8_t c)
{
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

/* The first bytes of the words of @p list (NULL-ended; none when NULL) as
 * letter_bit()s: a word of the text whose bit is not among them is none of
 * the list's ("known" is not looked for in a list of "designated", ...). */
static uint32_t first_letters(const char *const *list)
{
    uint32_t m = 0;
    for (; list && *list; list++)
        m |= letter_bit((uint8_t)(*list)[0]);
    return m;
}

int sc_word_among_unless(const uint8_t *b, size_t from, size_t to, const char *const *list,
                         const char *const *unless_after)
{
    uint32_t in_list = first_letters(list), in_after = first_letters(unless_after);
    int after = 0; /* the word before was one of unless_after */
    for (size_t i = from; i < to;) {
        if (!sc_isalpha(b[i])) {
            i++;
            continue;
        }
        size_t we = letters_end(b, i, to); /* (16 bytes at a time: entry_in.h) */
        uint32_t bit = letter_bit(sc_tolower(b[i]));
        if (!after && (in_list & bit) && sc_word_in(b, i, we, list))
            return 1;
        after = (in_after & bit) && sc_word_in(b, i, we, unless_after);
        i = we;
    }
    return 0;
}

int sc_word_among(const uint8_t *b, size_t from, size_t to, const char *const *list)
{
    return sc_word_among_unless(b, from, to, list, NULL);
}

/* @p v in decimal into @p out as "%d" writes it ("-12", "1234"), with no
 * '\0': its length (11 at most). */
static int decimal(int v, char out[12])
{
    char t[12];
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    int n = 0, k = 0;
    do {
        t[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out[k++] = '-';
    while (n)
        out[k++] = t[--n];
    return k;
}

/* How @p a and @p b, written with as many digits, differ: 1 for one digit
 * changed, 2 for two neighbours swapped, 0 for anything else (or none). */
static int slip_kind(int a, int b)
{
    char x[12], y[12];
    int nx = decimal(a, x), ny = decimal(b, y);
    if (nx != ny)
        return 0;
    int diff[12], nd = 0;
    for (int i = 0; i < nx; i++)
        if (x[i] != y[i]) {
            if (nd == 2)
                return 0;
            diff[nd++] = i;
        }
    if (nd == 1)
        return 1;
    return nd == 2 && diff[1] == diff[0] + 1 && x[diff[0]] == y[diff[1]] &&
                   x[diff[1]] == y[diff[0]]
               ? 2
               : 0;
}

int sc_one_slip(int a, int b) { return slip_kind(a, b) != 0; }

int sc_pen_slip(int a, int b)
{
    char x[12], y[12];
    int nx = decimal(a, x), ny = decimal(b, y);
    if (nx == ny)
        return slip_kind(a, b) != 0;
    if (nx != ny + 1 && ny != nx + 1)
        return 0;
    const char *lo = nx < ny ? x : y, *hi = nx < ny ? y : x;
    int nl = nx < ny ? nx : ny;
    for (int k = 0; k <= nl; k++) /* hi without its k-th digit is lo */
        if (memcmp(hi, lo, (size_t)k) == 0 && memcmp(hi + k + 1, lo + k, (size_t)(nl - k)) == 0)
            return 1;
    return 0;
}

int sc_swapped_digits(int a, int b) { return slip_kind(a, b) == 2; }

/* (check.h) */
int sc_entry_pin_after(const sc_entry *e, int k)
{
    if (k + 1 >= e->n || !(e->kind[k] & SC_EK_IN) || !(e->kind[k + 1] & SC_EK_IN))
        return -1;
    const sc_citation *c = &e->c[k], *pc = &e->c[k + 1];
    size_t q = e->ce[k];
    if (pc->type != SC_STAT || strcmp(pc->volume, c->volume) != 0 || e->w->buf[q] != ',' ||
        e->cs[k + 1] < q + 1 || e->cs[k + 1] > q + 3)
        return -1;
    return k + 1;
}

/* (check.h) */
int sc_page_in_law(const sc_ref_law *r, int v, int p)
{
    if (r && r->stat_volume == v && r->stat_page > 0 && (r->flags & SC_REF_STAT_UPPER_BOUND) &&
        p < (int)r->stat_page) {
        /* a first page known only as at most the one given: a page of an
         * earlier law of its Congress, whose first page is known, is none of
         * its (a volume prints a Congress's laws in their order) */
        const sc_ref_law *q = sc_ref_law_at_page(v, p);
        if (q && q != r && q->stat_volume == v && !(q->flags & SC_REF_STAT_UPPER_BOUND) &&
            q->congress == r->congress && q->number < r->number && (int)q->stat_page <= p)
            return 0;
        return -1;
    }
    /* no page on record, but a day: a volume whose laws were all enacted
     * in other years holds none of it ("126 Stat. 1627", 2012's, for the
     * America's Cup Act of 2011, 112-61, whose page the tables lack) */
    int y0, y1;
    if (r && (r->stat_volume <= 0 || r->stat_page <= 0) && r->enacted > 0 &&
        sc_stat_volume_years(v, &y0, &y1) && y0 > 0 &&
        ((int)(r->enacted / 10000) < y0 || (int)(r->enacted / 10000) > y1))
        return 0;
    /* a first page known only as at most the one given, in another volume:
     * a law is printed in one volume, which the Code's citations of its
     * pages give ("Veterans' Benefits Improvements Act of 1996", 104-275,
     * "110 Stat. 3322" cited as "109 Stat. 777") */
    if (r && r->stat_volume > 0 && r->stat_page > 0 && (r->flags & SC_REF_STAT_UPPER_BOUND) &&
        r->stat_volume != v)
        return 0;
    if (!r || r->stat_volume <= 0 || r->stat_page <= 0)
        return -1;
    int bound = (r->flags & SC_REF_STAT_UPPER_BOUND) != 0;
    if (!bound && (r->stat_volume != v || p < (int)r->stat_page))
        return 0;
    /* the next law enacted after it (a row out of order in the volume --
     * an earlier Congress's law on a later page -- is passed over); for a
     * first page known only as at most the one given, a later law of its
     * Congress whose first page is known, from its bound on: the law ended
     * before that ("117 Stat. 2649", 108-182's, is none of 108-3's, cited
     * by the Code from 117 Stat. 7 at the lowest) -- before it, the page
     * may be the law's or an unknown one's */
    int next = (int)r->stat_page;
    /* (for a bound, every law's first page up to the page asked: the laws
     * after it may all have bounds too -- 112-29's "at or before 125 Stat.
     * 284" and 112-30's -- before one whose page is sure) */
    for (int tries = 0; tries < (bound ? 1024 : 8); tries++) {
        next = sc_ref_next_law_page(v, next);
        int pf = next == 0 && !bound && v > 0 && v < SC_REF_STAT_VOLUMES ? sc_ref_pvt_first_by_page[v] : -1;
        if (pf >= 0 && sc_ref_pvtlaws[pf].stat_page > r->stat_page)
            return p < (int)sc_ref_pvtlaws[pf].stat_page; /* the volume's last public law: it
                                                           * ends where the private laws
                                                           * begin ("77 Stat. 1257" is none of
                                                           * 88-258's, from 77 Stat. 857; 88-1
                                                           * is at 873) */
        if (next == 0 || (bound && next > p))
            return -1;
        const sc_ref_law *q = sc_ref_law_at_page(v, next);
        if (bound) {
            if (q && q->congress == r->congress && q->number > r->number &&
                q->enacted >= r->enacted && !(q->flags & SC_REF_STAT_UPPER_BOUND))
                return p < next ? -1 : 0;
        } else if (q && q->congress >= r->congress && q->enacted >= r->enacted) {
            return p < next;
        }
    }
    return -1;
}

size_t sc_name_label_end(const sc_entry *e, const sc_name_fact *f, size_t lim)
{
    const uint8_t *b = e->w->buf;
    size_t k = f->tie_eo;
    while (k < lim && b[k] == ' ')
        k++;
    if (k < lim && b[k] == '(') { /* "(n.)", "(IRA)": a glossary's mark, an abbreviation */
        size_t q = k + 1;
        while (q < lim && q - k <= 12 && (sc_isalnum(b[q]) || b[q] == '.' || b[q] == '&'))
            q++;
        if (q >= lim || b[q] != ')' || q == k + 1)
            return f->tie_eo;
        k = q + 1;
    }
    size_t s = k;
    if (k < lim && b[k] == ':')
        k++;
    else if (k + 2 < lim && b[k] == 0xe2 && b[k + 1] == 0x80 && (b[k + 2] == 0x94 || b[k + 2] == 0x93))
        k += 3; /* an em or en dash */
    else if (k + 1 < lim && b[k] == '-' && b[k + 1] == '-')
        k += 2;
    else if (k < lim && b[k] == '.') {
        /* a heading of the name alone: it opens its line (past a list's
         * mark) -- "Indian Reorganization Act (n.). Act of June 28, ..." --
         * or its sentence */
        size_t h = f->so;
        while (h > 0 && (b[h - 1] == ' ' || b[h - 1] == '\t'))
            h--;
        if (h > 0 && (b[h - 1] == '-' || b[h - 1] == '*'))
            h--;
        else if (h >= 3 && b[h - 3] == 0xe2 && b[h - 2] == 0x80 && b[h - 1] == 0xa2)
            h -= 3; /* "•" */
        while (h > 0 && (b[h - 1] == ' ' || b[h - 1] == '\t'))
            h--;
        /* or a sentence of its own, a bibliography's title field after
         * its author's: "U.S. Congress. Second Morrill Act. Act of May 8,
         * 1914, ch. 79, ..." */
        if (h > 0 && b[h - 1] != '\n' && !(b[h - 1] == '.' && h < f->so))
            return f->tie_eo;
        k++;
    }
    if (k == s || (k < lim && b[k] != ' ' && b[k] != '\n'))
        return f->tie_eo; /* (no separator; "2:1") */
    while (k < lim && (b[k] == ' ' || b[k] == '\n'))
        k++;
    return k;
}

void sc_fmt_given_date(int32_t ymd, char *out, size_t cap)
{
    if (ymd % 10000 == 0)
        sc_fmt(out, cap, "%d", ymd / 10000);
    else
        sc_fmt_date(ymd, out, cap);
}

size_t sc_after_the(const uint8_t *b, size_t from, size_t to, int any_case)
{
    /* (its "he " found first, as a vector search finds it) */
    for (size_t k = from; k + 5 < to;) {
        const uint8_t *h = sc_find_text(b + k + 1, to - k - 3, "he ", 3);
        if (!h)
            break;
        k = (size_t)(h - b) - 1;
        if (k + 5 >= to)
            break;
        if ((b[k] == 't' || (any_case && b[k] == 'T')) && (k == 0 || b[k - 1] == ' ') &&
            sc_isupper(b[k + 4]))
            return k + 4;
        k++;
    }
    return to;
}

size_t sc_past_signal(const uint8_t *b, size_t so, size_t eo)
{
    for (const char *const *s = sc_signals; *s; s++) {
        size_t n = strlen(*s);
        if (so + n < eo && memcmp(b + so, *s, n) == 0) {
            so += n;
            break;
        }
    }
    if (so + 4 < eo && (b[so] == 't' || b[so] == 'T') && memcmp(b + so + 1, "he ", 3) == 0)
        so += 4;
    return so;
}

size_t sc_chapter_at(const uint8_t *b, size_t k, size_t to, int *n)
{
    size_t w = k;
    char low[8];
    while (w < to && sc_isalpha(b[w]) && w - k < sizeof low - 1) {
        low[w - k] = (char)sc_tolower(b[w]);
        w++;
    }
    low[w - k] = '\0';
    if ((w < to && sc_isalpha(b[w])) ||
        !(strcmp(low, "ch") == 0 || strcmp(low, "chap") == 0 || strcmp(low, "chapter") == 0))
        return k;
    if (w < to && b[w] == '.')
        w++;
    while (w < to && b[w] == ' ')
        w++;
    size_t d = w;
    int v = 0;
    while (d < to && sc_isdigit(b[d])) {
        if (v < 100000)
            v = v * 10 + (b[d] - '0');
        d++;
    }
    if (d == w)
        return k;
    *n = v;
    return d;
}

int sc_chapter_before(const uint8_t *b, size_t lo, size_t cs, size_t *at)
{
    size_t r = cs;
    if (r > lo && b[r - 1] == '(')
        r--; /* "ch. 19 (Pub. No. 290, 64th Cong.)": the law in the chapter's bracket */
    while (r > lo && (b[r - 1] == ' ' || b[r - 1] == ';' || b[r - 1] == ','))
        r--;
    size_t de = r;
    while (r > lo && sc_isdigit(b[r - 1]))
        r--;
    if (r == de || de - r > 5 || r == cs)
        return 0;
    size_t ws = r;
    while (ws > lo && b[ws - 1] == ' ')
        ws--;
    size_t we = ws;
    if (we > lo && b[we - 1] == '.')
        we--;
    size_t w0 = we;
    while (w0 > lo && sc_isalpha(b[w0 - 1]))
        w0--;
    if (w0 > lo && sc_isalpha(b[w0 - 1]))
        return 0;
    static const char *const ch[] = { "ch", "chap", "chapter", NULL };
    if (we == w0 || !sc_word_in(b, w0, we, ch)) {
        /* (capitals: "CHAP.", "Ch.") */
        char low[8];
        if (we - w0 >= sizeof low)
            return 0;
        for (size_t q = w0; q < we; q++)
            low[q - w0] = (char)sc_tolower(b[q]);
        low[we - w0] = '\0';
        if (strcmp(low, "ch") != 0 && strcmp(low, "chap") != 0 && strcmp(low, "chapter") != 0)
            return 0;
    }
    int n = 0;
    for (size_t q = r; q < de; q++)
        n = n * 10 + (b[q] - '0');
    if (at)
        *at = w0;
    return n;
}

/* The chapter in a table row's column of chapters ("Ch.", "Chapter"): a
 * number alone, or after "ch." / "chap."; 0 when none. */
int sc_row_chapter(const sc_entry *e)
{
    if (!e->row)
        return 0;
    return sc_table_chapter_cell(e->w->buf, e->cell_so[SC_COL_CHAPTER], e->cell_eo[SC_COL_CHAPTER]);
}

const char *sc_name_article(const char *s)
{
    if (sc_tolower(s[0]) == 't' && strncmp(s + 1, "itle ", 5) == 0)
        return "";
    /* a person's name, possessive, in a short name ("Billy's Law",
     * "Savanna's Act", "Kari's Law Act"); not a plural's ("the Children's
     * ...", "the Fishermen's ...") nor a longer name's ("the America's
     * Water Infrastructure Act") */
    size_t n = strcspn(s, " "), stem = 0, words = 1;
    if (n >= 3 && s[n - 2] == '\'' && s[n - 1] == 's')
        stem = n - 2;
    else if (n >= 5 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0)
        stem = n - 4;
    for (const char *q = s; *q; q++)
        words += *q == ' ';
    if (stem >= 2 && words <= 3 && !(stem >= 3 && (memcmp(s + stem - 3, "men", 3) == 0 ||
                                                  memcmp(s + stem - 3, "ren", 3) == 0)))
        return "";
    return "the ";
}
