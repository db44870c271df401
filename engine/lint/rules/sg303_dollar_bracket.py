from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG303DollarBracket(Rule):
    """The obsolete ``$[ ]`` arithmetic syntax is used.

    Bad:
        #!/bin/bash
        total=$[3 + 4]
        echo "$total"

    Good:
        #!/bin/bash
        total=$((3 + 4))
        echo "$total"

    Rationale:
        ``$[ ]`` is undocumented, deprecated in bash and unknown to other shells; ``$(( ))`` is the
        standard form.
    """

    code = "SG303"
    name = "dollar-bracket"
    severity = Severity.WARNING
    message_es = "`$[ ]` es obsoleto: usá `$(( ))`."
    message_en = "`$[ ]` is deprecated: use `$(( ))`."
    shellcheck = frozenset({"SC2007"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("arithmetic_expansion"):
            if node.child_count and node.children[0].type == "$[":
                yield self.hit(ctx, node)
