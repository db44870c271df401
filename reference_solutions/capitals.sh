#!/usr/bin/env bash
# capitals.sh [PAIS...]
# Lee líneas "país=capital" de la entrada estándar en un arreglo asociativo.
# Con argumentos, imprime la capital de cada país pedido; sin argumentos, lista
# todos los países en orden de bytes.

declare -A capital=()

# "|| [[ -n $line ]]" procesa también una última línea sin salto de línea.
while IFS= read -r line || [[ -n $line ]]; do
    # Líneas en blanco y comentarios (primer carácter no blanco: #).
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    # Sin "=" la línea no es un par país=capital.
    [[ $line == *=* ]] || continue
    country=${line%%=*}
    [[ -n $country ]] || continue
    capital[$country]=${line#*=}
done

if (( $# > 0 )); then
    status=0
    for country in "$@"; do
        # ${capital[$country]+x} distingue "no está" de "capital vacía".
        if [[ -n $country && -n ${capital[$country]+x} ]]; then
            printf '%s: %s\n' "$country" "${capital[$country]}"
        else
            printf '%s: desconocido\n' "$country"
            status=1
        fi
    done
    exit "$status"
fi

(( ${#capital[@]} > 0 )) || exit 0
while IFS= read -r country; do
    printf '%s: %s\n' "$country" "${capital[$country]}"
done < <(printf '%s\n' "${!capital[@]}" | LC_ALL=C sort)
