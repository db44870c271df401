# expect-fail: keep-blanks-list keep-blanks-lookup
#!/bin/bash
# Mistake: read with the default IFS trims leading and trailing blanks of each line.
declare -A capital
while read -r linea || [ -n "$linea" ]; do
    [[ $linea =~ ^[[:space:]]*(#|$) ]] && continue
    capital[${linea%%=*}]=${linea#*=}
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
