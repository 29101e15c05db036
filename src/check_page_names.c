/*
 * check_page_names.c -- the Act name beside a Statutes at Large page, when
 * the entry cites no law by number (act-name-mismatch): "Civil Rights Act
 * of 1991, 104 Stat. 327 (1991)" names Public Law 102-166 (105 Stat. 1071)
 * while 104 Stat. 327 is the first page of Public Law 101-336.  The page's
 * law comes from the public-law table (data/public_laws.csv), the name's
 * from the named-Act tables (data/act_names.tsv); the page must lie in the
 * named law, from its first page to the next law's (a page the table gives
 * as exact).  Only a name right beside the page (or in another field of a
 * record: "Citation: 88 Stat. 276; Short title: ...") is compared; in an
 * entry with laws, only a string citation's item of a page and a name (its
 * bill beside them at most).  The old
 * laws cited by chapter are check_chapter_names.c's, as are the pages of
 * volumes 1-64 ("Social Security Act, 48 Stat. 620": that page is the
 * first of ch. 165 of the 73rd Congress).
 */
#include <string.h>

#include "check.h"
#include "ctype.h"
#include "entry.h"
#include "entry_in.h"
#include "lexer.h"
#include "ref_acts.h"
#include "scan.h"

/* Past a bill of the entry that begins at b[k]; k when none does. */
static size_t bill_end_at(const sc_entry *e, size_t k)
{
    for (uint64_t m = e->bill_in; m; m &= m - 1) {
        int q = __builtin_ctzll(m);
        if (e->cs[q] == k)
            return e->ce[q];
    }
    return k;
}

/* Where " Cong" follows one to five capitalized words that begin at b[k]
 * -- a Congress spelled: "Ninety-second Congress", "One Hundred Seventh
 * Cong." -- before @p lim; else 0. */
static size_t spelled_congress_at(const uint8_t *b, size_t k, size_t lim)
{
    if (k >= lim || !sc_isupper(b[k]))
        return 0;
    size_t q = k;
    for (int words = 0; words < 5; words++) {
        while (q < lim && (sc_isalpha(b[q]) || b[q] == '-'))
            q++;
        if (q + 5 <= lim && memcmp(b + q, " Cong", 5) == 0)
            return q;
        if (q + 2 >= lim || b[q] != ' ' || !sc_isupper(b[q + 1]))
            return 0;
        q++;
    }
    return 0;
}

/* Is the name @p f the page's own by where it stands: right before it,
 * with at most a comma, an opening bracket or words that say where it is
 * printed between ("Civil Rights Act of 1991, 105 Stat. 1071", "the X Act
 * is printed at 105 Stat. 1071"), or right after it or its year ("105
 * Stat. 1071, the Civil Rights Act of 1991", "105 Stat. 1071 (1991) (Civil
 * Rights Act of 1991)")? */
static int names_page(const sc_entry *e, const sc_name_fact *f, size_t cs, size_t ce)
{
    static const char *const glue[] = { "at", "is", "was", "printed", "published", "reprinted",
                                        "found", "reported", "in", "appears", "appear", "located",
                                        "of", "which", "approved", "enacted", "signed", "on",
                                        /* "was signed into law on July 6, 2015 and appears
                                         * at 129 Stat. 412" */
                                        "into", "law", "and", "became",
                                        /* "X Act of 2003 of the 108th Congress appears at" */
                                        "the",
                                        /* "X Act of 1977 is a law of the 95th Congress,
                                         * appears at 91 Stat. 1013" */
                                        "a",
                                        /* "... Act of 2016. Its Statutes at Large citation
                                         * is 130 Stat. 1504" */
                                        "statutes", "large", "citation",
                                        /* "... on Dec. 5, 2022, and its citation is" */
                                        "its",
                                        /* its bill's origin: "X Act, which originated
                                         * as S. 3470, is reported at" */
                                        "originated", "originating", "originally", "as",
                                        /* the bill it enacted: "X Act (enacting H. R.
                                         * 14929) is published at" */
                                        "enacting",
                                        /* "X Act, which was introduced as S.3580,
                                         * appears at", "X Act began as S. 4001 and is
                                         * printed at" */
                                        "introduced", "began", "started",
                                        /* "X Act was passed by the One Hundred Sixth
                                         * Congress. The law is found at" */
                                        "passed", "by",
                                        /* a glossary's definition: "X ACT -- federal
                                         * statute enacted September 1, 1937 (50
                                         * Stat. 888)" */
                                        "federal", "statute",
                                        NULL };
    const uint8_t *b = e->w->buf;
    if (f->tie_eo <= cs) {
        static const char *const signer[] = { "signed by President ", "approved by President ",
                                              NULL };
        size_t signed_by = 0; /* the bytes of a signer and dates passed over */
        int depth = 0;        /* brackets opened after the name */
        int told = 0;         /* a sentence that calls the name back passed into */
        for (size_t k = sc_name_label_end(e, f, cs); k < cs;) { /* (past "X Act: ") */
            if (b[k] == ' ' || b[k] == ',' || b[k] == '(' || b[k] == '\n' || b[k] == '\r' ||
                (b[k] == ';' && depth > 0) ||
                (b[k] == ')' && depth > 0) || (b[k] == '|' && depth == 0)) {
                /* ('|' between a table row's cells: "| X Act, 2006 | 119 Stat. 2091 |") */
                /* (';' inside the name's own bracket: "the X Act of 2010
                 * (approved by President Barack Obama; 111th Congress; 123
                 * Stat. 2142)") */
                depth += (b[k] == '(') - (b[k] == ')'); /* (a bracket of the name's
                                                          * facts closes: "the X Act
                                                          * (106th Congress), 114 Stat.
                                                          * 1374") */
                k++;
                continue;
            }
            size_t se = sc_section_end(b, k, cs);
            if (se > k) {
                /* a section of the Act, its page: "the X Act § 4, 118 Stat. 791",
                 * "the X Act sec. 7037 (121 Stat. 572)" */
                k = se;
                continue;
            }
            int ended; /* its Congress: "“X Act of 1986”, 99th Cong. (98 Stat. 1145)" */
            size_t o = sc_isdigit(b[k]) ? sc_entry_ordinal_congress(b, k, cs, &ended) : 0;
            if (o) {
                signed_by += o - k; /* (a fact, as a date is: not glue) */
                if (k >= f->tie_eo + 7 &&
                    (memcmp(b + k - 7, "of the ", 7) == 0 || memcmp(b + k - 7, "by the ", 7) == 0))
                    signed_by += 7; /* (and its words: "X Act of 1984 of the 98th Congress
                                     * was signed on 10/3/1984 and is published at", "X
                                     * Act, which was enacted by the 109th Congress, is
                                     * found at") */
                k = o;
                continue;
            }
            /* the signer in the page's bracket: "“X Act of 1991” (signed by
             * President Bush, 105 Stat. 29)" */
            size_t sn = b[k - 1] == '(' || (k >= f->tie_eo + 2 && b[k - 1] == ' ' &&
                                            b[k - 2] == ',') /* "(3/8/1972, approved by ...",
                                                              * "the X Act, signed by President
                                                              * Y, is published at" */
                            ? sc_phrase_at(b, k, cs, signer)
                            : 0;
            if (!sn && k + 13 < cs && memcmp(b + k, "by President ", 13) == 0) {
                /* "the X Act was signed into law by President Bush and is
                 * published at 118 Stat. 3898": the signer, and the words of
                 * signing before it, are facts, not glue */
                size_t to = sc_president_words(b, k + 13, cs, NULL, NULL, NULL);
                if (to > k + 13 && to < cs && b[to] == ' ') {
                    static const char *const verbs[] = { "signed into law ", "signed ",
                                                         "approved ", NULL };
                    signed_by += to - k + sc_phrase_before(b, f->tie_eo, k, verbs);
                    k = to;
                    continue;
                }
            }
            if (sn) {
                size_t to = sc_president_words(b, k + sn, cs, NULL, NULL, NULL);
                if (to > k + sn && to < cs &&
                    (b[to] == ',' || b[to - 1] == ',' || (b[to] == ';' && depth > 0))) {
                    signed_by += to - k;
                    k = to;
                    continue;
                }
                if (to > k + sn && to < cs && b[to] == ')' && depth > 0) {
                    /* the name's own bracket of its signer alone: "The X Act
                     * (signed by President Dwight Eisenhower) is reported at
                     * 70 Stat. 498" */
                    signed_by += to + 1 - k;
                    k = to + 1;
                    depth--;
                    continue;
                }
            }
            /* its closing quote, the entry's bill, a date: "“X Act”, S. 2182, 107
             * Stat. 2663", "the X Act, 1953 of 1952-02-01 is found at 66 Stat. 3" */
            size_t to = quote_end(b, k, cs, 1);
            signed_by += to - k; /* (a quote is no glue word) */
            if (to == k) {
                to = bill_end_at(e, k);
                signed_by += to - k; /* (nor a bill: a fact, as a date is) */
            }
            for (int q = 0; q < e->ndate && to == k; q++)
                if (e->date[q].so == k && e->date[q].eo <= cs) {
                    /* (with the words of its enactment right before it: "was
                     * signed into law on November 9, 2000 and is found at") */
                    static const char *const dated[] = { "signed into law on ",
                                                         "became law on ", "enacted on ",
                                                         "approved on ", "signed on ",
                                                         /* "was approved June 29,
                                                          * 2005 and is published at" */
                                                         "approved ", "enacted ", "signed ",
                                                         NULL };
                    to = e->date[q].eo;
                    /* (an enrolled bill's day with its article: "approved the
                     * second day of August, 2005" -- "the" is the date's) */
                    size_t ds = k;
                    if (ds >= f->tie_eo + 4 && memcmp(b + ds - 4, "the ", 4) == 0 &&
                        sc_find_text(b + k, to - k, " day of ", 8))
                        ds -= 4;
                    signed_by += to - ds + sc_phrase_before(b, f->tie_eo, ds, dated);
                }
            if (to > k) {
                k = to;
                continue;
            }
            if (b[k] == '.' && depth == 0 && !told &&
                (sc_ctx_period_ends(e->w, k) || /* (after the name's closing quote too) */
                 sc_quote_closes_before(b, f->tie_eo, k))) {
                /* the next sentence calls the name's Act back and says where
                 * it is printed: "... the X Act. This law appears at 84 Stat.
                 * 506", "... on November 1, 2000. That statute is reported at" */
                size_t j = k + 1;
                while (j < cs && b[j] == ' ')
                    j++;
                if (j >= cs || !sc_ctx_tells_back(b, e->w->len, j))
                    return 0;
                size_t sj = sc_ctx_back_subject(b, e->w->len, j);
                sj = sj > j && sj <= cs ? sj : j;
                signed_by += sj - k; /* (its subject stands for the name: no glue) */
                told = 1;
                k = sj;
                continue;
            }
            /* a Congress spelled: "the X Act, 1972, Ninety-second Congress
             * (86 Stat. 451)" -- the name's fact, as a date is, no glue */
            size_t sp = spelled_congress_at(b, k, cs);
            if (sp && sp + 9 <= cs && memcmp(b + sp, " Congress", 9) == 0) {
                signed_by += sp + 9 - k;
                k = sp + 9;
                continue;
            }
            /* the page's publication named: "Its Statutes at Large citation
             * is 134 Stat. 2277" -- what the page is, as a date is, no glue */
            static const char *const sal[] = { "Statutes at Large ", "statutes at large ", NULL };
            size_t sl = b[k] == 'S' || b[k] == 's' ? sc_phrase_at(b, k, cs, sal) : 0;
            if (sl) {
                signed_by += sl;
                k += sl;
                continue;
            }
            size_t we = k;
            while (we < cs && sc_isalpha(b[we]))
                we++;
            if (we == k || !sc_word_in(b, k, we, glue))
                return 0;
            k = we;
        }
        /* (a sentence that calls the name back may say more of the law on
         * its way to the page: "... The law is a law of the 96th Congress
         * and is found at 94 Stat. 1564") */
        return cs - f->tie_eo - signed_by <= (told ? 64u : 40u);
    }
    static const char *const said[] = { "approved", "enacted", "signed", "on", "congress",
                                        "cong",
                                        /* its bill's origin: "131 Stat. 1168 (originally
                                         * HR 3823; the X Act)" */
                                        "originally", "originated", "originating", "as",
                                        "enacting",
                                        /* words that say the page is the Act's, or
                                         * where it is: "104 Stat. 327, which is the X
                                         * Act", "60 Stat. 755 -- that's where you'll
                                         * find the X Act", "is where the X Act
                                         * appears", "better known as" (never "amending",
                                         * "under", "and": another law's) */
                                        "is", "was", "are", "which", "that", "where", "you",
                                        "we", "will", "can", "find", "found", "contains",
                                        "holds", "prints", "printed", "reprinted", "published",
                                        "reported", "appears", "known", "better", "popularly",
                                        "commonly", "called", "named", "titled", "entitled",
                                        "also", "namely", "here", "there", "it", "home", "to",
                                        NULL };
    static const char *const signer_after[] = { "signed by President ", "approved by President ",
                                                NULL };
    if (f->so < ce || f->so - ce > 80)
        return 0;
    int depth = 0; /* brackets opened after the page */
    for (size_t k = ce; k < f->so;) {
        /* over the page's pins, the entry's bills and dates: "102 Stat. 2543,
         * 2544, approved Oct. 20, 1988, “X Act of 1988”", "90 Stat. 181 (H.R.
         * 8529; X Act of 1976)" */
        size_t to = bill_end_at(e, k);
        for (int q = 0; q < e->n && to == k; q++)
            if ((e->kind[q] & SC_EK_IN) && e->cs[q] == k && e->c[q].type == SC_STAT &&
                (e->c[q].wording & SC_W_LIST_ITEM))
                to = e->ce[q];
        for (int q = 0; q < e->ndate && to == k; q++)
            if (e->date[q].so == k)
                to = e->date[q].eo;
        if (to > k) {
            k = to;
            continue;
        }
        size_t sn = depth > 0 && b[k - 1] == '(' ? sc_phrase_at(b, k, f->so, signer_after) : 0;
        size_t se = sn ? sc_president_words(b, k + sn, f->so, NULL, NULL, NULL) : 0;
        if (se > k + sn && se < f->so && (b[se] == ';' || b[se] == ',' || b[se - 1] == ',')) {
            k = se; /* the signer in the page's bracket: "114 Stat. 13, 04/02/1999
                     * (approved by President William Clinton; the X Act)" */
            continue;
        }
        if (b[k] == ';' && depth > 0) {
            k++; /* inside the page's own bracket: "(H.R. 8529; X Act)" */
        } else if (b[k] == ' ' || b[k] == ',' || b[k] == ')' || b[k] == '.' || b[k] == 0xa7 ||
                   b[k] == 0xc2 || b[k] == '"' || b[k] == ':' ||
                   (b[k] == '-' && b[k - 1] == ' ') || (b[k] == '-' && b[k - 1] == '-')) {
            depth -= b[k] == ')' && depth > 0;
            k++; /* ("§ 6": a pin of the page's; a dash set apart: "60 Stat. 755 --
                  * the X Act") */
        } else if (k + 3 <= f->so && b[k] == 0xe2 && b[k + 1] == 0x80 &&
                   (b[k + 2] == 0x93 || b[k + 2] == 0x94)) {
            k += 3; /* an en or em dash */
        } else if (k + 3 <= f->so && b[k] == 0xe2 && b[k + 1] == 0x80 &&
                   (b[k + 2] == 0x9c || b[k + 2] == 0x98)) {
            k += 3; /* the name's opening quote */
        } else if (b[k] == '(') { /* "(1991)" or the name's own bracket */
            size_t q = k + 1;
            while (q < f->so && sc_isdigit(b[q]))
                q++;
            int year = q < f->so && b[q] == ')' && q - k == 5;
            depth += !year;
            k = year ? q + 1 : k + 1;
        } else if (k + 4 <= f->so && (b[k] | 0x20) == 't' && memcmp(b + k + 1, "he ", 3) == 0) {
            k += 4;
        } else if (sc_isdigit(b[k])) { /* a pin's number, a Congress's ordinal */
            while (k < f->so && sc_isalnum(b[k]))
                k++;
        } else {
            size_t we = k;
            while (we < f->so && (sc_isalpha(b[we]) || b[we] == '-'))
                we++;
            /* a Congress spelled: "Ninety-second Congress" (its word is one
             * of said) */
            size_t sp = spelled_congress_at(b, k, f->so);
            /* the Act as amended since, an authority line's: "52 Stat. 1060,
             * as amended (Fair Labor Standards Act of 1938)" -- not "which
             * amended the X Act", nor "as amended by" ("by" is no word here) */
            int as_amended = we - k == 7 && memcmp(b + k, "amended", 7) == 0 && k >= ce + 3 &&
                             memcmp(b + k - 3, "as ", 3) == 0;
            if (we == k || !(sc_word_in(b, k, we, said) || sp || as_amended))
                return 0;
            k = sp ? sp : we;
            /* a contraction's tail: "that's", "you'll", "it’s" */
            size_t ap = k < f->so && b[k] == '\''                                   ? 1
                        : k + 3 <= f->so && b[k] == 0xe2 && b[k + 1] == 0x80 && b[k + 2] == 0x99 ? 3
                                                                                            : 0;
            if (ap && !sp) {
                size_t t = k + ap, te = t;
                while (te < f->so && sc_islower(b[te]))
                    te++;
                if (!sc_word_in(b, t, te, (const char *const[]){ "s", "ll", "re", NULL }))
                    return 0;
                k = te;
            }
        }
    }
    return 1;
}

/* Is the name that begins at b[so] a part's Act -- "chapter XI of the
 * Bankruptcy Act", "§ 77B of the", "title II of" -- a pin word or "§", a
 * designator and "of" (and "the") right before it, not before @p lo? */
static int part_of_before(const uint8_t *b, size_t lo, size_t so)
{
    size_t k = so;
    while (k > lo && b[k - 1] == ' ')
        k--;
    if (k >= lo + 3 && (b[k - 3] | 0x20) == 't' && b[k - 2] == 'h' && b[k - 1] == 'e' &&
        (k - 3 == lo || b[k - 4] == ' '))
        for (k -= 3; k > lo && b[k - 1] == ' ';)
            k--;
    if (k < lo + 3 || memcmp(b + k - 3, " of", 3) != 0)
        return 0;
    k -= 3;
    size_t de = k; /* the designator: "XI", "77B", "5", "2(a)" */
    while (k > lo && (sc_isalnum(b[k - 1]) || b[k - 1] == '(' || b[k - 1] == ')' || b[k - 1] == '-'))
        k--;
    if (k == de || k == lo)
        return 0;
    while (k > lo && (b[k - 1] == ' ' || b[k - 1] == '.'))
        k--;
    if (k >= lo + 2 && b[k - 2] == 0xc2 && b[k - 1] == 0xa7)
        return 1; /* "§ 77B of the" */
    size_t we = k;
    while (k > lo && sc_isalpha(b[k - 1]))
        k--;
    return we > k && sc_entry_pin_word(b, k, we);
}

/* Is @p written the start of law @p l's own title ("Omnibus Budget
 * Reconciliation Act" of "... Act of 1990")? */
static int own_title(const sc_ref_law *l, const uint8_t *written, size_t n)
{
    const char *t = sc_law_short_title(l);
    if (!t || strlen(t) < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (sc_tolower((uint8_t)t[i]) != sc_tolower(written[i]))
            return 0;
    return 1;
}


/* Page @p only of entry @p e and the names in b[lo..hi) beside it (the
 * entry, or the page's item of a string citation). */
static void check_page(sc_doc_state *d, sc_entry *e, int only, size_t lo, size_t hi);

/* Is page citation @p k followed by a pin of its own: the entry's next
 * citation, a page of the same volume after ", " ("104 Stat. 327, 372"),
 * or "at" after it? */
static int page_pinned(const sc_entry *e, int k)
{
    size_t q = e->ce[k];
    return (q + 4 < e->w->len && memcmp(e->w->buf + q, " at ", 4) == 0) ||
           sc_entry_pin_after(e, k) >= 0;
}

void sc_check_page_names(sc_doc_state *d, sc_entry *e)
{
    if (e->nlaw == 0 && (e->types & 1u << SC_BILL)) {
        /* a bill beside the page and the name, no law: the name is the
         * bill's first (check_names.c, a bill enacted) -- when that said
         * nothing, the page's ("90 Stat. 181 (H.R. 8529; X Act of 1976)") */
        if (sc_bill_has_finding(e, SC_D_ACT_NAME_MISMATCH))
            return;
    }
    int npages = 0; /* (two pages and no law: each of a string citation's items alone --
                     * "Cf. 118 Stat. 3598, X Act of 2004; Y Act, 86 Stat. 1174.") */
    for (int i = 0; i < e->n && npages < 2; i++)
        npages += e->c[i].type == SC_STAT && e->c[i].chapter == 0 &&
                  !(e->c[i].wording & SC_W_LIST_ITEM) && (e->kind[i] & SC_EK_IN) &&
                  !(e->kind[i] & SC_EK_SHORT);
    if (e->nlaw > 0 || npages > 1) {
        sc_entry_need_bounds(e); /* (the items of the whole entry) */
        /* names belong to numbered laws first (check_names.c) --
         * but for an item of a string citation with a page and no law
         * (a bill at most): "the X Act (108 Stat. 1409); Pub. L. No. 95-178
         * (...)" */
        for (int i = 0; i < e->n; i++) {
            const sc_citation *c = &e->c[i];
            size_t lo, hi;
            if (c->type != SC_STAT || c->chapter > 0 || (c->wording & SC_W_LIST_ITEM) ||
                (e->kind[i] & SC_EK_SHORT) || !sc_entry_item_of(e, i, &lo, &hi, 1))
                continue; /* (its bill beside it: "...; 108 Stat. 4230, 4234, H.R.512 (the
                           * X Act of 1993); ...") */
            int pages = 0;
            for (int k = 0; k < e->n; k++)
                pages += e->c[k].type == SC_STAT && (e->kind[k] & SC_EK_IN) && e->cs[k] >= lo &&
                         e->ce[k] <= hi && !(e->c[k].wording & SC_W_LIST_ITEM);
            if (pages == 1)
                check_page(d, e, i, lo, hi);
        }
        return;
    }
    int only = -1;
    for (int i = 0; i < e->n; i++) {
        const sc_citation *c = &e->c[i];
        if (c->type != SC_STAT || c->chapter > 0 || (c->wording & SC_W_LIST_ITEM))
            continue;
        if (!(e->kind[i] & SC_EK_IN) || (e->kind[i] & SC_EK_SHORT) || only >= 0)
            return; /* two pages: whose is the name? */
        only = i;
    }
    if (only < 0)
        return;
    check_page(d, e, only, 0, SIZE_MAX);
}

/* Page @p p of volume @p v inside law @p l, the Act the entry names beside
 * it, its first page's digits swapped, and no pin after it ("Americans
 * with Disabilities Act of 1990, 104 Stat. 372": 327): stat-first-page, as
 * check_pages.c says beside a law's number. */
static void first_page_slip(sc_doc_state *d, sc_citation *c, int v, int p, const sc_ref_law *l,
                            const char *name, size_t len, int pinned)
{
    if (pinned || l->stat_volume != v || !sc_page_swaps_first(l, p) || sc_page_in_law(l, v, p) != 1)
        return;
    char named[240];
    sc_fmt(named, sizeof named, "the %.*s (Public Law %d-%d)", (int)len, name, l->congress,
           (int)l->number);
    sc_emit_first_page(d, c, l, p, named);
}

/* The page @p p of volume @p v (its law @p at, and the @p non laws that
 * begin on its first page, @p on) and the Act named by the @p len bytes at
 * @p name (its words as the tables know them: the first @p n): the page
 * must lie in a law of that name (act-name-mismatch on @p c). */
static void compare(sc_doc_state *d, sc_citation *c, int v, int p, const sc_ref_law *at,
                    const sc_ref_law *const *on, int non, const char *name, size_t n, size_t len,
                    int pinned)
{
    for (int j = 0; j < non; j++)
        if (own_title(on[j], (const uint8_t *)name, n)) {
            first_page_slip(d, c, v, p, on[j], name, len, pinned);
            return;
        }
    sc_act_law rows[8];
    int nr = sc_act_name_laws(name, len, rows, 8);
    if (nr == 0) {
        /* unknown: its year a slip for the law the page is in ("Rehabilitation
         * Act of 1974, 87 Stat. 355")? */
        int y, act = sc_act_year_slip(name, len, &y), cg, num;
        if (act >= 0 && sc_act_public_law(act, &cg, &num) &&
            sc_page_in_law(sc_ref_public_law(cg, num), v, p) == 1)
            sc_check_name_year_slip(d, c, (const uint8_t *)name, 0, len, act, y, 0);
        return;
    }
    if (nr < 0 || nr > 4)
        return; /* a name many laws share */
    if (nr == 1 && rows[0].congress == at->congress && rows[0].number == at->number) {
        first_page_slip(d, c, v, p, at, name, len, pinned); /* (the name the tables give
                                                             * the page's law: its Short
                                                             * Title note's) */
        return;
    }
    for (int i = 0; i < nr; i++) {
        if (rows[i].number <= 0)
            return; /* an old Act's (by its date) */
        if (sc_page_in_law(sc_ref_public_law(rows[i].congress, (int)rows[i].number), v, p) != 0)
            return; /* the page is in the named law, or may be */
        int a = sc_act_of_law(rows[i].congress, rows[i].number);
        for (int j = 0; j < non; j++)
            if (a >= 0 && sc_act_amended_by(a, on[j]->congress, on[j]->number))
                return; /* the page is of a law that amended the named Act:
                         * "Clean Air Act, 84 Stat. 1676" */
    }
    const sc_act_law *r = &rows[0];
    char sugg[240], where[48] = "", in[96];
    const sc_ref_law *rl = sc_ref_public_law(r->congress, (int)r->number);
    if (r->stat_volume > 0 && r->stat_page > 0)
        sc_fmt(where, sizeof where,
               rl && (rl->flags & SC_REF_STAT_UPPER_BOUND) ? " (at or before %d Stat. %d)"
                                                           : ", %d Stat. %d",
               r->stat_volume, (int)r->stat_page); /* (a first page the Code's
                                                    * citations bound only) */
    sc_fmt(sugg, sizeof sugg, "the %.*s is Pub. L. No. %d-%d%s", (int)len, name, r->congress,
           (int)r->number, where);
    if ((int)at->stat_page == p)
        sc_fmt(in, sizeof in, "the first page of Public Law %d-%d%s", at->congress,
               (int)at->number, non > 1 ? " (and of the laws after it there)" : "");
    else
        sc_fmt(in, sizeof in, "a page of Public Law %d-%d%s (from %d Stat. %d)", at->congress,
               (int)at->number, non > 1 ? " or the laws after it there" : "", v, (int)at->stat_page);
    sc_emit(d, c, SC_ERROR, SC_D_ACT_NAME_MISMATCH, sugg, "%d Stat. %d is %s, not of the %.*s", v,
            p, in, (int)len, name);
}

/* A section of a named Act cited right beside the page, its words giving
 * the page as the section's ("§ 4 of the X Act of 1991 appears at 105
 * Stat. 1667", "the X Act § 4, 118 Stat. 791"): the page is in that Act's
 * law.  1 when one is, and compared. */
static int act_section_page(sc_doc_state *d, sc_entry *e, int only, size_t lo, size_t hi, int v,
                            int p, const sc_ref_law *at, const sc_ref_law *const *on, int non)
{
    for (int k = 0; k < e->n; k++) {
        sc_citation *a = &e->c[k];
        if (a->type != SC_ACT_SECTION || !(e->kind[k] & SC_EK_IN) || !a->act[0] ||
            e->cs[k] < lo || e->ce[k] > hi)
            continue;
        sc_name_fact f = { 0 };
        f.so = f.alt_so = e->cs[k];
        f.eo = f.name_eo = e->ce[k];
        f.tie_eo = sc_entry_short_form_end(e, f.eo); /* (with its Act's short form: "Sec.
                                                      * 6 of the X Act (the “XA”), ...") */
        if (!names_page(e, &f, e->cs[only], e->ce[only]) &&
            (e->dates_read || (sc_entry_need_dates(e), !names_page(e, &f, e->cs[only], e->ce[only]))))
            continue; /* (its dates, read only now, may stand between: "Section 106 of
                       * the X Act ... was signed on 10/3/1984 and is published at") */
        size_t len = strlen(a->act);
        compare(d, &e->c[only], v, p, at, on, non, a->act, len, len, 1); /* (a section's page) */
        return 1;
    }
    return 0;
}

static void check_page(sc_doc_state *d, sc_entry *e, int only, size_t lo, size_t hi)
{
    sc_citation *c = &e->c[only];
    int v, p;
    if (!sc_entry_vol_page(e, only, &v, &p))
        return;
    /* (a page of volumes 1-64, the laws of the 1st-81st Congresses:
     * check_chapter_names.c's tables) */
    int old = v <= 64;
    const sc_ref_law *at = old ? NULL : sc_ref_law_at_page(v, p); /* the law the page is in */
    if (!old && (!at || at->stat_volume != v))
        return;
    const sc_ref_law *on[8];
    int non = old ? 0 : sc_ref_laws_on_page(v, (int)at->stat_page, on, 8);
    if (!old && (non <= 0 || non >= 8))
        return;
    if (!old && (e->types & 1u << SC_ACT_SECTION) &&
        act_section_page(d, e, only, lo, hi, v, p, at, on, non))
        return;
    if (!e->nname) {
        /* the names, read only now: an "Act" within reach of the page */
        const uint8_t *b = e->w->buf;
        size_t near_lo = e->cs[only] > 120 ? e->cs[only] - 120 : 0,
               near_hi = e->ce[only] + 120 < e->w->len ? e->ce[only] + 120 : e->w->len;
        if (!sc_find_act(b + near_lo, near_hi - near_lo))
            return;
        sc_entry_need_names(e);
    }
    if (e->nname && !e->dates_read) {
        /* its dates too, which may stand between the page and the name
         * ("102 Stat. 2543, 2544, approved Oct. 20, 1988, “X Act of
         * 1988”") */
        sc_entry_need_dates(e);
    }
    const uint8_t *b = e->w->buf;
    int record = -1; /* a record's fields all describe its one law (asked once) */
    for (int k = 0; k < e->nname; k++) {
        const sc_name_fact *f = &e->name[k];
        if (f->so < lo || f->eo > hi || (hi != SIZE_MAX && f->law >= 0))
            continue; /* (an item's name: not one tied to a law) */
        /* where the name begins as the tables know it: past words before
         * it that no name begins with ("The 108th Congress adopted the X
         * Act of 2004") -- sc_entry_name_laws() moves its start there */
        const sc_ref_law *const *known;
        sc_entry_name_laws(e, k, &known);
        if (!names_page(e, f, e->cs[only], e->ce[only]) && !e->row &&
            !(record < 0 ? (record = sc_ctx_record(e->w, e->so, e->eo)) : record))
            continue; /* (a table's row is one law's, as a record is) */
        /* (the name proper may stand for the law's title with its year --
         * "Omnibus Budget Reconciliation Act" -- but a name written with a
         * year is that year's: "... Act for Fiscal Year 1995" is not the 1993
         * Act at 106 Stat. 2315) */
        size_t n = f->name_eo > f->so && !f->year ? f->name_eo - f->so : f->eo - f->so;
        if (old)
            sc_check_old_page_name(d, c, v, p, (const char *)b + f->so, f->eo - f->so,
                                   part_of_before(b, e->so, f->so));
        else
            compare(d, c, v, p, at, on, non, (const char *)b + f->so, n, f->eo - f->so,
                    page_pinned(e, only));
        return;
    }
}
