from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG301EchoFlags(Rule):
    """``echo -e`` (or ``-n``/``-E``) is used to format output.

    Bad:
        #!/bin/bash
        echo -e "Nombre:\\tAna\\nEdad:\\t20"

    Good:
        #!/bin/bash
        printf 'Nombre:\\t%s\\nEdad:\\t%s\\n' "Ana" 20

    Rationale:
        Whether ``echo`` takes options and reads backslash escapes differs between shells and
        settings (``sh`` prints ``-e``). ``printf`` behaves the same everywhere and formats too.
    """

    code = "SG301"
    name = "echo-flags"
    severity = Severity.INFO
    message_es = "`echo {flag}` no es portable: usá `printf`."
    message_en = "`echo {flag}` is not portable: use `printf`."
    shellcheck = frozenset({"SC3037", "SC2028"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("echo"):
            args = ctx.args(command)
            flag = args[0][1] if args else None
            if flag and len(flag) > 1 and flag.startswith("-") and set(flag[1:]) <= {"e", "n", "E"}:
                yield self.hit(ctx, args[0][0], flag=flag)
