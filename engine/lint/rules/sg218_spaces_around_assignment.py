from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG218SpacesAroundAssignment(Rule):
    """An assignment has spaces around ``=``, so bash runs a command instead.

    Bad:
        #!/bin/bash
        total = 5
        echo "$total"

    Good:
        #!/bin/bash
        total=5
        echo "$total"

    Rationale:
        ``total = 5`` runs a command called ``total`` with arguments ``=`` and ``5`` ("command not
        found"). An assignment is one word: no spaces on either side of ``=``.
    """

    code = "SG218"
    name = "spaces-around-assignment"
    severity = Severity.ERROR
    message_es = "Sin espacios alrededor de `=`: escribí `{name}={value}`."
    message_en = "No spaces around `=`: write `{name}={value}`."
    shellcheck = frozenset({"SC1068", "SC2283"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command, name in ctx.commands:
            args = ctx.args(command)
            if not name.isidentifier() or not args or args[0][1] is None:
                continue
            first = args[0][1]
            if first == "=" or (first.startswith("=") and not first.startswith("==")):
                rest = first[1:] or (ctx.text_of(args[1][0]) if len(args) > 1 else "")
                yield self.hit(ctx, command, name=name, value=rest)
