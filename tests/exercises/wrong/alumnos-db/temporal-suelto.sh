# expect-fail: inactivar-2025 inactivar-anio-mas-reciente inactivar-dos-veces inactivar-db-dir-con-espacios
# Student mistake: writes the new table to alumnos.tmp, copies it over alumnos.csv and never removes it.
#!/usr/bin/env bash
# alumnos.sh: consultas y mantenimiento de la base de datos de alumnos, materias y cursadas.
#
#   alumnos.sh materias-docente DOCENTE   MID,Nombre de las materias de DOCENTE
#   alumnos.sh materias-alumno LEGAJO     Ano,Cuatrimestre,MID,Nombre de las cursadas del alumno
#   alumnos.sh activos-materia MID        NoLegajo,Apellido,Nombres de los activos inscriptos en MID
#   alumnos.sh estado LEGAJO              Activo o Inactivo
#   alumnos.sh inactivar ANO              inactiva a quienes no cursan hace más de tres años
#
# Los archivos se leen de $DB_DIR (por omisión, el directorio actual).
set -u

db=${DB_DIR:-.}
alumnos=$db/alumnos.csv
materias=$db/materias.csv
cursadas=$db/cursadas.csv

usage() {
    local prog=${0##*/}
    cat >&2 <<EOF
uso: $prog materias-docente DOCENTE
     $prog materias-alumno LEGAJO
     $prog activos-materia MID
     $prog estado LEGAJO
     $prog inactivar ANO
EOF
    exit 2
}

error() {
    printf '%s: %s\n' "${0##*/}" "$1" >&2
    exit 1
}

# registros ARCHIVO: las líneas de ARCHIVO sin el encabezado.
registros() {
    [[ -r $1 ]] || error "no se puede leer $1"
    tail -n +2 -- "$1"
}

# buscar_legajo LEGAJO: imprime "UID,Activo" del alumno con ese legajo; estado 1 si no existe.
buscar_legajo() {
    local uid user apellido nombres legajo activo
    while IFS=, read -r uid user apellido nombres legajo activo; do
        if [[ $legajo == "$1" ]]; then
            printf '%s,%s\n' "$uid" "$activo"
            return 0
        fi
    done < <(registros "$alumnos")
    return 1
}

legajo_o_error() {
    buscar_legajo "$1" || error "legajo desconocido: $1"
}

materias_docente() {
    local mid nombre carrera docente
    while IFS=, read -r mid nombre carrera docente; do
        [[ $docente == "$1" ]] && printf '%s,%s\n' "$mid" "$nombre"
    done < <(registros "$materias") | sort -t, -k1,1n
}

materias_alumno() {
    local info uid u mid nombre ano cuatrimestre
    local -A nombre_de=()
    info=$(legajo_o_error "$1") || exit 1
    uid=${info%%,*}
    while IFS=, read -r mid nombre _; do
        nombre_de[$mid]=$nombre
    done < <(registros "$materias")
    while IFS=, read -r u mid ano cuatrimestre; do
        [[ $u == "$uid" ]] && printf '%s,%s,%s,%s\n' "$ano" "$cuatrimestre" "$mid" "${nombre_de[$mid]-}"
    done < <(registros "$cursadas") | sort -t, -k1,1n -k2,2n -k3,3n
}

activos_materia() {
    local u mid uid user apellido nombres legajo activo
    local -A inscripto=()
    while IFS=, read -r u mid _; do
        [[ $mid == "$1" ]] && inscripto[$u]=1
    done < <(registros "$cursadas")
    while IFS=, read -r uid user apellido nombres legajo activo; do
        if [[ $activo == true && -n ${inscripto[$uid]-} ]]; then
            printf '%s,%s,%s\n' "$legajo" "$apellido" "$nombres"
        fi
    done < <(registros "$alumnos") | LC_ALL=C sort -t, -k2,2 -k3,3 -k1,1
}

estado() {
    local info
    info=$(legajo_o_error "$1") || exit 1
    if [[ ${info#*,} == true ]]; then
        echo Activo
    else
        echo Inactivo
    fi
}

inactivar() {
    local anio=$1 u mid ano tmp encabezado cambios=0
    local uid user apellido nombres legajo activo
    local -A ultimo=()
    [[ $anio =~ ^[0-9]+$ ]] || usage
    [[ -r $alumnos ]] || error "no se puede leer $alumnos"
    while IFS=, read -r u mid ano _; do
        if [[ -z ${ultimo[$u]-} ]] || ((10#$ano > 10#${ultimo[$u]})); then
            ultimo[$u]=$ano
        fi
    done < <(registros "$cursadas")

    # Se escribe una copia junto al original y se la mueve encima: alumnos.csv nunca
    # queda a medio escribir y no quedan archivos sueltos.
    tmp=$db/alumnos.tmp
    {
        IFS= read -r encabezado
        printf '%s\n' "$encabezado"
        while IFS=, read -r uid user apellido nombres legajo activo; do
            if [[ $activo == true ]] &&
                { [[ -z ${ultimo[$uid]-} ]] || ((10#$anio - 10#${ultimo[$uid]} > 3)); }; then
                activo=false
                ((cambios++))
            fi
            printf '%s,%s,%s,%s,%s,%s\n' "$uid" "$user" "$apellido" "$nombres" "$legajo" "$activo"
        done
    } <"$alumnos" >"$tmp" || error "no se pudo escribir $tmp"
    cp -- "$tmp" "$alumnos"
    echo "$cambios"
}

(($# == 2)) || usage
case $1 in
    materias-docente) materias_docente "$2" ;;
    materias-alumno) materias_alumno "$2" ;;
    activos-materia) activos_materia "$2" ;;
    estado) estado "$2" ;;
    inactivar) inactivar "$2" ;;
    *) usage ;;
esac
