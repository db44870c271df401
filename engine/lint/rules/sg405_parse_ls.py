from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG405ParseLs(Rule):
    """The output of ``ls`` is piped into another command to be parsed.

    Bad:
        #!/bin/bash
        ls -l | grep "\\.txt$"

    Good:
        #!/bin/bash
        for f in ./*.txt; do
            echo "$f"
        done

    Rationale:
        ``ls`` output is meant for people: names with spaces, newlines or odd characters come out
        ambiguous or escaped. Globs, ``find`` and ``stat`` give exact names and data.
    """

    code = "SG405"
    name = "parse-ls"
    severity = Severity.INFO
    message_es = "No proceses la salida de `ls`: usá globs, `find` o `stat`."
    message_en = "Do not parse `ls` output: use globs, `find` or `stat`."
    shellcheck = frozenset({"SC2010", "SC2012"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for pipeline in ctx.of_type("pipeline"):
            first = pipeline.named_children[0] if pipeline.named_children else None
            if first is not None and first.type == "command" and self._is_ls(ctx, first):
                yield self.hit(ctx, first)

    @staticmethod
    def _is_ls(ctx: LintContext, command: Node) -> bool:
        return basename(command_name(ctx.parsed, command) or "") == "ls"
