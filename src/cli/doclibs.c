/*
 * doclibs.c -- loads libzip and libxml2 with dlopen the first time a DOCX
 * or OpenDocument text is read (doclibs.h), so that statcite itself does
 * not link them.  The shared objects are the ones the program was compiled
 * against: their sonames (SC_ZIP_SONAME, SC_XML_SONAME) come from the
 * Makefile, which reads them from the libraries pkg-config names.  A failure
 * is kept: every DOCX of the run is refused with the same message, and the
 * other inputs are read as usual.
 */
#include "doclibs.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef SC_ZIP_SONAME
#define SC_ZIP_SONAME "libzip.so.4"
#endif
#ifndef SC_XML_SONAME
#define SC_XML_SONAME "libxml2.so.2"
#endif

static sc_doclibs libs;
static const sc_doclibs *loaded; /* &libs once complete, else NULL */
static char failure[400];

/* Opens @p soname (named @p lib in messages); NULL with failure[] set. */
static void *open_lib(const char *lib, const char *soname)
{
    void *h = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
    if (!h)
        snprintf(failure, sizeof failure, "%s not available (%s)", lib, dlerror());
    return h;
}

/* The address of @p sym in @p h (named @p lib), or NULL with failure[] set. */
static void *symbol(void *h, const char *lib, const char *sym)
{
    dlerror();
    void *p = dlsym(h, sym);
    if (!p) {
        const char *e = dlerror();
        snprintf(failure, sizeof failure, "%s not available (no %s: %s)", lib, sym,
                 e ? e : "null symbol");
    }
    return p;
}

static void load(void)
{
    void *zip = open_lib("libzip", SC_ZIP_SONAME);
    void *xml = zip ? open_lib("libxml2", SC_XML_SONAME) : NULL;
    if (!xml)
        return;
    int ok = 1;
    void *p;
#define SC_DOCLIBS_GET(f, h, lib, sym)                                                      \
    if (ok && (p = symbol(h, lib, sym)) != NULL)                                            \
        memcpy(&libs.f, &p, sizeof p); /* POSIX: a function's address as a void * */        \
    else                                                                                    \
        ok = 0;
#define SC_DOCLIBS_ZIP_GET(f) SC_DOCLIBS_GET(f, zip, "libzip", #f)
#define SC_DOCLIBS_XML_GET(f) SC_DOCLIBS_GET(f, xml, "libxml2", #f)
    SC_DOCLIBS_ZIP(SC_DOCLIBS_ZIP_GET)
    SC_DOCLIBS_XML(SC_DOCLIBS_XML_GET)
    SC_DOCLIBS_GET(xml_free, xml, "libxml2", "xmlFree")
    if (!ok)
        return;
    libs.xmlInitParser(); /* before any thread parses (-j) */
    loaded = &libs;
}

const sc_doclibs *sc_doclibs_load(const char **why)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, load);
    if (!loaded)
        *why = failure[0] ? failure : "libzip or libxml2 not available";
    return loaded;
}
