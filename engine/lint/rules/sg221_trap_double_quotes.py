from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG221TrapDoubleQuotes(Rule):
    """A ``trap`` action in double quotes expands its variables when the trap is set.

    Bad:
        #!/bin/bash
        tmp=$(mktemp)
        trap "rm -f $tmp" EXIT

    Good:
        #!/bin/bash
        tmp=$(mktemp)
        trap 'rm -f "$tmp"' EXIT

    Rationale:
        Inside double quotes, ``$tmp`` is replaced by its value right away, so later changes are
        ignored and a value with spaces is split when the trap runs. Single quotes delay the
        expansion until the signal arrives.
    """

    code = "SG221"
    name = "trap-double-quotes"
    severity = Severity.WARNING
    message_es = "Usá comillas simples en la acción del trap para expandir las variables al recibir la señal."
    message_en = "Use single quotes for the trap action so variables expand when the signal arrives."
    shellcheck = frozenset({"SC2064"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("trap"):
            args = ctx.args(command)
            if not args:
                continue
            action = args[0][0]
            if action.type == "string" and any(
                n.type in {"simple_expansion", "expansion", "command_substitution"} for n in ctx.parsed.walk(action)
            ):
                yield self.hit(ctx, action)
