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
    message_es = "`{op}` dentro de `[ ]` es obsoleto: separá las pruebas con `{shell_op}`."
    message_en = "`{op}` inside `[ ]` is obsolescent: split the tests with `{shell_op}`."
    shellcheck = frozenset({"SC2166"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for test in test_nodes(ctx):
            for node in ctx.parsed.walk(test):
                text = ctx.text_of(node)
                if text not in {"-a", "-o"} or node.type not in {"test_operator", "word", "-a", "-o"}:
                    continue
                parent = node.parent
                if parent is not None and parent.type == "unary_expression" and parent.children[0].id == node.id:
                    continue  # -a FILE (exists) is a unary test
                yield self.hit(ctx, node, op=text, shell_op="&&" if text == "-a" else "||")
                break
