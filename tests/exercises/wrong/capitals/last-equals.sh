# expect-fail: equals-in-capital equals-at-end-of-capital
#!/bin/bash
# Mistake: splits at the last "=" (${linea%=*}) instead of the first.
declare -A capital
while IFS= read -r linea || [ -n "$linea" ]; do
    [[ $linea =~ ^[[:space:]]*(#|$) ]] && continue
    capital[${linea%=*}]=${linea##*=}
done
if [ $# -gt 0 ]; then
    estado=0
    for pais in "$@"; do
        if [ -n "${capital[$pais]+x}" ]; then
            echo "$pais: ${capital[$pais]}"
        else
            echo "$pais: desconocido"; estado=1
        fi
    done
    exit $estado
fi
[ ${#capital[@]} -eq 0 ] && exit 0
printf '%s\n' "${!capital[@]}" | LC_ALL=C sort | while IFS= read -r pais; do
    echo "$pais: ${capital[$pais]}"
done
