# expect-fail: only-own-files
#!/bin/bash
# Mistake: counts from 0, creating (and then removing) work.0 … work.N-1.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..."
    for ((i = 0; i < n; i++)); do rm -f "$dir/work.$i"; done
    echo "Finalizando"
    exit $((128 + $1))
}
trap 'limpieza 1' HUP
trap 'limpieza 2' INT
trap 'limpieza 3' QUIT
trap 'limpieza 15' TERM
for ((i = 0; i < n; i++)); do touch "$dir/work.$i"; done
echo listo
sleep infinity &
wait $!
