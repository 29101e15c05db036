# update.awk -- rewrite a tests/cli/cases/*.test file with the actual results.
#
# usage: awk -v W=WORKDIR -v N=FIRST_ID -f update.awk FILE > NEWFILE
#
# Everything is copied except each case's stdout:/stderr: blocks and exit:
# line, which are replaced (at the place of the first of them) by what the
# case really printed: W/ID.act.out, W/ID.act.err, W/ID.act.rc, with the
# flag files W/ID.act.out.noeol / .err.noeol when the last line has no
# newline.  Skipped cases (W/ID.skipped exists) are copied unchanged.

function exists(f,   r, x) {
    r = (getline x < f)
    if (r >= 0) close(f)
    return r >= 0
}
function emit_block(name, f, noeol,   line, r) {
    print name ":"
    while ((r = (getline line < f)) > 0) {
        if (line ~ /^\\/ || line ~ /^### case:/ ||
            line ~ /^(args|cmd|file|filter|skip-if|exit):( |$)/ ||
            line ~ /^(stdin|stdout|stderr):$/)
            line = "\\" line
        print line
    }
    close(f)
    if (exists(noeol)) print "\\ No newline at end of file"
}
function nonempty(f,   r, x) {
    r = (getline x < f)
    close(f)
    return r > 0
}
function emit_results(   b, rc) {
    if (emitted || id == "" || skipped) return
    b = W "/" id ".act"
    emit_block("stdout", b ".out", b ".out.noeol")
    if (nonempty(b ".err") || exists(b ".err.noeol"))
        emit_block("stderr", b ".err", b ".err.noeol")
    rc = "?"
    if ((getline rc < (b ".rc")) > 0) close(b ".rc")
    print "exit: " rc
    emitted = 1
}
BEGIN { n = N + 0; id = ""; inblk = ""; emitted = 0 }
/^### case:/ {
    emit_results()
    id = sprintf("%04d", ++n)
    skipped = exists(W "/" id ".skipped")
    emitted = 0; inblk = ""
    print; next
}
id == "" { print; next }
skipped { print; next }
/^(stdout|stderr):$/ { emit_results(); inblk = "drop"; next }
/^exit:( |$)/        { emit_results(); inblk = ""; next }
/^stdin:$/           { inblk = "keep"; print; next }
/^(args|cmd|file|filter|skip-if):( |$)/ { inblk = ""; print; next }
{
    if (inblk == "drop") next
    print
}
END { emit_results() }
