from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import inside_function
from engine.lint.violation import Severity, Violation


class SG214LocalOutsideFunction(Rule):
    """``local`` is used outside a function.

    Bad:
        #!/bin/bash
        local contador=0
        echo "$contador"

    Good:
        #!/bin/bash
        contar() {
            local contador=0
            echo "$contador"
        }
        contar

    Rationale:
        bash fails with "local: can only be used in a function" and the variable is never set;
        at the top level a plain assignment is already the script's own variable.
    """

    code = "SG214"
    name = "local-outside-function"
    severity = Severity.ERROR
    structural = True
    message_es = "`local` solo puede usarse dentro de una función; aquí falla y no asigna nada."
    message_en = "`local` can only be used inside a function; here it fails and assigns nothing."
    shellcheck = frozenset({"SC2168"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("declaration_command"):
            if node.child_count and node.children[0].type == "local" and not inside_function(ctx, node):
                yield self.hit(ctx, node)
