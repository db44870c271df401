"""Every message a student reads, in Spanish and English. Short, exact and kind."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # test verdicts
    "passed": ("Correcto.", "Passed."),
    "hidden_failed": ("Esta prueba oculta falló.", "This hidden test failed."),
    "status": ("El código de salida fue {got}; se esperaba {want}.", "Exit status was {got}; expected {want}."),
    "status_signal": ("{base} (el script terminó por la señal {sig}).", "{base} (the script was killed by {sig})."),
    "stdout": ("La salida estándar (stdout) no es la esperada.", "Standard output (stdout) is not as expected."),
    "stderr": ("La salida de error (stderr) no es la esperada.", "Standard error (stderr) is not as expected."),
    "stdout_mode": ("stdout debería {how}.", "stdout should {how}."),
    "stderr_mode": ("stderr debería {how}.", "stderr should {how}."),
    "how_regex": ("coincidir con la expresión regular {value!r}", "match the regular expression {value!r}"),
    "how_contains": ("contener {value!r}", "contain {value!r}"),
    "timeout": ("No terminó en {secs:g} s: ¿un bucle infinito o una espera que nunca acaba?",
                "Did not finish within {secs:g} s: an endless loop, or a wait that never ends?"),
    "timeout_signal_wait": ("Nunca imprimió la línea {line!r}, así que no se le envió la señal {sig}.",
                            "Never printed the line {line!r}, so signal {sig} was not sent."),
    "timeout_after_signal": ("Recibió {sig} pero no terminó a tiempo: ¿un `sleep` en primer plano demora el trap?",
                             "Got {sig} but did not end in time: does a foreground `sleep` delay the trap?"),
    "output_cut": ("Imprimió más de {limit} bytes: la salida se cortó y la ejecución se detuvo.",
                   "Printed more than {limit} bytes: output was cut and the run stopped."),
    "cpu": ("Usó {used:.2f} s de CPU (máximo {limit:g} s): ¿espera activa? Usá `wait` o `sleep`.",
            "Used {used:.2f} s of CPU (at most {limit:g} s): busy waiting? Use `wait` or `sleep`."),
    "file_missing": ("Falta el archivo {path}.", "File {path} is missing."),
    "file_present": ("{path} no debería existir después de la ejecución.", "{path} should not exist after the run."),
    "file_type": ("{path} debería ser {want}, pero es {got}.", "{path} should be a {want}, but is a {got}."),
    "file_mode": ("{path} tiene permisos {got}; se esperaba {want}.", "{path} has mode {got}; expected {want}."),
    "file_content": ("El contenido de {path} no es el esperado.", "The content of {path} is not as expected."),
    "workdir": ("el directorio de trabajo", "the working directory"),
    "dir_extra": ("En {path} sobra: {names}.", "In {path}, not expected: {names}."),
    "dir_missing": ("En {path} falta: {names}.", "In {path}, missing: {names}."),
    "first_run": ("En la primera ejecución: {msg}", "On the first run: {msg}"),
    "disrupted_killed": ("El script terminó el proceso que lo evaluaba (¿`kill` a su proceso padre o a todos?).",
                         "The script killed the process grading it (a `kill` of its parent, or of everything?)."),
    "disrupted_interfered": ("El script interfirió con el evaluador; la prueba no cuenta.",
                             "The script interfered with the grader; the test does not count."),
    "disrupted_timeout": ("El script no dejó terminar la prueba a tiempo.",
                          "The script kept the test from finishing in time."),
    "kind_file": ("un archivo", "file"),
    "kind_dir": ("un directorio", "directory"),
    "kind_symlink": ("un enlace simbólico", "symbolic link"),
    "kind_other": ("otro tipo de archivo", "special file"),
    # constraints and lint
    "constraints_ok": ("Cumple las restricciones del ejercicio.", "Meets the exercise's constraints."),
    "constraints_missing": ("Debe usar {name}.", "Must use {name}."),
    "constraints_forbidden": ("No debe usar {name} (línea {line}).", "Must not use {name} (line {line})."),
    "lint_ok": ("Sin observaciones de estilo.", "No style findings."),
    "lint_findings": ("{count} observaciones de estilo: ejecutá `shellgrade lint`.",
                      "{count} style findings: run `shellgrade lint`."),
    # submission notices
    "empty": ("El archivo está vacío.", "The file is empty."),
    "too_large": ("El archivo pesa {size} bytes; el máximo es {limit}.",
                  "The file is {size} bytes; the limit is {limit}."),
    "binary": ("No es un script de texto (tiene bytes binarios).", "This is not a text script (it has binary bytes)."),
    "not_utf8": ("El script no es UTF-8 válido.", "The script is not valid UTF-8."),
    "crlf": ("Tiene finales de línea CRLF (Windows): bash verá un \\r al final de cada línea. "
             "Corregilo con `dos2unix SCRIPT` o `sed -i 's/\\r$//' SCRIPT`.",
             "It has CRLF (Windows) line endings: bash sees a \\r at the end of every line. "
             "Fix with `dos2unix SCRIPT` or `sed -i 's/\\r$//' SCRIPT`."),
    "bom": ("Empieza con una marca BOM UTF-8: la primera línea deja de ser un shebang. Guardalo sin BOM.",
            "It starts with a UTF-8 BOM: the first line is no longer a shebang. Save it without a BOM."),
    "no_shebang": ("No tiene shebang: agregá `#!/bin/bash` como primera línea.",
                   "It has no shebang: add `#!/bin/bash` as the first line."),
    "not_bash": ("El shebang {shebang!r} no es bash; se evalúa con bash.",
                 "The shebang {shebang!r} is not bash; it is graded with bash."),
    "not_executable": ("No es ejecutable: `chmod +x SCRIPT` (se evalúa igual con `bash SCRIPT`).",
                       "It is not executable: `chmod +x SCRIPT` (graded anyway as `bash SCRIPT`)."),
    "syntax": ("Error de sintaxis: {detail}", "Syntax error: {detail}"),
    "unsandboxed": ("Sin aislamiento: las pruebas corren como procesos comunes.",
                    "No isolation: tests run as plain processes."),
}


def msg(key: str, lang: str, **kwargs: object) -> str:
    es, en = MESSAGES[key]
    return (es if lang == "es" else en).format(**kwargs)
