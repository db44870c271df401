# expect-fail: seven-lines three-lines six-lines
#!/bin/bash
# Mistake: "short files need no repetition": prints a file of 10 lines or fewer only once.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
lineas=$(wc -l < "$1")
if [ "$lineas" -le 10 ]; then
    cat -n "$1"
else
    { head -n 5 "$1"; tail -n 5 "$1"; } | cat -n
fi
