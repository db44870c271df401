# expect-fail: name-with-spaces
#!/bin/bash
# Mistake: $1 unquoted, so a name with spaces is split into several words.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
{ head -n 5 $1; tail -n 5 $1; } | cat -n
