"""Spanish messages for the ShellCheck codes students meet most; others keep ShellCheck's English."""

from __future__ import annotations

SPANISH: dict[str, str] = {
    "SC1000": "El `$` no forma parte de ninguna expansión; escapalo o ponelo entre comillas.",
    "SC1017": "El archivo tiene finales de línea CR (Windows); convertilo con dos2unix.",
    "SC1082": "El archivo empieza con un BOM de UTF-8; sacalo para que el shebang funcione.",
    "SC1090": "ShellCheck no puede seguir un `source` cuya ruta no es fija.",
    "SC1091": "ShellCheck no siguió el archivo incluido con `source`.",
    "SC2002": "Uso innecesario de cat: pasá el archivo como argumento o con `<`.",
    "SC2004": "No hace falta `$` para las variables dentro de una expresión aritmética.",
    "SC2006": "Usá `$(...)` en lugar de las comillas invertidas `...`.",
    "SC2009": "Considerá `pgrep` en lugar de filtrar `ps` con grep.",
    "SC2012": "Usá `find` o un glob en lugar de `ls`: ls no es seguro con nombres raros.",
    "SC2016": "Las expresiones no se expanden entre comillas simples; usá comillas dobles.",
    "SC2034": "La variable parece no usarse; verificá su uso (o exportala).",
    "SC2046": "Poné la sustitución entre comillas para evitar la división en palabras.",
    "SC2064": "Usá comillas simples en el trap para que se expanda al recibir la señal, no al definirlo.",
    "SC2068": 'Poné entre comillas la expansión de arreglo ("$@") para no dividir sus elementos.',
    "SC2086": "Poné entre comillas dobles para evitar globbing y división en palabras.",
    "SC2115": 'Usá "${var:?}" para que `rm` nunca opere sobre `/` si la variable está vacía.',
    "SC2116": "`echo` innecesario: usá la sustitución directamente.",
    "SC2119": 'Usá `f "$@"` si la función debe recibir los argumentos del script.',
    "SC2120": "La función usa argumentos pero nunca se le pasan.",
    "SC2148": "Falta el shebang: indicá el intérprete en la primera línea (#!/bin/bash).",
    "SC2154": "La variable se usa pero nunca se le asigna un valor.",
    "SC2155": "Declará y asigná por separado para no ocultar el código de salida.",
    "SC2162": "`read` sin `-r` interpreta las barras invertidas.",
    "SC2164": "Usá `cd ... || exit` por si `cd` falla.",
    "SC2181": "Comprobá el código de salida directamente (`if cmd;`), no con `$?`.",
    "SC2196": "`egrep` es obsoleto; usá `grep -E`.",
    "SC2207": "Preferí `mapfile` o `read -a` para dividir la salida de un comando en un arreglo.",
    "SC2219": "En lugar de `let expr`, usá `(( expr ))`.",
    "SC2223": "Este valor por omisión se expande como glob; ponelo entre comillas.",
    "SC2231": "Poné entre comillas las expansiones dentro del patrón del for para evitar la división.",
    "SC2317": "Este comando parece inalcanzable.",
    "SC2329": "Esta función nunca se invoca.",
    "SC3010": "En sh POSIX, `[[ ]]` no está definido.",
    "SC3030": "En sh POSIX, los arreglos no están definidos.",
    "SC3037": "En sh POSIX, las opciones de echo no están definidas.",
}


def spanish_message(code: str, english: str) -> str:
    """Spanish text for a ShellCheck code, or the English text marked as such."""
    return SPANISH.get(code, f"{english} (mensaje de ShellCheck)")
