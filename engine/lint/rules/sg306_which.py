from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG306Which(Rule):
    """``which`` is used to find out whether a command exists.

    Bad:
        #!/bin/bash
        if which rsync > /dev/null; then rsync -a src/ dst/; fi

    Good:
        #!/bin/bash
        if command -v rsync > /dev/null; then rsync -a src/ dst/; fi

    Rationale:
        ``which`` is an external program whose output and exit status vary between systems (and it
        ignores functions and builtins); ``command -v`` is built in and standard.
    """

    code = "SG306"
    name = "which"
    severity = Severity.INFO
    message_es = "Usá `command -v` en lugar de `which`."
    message_en = "Use `command -v` instead of `which`."
    shellcheck = frozenset({"SC2230"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("which"):
            yield self.hit(ctx, command)
