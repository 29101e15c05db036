/*
 * doclibs.h -- libzip and libxml2 for the DOCX and OpenDocument reader
 * (input_docx.c), loaded at run time (doclibs.c) the first time such a
 * document is read: a run over text, HTML, PDF or RTF never loads them, nor
 * the libraries they depend on (libcrypto, ICU, libstdc++, ...), and so
 * starts sooner and in less memory.  The program is compiled against their
 * headers; the table below holds the few functions the reader calls, each
 * with the type its header declares.
 */
#ifndef SC_CLI_DOCLIBS_H
#define SC_CLI_DOCLIBS_H

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <zip.h>

/* The functions used, by library (X(name) each). */
#define SC_DOCLIBS_ZIP(X)                                                                   \
    X(zip_fdopen) X(zip_discard) X(zip_get_num_entries) X(zip_name_locate) X(zip_stat_index) \
    X(zip_fopen_index) X(zip_fread) X(zip_fclose) X(zip_strerror) X(zip_file_strerror)       \
    X(zip_error_init_with_code) X(zip_error_strerror) X(zip_error_fini)
#define SC_DOCLIBS_XML(X)                                                                   \
    X(xmlInitParser) X(xmlSetGenericErrorFunc) X(xmlReaderForIO) X(xmlFreeTextReader)        \
    X(xmlTextReaderSetErrorHandler) X(xmlTextReaderRead) X(xmlTextReaderNodeType)            \
    X(xmlTextReaderDepth) X(xmlTextReaderIsEmptyElement) X(xmlTextReaderConstLocalName)      \
    X(xmlTextReaderConstNamespaceUri) X(xmlTextReaderConstValue)                             \
    X(xmlTextReaderGetAttributeNs) X(xmlTextReaderLocatorLineNumber)

typedef struct sc_doclibs {
#define SC_DOCLIBS_FIELD(f) __typeof__(f) *f;
    SC_DOCLIBS_ZIP(SC_DOCLIBS_FIELD)
    SC_DOCLIBS_XML(SC_DOCLIBS_FIELD)
#undef SC_DOCLIBS_FIELD
    xmlFreeFunc *xml_free; /* libxml2's xmlFree, a variable: call (*xml_free)(p) */
} sc_doclibs;

/**
 * Loads libzip and libxml2 (the first call, in any thread; later calls
 * return what it found) and initializes libxml2's parser.  Returns the
 * table, or NULL with @p *why set to a static message such as "libxml2
 * not available (libxml2.so.2: cannot open shared object file: ...)".
 */
const sc_doclibs *sc_doclibs_load(const char **why);

#endif
