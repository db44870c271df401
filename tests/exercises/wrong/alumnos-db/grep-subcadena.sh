# expect-fail: materias-docente-perez estado-legajo-desconocido docente-exacto materias-alumno-orden materias-alumno-desconocido estado-legajo-12
#!/bin/bash
# Student mistake: looks records up with a plain grep of the argument, so "Gomez" also finds
# "Perez Gomez" and legajo 12 also finds 123 and 1234. Everything else is right.
dir=${DB_DIR:-.}
A="$dir/alumnos.csv"; M="$dir/materias.csv"; C="$dir/cursadas.csv"

if [ $# -ne 2 ]; then
    echo "uso: $0 SUBCOMANDO ARG" >&2
    exit 2
fi

case "$1" in
materias-docente)
    tail -n +2 "$M" | grep -- "$2" | cut -d, -f1,2 | sort -t, -k1,1n
    ;;
materias-alumno)
    linea=$(tail -n +2 "$A" | grep -- "$2" | head -n 1)
    if [ -z "$linea" ]; then echo "legajo desconocido" >&2; exit 1; fi
    uid=$(echo "$linea" | cut -d, -f1)
    tail -n +2 "$C" | while IFS=, read -r u mid ano cuat; do
        if [ "$u" = "$uid" ]; then
            nombre=$(tail -n +2 "$M" | awk -F, -v m="$mid" '$1 == m {print $2}')
            echo "$ano,$cuat,$mid,$nombre"
        fi
    done | sort -t, -k1,1n -k2,2n -k3,3n
    ;;
activos-materia)
    tail -n +2 "$C" | awk -F, -v m="$2" '$2 == m {print $1}' | sort -u > /tmp/uids.$$
    tail -n +2 "$A" | while IFS=, read -r uid user ape nom leg act; do
        if [ "$act" = true ] && grep -qx -- "$uid" /tmp/uids.$$; then
            echo "$leg,$ape,$nom"
        fi
    done | LC_ALL=C sort -t, -k2,2 -k3,3 -k1,1
    rm -f /tmp/uids.$$
    ;;
estado)
    linea=$(tail -n +2 "$A" | grep -- "$2" | head -n 1)
    if [ -z "$linea" ]; then echo "legajo desconocido" >&2; exit 1; fi
    if [ "$(echo "$linea" | cut -d, -f6)" = true ]; then echo Activo; else echo Inactivo; fi
    ;;
inactivar)
    n=0
    tmp=$(mktemp "$dir/alu.XXXXXX")
    head -n 1 "$A" > "$tmp"
    while IFS=, read -r uid user ape nom leg act; do
        ult=$(awk -F, -v u="$uid" 'NR > 1 && $1 == u && $3 > max {max = $3} END {print max + 0}' "$C")
        if [ "$act" = true ] && [ $(( $2 - ult )) -gt 3 ]; then
            act=false; n=$((n + 1))
        fi
        echo "$uid,$user,$ape,$nom,$leg,$act" >> "$tmp"
    done < <(tail -n +2 "$A")
    mv "$tmp" "$A"
    echo "$n"
    ;;
*)
    echo "uso: $0 SUBCOMANDO ARG" >&2
    exit 2
    ;;
esac
