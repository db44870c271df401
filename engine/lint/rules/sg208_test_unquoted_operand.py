from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import SAFE_SPECIALS, expansion_name, test_nodes
from engine.lint.violation import Severity, Violation


class SG208TestUnquotedOperand(Rule):
    """A ``[ ]`` test has an unquoted variable as an operand.

    Bad:
        #!/bin/bash
        read -r a b
        if [ $a = $b ]; then echo "iguales"; fi

    Good:
        #!/bin/bash
        read -r a b
        if [ "$a" = "$b" ]; then echo "iguales"; fi

    Rationale:
        ``[`` is a command: when ``$a`` is empty it receives ``= x`` and fails with "unary operator
        expected"; with spaces in the value it gets too many arguments. Quote each operand, or use
        ``[[ ]]``, which does not split.
    """

    code = "SG208"
    name = "test-unquoted-operand"
    severity = Severity.WARNING
    message_es = "Poné `{text}` entre comillas dentro de `[ ]`: si está vacía, la prueba falla con un error."
    message_en = "Quote `{text}` inside `[ ]`: if it is empty, the test fails with an error."
    shellcheck = frozenset({"SC2086", "SC2070"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for test in test_nodes(ctx):
            for node in ctx.parsed.walk(test):
                if node.type not in {"simple_expansion", "expansion", "command_substitution"}:
                    continue
                if any(a.type in {"string", "expansion", "command_substitution"} for a in _between(ctx, node, test)):
                    continue
                if node.type != "command_substitution" and expansion_name(ctx, node) in SAFE_SPECIALS:
                    continue
                yield self.hit(ctx, node, text=ctx.text_of(node)[:40])


def _between(ctx: LintContext, node: Node, top: Node) -> list[Node]:
    out = []
    for ancestor in ctx.ancestors(node):
        if ancestor.id == top.id:
            break
        out.append(ancestor)
    return out
