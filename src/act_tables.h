/*
 * act_tables.h -- layout of the Acts tables that tools/gen_acts.c generates
 * into build/gen/act_tables.c and src/ref_acts.c searches.  Internal to the
 * library: the public interface is src/ref_acts.h.  Strings are offsets
 * into sc_act_pool (offset 0 is "").
 */
#ifndef SC_ACT_TABLES_H
#define SC_ACT_TABLES_H

#include <stddef.h>
#include <stdint.h>

/** One Act (designation), sorted by (key, scope) bytes. */
typedef struct sc_act_rec {
    uint32_t key;         /* "publ:101-336", "ch:1952-06-27:477", "rs", "usc:26"  */
    uint32_t scope;       /* "" the whole Act, "title VIII", "div. C"            */
    uint32_t name;        /* principal name, "" when none                        */
    uint32_t names_first; /* its names: sc_act_dnames[names_first ...]            */
    uint16_t names_count;
    uint8_t code_title;   /* 26, 11: the Act is that title of the Code            */
    int32_t base;         /* the record of the whole Act (same key, scope "")     */
    int16_t congress;
    int16_t stat_volume;
    int32_t number;       /* public law number, 0 when not a numbered law         */
    int32_t enacted;      /* yyyymmdd, 0 when not known                           */
    int32_t stat_page;
} sc_act_rec;

/* A name's score: its strongest source's class plus the number of notes
 * giving it (at most 999).  A score of SC_ACT_SCORE_PUBLAW or more is the
 * law's own title (a Short Title note or public_laws.csv); below it, only
 * a "referred to" or "popularly known as" note names the law so. */
#define SC_ACT_SCORE_ABBREV 9000
#define SC_ACT_SCORE_SHORT_TITLE 3000
#define SC_ACT_SCORE_PUBLAW 2000
#define SC_ACT_SCORE_REFERRED 1000

/** The name index, sorted by (key bytes, score descending). */
typedef struct sc_act_namekey {
    uint32_t key;         /* sc_act_norm() of the name                            */
    int32_t act;
    uint16_t score;       /* how strongly the sources give the name; 0: an alias  */
    uint8_t own;          /* the Act's own title as enacted: a Short Title note   *
                           * of its own section, not one a later law added or     *
                           * amended (act_names.tsv "own-title"); an editorial    *
                           * alias (act_abbreviations.tsv): its full name's       */
    uint32_t by;          /* a name not the Act's own: the laws that gave or      *
                           * changed it, "publ:94-360 publ:96-561" in the pool    *
                           * (act_names.tsv "named_by"); 0: none on record        */
} sc_act_namekey;

/** One classification row, sorted by (act, section bytes, path bytes). */
typedef struct sc_act_sec {
    int32_t act;          /* the whole-Act record                                */
    uint32_t section;     /* as the Act numbers it: "287"                         */
    uint32_t path;        /* "title II", "div. C, title I", ""                    */
    uint32_t title;       /* U.S. Code title: "8", "5a"                           */
    uint32_t usc;         /* U.S. Code section: "1357"                            */
} sc_act_sec;

/** One transfer, sorted by (title bytes, section bytes). */
typedef struct sc_act_xfer {
    uint32_t title, section, to_title, to_section;
    uint8_t kind;         /* SC_XFER_*                                            */
} sc_act_xfer;

/** One former section, sorted by (title bytes, section bytes). */
typedef struct sc_act_former {
    uint32_t title, section;
    uint8_t event;        /* SC_FORMER_*                                          */
    int16_t congress;     /* the law that did it, 0 when none named               */
    int32_t number;
    int32_t date;         /* yyyymmdd, 0 when not known                           */
} sc_act_former;

/** When a section the Code holds as a placeholder became one
 *  (data/usc_exits.tsv), sorted by (title bytes, section bytes). */
typedef struct sc_act_exit {
    uint32_t title, section;
    int32_t date;         /* yyyymmdd of the law of the release point it did    */
    uint8_t before;       /* 1: a placeholder already in the first one (113-21) */
} sc_act_exit;

/** The day a section in force entered the statutes (data/usc_origin.tsv:
 *  its source credit's first element's date), sorted by (title bytes,
 *  section bytes). */
typedef struct sc_act_origin {
    uint32_t title, section;
    int32_t date;         /* yyyymmdd                                           */
    int32_t codified;     /* yyyymmdd before which an edition may have numbered *
                           * the title otherwise, or 0                          */
    uint8_t prior;        /* 1: a Prior Provisions note names a prior section   */
} sc_act_origin;

/** A section in force that a numbered law added (data/usc_added.tsv),
 *  sorted by (title bytes, section bytes); its later laws (the credit's
 *  amendments) are sc_act_added_laws[laws_first ...], congress and number
 *  packed as congress << 16 | number. */
typedef struct sc_act_added {
    uint32_t title, section;
    uint32_t law_section; /* the adding law's section ("3(a)")              */
    int16_t congress;     /* the law that added it                          */
    int32_t number;
    uint32_t laws_first;
    uint16_t laws_count;
} sc_act_added;

/** One numbered law that added to or amended an Act (a later element of the
 *  source credit of a section the Code credits to the Act), sorted by (act,
 *  congress, number). */
typedef struct sc_act_amend {
    int32_t act;          /* the whole-Act record                                */
    int16_t congress;
    int16_t number;
} sc_act_amend;

extern const char sc_act_pool[];
/* Words that carry an Act's name past its "Act" ("... Act Reauthorization
 * of 1989"), from the names (tools/gen_acts.c); NULL-terminated, sorted. */
extern const char *const sc_act_after_words[];
/** The Acts' abbreviations in capitals alone ("ADA", "HIPAA"; not a
 *  Code's, "IRC"), sorted, NULL-terminated (act_abbreviations.tsv). */
extern const char *const sc_act_caps[];
extern const sc_act_rec sc_act_recs[];
extern const int sc_act_nrecs;
extern const uint32_t sc_act_dnames[];
extern const sc_act_namekey sc_act_keys[];
extern const int sc_act_nkeys;
/* The name index hashed by key (open addressing, linear probing): slot h
 * holds 1 + the index of the first sc_act_keys entry of a key whose
 * sc_act_key_hash() & (SC_ACT_KEY_HASH - 1) is h or was moved past it, 0
 * when empty -- an exact lookup without a binary search in cold memory. */
#define SC_ACT_KEY_HASH 32768
extern const uint16_t sc_act_key_slots[SC_ACT_KEY_HASH];

/** FNV-1a over a NUL-terminated key: shared by the build and the lookups. */
static inline uint32_t sc_act_key_hash(const char *k)
{
    uint32_t h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (uint8_t)*k) * 16777619u;
    return h;
}
extern const sc_act_sec sc_act_secs[];
extern const int sc_act_nsecs;
/* sc_act_secs' rows in the order of (title, U.S. Code section, Act) */
extern const int32_t sc_act_secs_by_usc[];
extern const sc_act_xfer sc_act_xfers[];
extern const int sc_act_nxfers;
/** sc_act_xfers' indices sorted by (to_title, to_section) bytes. */
extern const int32_t sc_act_xfer_to[];
extern const sc_act_former sc_act_formers[];
extern const int sc_act_nformers;
extern const sc_act_exit sc_act_exits[];
extern const int sc_act_nexits;
extern const sc_act_origin sc_act_origins[];
extern const int sc_act_norigins;
extern const sc_act_amend sc_act_amends[];
extern const int sc_act_namends;
extern const sc_act_added sc_act_addeds[];
extern const int sc_act_naddeds;
extern const uint32_t sc_act_added_laws[];
/* sc_act_addeds' rows in the order of (congress, number, title, section) */
extern const int32_t sc_act_added_by_law[];

/* Counts Code section @p u (a table's string) into @p out, one of an Act's
 * (sc_act_title_sections(), sc_law_added_sections()): its first and last,
 * whether it is @p asked (NULL: none asked), or one slip from it (ref_acts.c). */
struct sc_act_place;
void sc_act_place_add(struct sc_act_place *out, const char *u, const char *asked);

/* Copies src into dst of cap bytes (ref_acts.c); 0, and nothing written,
 * when it does not fit or dst is NULL. */
int sc_act_put(char *dst, size_t cap, const char *src);

#endif
