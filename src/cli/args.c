/*
 * args.c -- the command word and option suggestions (see args.h).
 */
#include "args.h"

#include <string.h>

#include "suggest.h"

/* Does the long option written as @p name (n bytes, maybe abbreviated)
 * take an argument?  An unknown or ambiguous one is taken to have none. */
static int long_takes_arg(const char *name, size_t n, const struct option *lo)
{
    int found = -1, matches = 0;
    for (int i = 0; lo[i].name; i++) {
        if (strncmp(lo[i].name, name, n) != 0)
            continue;
        if (strlen(lo[i].name) == n)
            return lo[i].has_arg == required_argument;
        found = i;
        matches++;
    }
    return matches == 1 && lo[found].has_arg == required_argument;
}

int sc_args_take_command(int *argc, char **argv, const char *shortopts,
                         const struct option *longopts, const char *word)
{
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0)
            return 0;
        if (a[0] == '-' && a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            if (!eq && long_takes_arg(a + 2, strlen(a + 2), longopts))
                i++;
            continue;
        }
        if (a[0] == '-' && a[1]) {
            for (const char *p = a + 1; *p; p++) {
                const char *d = *p != ':' ? strchr(shortopts, *p) : NULL;
                if (d && d[1] == ':') {
                    if (p[1] == '\0')
                        i++; /* the argument is the next word */
                    break;
                }
            }
            continue;
        }
        if (strcmp(a, word) != 0)
            return 0;
        memmove(argv + i, argv + i + 1, (size_t)(*argc - i) * sizeof *argv); /* with NULL */
        (*argc)--;
        return 1;
    }
    return 0;
}

const char *sc_args_suggest(const char *arg, const struct option *longopts)
{
    if (strncmp(arg, "--", 2) != 0)
        return NULL;
    arg += 2;
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
    const char *names[128];
    int n = 0;
    for (; n < 128 && longopts[n].name; n++)
        names[n] = longopts[n].name;
    int s = sc_suggest(arg, len, names, NULL, n);
    return s >= 0 ? names[s] : NULL;
}
