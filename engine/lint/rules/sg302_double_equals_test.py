from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import test_nodes
from engine.lint.violation import Severity, Violation


class SG302DoubleEqualsTest(Rule):
    """``==`` is used inside ``[ ]`` or ``test``.

    Bad:
        #!/bin/bash
        read -r a b
        if [ "$a" == "$b" ]; then echo "iguales"; fi

    Good:
        #!/bin/bash
        read -r a b
        if [ "$a" = "$b" ]; then echo "iguales"; fi

    Rationale:
        POSIX ``test`` compares strings with a single ``=``; ``==`` is a bash extension that ``sh``
        (dash) rejects with "unexpected operator". Use ``=`` in ``[ ]``, or ``[[ ]]`` in bash.
    """

    code = "SG302"
    name = "double-equals-test"
    severity = Severity.INFO
    message_es = "Dentro de `[ ]` compará con un solo `=`; `==` no es POSIX."
    message_en = "Compare with a single `=` inside `[ ]`; `==` is not POSIX."
    shellcheck = frozenset({"SC3014"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for test in test_nodes(ctx):
            for node in ctx.parsed.walk(test):
                if node.type == "==" or (node.type == "word" and ctx.text_of(node) == "=="):
                    yield self.hit(ctx, node)
                    break
