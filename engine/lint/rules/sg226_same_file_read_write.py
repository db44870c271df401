from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import redirects
from engine.lint.violation import Severity, Violation
from engine.lint.words import static_value


class SG226SameFileReadWrite(Rule):
    """A command reads a file and truncates that same file with ``>``.

    Bad:
        #!/bin/bash
        sort nombres.txt > nombres.txt

    Good:
        #!/bin/bash
        sort nombres.txt > nombres.tmp && mv nombres.tmp nombres.txt

    Rationale:
        The shell truncates the output file before the command starts, so the command reads an
        empty file and the data is lost. Write to a temporary file and rename it (or ``sort -o``).
    """

    code = "SG226"
    name = "same-file-read-write"
    severity = Severity.ERROR
    message_es = "`{file}` se vacía con `>` antes de que el comando lo lea: los datos se pierden."
    message_en = "`{file}` is truncated by `>` before the command reads it: the data is lost."
    shellcheck = frozenset({"SC2094", "SC2095"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for statement in ctx.of_type("redirected_statement"):
            outputs: dict[str, Node] = {}
            for redirect in redirects(statement):
                ops = [c.type for c in redirect.children]
                destination = redirect.child_by_field_name("destination")
                if ">" in ops and destination is not None:
                    value = static_value(ctx.parsed, destination)
                    if value and not value.startswith("/dev/"):
                        outputs[value] = redirect
            if not outputs:
                continue
            body = statement.child_by_field_name("body")
            inputs = self._inputs(ctx, body) if body is not None else set()
            for redirect in redirects(statement):
                destination = redirect.child_by_field_name("destination")
                if "<" in [c.type for c in redirect.children] and destination is not None:
                    inputs.add(static_value(ctx.parsed, destination) or "")
            for name in sorted(set(outputs) & inputs):
                yield self.hit(ctx, outputs[name], file=name)

    @staticmethod
    def _inputs(ctx: LintContext, body: Node) -> set[str]:
        if body.type != "command":
            return set()
        return {v for _, v in ctx.args(body) if v and not v.startswith("-")}
