/*
 * suggest.h -- "did you mean": the closest of a set of words to a mistyped
 * one (an option, a format name, a diagnostic code), by edit distance.
 */
#ifndef SC_CLI_SUGGEST_H
#define SC_CLI_SUGGEST_H

#include <stddef.h>

/**
 * Returns the index of the candidate closest to @p word (of @p len bytes)
 * among @p n candidates @p cands (of lengths @p lens, or NUL-terminated when
 * @p lens is NULL), or -1 when none is close: the Damerau-Levenshtein
 * distance (adjacent transpositions count 1) must be at most a third of the
 * longer word's length (and at least 1), or the word a prefix of exactly one
 * candidate.  Words longer than 64 bytes get no suggestion.
 */
int sc_suggest(const char *word, size_t len, const char *const *cands, const size_t *lens, int n);

#endif
