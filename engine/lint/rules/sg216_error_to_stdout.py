from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.dedupe import trap_handler_lines
from engine.lint.rule import Rule
from engine.lint.shapes import literal_int, to_stderr
from engine.lint.violation import Severity, Violation

ERROR_WORDS = re.compile(r"^\W*(error|err|fatal|no se (pudo|puede|encontr)\w*|falta)\b", re.IGNORECASE)


class SG216ErrorToStdout(Rule):
    """An error message is printed to standard output instead of standard error.

    Bad:
        #!/bin/bash
        if [ "$#" -ne 1 ]; then
            echo "Uso: $0 archivo"
            exit 1
        fi

    Good:
        #!/bin/bash
        if [ "$#" -ne 1 ]; then
            echo "Uso: $0 archivo" >&2
            exit 1
        fi

    Rationale:
        Standard output is the script's data: an error there ends up in the file or pipe that
        expects results, and the user sees nothing. Print errors with ``>&2``. Reported for a
        message right before a failing ``exit`` (usage text included) or one that starts with "Error",
        "Fatal", "No se pudo"...
    """

    code = "SG216"
    name = "error-to-stdout"
    severity = Severity.WARNING
    message_es = "Los mensajes de error van a la salida de errores: agregá `>&2`."
    message_en = "Error messages belong on standard error: add `>&2`."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        handlers = trap_handler_lines(ctx)  # a signal handler's farewell message is not an error
        for command in ctx.commands_named("echo", "printf"):
            if to_stderr(ctx, command) or command.parent is None or command.start_point[0] + 1 in handlers:
                continue
            if command.parent.type not in {
                "program",
                "do_group",
                "compound_statement",
                "if_statement",
                "else_clause",
                "elif_clause",
                "redirected_statement",
                "case_item",
            }:
                continue
            if self._before_failing_exit(ctx, command) or self._reads_as_error(ctx, command):
                yield self.hit(ctx, command)

    @staticmethod
    def _before_failing_exit(ctx: LintContext, command: Node) -> bool:
        statement = (
            command.parent if command.parent is not None and command.parent.type == "redirected_statement" else command
        )
        sibling = statement.next_named_sibling if statement is not None else None
        while sibling is not None and sibling.type == "comment":
            sibling = sibling.next_named_sibling
        if sibling is None or sibling.type != "command" or not ctx.text_of(sibling).startswith("exit"):
            return False
        args = ctx.args(sibling)
        status = literal_int(args[0][1]) if args else None
        return status is not None and status != 0

    @staticmethod
    def _reads_as_error(ctx: LintContext, command: Node) -> bool:
        args = [v for _, v in ctx.args(command) if v is None or not v.startswith("-")]
        if not args or args[0] is None:
            first = ctx.args(command)
            text = ctx.text_of(first[0][0]).strip("\"'") if first else ""
        else:
            text = args[0]
        return bool(ERROR_WORDS.match(text))
