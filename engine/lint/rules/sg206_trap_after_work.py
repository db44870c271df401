from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

WORK = frozenset({"mktemp", "sleep", "wait", "tar", "rsync", "cp", "mv", "dd", "curl", "wget", "scp"})
LOOPS = frozenset({"while_statement", "for_statement", "c_style_for_statement"})


class SG206TrapAfterWork(Rule):
    """A ``trap`` is set only after the work it should guard has started.

    Bad:
        #!/bin/bash
        tmp=$(mktemp)
        sort datos.txt > "$tmp"
        trap 'rm -f "$tmp"' EXIT

    Good:
        #!/bin/bash
        tmp=$(mktemp)
        trap 'rm -f "$tmp"' EXIT
        sort datos.txt > "$tmp"

    Rationale:
        A signal that arrives before the ``trap`` line runs the default action: the script dies and
        the temporary file stays. Set the trap right after creating what it cleans up and before
        any loop, copy or wait.
    """

    code = "SG206"
    name = "trap-after-work"
    severity = Severity.WARNING
    structural = True
    message_es = "El trap se define después del trabajo que debe proteger (línea {line}); definilo antes."
    message_en = "The trap is set after the work it should guard (line {line}); set it before."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        statements = ctx.top_level_commands
        first_work: int | None = None
        created_temp = False
        for index, (statement, commands) in enumerate(statements):
            names = {name for _, name in commands}
            trap = "trap" in names and statement.type in {"command", "redirected_statement"}
            if trap and first_work is not None:
                yield self.hit(ctx, statement, line=statements[first_work][0].start_point[0] + 1)
                return
            if trap:
                return
            if created_temp and first_work is None and statement.type != "function_definition":
                first_work = index
            if "mktemp" in names:
                created_temp = True
            elif statement.type in LOOPS or (names & WORK and statement.type != "function_definition"):
                first_work = index if first_work is None else first_work
