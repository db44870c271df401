# expect-fail: equals-at-end-of-capital
#!/bin/bash
# Mistake: splits with IFS== read -r pais capital: a capital with more "=" survives, but bash drops
# a single trailing "=" of the last field ("Sol=" becomes "Sol", "=" becomes "").
declare -A capital
while IFS= read -r linea || [ -n "$linea" ]; do
    [[ $linea =~ ^[[:space:]]*(#|$) ]] && continue
    [[ $linea == *=* ]] || continue
    IFS== read -r pais cap <<<"$linea"
    [ -n "$pais" ] || continue
    capital[$pais]=$cap
done
if [ $# -gt 0 ]; then
    estado=0
    for pais in "$@"; do
        if [ -n "$pais" ] && [ -n "${capital[$pais]+x}" ]; then
            printf '%s: %s\n' "$pais" "${capital[$pais]}"
        else
            printf '%s: desconocido\n' "$pais"; estado=1
        fi
    done
    exit $estado
fi
[ ${#capital[@]} -eq 0 ] && exit 0
printf '%s\n' "${!capital[@]}" | LC_ALL=C sort | while IFS= read -r pais; do
    printf '%s: %s\n' "$pais" "${capital[$pais]}"
done
