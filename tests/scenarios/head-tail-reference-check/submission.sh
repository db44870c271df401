#!/usr/bin/env bash
# head-tail.sh FILE
# Imprime numeradas las 5 primeras y las 5 últimas líneas de FILE, exactamente
# como lo hace:  { head -n 5 FILE; tail -n 5 FILE; } | cat -n

if (( $# != 1 )); then
    echo "uso: ${0##*/} ARCHIVO" >&2
    exit 2
fi

file=$1

if [[ ! -e $file ]]; then
    echo "${0##*/}: $file: no existe" >&2
    exit 1
fi
if [[ -d $file || ! -r $file ]]; then
    echo "${0##*/}: $file: no se puede leer" >&2
    exit 1
fi

{ head -n 5 -- "$file"; tail -n 5 -- "$file"; } | cat -n