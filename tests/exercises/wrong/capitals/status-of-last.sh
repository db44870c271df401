# expect-fail: unknown-country unknown-first-known-last
#!/bin/bash
# Mistake: the exit status is that of the last lookup only.
declare -A capital
while IFS= read -r linea || [ -n "$linea" ]; do
    [[ $linea =~ ^[[:space:]]*(#|$) ]] && continue
    capital[${linea%%=*}]=${linea#*=}
done
if [ $# -gt 0 ]; then
    for pais in "$@"; do
        if [ -n "${capital[$pais]+x}" ]; then
            echo "$pais: ${capital[$pais]}"
            estado=0
        else
            echo "$pais: desconocido"
            estado=1
        fi
    done
    exit $estado
fi
[ ${#capital[@]} -eq 0 ] && exit 0
printf '%s\n' "${!capital[@]}" | LC_ALL=C sort | while IFS= read -r pais; do
    echo "$pais: ${capital[$pais]}"
done
