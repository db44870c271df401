from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import literal_int
from engine.lint.violation import Severity, Violation


class SG212ExitStatusRange(Rule):
    """``exit`` or ``return`` is given a status outside 0-255.

    Bad:
        #!/bin/bash
        if [ "$#" -eq 0 ]; then
            exit 256
        fi

    Good:
        #!/bin/bash
        if [ "$#" -eq 0 ]; then
            exit 2
        fi

    Rationale:
        Only the low 8 bits of the status survive: ``exit 256`` reports success (0) and ``exit -1``
        reports 255. Use small positive codes (1 for a general error, 2 for bad usage).
    """

    code = "SG212"
    name = "exit-status-range"
    severity = Severity.ERROR
    message_es = "`{cmd} {value}` está fuera de 0-255: el shell verá {actual}."
    message_en = "`{cmd} {value}` is outside 0-255: the shell will see {actual}."
    shellcheck = frozenset({"SC2241", "SC2242"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("exit", "return"):
            args = ctx.args(command)
            value = literal_int(args[0][1]) if args else None
            if value is not None and not 0 <= value <= 255:
                name = "exit" if ctx.text_of(command).startswith("exit") else "return"
                yield self.hit(ctx, args[0][0], cmd=name, value=value, actual=value % 256)
