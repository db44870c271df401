# expect-fail: term-three-files other-files-survive term-forty-files dir-with-spaces term-single-file
#!/bin/bash
# Mistake: copies the syllabus's "trap limpieza 1 2 3 6 9": SIGKILL (9) cannot be
# trapped and SIGTERM (15) is missing, so TERM kills the script without cleaning.
dir=$1
n=$2
tempfiles=()
function limpieza
{
    echo "Recibimos señal - desmantelando..."
    rm -f "${tempfiles[@]}"
    echo Finalizando
    exit $((128 + $1))
}
trap 'limpieza 1' 1
trap 'limpieza 2' 2
trap 'limpieza 3' 3
trap 'limpieza 6' 6
trap 'limpieza 9' 9
for ((i = 1; i <= n; i++)); do
    touch "$dir/work.$i"
    tempfiles+=("$dir/work.$i")
done
echo listo
sleep infinity &
wait $!
