# expect-fail: term-three-files int-two-files other-files-survive hup-one-file quit-status
#!/bin/bash
# Mistake: prints the handler's messages on standard error.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..." >&2
    for ((i = 1; i <= n; i++)); do rm -f "$dir/work.$i"; done
    echo "Finalizando" >&2
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
