from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG203ReadWithoutR(Rule):
    """``read`` is used without ``-r``, so it mangles backslashes.

    Bad:
        #!/bin/bash
        while read linea; do
            echo "$linea"
        done < datos.txt

    Good:
        #!/bin/bash
        while IFS= read -r linea; do
            echo "$linea"
        done < datos.txt

    Rationale:
        Without ``-r``, ``read`` treats ``\\`` as an escape: ``C:\\temp`` arrives as ``C:temp`` and a
        line ending in ``\\`` swallows the next one.
    """

    code = "SG203"
    name = "read-without-r"
    severity = Severity.WARNING
    message_es = "Usá `read -r`: sin `-r`, read interpreta las barras invertidas."
    message_en = "Use `read -r`: without `-r`, read mangles backslashes."
    shellcheck = frozenset({"SC2162"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("read"):
            flags = "".join(v[1:] for _, v in ctx.args(command) if v and v.startswith("-") and v != "--")
            if "r" not in flags:
                yield self.hit(ctx, command)
