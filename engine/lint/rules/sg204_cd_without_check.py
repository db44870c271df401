from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG204CdWithoutCheck(Rule):
    """``cd`` is used without handling its failure.

    Bad:
        #!/bin/bash
        cd /var/log/apache
        rm -f ./*.gz

    Good:
        #!/bin/bash
        cd /var/log/apache || exit 1
        rm -f ./*.gz

    Rationale:
        If the directory is missing, ``cd`` fails, the script carries on in the old directory and
        the next ``rm`` deletes the wrong files. ``cd dir || exit`` (or ``set -e``) stops it.
    """

    code = "SG204"
    name = "cd-without-check"
    severity = Severity.WARNING
    message_es = "Si `cd` falla, el script sigue en otro directorio: usá `cd ... || exit 1`."
    message_en = "If `cd` fails the script carries on elsewhere: use `cd ... || exit 1`."
    shellcheck = frozenset({"SC2164"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if ctx.errexit:
            return
        for command in ctx.commands_named("cd", "pushd"):
            if not ctx.args(command) or self._checked(ctx, command):
                continue
            yield self.hit(ctx, command)

    @staticmethod
    def _checked(ctx: LintContext, command: Node) -> bool:
        child = command
        for ancestor in ctx.ancestors(command):
            if ancestor.type == "list":
                return True  # cd x || exit, cd x && ...
            if ancestor.type in {"if_statement", "while_statement"}:
                index = next(i for i, c in enumerate(ancestor.children) if c.id == child.id)
                return ancestor.field_name_for_child(index) == "condition"
            if ancestor.type not in {"redirected_statement", "negated_command", "pipeline"}:
                return False
            child = ancestor
        return False
