from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

UNCATCHABLE = {
    "9": "KILL",
    "KILL": "KILL",
    "SIGKILL": "KILL",
    "19": "STOP",
    "STOP": "STOP",
    "SIGSTOP": "STOP",
}


class SG205TrapUncatchable(Rule):
    """A ``trap`` names SIGKILL (9) or SIGSTOP, which can never be caught.

    Bad:
        #!/bin/bash
        trap limpieza 1 2 3 6 9

    Good:
        #!/bin/bash
        trap limpieza HUP INT QUIT ABRT TERM

    Rationale:
        The kernel never delivers KILL or STOP to the process, so the handler will not run for them
        and ``kill -9`` still leaves the temporary files behind. Trap TERM (what ``kill`` sends by
        default) and EXIT instead.
    """

    code = "SG205"
    name = "trap-uncatchable-signal"
    severity = Severity.WARNING
    message_es = "La señal {sig} ({name}) no se puede capturar: el trap nunca se ejecutará para ella. Usá TERM o EXIT."
    message_en = "Signal {sig} ({name}) cannot be caught: the trap never runs for it. Use TERM or EXIT."
    shellcheck = frozenset({"SC2173"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("trap"):
            args = ctx.args(command)
            if not args or (args[0][1] or "").startswith("-") and args[0][1] != "-":
                continue
            for node, value in args[1:]:
                signal = (value or "").upper()
                if signal in UNCATCHABLE:
                    yield self.hit(ctx, node, sig=value, name=UNCATCHABLE[signal])
