# expect-fail: dir-with-spaces nested-dir-quit
#!/bin/bash
# Mistake: $dir unquoted, so a directory name with spaces is split in two words.
dir=$1
n=$2
limpieza() {
    echo "Recibimos señal - desmantelando..."
    for ((i = 1; i <= n; i++)); do rm -f $dir/work.$i; done
    echo "Finalizando"
    exit $((128 + $1))
}
trap 'limpieza 1' HUP
trap 'limpieza 2' INT
trap 'limpieza 3' QUIT
trap 'limpieza 15' TERM
for ((i = 1; i <= n; i++)); do touch $dir/work.$i; done
echo listo
sleep infinity &
wait $!
