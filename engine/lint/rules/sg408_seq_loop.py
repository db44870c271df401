from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG408SeqLoop(Rule):
    """A ``for`` loop counts with ``$(seq ...)``.

    Bad:
        #!/bin/bash
        for i in $(seq 0 99); do
            echo "$i"
        done

    Good:
        #!/bin/bash
        for ((i = 0; i <= 99; i++)); do
            echo "$i"
        done

    Rationale:
        ``seq`` is an external program that builds the whole list in memory first; bash counts by
        itself with ``for (( ))`` or, for fixed bounds, ``{0..99}``.
    """

    code = "SG408"
    name = "seq-loop"
    severity = Severity.STYLE
    message_es = "Contá con `for (( ... ))` o `{{a..b}}` en lugar de `$(seq ...)`."
    message_en = "Count with `for (( ... ))` or `{{a..b}}` instead of `$(seq ...)`."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for loop in ctx.of_type("for_statement"):
            for index, child in enumerate(loop.children):
                if loop.field_name_for_child(index) != "value" or child.type != "command_substitution":
                    continue
                inner = next((c for c in child.children if c.type == "command"), None)
                if inner is not None and basename(command_name(ctx.parsed, inner) or "") == "seq":
                    yield self.hit(ctx, child)
