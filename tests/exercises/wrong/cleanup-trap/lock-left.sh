# expect-fail: term-three-files int-two-files other-files-survive hup-one-file quit-status hup-status term-forty-files int-forty-files dir-with-spaces only-own-files neighbours-after-hup nested-dir-quit term-single-file
# Mistake: keeps a lock file with its PID in DIR while it works and forgets to remove it in the handler.
#!/usr/bin/env bash
# cleanup.sh DIR N
# Crea los archivos vacíos DIR/work.1 … DIR/work.N, avisa "listo" y espera, sin
# consumir CPU, hasta recibir SIGHUP, SIGINT, SIGQUIT o SIGTERM; entonces borra
# exactamente los archivos que creó y termina con 128 + el número de la señal.

if (( $# != 2 )) || [[ ! $2 =~ ^[0-9]+$ ]]; then
    echo "uso: ${0##*/} DIRECTORIO N" >&2
    exit 2
fi
dir=$1
n=$((10#$2))

created=()   # los archivos creados por este script, y solo esos
sleeper=     # PID del sleep que espera en segundo plano

remove_created() {
    if (( ${#created[@]} > 0 )); then
        rm -f -- "${created[@]}"
    fi
}

limpieza() {
    local signo=$1
    echo "Recibimos señal - desmantelando..."
    if [[ -n $sleeper ]]; then
        kill "$sleeper" 2>/dev/null
    fi
    remove_created
    echo "Finalizando"
    exit $((128 + signo))
}

# El trap se instala antes de crear nada: una señal temprana también limpia.
trap 'limpieza 1' HUP
trap 'limpieza 2' INT
trap 'limpieza 3' QUIT
trap 'limpieza 15' TERM

if [[ ! -d $dir ]]; then
    echo "${0##*/}: $dir: no es un directorio" >&2
    exit 1
fi

echo $$ >"$dir/.cleanup.lock"
for ((i = 1; i <= n; i++)); do
    file="$dir/work.$i"
    created+=("$file")
    if ! : >"$file"; then
        unset 'created[-1]'
        echo "${0##*/}: no se pudo crear $file" >&2
        remove_created
        exit 1
    fi
done

# Esperar sin consumir CPU. Un "sleep" en primer plano demoraría el trap hasta
# que terminara; "wait" en cambio vuelve apenas llega una señal atrapada.
# El sleep arranca antes de avisar "listo", así el manejador siempre conoce su PID.
sleep infinity &
sleeper=$!
echo listo
wait "$sleeper"
