# expect-fail: genera-shadow shadow-hashes reemplaza-en-segunda-corrida archivos-previos ninguno-activo rutas-con-espacios segunda-corrida
# Mistake: gives shadow the same mode as passwd (644), so every user can read the hashes.
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
tail -n +2 "$db/alumnos.csv" | while IFS=, read -r uid user ape nom leg act; do
    if [ "$act" = "true" ]; then
        hash=$(openssl passwd -6 -salt "$user" "$leg")
        echo "$user:x:$uid:$uid:$nom $ape:/home/$user:/bin/bash" >> "$out/passwd"
        echo "$user:$hash:0:0:99999:7:::" >> "$out/shadow"
        mkdir -p "$out/home/$user"
        chmod 700 "$out/home/$user"
    fi
done
chmod 644 "$out/passwd"
chmod 644 "$out/shadow"
