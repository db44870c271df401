from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG104CrlfLineEndings(Rule):
    """The file has Windows (CRLF) line endings.

    Bad:
        #!/bin/bash<CR>
        echo "hola"<CR>

    Good:
        #!/bin/bash
        echo "hola"

    Rationale:
        bash reads the carriage return as part of each word: ``#!/bin/bash\\r`` is not found,
        ``cd dir\\r`` fails and ``then\\r`` is a syntax error. Convert with ``dos2unix`` or save the file
        with LF endings in the editor.
    """

    code = "SG104"
    name = "crlf-line-endings"
    severity = Severity.ERROR
    message_es = "El archivo tiene finales de línea de Windows (CRLF) en {count} línea(s); convertilo con `dos2unix`."
    message_en = "The file has Windows (CRLF) line endings on {count} line(s); convert it with `dos2unix`."
    shellcheck = frozenset({"SC1017"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        lines = [i for i, line in enumerate(ctx.lines, start=1) if line.endswith("\r")]
        if lines:
            yield self.hit(ctx, (lines[0], len(ctx.lines[lines[0] - 1])), count=len(lines))
