# expect-fail: content-kept-verbatim no-final-newline
#!/bin/bash
# Mistake: rebuilds every line with read (no -r, default IFS) and an unquoted echo,
# which eats backslashes and leading blanks, expands globs and drops a last line
# without newline.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
n=0
{ head -n 5 "$1"; tail -n 5 "$1"; } | while read linea; do
    n=$((n + 1))
    printf '%6d\t' $n
    echo $linea
done
