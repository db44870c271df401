from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

EXPR_OPERATORS = frozenset({"+", "-", "*", "\\*", "/", "%", "<", ">", "<=", ">=", "=", "!="})


class SG402LetExpr(Rule):
    """``let`` or ``expr`` is used for arithmetic where ``(( ))`` fits.

    Bad:
        #!/bin/bash
        i=5
        let i=i+1
        j=$(expr "$i" \\* 2)
        echo "$j"

    Good:
        #!/bin/bash
        i=5
        (( i += 1 ))
        j=$(( i * 2 ))
        echo "$j"

    Rationale:
        ``expr`` starts a process per calculation and needs ``*`` escaped; ``let`` needs quotes
        around spaces. ``(( ))`` and ``$(( ))`` are built in and read like ordinary arithmetic.
    """

    code = "SG402"
    name = "let-expr"
    severity = Severity.STYLE
    message_es = "Usá `(( ))` o `$(( ))` en lugar de `{cmd}`."
    message_en = "Use `(( ))` or `$(( ))` instead of `{cmd}`."
    shellcheck = frozenset({"SC2003", "SC2219"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command, name in ctx.commands:
            if name == "let":
                yield self.hit(ctx, command, cmd="let")
            elif name == "expr" and any(v in EXPR_OPERATORS for _, v in ctx.args(command)):
                yield self.hit(ctx, command, cmd="expr")
