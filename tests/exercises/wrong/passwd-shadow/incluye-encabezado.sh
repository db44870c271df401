# expect-fail: genera-passwd genera-shadow passwd-orden-y-espacios shadow-hashes homes-solo-activos segunda-corrida archivos-previos ninguno-activo reemplaza-en-segunda-corrida rutas-con-espacios crea-homes
# Mistake: reads the header as a student and keeps every line whose Activo is not "false".
#!/bin/bash
# gen-passwd.sh DB_DIR OUTDIR (student version)
if [ $# -ne 2 ]; then
    echo "uso: $0 DB_DIR OUTDIR" >&2
    exit 2
fi
db="$1"
out="$2"
if [ ! -f "$db/alumnos.csv" ]; then
    echo "no existe $db/alumnos.csv" >&2
    exit 1
fi
mkdir -p "$out/home"
: > "$out/passwd"
: > "$out/shadow"
cat "$db/alumnos.csv" | while IFS=, read -r uid user ape nom leg act; do
    if [ "$act" != "false" ]; then
        hash=$(openssl passwd -6 -salt "$user" "$leg")
        echo "$user:x:$uid:$uid:$nom $ape:/home/$user:/bin/bash" >> "$out/passwd"
        echo "$user:$hash:0:0:99999:7:::" >> "$out/shadow"
        mkdir -p "$out/home/$user"
        chmod 700 "$out/home/$user"
    fi
done
chmod 644 "$out/passwd"
chmod 600 "$out/shadow"
