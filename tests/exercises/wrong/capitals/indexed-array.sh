# expect-fail: lookup-one list-all unknown-country comments-blanks-redefinition
#!/bin/bash
# Mistake: forgets declare -A; an indexed array evaluates "Chile" as an arithmetic
# subscript (0 when unset), so every country lands on the same element.
capital=()
while IFS= read -r linea || [ -n "$linea" ]; do
    [[ $linea =~ ^[[:space:]]*(#|$) ]] && continue
    pais=${linea%%=*}
    capital[$pais]=${linea#*=}
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
done | LC_ALL=C sort
