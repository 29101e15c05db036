/*
 * byname.h -- laws cited by their Act's name alone, for the checker: "The
 * Audio Home Recording Act of 1992 became law on 1992-10-19." cites no law
 * by number, page or bill, yet says a fact of one.  In check mode the
 * scanner queues such a name as a public law of the SC_W_BY_NAME wording
 * when nothing else its sentence holds is a citation; the law is the one
 * the tables (src/ref_acts.h) give that name.  Pure functions over byte
 * pointers; no allocation.
 */
#ifndef SC_BYNAME_H
#define SC_BYNAME_H

#include <stddef.h>
#include <stdint.h>

#include "ref_acts.h"

/**
 * Where the next "Act" that may end an Act's name begins in b[from..to):
 * a word of its own after a blank, not "Act" of a longer name ("X Act
 * Amendments of 1990"), reading at most b[lim - 1] and nothing before
 * b[lo]; @p to when there is none.
 */
size_t sc_byname_next(const uint8_t *b, size_t lo, size_t from, size_t to, size_t lim);

/**
 * sc_byname_next(), the same answer, read from the "Act"s the lexer noted
 * on its way (@p a, sc_lex_find_acts(), over the same b, @p to no further
 * than the start it returned) where its list holds every one of
 * b[from..to), from b otherwise.  *i: where in the list
 * to go on (0 at first; the calls for one list in order of @p from).
 */
struct sc_lex_acts;
size_t sc_byname_next_noted(const uint8_t *b, size_t lo, size_t from, size_t to, size_t lim,
                            const struct sc_lex_acts *a, int *i);

/** Is it sure from the lexer's list @p a that sc_byname_next() finds no
 *  "Act" at a word start in b[from..to)? */
int sc_byname_none_noted(const uint8_t *b, size_t from, size_t to, size_t lim,
                         const struct sc_lex_acts *a);

/**
 * Where the next abbreviation of an Act written in capitals alone begins
 * in b[from..to) -- one of sc_act_caps ("ADA", "HIPAA", "CERCLA"), a word
 * of its own (no letter or digit next to it) written as a name ("HIPAA
 * was", "the ADA.", not "ADA enforcement") -- and its end in *eo; @p to
 * when there is none.  Reads b[from - 1] and no further than b[lim - 1]
 * (lim >= to: the bytes after to may be read in blocks).
 */
size_t sc_byname_next_caps(const uint8_t *b, size_t from, size_t to, size_t lim, size_t *eo);

/** Does b[lo..hi) tell an enactment: "enacted", "signed", "passed",
 *  "approved", "became law", "Congress" or "President" in it?  (An
 *  abbreviation alone is queued only in such a sentence: most name an Act
 *  for what it says, "ERISA preempts ...".) */
int sc_byname_tells_enactment(const uint8_t *b, size_t lo, size_t hi);

/** Is the line that ends at b[nl] ('\n') one of prose wrapped at a fixed
 *  width: 60 bytes or longer from b[lo] on, with a blank in its last 20 (a
 *  heading or a list's label is shorter; a line of one long token is no
 *  prose)?  A name may go on across such a line's end ("... in the
 *  Violence Against\nWomen Reauthorization Act of 2013"). */
int sc_byname_wrapped_line(const uint8_t *b, size_t lo, size_t nl);

/** Does sc_byname_span() find a name before the "Act" at b[p] (a
 *  capitalized word)?  Reads back only to the first capitalized word: a
 *  cheap test of most "Act"s ("this Act", "under the Act"). */
int sc_byname_named(const uint8_t *b, size_t lo, size_t p);

/**
 * The name whose "Act" begins at b[p]: its capitalized words before it
 * (with the connectors and commas between them, at most 24 words, none
 * before b[lo]) and its year after (" of 1992", ", 1953", and ", Part
 * III").  Returns 1 and stores it in b[*so..*eo); 0 when no capitalized
 * word stands before "Act" ("This Act" is one: the tables know no law of
 * it).
 */
int sc_byname_span(const uint8_t *b, size_t lo, size_t p, size_t lim, size_t *so, size_t *eo);

/**
 * The law the name b[so..eo) designates: the words from its first on, or
 * when the tables do not know them, from a later word ("During the term of
 * President Joseph Biden, the X Act" is the X Act).  Returns 1 and stores
 * the law's Congress and number and where the known name begins, when
 * the tables give that name to one law, as that law's own title when it
 * was enacted (data/public_laws.csv) or with the year it was enacted
 * ("Extra Long Staple Cotton Act of 1983", 98-88); 0 otherwise (an unknown name, one
 * many laws share, or a name given later: "Clean Air Act").
 */
int sc_byname_law(const uint8_t *b, size_t so, size_t eo, int *congress, int *number,
                  size_t *name_so);

/**
 * The law a name designates that a later law gave it, read as
 * sc_byname_law() reads a name, when sc_byname_law() refuses it for that
 * alone ("Horse Protection Act": Public Law 91-540, so named by Public Law
 * 94-360), or that a later law may have given it -- a name the tables
 * do not know as the law's own title as enacted and with no law that gave
 * it on record ("Bank Service Company Act", Public Law 87-856: by is then
 * SC_ACT_BY_UNKNOWN): returns 1 and fills @p law (congress, number and
 * by, for sc_act_law_named_by(); the rest 0) and where the known name
 * begins; 0 otherwise.
 */
int sc_byname_renamed(const uint8_t *b, size_t so, size_t eo, sc_act_law *law, size_t *name_so);

/**
 * The laws a name with its year designates when two to four numbered laws
 * bear it, all with their day on record ("Food, Conservation, and Energy
 * Act of 2008": 110-234, and 110-246, enacted again for an enrollment
 * error), the name b[so..eo) read whole or after its article: writes them
 * to @p out (room for @p max) and where the name begins, and returns how
 * many; 0 otherwise (one law, more, a name without its year -- which may
 * be more laws' than the tables know --, or an old Act by its chapter).
 */
int sc_byname_shared(const uint8_t *b, size_t so, size_t eo, sc_act_law *out, int max,
                     size_t *name_so);

/**
 * Citation @p c, an Act named alone (SC_W_BY_NAME) whose span lies in
 * @p buf (document offset @p base): made a citation of the law its name
 * designates (sc_byname_law()) -- Congress, number, key and form; its
 * start and text moved to where the known name begins.  Returns that law,
 * or NULL (c unchanged) when the name designates none.
 */
struct sc_citation;
struct sc_ref_law;
const struct sc_ref_law *sc_byname_resolve(struct sc_citation *c, const uint8_t *buf,
                                           uint64_t base);

/**
 * An Act before public-law numbers, cited by its date and chapter, that
 * the name b[so..eo) designates alone in the tables ("the Sherman Act":
 * July 2, 1890, ch. 647; read after its article, or from after a "the" in
 * it): returns 1 and stores its day (yyyymmdd) in *day, its chapter, its
 * row of the tables (sc_act_name_laws()) and where the known name begins;
 * 0 otherwise -- a numbered law (the Acts of the 57th-81st Congresses
 * whose number is on record are sc_byname_law()'s), a part, several laws,
 * or a chapter not on record.
 */
int sc_byname_old(const uint8_t *b, size_t so, size_t eo, size_t *name_so, int32_t *day,
                  int *chapter, sc_act_law *row);

/**
 * Citation @p c, an Act named alone (SC_W_BY_NAME) whose span lies in
 * @p buf (document offset @p base) and that sc_byname_resolve() left
 * alone, made a citation of what the name designates for the checks of
 * the facts said of a name alone (sc_check_named_alone_facts()): a name
 * later laws gave (sc_byname_renamed()), of the law it was given to, as
 * sc_byname_resolve() makes one; an old Act's (sc_byname_old()), of the
 * Statutes at Large page the Act begins on, its date and chapter set
 * (SC_STAT, still SC_W_BY_NAME).  Its start and text move to where the
 * known name begins; returns 1.  0 (c unchanged) otherwise.
 */
int sc_byname_resolve_facts_only(struct sc_citation *c, const uint8_t *buf, uint64_t base);

#endif
