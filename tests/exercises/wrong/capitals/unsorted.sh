# expect-fail: list-all byte-order
#!/bin/bash
# Mistake: lists the countries in the order of ${!capital[@]}, which is the hash
# table's order, not byte order.
declare -A capital
while IFS= read -r linea || [ -n "$linea" ]; do
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
for pais in "${!capital[@]}"; do
    echo "$pais: ${capital[$pais]}"
done
