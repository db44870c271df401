from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG109NoFinalNewline(Rule):
    """The file does not end with a newline.

    Bad:
        #!/bin/bash
        echo "fin"<EOF>

    Good:
        #!/bin/bash
        echo "fin"

    Rationale:
        POSIX text files end with a newline; without it ``cat`` glues the next prompt to the last
        line and ``while read`` loops skip the last line of data files made the same way.
    """

    code = "SG109"
    name = "no-final-newline"
    severity = Severity.STYLE
    message_es = "El archivo no termina con un salto de línea."
    message_en = "The file does not end with a newline."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if ctx.text and not ctx.text.endswith("\n"):
            last = ctx.lines[-1]
            yield self.hit(ctx, (len(ctx.lines), len(last) + 1))
