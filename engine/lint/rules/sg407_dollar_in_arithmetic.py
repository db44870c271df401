from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import expansion_name
from engine.lint.violation import Severity, Violation


class SG407DollarInArithmetic(Rule):
    """Variables inside ``$(( ))`` or ``(( ))`` are written with ``$``.

    Bad:
        #!/bin/bash
        a=2
        b=3
        echo $(( $a + $b ))

    Good:
        #!/bin/bash
        a=2
        b=3
        echo $(( a + b ))

    Rationale:
        Arithmetic reads variable names directly; ``$`` is noise and hides mistakes (an empty
        ``$a`` turns ``$a + 1`` into a syntax error, while ``a + 1`` treats it as 0). Positional
        parameters (``$1``), ``$#`` and base prefixes (``10#$n``) still need the ``$``.
    """

    code = "SG407"
    name = "dollar-in-arithmetic"
    severity = Severity.STYLE
    message_es = "Dentro de la aritmética no hace falta `$`: escribí `{name}`."
    message_en = "No `$` is needed inside arithmetic: write `{name}`."
    shellcheck = frozenset({"SC2004"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("simple_expansion"):
            name = expansion_name(ctx, node)
            if not name or not (name[0].isalpha() or name[0] == "_"):
                continue
            after_base = ctx.parsed.data[max(node.start_byte - 1, 0) : node.start_byte] == b"#"
            if not after_base and self._in_arithmetic(ctx, node):
                yield self.hit(ctx, node, name=name)

    @staticmethod
    def _in_arithmetic(ctx: LintContext, node: Node) -> bool:
        for ancestor in ctx.ancestors(node):
            if ancestor.type == "arithmetic_expansion":
                return True
            if ancestor.type == "compound_statement":
                return bool(ancestor.child_count) and ancestor.children[0].type == "(("
            if ancestor.type in {"command", "string", "expansion", "subscript", "command_substitution"}:
                return False
        return False
