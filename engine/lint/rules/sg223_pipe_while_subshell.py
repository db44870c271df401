from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG223PipeWhileSubshell(Rule):
    """A ``while`` loop at the end of a pipeline sets variables that are read after it.

    Bad:
        #!/bin/bash
        total=0
        cat ventas.txt | while read -r monto; do
            total=$((total + monto))
        done
        echo "$total"

    Good:
        #!/bin/bash
        total=0
        while read -r monto; do
            total=$((total + monto))
        done < ventas.txt
        echo "$total"

    Rationale:
        Each part of a pipeline runs in a subshell, so the loop's changes vanish when it ends and
        ``total`` is still 0. Redirect the input with ``<`` or use ``< <(comando)``.
    """

    code = "SG223"
    name = "pipe-while-subshell"
    severity = Severity.WARNING
    message_es = "`{var}` se modifica dentro de un while en una tubería: el cambio se pierde al terminar el lazo."
    message_en = "`{var}` is changed inside a piped while loop: the change is lost when the loop ends."
    shellcheck = frozenset({"SC2030", "SC2031"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for pipeline in ctx.of_type("pipeline"):
            last = pipeline.named_children[-1] if pipeline.named_children else None
            if last is not None and last.type == "redirected_statement":
                last = last.child_by_field_name("body")
            if last is None or last.type != "while_statement":
                continue
            assigned: dict[str, Node] = {}
            for node in ctx.parsed.walk(last):
                name = node.child_by_field_name("name") if node.type == "variable_assignment" else None
                if name is not None and name.type == "variable_name":
                    assigned.setdefault(ctx.text_of(name), name)
            for var, node in assigned.items():
                if ctx.variable_read_after(var, pipeline.end_byte):
                    yield self.hit(ctx, node, var=var)
