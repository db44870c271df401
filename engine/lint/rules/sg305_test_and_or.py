from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import test_nodes
from engine.lint.violation import Severity, Violation


class SG305TestAndOr(Rule):
    """``-a`` or ``-o`` joins conditions inside one ``[ ]``.

    Bad:
        #!/bin/bash
        if [ -f "$1" -a -r "$1" ]; then cat "$1"; fi

    Good:
        #!/bin/bash
        if [ -f "$1" ] && [ -r "$1" ]; then cat "$1"; fi

    Rationale:
        POSIX marks ``-a``/``-o`` obsolescent: with values such as ``!`` or ``(`` the expression is
        ambiguous and gives wrong results. Join separate tests with ``&&`` and ``||``.
    """

    code = "SG305"
    name = "test-and-or"
    severity = Severity.INFO
    message_es = "`{op}` dentro de `[ ]` es obsoleto: separe las pruebas con `{shell_op}`."
    message_en = "`{op}` inside `[ ]` is obsolescent: split the tests with `{shell_op}`."
    shellcheck = frozenset({"SC2166"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for test in test_nodes(ctx):
            for node in ctx.parsed.walk(test):
                if node.type in {"-a", "-o"} or (node.type == "word" and ctx.text_of(node) in {"-a", "-o"}):
                    if node.parent is not None and node.parent.type == "unary_expression":
                        continue
                    op = ctx.text_of(node)
                    yield self.hit(ctx, node, op=op, shell_op="&&" if op == "-a" else "||")
                    break
