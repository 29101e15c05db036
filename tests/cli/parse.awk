# parse.awk -- split one tests/cli/cases/*.test file into per-case files.
#
# usage: awk -v W=WORKDIR -v N=FIRST_ID -v SRC=FILE -f parse.awk FILE
#
# For case number i (counting on from N) it writes, under W:
#   i.name                     the case name
#   i.args i.cmd i.file i.filter i.skip   the one-line directives given
#   i.exit                     expected exit status (0 when not given)
#   i.stdin i.stdout i.stderr  the blocks, byte-exact (see README.md)
#   i.line                     line number of the "### case:" line
# and prints one line "i<TAB>name" per case on standard output.
# A syntax error prints "ERROR<TAB>FILE:LINE: message" and stops.
# The format is documented in tests/cli/README.md.

function flush_block(   f) {
    if (blk == "") return
    f = W "/" id "." blk
    printf "%s", buf > f
    close(f)
    blk = ""; buf = ""
}
function start_case(name) {
    flush_block()
    if (id != "") done_case()
    id = sprintf("%04d", ++n)
    printf "%s", name > (W "/" id ".name"); close(W "/" id ".name")
    printf "%d", NR > (W "/" id ".line"); close(W "/" id ".line")
    names[id] = name
    order[++cases] = id
    has_exit = 0
}
function done_case() {
    if (!has_exit) { printf "0" > (W "/" id ".exit"); close(W "/" id ".exit") }
}
function bad(msg) {
    print "ERROR\t" SRC ":" NR ": " msg
    failed = 1
    exit 1
}
BEGIN { n = N + 0; id = ""; blk = ""; buf = ""; cases = 0 }
/^### case:/ {
    name = $0
    sub(/^### case:[ \t]*/, "", name)
    if (name == "") bad("case without a name")
    start_case(name)
    next
}
/^(args|cmd|file|filter|skip-if|exit):( |$)/ {
    flush_block()
    if (id == "") bad("directive before the first '### case:'")
    key = $0; sub(/:.*/, "", key)
    val = $0; sub(/^[a-z-]*:[ ]?/, "", val)
    if (key == "skip-if") key = "skip"
    if (key == "exit") {
        if (val !~ /^[0-9]+$/) bad("exit: wants a number")
        has_exit = 1
    }
    f = W "/" id "." key
    printf "%s", val > f; close(f)
    next
}
/^(stdin|stdout|stderr):$/ {
    flush_block()
    if (id == "") bad("block before the first '### case:'")
    blk = substr($0, 1, length($0) - 1)
    buf = ""
    # an empty block still exists as an (empty) file
    printf "" > (W "/" id "." blk); close(W "/" id "." blk)
    next
}
{
    if (blk != "") {
        line = $0
        if (line == "\\ No newline at end of file") {
            if (buf ~ /\n$/) buf = substr(buf, 1, length(buf) - 1)
            next
        }
        if (substr(line, 1, 1) == "\\") line = substr(line, 2)
        buf = buf line "\n"
        next
    }
    if ($0 ~ /^[ \t]*$/ || $0 ~ /^#/) next
    bad("text outside a block: " $0)
}
END {
    if (failed) exit 1
    flush_block()
    if (id != "") done_case()
    for (i = 1; i <= cases; i++) print order[i] "\t" names[order[i]]
}
