# expect-fail: only-own-files neighbours-after-hup
#!/bin/bash
# Mistake: removes with a wildcard, taking files the script did not create.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..."
    rm -f "$dir"/work.*
    echo "Finalizando"
    exit $((128 + $1))
}
trap 'limpieza 1' HUP
trap 'limpieza 2' INT
trap 'limpieza 3' QUIT
trap 'limpieza 15' TERM
for ((i = 1; i <= n; i++)); do touch "$dir/work.$i"; done
echo listo
sleep infinity &
wait $!
