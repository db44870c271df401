# expect-fail: hup-one-file
#!/bin/bash
# Mistake: waits in a busy loop that burns a whole CPU until the signal comes.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..."
    for ((i = 1; i <= n; i++)); do rm -f "$dir/work.$i"; done
    echo "Finalizando"
    exit $((128 + $1))
}
trap 'limpieza 1' HUP
trap 'limpieza 2' INT
trap 'limpieza 3' QUIT
trap 'limpieza 15' TERM
for ((i = 1; i <= n; i++)); do touch "$dir/work.$i"; done
echo listo
while true; do :; done
