from __future__ import annotations

from collections.abc import Iterator

from engine.lint.constructs import backticks
from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG401Backticks(Rule):
    """Command substitution is written with backticks.

    Bad:
        #!/bin/bash
        hoy=`date +%F`
        echo "$hoy"

    Good:
        #!/bin/bash
        hoy=$(date +%F)
        echo "$hoy"

    Rationale:
        Backticks are hard to nest (every level needs more backslashes) and easy to confuse with
        quotes; ``$( )`` nests cleanly and reads clearly.
    """

    code = "SG401"
    name = "backticks"
    severity = Severity.STYLE
    message_es = "Usá `$( )` en lugar de comillas invertidas."
    message_en = "Use `$( )` instead of backticks."
    shellcheck = frozenset({"SC2006"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in backticks(ctx.parsed):
            yield self.hit(ctx, node)
