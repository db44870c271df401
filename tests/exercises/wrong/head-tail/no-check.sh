# expect-fail: missing-file unreadable-file missing-file-with-spaces
#!/bin/bash
# Mistake: no check of the file; head and tail complain on stderr, but the
# pipeline's status is cat's, 0.
if [ $# -eq 0 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
{ head -n 5 "$1"; tail -n 5 "$1"; } | cat -n
