from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

_RANGE = re.compile(r"\{[^{}\s]*\.\.[^{}\s]*\}")


class SG227BraceRangeVariable(Rule):
    """A brace range uses a variable (``{1..$n}``), which bash does not expand.

    Bad:
        #!/bin/bash
        n=5
        for i in {1..$n}; do
            echo "$i"
        done

    Good:
        #!/bin/bash
        n=5
        for ((i = 1; i <= n; i++)); do
            echo "$i"
        done

    Rationale:
        Brace expansion happens before variables are expanded, so ``{1..$n}`` stays the literal
        text ``{1..5}`` and the loop runs once. Use a C-style ``for (( ))`` or ``seq``.
    """

    code = "SG227"
    name = "brace-range-variable"
    severity = Severity.ERROR
    message_es = "`{text}` no se expande: las llaves se procesan antes que las variables. Usá `for (( ... ))`."
    message_en = "`{text}` does not expand: braces are processed before variables. Use `for (( ... ))`."
    shellcheck = frozenset({"SC2051"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("concatenation", "brace_expression"):
            if node.parent is not None and node.parent.type == "concatenation":
                continue
            text = ctx.text_of(node)
            match = _RANGE.search(text)
            if match and "$" in match.group() and not any(a.type == "string" for a in ctx.ancestors(node)):
                yield self.hit(ctx, node, text=match.group())
