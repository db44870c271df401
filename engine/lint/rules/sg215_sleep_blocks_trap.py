from __future__ import annotations

from collections.abc import Iterator

from engine.lint.constructs import trap_with_handler
from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import backgrounded
from engine.lint.violation import Severity, Violation

LOOPS = ("while_statement", "for_statement", "c_style_for_statement")


class SG215SleepBlocksTrap(Rule):
    """A loop waits with a foreground ``sleep`` in a script whose traps must fire promptly.

    Bad:
        #!/bin/bash
        trap 'echo "Saliendo"; exit' INT TERM
        while true; do
            sleep 60
        done

    Good:
        #!/bin/bash
        trap 'echo "Saliendo"; exit' INT TERM
        while true; do
            sleep 60 &
            wait $!
        done

    Rationale:
        bash runs a trap only after the foreground command ends, so a TERM sent during
        ``sleep 60`` waits up to a minute. ``sleep 60 & wait $!`` lets ``wait`` return as soon as the
        signal arrives.
    """

    code = "SG215"
    name = "sleep-blocks-trap"
    severity = Severity.INFO
    message_es = "Con un trap activo, `sleep` en primer plano demora la señal: usá `sleep N & wait $!`."
    message_en = "With a trap set, a foreground `sleep` delays the signal: use `sleep N & wait $!`."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if next(trap_with_handler(ctx.parsed), None) is None:
            return
        for command in ctx.commands_named("sleep"):
            if ctx.inside(command, *LOOPS) and not backgrounded(command):
                yield self.hit(ctx, command)
