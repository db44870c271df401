from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import expansion_name, is_quoted
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name

JOINING = frozenset({"echo", "printf", "[", "test", "local", "declare", "logger", "read"})


class SG213DollarStar(Rule):
    """``$*`` or an unquoted ``$@`` is used where ``"$@"`` is meant.

    Bad:
        #!/bin/bash
        for arg in $*; do
            echo "$arg"
        done

    Good:
        #!/bin/bash
        for arg in "$@"; do
            echo "$arg"
        done

    Rationale:
        ``$*`` and unquoted ``$@`` split every argument on spaces: ``./s.sh "mi archivo"`` loops twice.
        ``"$@"`` passes each argument exactly as given. ``"$*"`` is right only to join them into
        one string (e.g. in a message).
    """

    code = "SG213"
    name = "dollar-star"
    severity = Severity.WARNING
    message_es = 'Usá "$@" en lugar de `{text}`: así cada argumento se conserva entero.'
    message_en = 'Use "$@" instead of `{text}` so each argument stays whole.'
    shellcheck = frozenset({"SC2048", "SC2068", "SC2086"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("simple_expansion", "expansion"):
            if expansion_name(ctx, node) not in {"*", "@"} or ctx.text_of(node).startswith("${#"):
                continue
            quoted = is_quoted(ctx, node)
            star = "*" in ctx.text_of(node)
            if quoted and not (star and self._passes_args(ctx, node)):
                continue
            if node.parent is not None and node.parent.type == "string" and not star:
                continue
            yield self.hit(ctx, node, text=ctx.text_of(node))

    @staticmethod
    def _passes_args(ctx: LintContext, node: Node) -> bool:
        """``"$*"`` in a for list or as an argument of a command that takes several."""
        for ancestor in ctx.ancestors(node):
            if ancestor.type == "for_statement":
                return True
            if ancestor.type == "command":
                name = basename(command_name(ctx.parsed, ancestor) or "")
                return name not in JOINING and bool(name)
            if ancestor.type in {"variable_assignment", "test_command", "heredoc_body", "case_statement"}:
                return False
        return False
