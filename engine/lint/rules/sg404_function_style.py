from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


def _style(node: Node) -> str:
    keyword = bool(node.child_count) and node.children[0].type == "function"
    parens = any(child.type == "(" for child in node.children)
    return "both" if keyword and parens else ("keyword" if keyword else "parens")


class SG404FunctionStyle(Rule):
    """Functions are declared with ``function f()`` or with mixed styles in one file.

    Bad:
        #!/bin/bash
        function limpiar() {
            rm -f /tmp/datos.$$
        }
        limpiar

    Good:
        #!/bin/bash
        limpiar() {
            rm -f /tmp/datos.$$
        }
        limpiar

    Rationale:
        ``f() { }`` is the POSIX form, ``function f { }`` the ksh/bash one; ``function f()`` mixes
        both and helps nobody. Choose one form and use it throughout the script.
    """

    code = "SG404"
    name = "function-style"
    severity = Severity.STYLE
    message_es = "Declará las funciones de una sola forma: `{name}() {{ ... }}`."
    message_en = "Declare functions one way only: `{name}() {{ ... }}`."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        definitions = ctx.of_type("function_definition")
        styles = [_style(node) for node in definitions]
        plain = [s for s in styles if s != "both"]
        majority = max(set(plain), key=plain.count) if plain else "parens"
        for node, style in zip(definitions, styles, strict=True):
            if style == "both" or style != majority:
                name = node.child_by_field_name("name")
                yield self.hit(ctx, node, name=ctx.text_of(name) if name is not None else "f")
