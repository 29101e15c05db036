/*
 * input_docx.c -- DOCX input: the text of a Word document, extracted with
 * libzip (the archive) and libxml2's streaming reader (the XML), written in
 * bounded chunks into the scanner.  Nothing is held whole in memory.  Both
 * libraries are loaded on the first DOCX or ODT (doclibs.h); without them,
 * such a document is refused with a message and the other inputs are read.
 *
 * The text, as documented in README.md ("Inputs") and --help:
 *   - word/document.xml, the body: every paragraph (w:p) is one line --
 *     but a table's row (w:tr) is one line, its cells (w:tc) parted by
 *     " | " and a cell's paragraphs by blanks, as a text table's; w:t
 *     is its text (whitespace kept as written), w:tab and w:ptab a tab,
 *     w:br and w:cr a line break, w:noBreakHyphen '-', w:softHyphen U+00AD;
 *     deleted text (w:delText), field codes and the fallback copies of
 *     mc:AlternateContent are skipped; footnote marks in the body are not
 *     written (a mark would glue its number to the citation before it);
 *   - then, when there are footnotes (word/footnotes.xml), a line
 *     "--- footnotes ---" and every footnote as "[N] " + its paragraphs, N
 *     being its number in the body's order of references;
 *   - then the endnotes (word/endnotes.xml) the same way after
 *     "--- endnotes ---".
 * Offsets, lines and columns of citations count in that text.
 *
 * Pages: a document Word has saved marks where each page began when Word
 * last laid it out (w:lastRenderedPageBreak).  Each is written as a form
 * feed, so a citation's page is 1 + the marks before it, as Word showed it;
 * the first one turns page numbers on (the text is fed 64 KiB at a time, so
 * unless page 1 holds more than that, none of it has been scanned yet).  A note's citations are on the
 * page of the note's first reference (sc_scanner_mark_page).  A document
 * without marks (made by another program, or one page long) has no page
 * numbers.
 *
 * OpenDocument text (.odt; sc_input_odt) goes through the same walk: its
 * content.xml, every paragraph and heading (text:p, text:h) one line (a
 * table's row, table:table-row, one line of cells as in a DOCX),
 * text:tab a tab, text:line-break a line break, text:s its spaces;
 * annotations and tracked (deleted) changes are skipped; each footnote
 * (text:note) is kept aside, its mark not written, and written after the
 * body as for DOCX ("--- footnotes ---", then "[N] " + its text, N in the
 * body's order), endnotes the same way.  An ODT has no page marks.
 *
 * Limits: a ZIP of more than SC_DOCX_ENTRIES_MAX entries, or parts that
 * inflate to more than SC_DOCX_UNZIP_MAX bytes (by their declared sizes
 * and, whatever those say, by the bytes actually inflated), or XML with a
 * DTD, or nested deeper than DOCX_DEPTH_MAX, is refused as "not a valid
 * DOCX".  libxml2 never loads anything from the network (XML_PARSE_NONET)
 * and does not expand entities.
 */
#include "input_doc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctype.h"
#include "doclibs.h"
#include "msg.h"

#define DOCX_CHUNK (64u * 1024u)    /* extracted text fed at a time       */
#define DOCX_DEPTH_MAX 256          /* element nesting (libxml2's own cap) */
#define DOCX_NOTE_REFS_MAX 65536    /* note references kept for numbering  */

static const char W_NS[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
static const char W_NS_STRICT[] = "http://purl.oclc.org/ooxml/wordprocessingml/main";
static const char MC_NS[] = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/* What an element is to the extractor. */
enum { E_OTHER = 0, E_P, E_R, E_T, E_TAB, E_BR, E_NBHY, E_SOFTHY, E_FNREF, E_ENREF, E_NOTE,
       E_SKIP, E_PAGE, E_SPACES, E_ONOTE, E_TR, E_TC };

#define ODT_NOTES_MAX (16u << 20) /* an ODT's note text kept for after the body */
static const char TEXT_NS[] = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
static const char OFFICE_NS[] = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
static const char TABLE_NS[] = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

/* What an element standing in a run (w:r) writes. */
static const char *const run_text[] = {
    [E_TAB] = "\t", [E_BR] = "\n", [E_NBHY] = "-", [E_SOFTHY] = "\xc2\xad", /* U+00AD */
};

/* The three parts read, in this order. */
enum { PART_BODY = 0, PART_FOOTNOTES, PART_ENDNOTES };

typedef struct noteref {
    long id;  /* w:id of the note           */
    int num;  /* its number: order of reference in the body */
    int page; /* the body's page there (paged documents)    */
} noteref;

typedef struct docx {
    const char *path, *name;
    sc_scanner *s;
    const sc_input_opts *o;
    sc_drain_fn drain;
    void *user;

    const sc_doclibs *lib; /* libzip and libxml2, loaded on first use */
    zip_t *za;
    zip_file_t *zf;       /* the part being read          */
    const char *part;     /* its name                     */
    uint64_t unzipped;    /* bytes inflated, every part   */

    int status;           /* 0 ok; -1 failed (printed); -2 invalid DOCX (why) */
    char why[200];
    char xmlerr[160];     /* libxml2's first error in the current part */

    uint8_t out[DOCX_CHUNK]; /* extracted text not yet fed */
    size_t nout;
    uint8_t last;         /* last byte written, '\n' at the start */
    int note_start;       /* after a note's "[N] ": skip its leading spaces */
    int nnotes;           /* notes written from the current part */

    noteref *refs[2];     /* footnote, endnote references in body order */
    size_t nrefs[2], caprefs[2];
    int paged;            /* a w:lastRenderedPageBreak has been seen      */
    int page;             /* the body's page so far: 1 + those marks      */

    uint8_t stack[DOCX_DEPTH_MAX + 2]; /* element kinds by depth */

    /* OpenDocument text */
    int odt;
    int paras;            /* text:p / text:h open (text is theirs)          */
    int cells;            /* table cells open (w:tc, table:table-cell): their *
                           * paragraphs end in a blank, the row in a line end */
    int cell_no;          /* cells begun in the innermost row open          */
    int in_note;          /* inside a text:note: emit() writes to notes[]   */
    char *notes[2];       /* footnotes, endnotes: "[N] text\n" each         */
    size_t nnote[2], capnote[2];
    int note_count[2];
} docx;

static void invalid(docx *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void invalid(docx *d, const char *fmt, ...)
{
    if (d->status)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->why, sizeof d->why, fmt, ap);
    va_end(ap);
    d->status = -2;
}

static void flush(docx *d)
{
    if (d->status || d->nout == 0)
        return;
    int fr = sc_doc_feed(d->s, d->o, d->path, d->out, d->nout);
    d->nout = 0;
    if (fr != 0 || (d->drain && d->drain(d->s, d->name, d->user) != 0))
        d->status = -1;
}

static void note_put(docx *d, const void *data, size_t n);

static void emit(docx *d, const void *data, size_t n)
{
    const uint8_t *p = data;
    if (d->in_note) {
        note_put(d, data, n);
        return;
    }
    if (d->note_start) {
        while (n > 0 && (*p == ' ' || *p == '\t'))
            p++, n--;
        if (n == 0)
            return;
        d->note_start = 0;
    }
    while (n > 0 && d->status == 0) {
        size_t k = sizeof d->out - d->nout;
        if (k > n)
            k = n;
        memcpy(d->out + d->nout, p, k);
        d->nout += k;
        d->last = p[k - 1];
        p += k;
        n -= k;
        if (d->nout == sizeof d->out)
            flush(d);
    }
}

static void emits(docx *d, const char *s) { emit(d, s, strlen(s)); }

/* An ODT note's text, kept until the body is written (in_note: 1 footnote,
 * 2 endnote). */
static void note_put(docx *d, const void *data, size_t n)
{
    int w = d->in_note - 1;
    if (d->nnote[w] + n + 1 > d->capnote[w]) {
        size_t cap = d->capnote[w] ? d->capnote[w] : 4096;
        while (cap < d->nnote[w] + n + 1)
            cap *= 2;
        char *t = cap <= ODT_NOTES_MAX ? realloc(d->notes[w], cap) : NULL;
        if (!t) {
            invalid(d, "more than %u MiB of notes", ODT_NOTES_MAX >> 20);
            return;
        }
        d->notes[w] = t;
        d->capnote[w] = cap;
    }
    memcpy(d->notes[w] + d->nnote[w], data, n);
    d->nnote[w] += n;
}

static void end_line(docx *d)
{
    if (d->last != '\n')
        emit(d, "\n", 1);
}

/* libxml2 input callbacks: a part, inflated by libzip, with the cap. */
static int part_read(void *ctx, char *buf, int len)
{
    docx *d = ctx;
    if (d->status)
        return -1;
    zip_int64_t n = d->lib->zip_fread(d->zf, buf, (zip_uint64_t)len);
    if (n < 0) {
        invalid(d, "%s: %s", d->part, d->lib->zip_file_strerror(d->zf));
        return -1;
    }
    d->unzipped += (uint64_t)n;
    if (d->unzipped > SC_DOCX_UNZIP_MAX) {
        invalid(d, "more than %u MiB uncompressed", SC_DOCX_UNZIP_MAX >> 20);
        return -1;
    }
    return (int)n;
}

static int part_close(void *ctx)
{
    (void)ctx;
    return 0;
}

static void xml_error(void *arg, const char *msg, xmlParserSeverities sev,
                      xmlTextReaderLocatorPtr loc)
{
    docx *d = arg;
    if (sev != XML_PARSER_SEVERITY_ERROR && sev != XML_PARSER_SEVERITY_VALIDITY_ERROR)
        return;
    if (d->xmlerr[0])
        return;
    snprintf(d->xmlerr, sizeof d->xmlerr, "line %d: %s",
             d->lib->xmlTextReaderLocatorLineNumber(loc), msg ? msg : "error");
    for (char *p = d->xmlerr; *p; p++)
        if ((uint8_t)*p < 0x20)
            *p = *p == '\n' && p[1] == '\0' ? '\0' : ' ';
}

/* libxml2's messages outside a reader (there should be none): dropped. */
static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static int is_w(const xmlChar *ns)
{
    return ns && (strcmp((const char *)ns, W_NS) == 0 || strcmp((const char *)ns, W_NS_STRICT) == 0);
}

static int classify_odt(const xmlChar *ns, const char *ln)
{
    if (ns && strcmp((const char *)ns, TABLE_NS) == 0)
        return strcmp(ln, "table-row") == 0    ? E_TR
               : strcmp(ln, "table-cell") == 0 ? E_TC
                                               : E_OTHER;
    if (ns && strcmp((const char *)ns, OFFICE_NS) == 0)
        return strcmp(ln, "annotation") == 0 ? E_SKIP : E_OTHER;
    if (!ns || strcmp((const char *)ns, TEXT_NS) != 0)
        return E_OTHER;
    static const struct { const char *name; int kind; } names[] = {
        { "p", E_P }, { "h", E_P }, { "tab", E_TAB }, { "line-break", E_BR }, { "s", E_SPACES },
        { "note", E_ONOTE }, { "note-citation", E_SKIP }, { "tracked-changes", E_SKIP },
        { "soft-page-break", E_OTHER },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(ln, names[i].name) == 0)
            return names[i].kind;
    return E_OTHER;
}

static int classify(const docx *d, xmlTextReaderPtr r)
{
    const xmlChar *ns = d->lib->xmlTextReaderConstNamespaceUri(r);
    const char *ln = (const char *)d->lib->xmlTextReaderConstLocalName(r);
    if (!ln)
        return E_OTHER;
    if (d->odt)
        return classify_odt(ns, ln);
    if (ns && strcmp((const char *)ns, MC_NS) == 0)
        return strcmp(ln, "Fallback") == 0 ? E_SKIP : E_OTHER;
    if (!is_w(ns))
        return E_OTHER;
    static const struct { const char *name; int kind; } names[] = {
        { "p", E_P }, { "r", E_R }, { "t", E_T }, { "tab", E_TAB }, { "ptab", E_TAB },
        { "br", E_BR }, { "cr", E_BR }, { "noBreakHyphen", E_NBHY }, { "softHyphen", E_SOFTHY },
        { "footnoteReference", E_FNREF }, { "endnoteReference", E_ENREF },
        { "footnote", E_NOTE }, { "endnote", E_NOTE }, { "lastRenderedPageBreak", E_PAGE },
        { "tr", E_TR }, { "tc", E_TC },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(ln, names[i].name) == 0)
            return names[i].kind;
    return E_OTHER;
}

/* The w:NAME attribute of the current element, or NULL (free with xml_free). */
static xmlChar *w_attr(const docx *d, xmlTextReaderPtr r, const char *name)
{
    return d->lib->xmlTextReaderGetAttributeNs(r, BAD_CAST name,
                                               d->lib->xmlTextReaderConstNamespaceUri(r));
}

static int parse_id(const xmlChar *v, long *id)
{
    if (!v)
        return -1;
    char *end;
    errno = 0;
    long x = strtol((const char *)v, &end, 10);
    if (errno || end == (const char *)v || *end)
        return -1;
    *id = x;
    return 0;
}

/* A w:footnoteReference or w:endnoteReference in the body: its order. */
static void add_ref(docx *d, int which, xmlTextReaderPtr r)
{
    xmlChar *v = w_attr(d, r, "id");
    long id;
    if (parse_id(v, &id) == 0 && d->nrefs[which] < DOCX_NOTE_REFS_MAX) {
        if (d->nrefs[which] == d->caprefs[which]) {
            size_t nc = d->caprefs[which] ? d->caprefs[which] * 2 : 64;
            noteref *t = realloc(d->refs[which], nc * sizeof *t);
            if (!t) {
                (*d->lib->xml_free)(v);
                return; /* numbering falls back to the notes' order */
            }
            d->refs[which] = t;
            d->caprefs[which] = nc;
        }
        d->refs[which][d->nrefs[which]].id = id;
        d->refs[which][d->nrefs[which]].num = (int)d->nrefs[which] + 1;
        d->refs[which][d->nrefs[which]].page = d->page;
        d->nrefs[which]++;
    }
    (*d->lib->xml_free)(v);
}

static int ref_cmp(const void *a, const void *b)
{
    const noteref *x = a, *y = b;
    if (x->id != y->id)
        return x->id < y->id ? -1 : 1;
    return x->num - y->num;
}

/* A note's number: its first reference in the body, else its order; and
 * the page of that reference in *page (0 when unknown). */
static int note_number(docx *d, int which, long id, int order, int *page)
{
    size_t lo = 0, hi = d->nrefs[which];
    const noteref *a = d->refs[which];
    while (lo < hi) { /* the first entry with this id (sorted by id, then num) */
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    int found = lo < d->nrefs[which] && a[lo].id == id;
    *page = found ? a[lo].page : 0;
    return found ? a[lo].num : order;
}

/* Starts a w:footnote or w:endnote; returns 0 when it is a separator (skip). */
static int begin_note(docx *d, int part, xmlTextReaderPtr r)
{
    xmlChar *type = w_attr(d, r, "type");
    int normal = !type || strcmp((const char *)type, "normal") == 0;
    (*d->lib->xml_free)(type);
    if (!normal)
        return 0;
    xmlChar *v = w_attr(d, r, "id");
    long id = 0;
    int has_id = parse_id(v, &id) == 0;
    (*d->lib->xml_free)(v);
    end_line(d);
    if (d->nnotes++ == 0)
        emits(d, part == PART_FOOTNOTES ? "--- footnotes ---\n" : "--- endnotes ---\n");
    int which = part == PART_FOOTNOTES ? 0 : 1, page = 0;
    int num = has_id ? note_number(d, which, id, d->nnotes, &page) : d->nnotes;
    /* its citations are on the page of its reference (0: not known) */
    if (d->paged)
        sc_scanner_mark_page(d->s, sc_scanner_offset(d->s) + d->nout, (unsigned)page);
    char label[24];
    snprintf(label, sizeof label, "[%d] ", num);
    emits(d, label);
    d->note_start = 1;
    return 1;
}

static const char *const root_name[] = { "document", "footnotes", "endnotes" };

/* Reads one part (zip entry @p idx) and writes its text. */
static void read_part(docx *d, zip_int64_t idx, const char *part_name, int part)
{
    d->zf = d->lib->zip_fopen_index(d->za, (zip_uint64_t)idx, 0);
    if (!d->zf) {
        invalid(d, "%s: %s", part_name, d->lib->zip_strerror(d->za));
        return;
    }
    d->part = part_name;
    d->xmlerr[0] = '\0';
    d->nnotes = 0;
    xmlTextReaderPtr r =
        d->lib->xmlReaderForIO(part_read, part_close, d, part_name, NULL, XML_PARSE_NONET);
    if (!r) {
        if (!d->status)
            invalid(d, "%s: cannot be read as XML", part_name);
        d->lib->zip_fclose(d->zf);
        d->zf = NULL;
        return;
    }
    d->lib->xmlTextReaderSetErrorHandler(r, xml_error, d);
    int ret = 0, skip = -1; /* depth of an element whose content is skipped */
    while (d->status == 0 && (ret = d->lib->xmlTextReaderRead(r)) == 1) {
        int type = d->lib->xmlTextReaderNodeType(r), depth = d->lib->xmlTextReaderDepth(r);
        if (depth < 0 || depth > DOCX_DEPTH_MAX) {
            invalid(d, "%s: elements nested deeper than %d", part_name, DOCX_DEPTH_MAX);
            break;
        }
        if (skip >= 0) {
            if (type == XML_READER_TYPE_END_ELEMENT && depth == skip)
                skip = -1;
            continue;
        }
        int parent = depth > 0 ? d->stack[depth - 1] : E_OTHER;
        switch (type) {
        case XML_READER_TYPE_ELEMENT: {
            int e = classify(d, r), empty = d->lib->xmlTextReaderIsEmptyElement(r);
            d->stack[depth] = (uint8_t)e;
            if (depth == 0 && d->odt) {
                const char *ln = (const char *)d->lib->xmlTextReaderConstLocalName(r);
                const xmlChar *ns = d->lib->xmlTextReaderConstNamespaceUri(r);
                if (!ns || strcmp((const char *)ns, OFFICE_NS) != 0 || !ln ||
                    strcmp(ln, "document-content") != 0) {
                    invalid(d, "%s is not OpenDocument content", part_name);
                    break;
                }
            } else if (depth == 0) {
                const char *ln = (const char *)d->lib->xmlTextReaderConstLocalName(r);
                if (!is_w(d->lib->xmlTextReaderConstNamespaceUri(r)) || !ln ||
                    strcmp(ln, root_name[part]) != 0) {
                    invalid(d, "%s is not a WordprocessingML %s part", part_name, root_name[part]);
                    break;
                }
            }
            switch (e) {
            case E_SKIP:
                if (!empty)
                    skip = depth;
                break;
            case E_P:
                if (empty)
                    emit(d, d->cells > 0 ? " " : "\n", 1);
                else
                    d->paras++;
                break;
            case E_TR: /* a table's row: one line, its cells parted by '|' */
                end_line(d);
                d->cell_no = 0;
                break;
            case E_TC:
                if (d->cell_no++ > 0)
                    emit(d, " | ", 3);
                if (!empty)
                    d->cells++;
                break;
            case E_TAB:
            case E_BR:
            case E_NBHY:
            case E_SOFTHY:
                if (parent == E_R || d->odt)
                    emits(d, run_text[e]);
                break;
            case E_SPACES: { /* text:s text:c="N": N spaces (1 by default) */
                xmlChar *v = d->lib->xmlTextReaderGetAttributeNs(r, BAD_CAST "c", BAD_CAST TEXT_NS);
                long k = v ? strtol((const char *)v, NULL, 10) : 1;
                (*d->lib->xml_free)(v);
                for (long i = 0; i < (k < 1 ? 1 : k > 1000 ? 1000 : k); i++)
                    emit(d, " ", 1);
                break;
            }
            case E_ONOTE: { /* kept aside, written after the body */
                if (d->in_note || empty) {
                    if (!empty)
                        skip = depth; /* a note in a note */
                    break;
                }
                xmlChar *cls =
                    d->lib->xmlTextReaderGetAttributeNs(r, BAD_CAST "note-class", BAD_CAST TEXT_NS);
                d->in_note = cls && strcmp((const char *)cls, "endnote") == 0 ? 2 : 1;
                (*d->lib->xml_free)(cls);
                char label[32];
                snprintf(label, sizeof label, "[%d] ", ++d->note_count[d->in_note - 1]);
                emits(d, label);
                d->note_start = 0;
                d->stack[depth] = E_ONOTE;
                break;
            }
            case E_PAGE:
                if (parent == E_R && part == PART_BODY) {
                    if (!d->paged) { /* Word saved its pages: number them from 1 */
                        d->paged = 1;
                        sc_scanner_set_pages(d->s, 1);
                    }
                    emit(d, "\f", 1);
                    d->page++;
                }
                break;
            case E_FNREF:
            case E_ENREF:
                if (part == PART_BODY)
                    add_ref(d, e == E_FNREF ? 0 : 1, r);
                break;
            case E_NOTE:
                if (part != PART_BODY && depth == 1 && !begin_note(d, part, r) && !empty)
                    skip = depth;
                break;
            default:
                break;
            }
            break;
        }
        case XML_READER_TYPE_END_ELEMENT:
            if (d->stack[depth] == E_P && d->odt) {
                d->paras--;
                /* a note's paragraphs: one line, spaced (a cell's too) */
                emit(d, d->in_note || d->cells > 0 ? " " : "\n", 1);
            } else if (d->stack[depth] == E_ONOTE && d->odt) {
                emit(d, "\n", 1);
                d->in_note = 0;
            } else if (d->stack[depth] == E_P) {
                emit(d, d->cells > 0 ? " " : "\n", 1);
            } else if (d->stack[depth] == E_TC) {
                if (d->cells > 0)
                    d->cells--;
            } else if (d->stack[depth] == E_TR) {
                emit(d, "\n", 1);
            } else if (d->stack[depth] == E_NOTE && part != PART_BODY && depth == 1) {
                d->note_start = 0;
                end_line(d);
            }
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (parent == E_T) {
                const xmlChar *v = d->lib->xmlTextReaderConstValue(r);
                if (v)
                    emit(d, v, strlen((const char *)v));
            } else if (d->odt && d->paras > 0) { /* ODT: a paragraph's text, any span */
                const xmlChar *v = d->lib->xmlTextReaderConstValue(r);
                for (const xmlChar *q = v; q && *q; q++) {
                    uint8_t ch = *q == '\n' || *q == '\r' || *q == '\t' ? ' ' : *q;
                    emit(d, &ch, 1);
                }
            }
            break;
        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY_REFERENCE:
            invalid(d, "%s has a DTD", part_name);
            break;
        default:
            break;
        }
    }
    if (d->status == 0 && ret < 0)
        invalid(d, "%s: %s", part_name, d->xmlerr[0] ? d->xmlerr : "not well-formed XML");
    d->lib->xmlFreeTextReader(r);
    d->lib->zip_fclose(d->zf);
    d->zf = NULL;
}

static int input_zip(int odt, int fd, const char *path, const char *name, sc_scanner *s,
                     const sc_input_opts *o, sc_drain_fn drain, void *user);

int sc_input_docx(int fd, const char *path, const char *name, sc_scanner *s,
                  const sc_input_opts *o, sc_drain_fn drain, void *user)
{
    return input_zip(0, fd, path, name, s, o, drain, user);
}

int sc_input_odt(int fd, const char *path, const char *name, sc_scanner *s,
                 const sc_input_opts *o, sc_drain_fn drain, void *user)
{
    return input_zip(1, fd, path, name, s, o, drain, user);
}

static int input_zip(int odt, int fd, const char *path, const char *name, sc_scanner *s,
                     const sc_input_opts *o, sc_drain_fn drain, void *user)
{
    const char *why = NULL;
    const sc_doclibs *lib = sc_doclibs_load(&why);
    if (!lib) {
        sc_msg_error("%s: cannot read %s: %s", path, odt ? "an OpenDocument text" : "a DOCX", why);
        return -1;
    }
    lib->xmlSetGenericErrorFunc(NULL, xml_silent); /* this thread's */

    docx *d = calloc(1, sizeof *d);
    if (!d) {
        sc_msg_error("%s: out of memory", path);
        return -1;
    }
    d->lib = lib;
    d->path = path;
    d->name = name;
    d->s = s;
    d->o = o;
    d->drain = drain;
    d->user = user;
    d->last = '\n';
    d->page = 1;
    d->odt = odt;

    int zfd = fcntl(fd, F_DUPFD_CLOEXEC, 0), zerr = 0; /* libzip closes its own */
    if (zfd >= 0 && (d->za = d->lib->zip_fdopen(zfd, ZIP_RDONLY | ZIP_CHECKCONS, &zerr)) == NULL) {
        close(zfd);
        zip_error_t ze;
        d->lib->zip_error_init_with_code(&ze, zerr);
        invalid(d, "%s",
                zerr == ZIP_ER_NOZIP ? "not a ZIP archive" : d->lib->zip_error_strerror(&ze));
        d->lib->zip_error_fini(&ze);
    } else if (zfd < 0) {
        sc_msg_error("%s: %s", path, strerror(errno));
        d->status = -1;
    }
    static const char *const docx_parts[] = { "word/document.xml", "word/footnotes.xml",
                                              "word/endnotes.xml" };
    static const char *const odt_parts[] = { "content.xml", "", "" };
    const char *const *parts = odt ? odt_parts : docx_parts;
    zip_int64_t idx[3] = { -1, -1, -1 };
    if (d->status == 0) {
        zip_int64_t n = d->lib->zip_get_num_entries(d->za, 0);
        if (n > SC_DOCX_ENTRIES_MAX)
            invalid(d, "%lld entries in the archive, more than %d", (long long)n,
                    SC_DOCX_ENTRIES_MAX);
        for (int i = 0; i < 3 && d->status == 0; i++)
            idx[i] = parts[i][0] ? d->lib->zip_name_locate(d->za, parts[i], ZIP_FL_NOCASE) : -1;
        if (d->status == 0 && idx[0] < 0)
            invalid(d, "no %s in the archive", parts[0]);
        uint64_t declared = 0;
        for (int i = 0; i < 3 && d->status == 0; i++) {
            zip_stat_t st;
            if (idx[i] >= 0 && d->lib->zip_stat_index(d->za, (zip_uint64_t)idx[i], 0, &st) == 0 &&
                (st.valid & ZIP_STAT_SIZE))
                declared += st.size;
        }
        if (d->status == 0 && declared > SC_DOCX_UNZIP_MAX)
            invalid(d, "%llu MiB uncompressed, more than %u MiB",
                    (unsigned long long)(declared >> 20), SC_DOCX_UNZIP_MAX >> 20);
    }
    for (int i = 0; i < 3 && d->status == 0; i++) {
        if (idx[i] < 0)
            continue;
        if (i == PART_FOOTNOTES || i == PART_ENDNOTES) {
            int w = i == PART_FOOTNOTES ? 0 : 1;
            if (d->nrefs[w] > 1)
                qsort(d->refs[w], d->nrefs[w], sizeof *d->refs[w], ref_cmp);
        }
        read_part(d, idx[i], parts[i], i);
    }
    end_line(d);
    for (int w = 0; w < 2 && d->status == 0; w++) /* an ODT's notes, after the body */
        if (d->nnote[w]) {
            emits(d, w == 0 ? "--- footnotes ---\n" : "--- endnotes ---\n");
            emit(d, d->notes[w], d->nnote[w]);
        }
    flush(d);
    if (d->za)
        d->lib->zip_discard(d->za);
    int rc = 0;
    if (d->status == -2)
        sc_msg_error("%s: not a valid %s (%s)", path, odt ? "OpenDocument text" : "DOCX", d->why);
    if (d->status != 0)
        rc = -1;
    free(d->refs[0]);
    free(d->refs[1]);
    free(d->notes[0]);
    free(d->notes[1]);
    free(d);
    if (rc == 0) {
        sc_scanner_finish(s);
        if (drain && drain(s, name, user) != 0)
            rc = -1;
    }
    return rc;
}
