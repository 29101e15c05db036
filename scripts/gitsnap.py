"""gitsnap.py -- reading a bare git snapshot from the `fetch` tool without
checking it out: the build-*.py scripts' shared git calls, and the one
fact of junxit/us-congress-code's layout they share (its title directories)."""
import re
import subprocess
import threading


def git(gitdir, *args):
    """The stdout bytes of `git --git-dir GITDIR ARGS...` (raises on failure)."""
    return subprocess.run(['git', '--git-dir', gitdir] + list(args), check=True,
                          capture_output=True).stdout


def head(gitdir):
    """The commit the snapshot's HEAD names."""
    return git(gitdir, 'rev-parse', 'HEAD').decode().strip()


def blobs(gitdir, entries):
    """Yield (path, bytes) for [(sha, path)] through one cat-file process;
    a blob absent from the snapshot (a large file) is skipped."""
    p = subprocess.Popen(['git', '--git-dir', gitdir, 'cat-file', '--batch'],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        for sha, _ in entries:
            p.stdin.write((sha + '\n').encode())
        p.stdin.close()
    threading.Thread(target=feed, daemon=True).start()
    for sha, path in entries:
        hdr = p.stdout.readline().split()
        if len(hdr) < 3:
            continue
        data = p.stdout.read(int(hdr[2]))
        p.stdout.read(1)
        yield path, data
    p.wait()


def usc_title_of_dir(d):
    """The title of a directory of junxit/us-congress-code as the tables write
    it: "title-05" -> "5", "title-05a" -> "5 App."; None for another name."""
    m = re.match(r"title-0*(\d+)(a?)$", d)
    if not m:
        return None
    return m.group(1) + (" App." if m.group(2) else "")
