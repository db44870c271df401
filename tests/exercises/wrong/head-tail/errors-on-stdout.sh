# expect-fail: no-argument missing-file unreadable-file missing-file-with-spaces
#!/bin/bash
# Mistake: error messages printed on standard output.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO"; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1"; exit 1; fi
{ head -n 5 "$1"; tail -n 5 "$1"; } | cat -n
