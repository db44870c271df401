# expect-fail: five-and-five seven-lines eleven-lines hundred-lines
#!/bin/bash
# Mistake: numbers head and tail separately, so the numbering restarts at 1.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
head -n 5 "$1" | cat -n
tail -n 5 "$1" | cat -n
