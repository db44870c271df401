from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG100SyntaxError(Rule):
    """The script has a syntax error: bash refuses to run it.

    Bad:
        #!/bin/bash
        if [ -f "$1" ]; then
            echo "existe"

    Good:
        #!/bin/bash
        if [ -f "$1" ]; then
            echo "existe"
        fi

    Rationale:
        Reported as ``bash -n`` sees it (bash reads the script without running it), with its line;
        the column points at the unexpected token when bash names one. Nothing runs until it is fixed.
    """

    code = "SG100"
    name = "syntax-error"
    severity = Severity.ERROR
    message_es = "Error de sintaxis (bash): {detail_es}"
    message_en = "Syntax error (bash): {detail_en}"
    shellcheck = frozenset({"SC1009", "SC1072", "SC1073"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for error in ctx.parse_errors:
            english = re.sub(r"^syntax error:?\s*", "", error.message)
            yield self.hit(ctx, (error.line, error.column), detail_en=english, detail_es=spanish(english))


_TRANSLATIONS = [
    (r"^unexpected end of file$", "fin de archivo inesperado (¿falta `fi`, `done`, `esac` o `}}`?)"),
    (r"^near unexpected token `(.*)'$", "`{0}` inesperado"),
    (r"^unexpected EOF while looking for matching `(.*)'$", "el archivo termina sin cerrar `{0}`"),
    (
        r"^warning: here-document at line (\d+) delimited by end-of-file \(wanted `(.*)'\)$",
        "el here-document de la línea {0} nunca se cierra (falta `{1}`)",
    ),
]


def spanish(english: str) -> str:
    for pattern, template in _TRANSLATIONS:
        match = re.match(pattern, english)
        if match:
            return template.format(*match.groups())
    return english
