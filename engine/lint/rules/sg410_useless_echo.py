from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG410UselessEcho(Rule):
    """``echo $(comando)`` or ``$(echo $var)`` wraps a value in an echo for nothing.

    Bad:
        #!/bin/bash
        echo $(date +%F)

    Good:
        #!/bin/bash
        date +%F

    Rationale:
        The command already prints its output; capturing it to print it again loses the exit
        status, squeezes whitespace and adds a subshell. ``$(echo "$x")`` is just ``"$x"``.
    """

    code = "SG410"
    name = "useless-echo"
    severity = Severity.STYLE
    message_es = "`echo` innecesario: {hint_es}"
    message_en = "Useless `echo`: {hint_en}"
    shellcheck = frozenset({"SC2005", "SC2116"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("echo"):
            args = ctx.args(command)
            if len(args) == 1 and args[0][0].type == "command_substitution":
                yield self.hit(
                    ctx,
                    command,
                    hint_es="ejecutá el comando directamente.",
                    hint_en="run the command directly.",
                )
        for node in ctx.of_type("command_substitution"):
            inner = [c for c in node.named_children if c.type != "comment"]
            if len(inner) == 1 and inner[0].type == "command":
                name = basename(command_name(ctx.parsed, inner[0]) or "")
                args = ctx.args(inner[0])
                if name == "echo" and len(args) == 1 and not (args[0][1] or "").startswith("-"):
                    yield self.hit(ctx, node, hint_es="usá el valor directamente.", hint_en="use the value directly.")
