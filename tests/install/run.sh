#!/bin/sh
# tests/install/run.sh -- make install into a temporary prefix, build
# tests/install/hello.c with `pkg-config --cflags --libs statcite` (shared)
# and `--static`, run both, then make uninstall and check nothing is left.
set -eu
prefix=$(mktemp -d "${TMPDIR:-/tmp}/statcite-prefix.XXXXXX")
out=$(mktemp -d "${TMPDIR:-/tmp}/statcite-hello.XXXXXX")
trap 'rm -rf "$prefix" "$out"' EXIT
make --no-print-directory -s install PREFIX="$prefix" >/dev/null
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
want="public_law publ:108-458
stat stat:118/3638
usc usc:8/1357(g)
bill bill:hr/10
4 citations"
fail=0
# shellcheck disable=SC2046
cc -o "$out/hello" tests/install/hello.c $(pkg-config --cflags --libs statcite)
got=$(LD_LIBRARY_PATH="$prefix/lib" "$out/hello") || fail=1
[ "$got" = "$want" ] || { echo "install: shared: got: $got"; fail=1; }
# shellcheck disable=SC2046
cc -o "$out/hello-static" tests/install/hello.c $(pkg-config --static --cflags statcite) \
   "$prefix/lib/libstatcite.a" $(pkg-config --static --libs-only-l statcite | sed 's/-lstatcite//')
got=$("$out/hello-static") || fail=1
[ "$got" = "$want" ] || { echo "install: static: got: $got"; fail=1; }
"$prefix/bin/statcite" --version >/dev/null || fail=1
[ -f "$prefix/share/man/man1/statcite.1" ] || { echo "install: no man page"; fail=1; }
for f in statcite.dbx statcite.bbx; do
    cmp -s "tex/$f" "$prefix/share/texmf/tex/latex/statcite/$f" || { echo "install: no $f"; fail=1; }
done
make --no-print-directory -s uninstall PREFIX="$prefix" >/dev/null
left=$(find "$prefix" -type f -o -type l)
[ -z "$left" ] || { echo "install: uninstall left: $left"; fail=1; }
if [ $fail = 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
