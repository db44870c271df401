from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG108TrailingWhitespace(Rule):
    """A line ends with spaces or tabs.

    Bad:
        #!/bin/bash
        echo "hola"<TAB>

    Good:
        #!/bin/bash
        echo "hola"

    Rationale:
        Invisible trailing blanks break line continuations (``\\`` followed by a space is not a
        continuation) and here-document terminators (``EOF `` never closes).
    """

    code = "SG108"
    name = "trailing-whitespace"
    severity = Severity.STYLE
    message_es = "Espacios en blanco al final de la línea."
    message_en = "Trailing whitespace at the end of the line."
    shellcheck = frozenset({"SC1101", "SC1118"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for number, line in enumerate(ctx.lines, start=1):
            stripped = line.rstrip("\r")
            if stripped != stripped.rstrip(" \t"):
                yield self.hit(ctx, (number, len(stripped.rstrip(" \t")) + 1))
