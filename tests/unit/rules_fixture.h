/*
 * rules_fixture.h -- the built-in grammar, loaded once for a group of cmocka
 * tests: `rules`, set by rules_setup() and freed by rules_teardown(), to pass
 * to cmocka_run_group_tests().  Included by one test file each (its
 * definitions are static); include <cmocka.h> and "statcite.h" first.
 */
#ifndef SC_TEST_RULES_FIXTURE_H
#define SC_TEST_RULES_FIXTURE_H

#include <stdio.h>

static sc_rules *rules;

static int rules_setup(void **state)
{
    (void)state;
    char err[256];
    rules = sc_rules_load(NULL, 0, NULL, err, sizeof err);
    if (!rules)
        fprintf(stderr, "built-in grammar: %s\n", err);
    return rules ? 0 : -1;
}

static int rules_teardown(void **state)
{
    (void)state;
    sc_rules_free(rules);
    rules = NULL;
    return 0;
}

#endif
