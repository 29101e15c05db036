#!/bin/sh
# tests/valgrind/run.sh BIN -- the CLI golden tests with every statcite run
# under valgrind (memcheck): any invalid read or write, use of uninitialized
# memory or definite leak makes that run exit 97, which fails its case.
# The 200 MB case is skipped (it would take many minutes under valgrind).
# PCRE2's JIT is turned off (STATCITE_JIT=0): valgrind cannot follow
# JIT-compiled code and reports its reads as uninitialised.
set -u
bin=${1:?usage: tests/valgrind/run.sh BIN}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind: not installed (apt-get install valgrind); skipped"
  exit 0
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/statcite-vg.XXXXXX")
trap 'rm -rf "$dir"' EXIT INT TERM
cat > "$dir/statcite" <<WRAP
#!/bin/sh
STATCITE_JIT=0 exec valgrind -q --error-exitcode=97 --leak-check=full --show-leak-kinds=definite \\
  --errors-for-leak-kinds=definite "$bin" "\$@"
WRAP
chmod +x "$dir/statcite"
sh tests/cli/run.sh "$dir/statcite"
