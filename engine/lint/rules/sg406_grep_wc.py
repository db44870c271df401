from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG406GrepWc(Rule):
    """``grep ... | wc -l`` counts matching lines.

    Bad:
        #!/bin/bash
        errores=$(grep "ERROR" app.log | wc -l)
        echo "$errores"

    Good:
        #!/bin/bash
        errores=$(grep -c "ERROR" app.log)
        echo "$errores"

    Rationale:
        ``grep -c`` counts matching lines itself: one process instead of two, and the number has
        no padding spaces.
    """

    code = "SG406"
    name = "grep-wc"
    severity = Severity.STYLE
    message_es = "Usá `grep -c` en lugar de `grep | wc -l`."
    message_en = "Use `grep -c` instead of `grep | wc -l`."
    shellcheck = frozenset({"SC2126"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for pipeline in ctx.of_type("pipeline"):
            parts = [p for p in pipeline.named_children if p.type == "command"]
            for left, right in zip(parts, parts[1:], strict=False):
                names = [basename(command_name(ctx.parsed, n) or "") for n in (left, right)]
                if names == ["grep", "wc"] and [v for _, v in ctx.args(right)] == ["-l"]:
                    yield self.hit(ctx, left)
