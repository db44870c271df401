# expect-fail: constraints
#!/bin/bash
# Functionally right, but filters comments and blank lines with grep, which the
# exercise forbids.
declare -A capital
while IFS= read -r linea; do
    capital[${linea%%=*}]=${linea#*=}
done < <(grep -v -E '^[[:space:]]*(#|$)')
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