# expect-fail: crea-homes segunda-corrida homes-solo-activos reemplaza-en-segunda-corrida archivos-previos rutas-con-espacios
# Mistake: writes passwd and shadow through mktemp files in OUTDIR, copies them over and never removes them.
#!/usr/bin/env bash
# gen-passwd.sh DB_DIR OUTDIR
#
# Para cada alumno activo de DB_DIR/alumnos.csv, en el orden del archivo, escribe una línea en
# OUTDIR/passwd y otra en OUTDIR/shadow, y crea su directorio OUTDIR/home/Username (modo 700).
# passwd queda con modo 644 y shadow con 600; una segunda corrida los reemplaza.
set -u

prog=${0##*/}

if (($# != 2)); then
    printf 'uso: %s DB_DIR OUTDIR\n' "$prog" >&2
    exit 2
fi

alumnos=$1/alumnos.csv
out=$2

error() {
    printf '%s: %s\n' "$prog" "$1" >&2
    exit 1
}

[[ -f $alumnos && -r $alumnos ]] || error "no se puede leer $alumnos"
mkdir -p -- "$out/home" || error "no se puede crear $out/home"

# Los archivos nuevos se escriben aparte (con umask 077: nadie más puede leer los hashes mientras
# se escriben) y se mueven sobre los viejos al final: se reemplazan, nunca se agregan líneas.
umask 077
tmp_passwd='' tmp_shadow=''
tmp_passwd=$(mktemp -- "$out/.passwd.XXXXXX") || error "no se puede escribir en $out"
tmp_shadow=$(mktemp -- "$out/.shadow.XXXXXX") || error "no se puede escribir en $out"

while IFS=, read -r uid username apellido nombres legajo activo; do
    [[ $activo == true ]] || continue
    # La contraseña inicial es el legajo; la sal, el nombre de usuario (openssl usa a lo sumo
    # sus primeros 16 caracteres). Se pasa por stdin para que no aparezca en la lista de procesos.
    hash=$(printf '%s\n' "$legajo" | openssl passwd -6 -salt "$username" -stdin) ||
        error "openssl no pudo calcular el hash de $username"
    printf '%s:x:%s:%s:%s %s:/home/%s:/bin/bash\n' \
        "$username" "$uid" "$uid" "$nombres" "$apellido" "$username" >>"$tmp_passwd"
    printf '%s:%s:0:0:99999:7:::\n' "$username" "$hash" >>"$tmp_shadow"
    if ! mkdir -p -- "$out/home/$username" || ! chmod 700 -- "$out/home/$username"; then
        error "no se puede crear $out/home/$username"
    fi
done < <(tail -n +2 -- "$alumnos")

chmod 644 -- "$tmp_passwd"
chmod 600 -- "$tmp_shadow"
rm -f -- "$out/passwd" "$out/shadow"
cp -p -- "$tmp_passwd" "$out/passwd" || error "no se puede escribir $out/passwd"
cp -p -- "$tmp_shadow" "$out/shadow" || error "no se puede escribir $out/shadow"
