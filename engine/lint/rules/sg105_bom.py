from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG105Utf8Bom(Rule):
    """The file starts with a UTF-8 byte order mark (BOM).

    Bad:
        <BOM>#!/bin/bash
        echo "hola"

    Good:
        #!/bin/bash
        echo "hola"

    Rationale:
        The three invisible BOM bytes come before ``#!``, so the kernel does not see a shebang and
        the first command name starts with garbage. Save the file as UTF-8 without BOM.
    """

    code = "SG105"
    name = "utf8-bom"
    severity = Severity.ERROR
    message_es = "El archivo empieza con un BOM de UTF-8; guardalo como UTF-8 sin BOM."
    message_en = "The file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM."
    shellcheck = frozenset({"SC1082"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if ctx.text.startswith("\ufeff"):
            yield self.hit(ctx, (1, 1))
