# expect-fail: five-and-five seven-lines eleven-lines hundred-lines
#!/bin/bash
# Mistake: numbers the lines of the file (cat -n first), not those of the output.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
cat -n "$1" | head -n 5
cat -n "$1" | tail -n 5
