from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG103UnknownSuppression(Rule):
    """A ``# shellgrade disable=`` comment names a code or rule that does not exist.

    Bad:
        #!/bin/bash
        # shellgrade disable=SG999
        echo "hola"

    Good:
        #!/bin/bash
        # shellgrade disable=SG403
        cat notas.txt | sort

    Rationale:
        A misspelt code silences nothing, so the finding it was meant to hide still shows and the
        comment misleads the reader.
    """

    code = "SG103"
    name = "unknown-suppression"
    severity = Severity.WARNING
    message_es = "El comentario de supresión nombra `{code}`, que no es una regla de shellgrade."
    message_en = "The suppression comment names `{code}`, which is not a shellgrade rule."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        from engine.lint.registry import RULES, RULES_BY_NAME

        known = set(RULES) | set(RULES_BY_NAME) | {"all", "SG001", "SG002"}
        for directive in ctx.suppressions.directives:
            if directive.tool != "shellgrade":
                continue
            for code in sorted(directive.codes - known):
                yield self.hit(ctx, (directive.line, directive.column), code=code)
