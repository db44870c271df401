# expect-fail: term-three-files int-two-files hup-one-file quit-status hup-status term-single-file
#!/bin/bash
# Mistake: one handler for every signal that always ends with exit 1.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..."
    for ((i = 1; i <= n; i++)); do rm -f "$dir/work.$i"; done
    echo "Finalizando"
    exit 1
}
trap limpieza HUP INT QUIT TERM
for ((i = 1; i <= n; i++)); do touch "$dir/work.$i"; done
echo listo
sleep infinity &
wait $!
