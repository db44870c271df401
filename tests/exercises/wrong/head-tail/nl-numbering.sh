# expect-fail: five-and-five blank-lines-numbered
#!/usr/bin/env bash
# Mistake: nl instead of cat -n; nl does not number empty lines by default.
if [ $# -ne 1 ]; then echo "uso: head-tail.sh ARCHIVO" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "no puedo leer $1" >&2; exit 1; fi
{ head -n 5 "$1"; tail -n 5 "$1"; } | nl
