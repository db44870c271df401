# expect-fail: term-three-files int-two-files other-files-survive hup-one-file quit-status hup-status term-forty-files
#!/bin/bash
# Mistake: waits with a foreground sleep; bash runs the trap only after the sleep
# ends, so the handler never runs in time.
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
sleep 3600
