from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

KNOWN = frozenset({"bash", "sh", "dash", "ksh", "zsh", "mksh", "ash", "busybox"})


class SG102BadShebang(Rule):
    """The shebang is malformed, relative, or names something that is not a shell.

    Bad:
        #/bin/bash
        echo "Hola"

    Good:
        #!/bin/bash
        echo "Hola"

    Rationale:
        The kernel only honours ``#!`` followed by an absolute path: ``#/bin/bash``, ``!#/bin/bash``
        or ``#!bash`` are ignored or fail, and the script silently runs under another shell.
    """

    code = "SG102"
    name = "bad-shebang"
    severity = Severity.ERROR
    message_es = "Shebang incorrecto `{line}`: {hint_es}"
    message_en = "Wrong shebang `{line}`: {hint_en}"
    shellcheck = frozenset({"SC1008", "SC1084", "SC1104", "SC1113", "SC1114", "SC1115", "SC1128"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        first = ctx.text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        if re.match(r"^(#/|!#|#\s+!|#!\s*$)", first) or (ctx.shebang and self._wrong(ctx.shebang, ctx.interpreter)):
            yield self.hit(
                ctx,
                (1, 1),
                line=first[:60],
                hint_es="usá `#!/bin/bash` (o `#!/usr/bin/env bash`).",
                hint_en="use `#!/bin/bash` (or `#!/usr/bin/env bash`).",
            )
            return
        for number, line in enumerate(ctx.lines[1:6], start=2):
            if line.startswith("#!") and ctx.shebang is None and not any(ln.strip() for ln in ctx.lines[: number - 1]):
                yield self.hit(
                    ctx,
                    (number, 1),
                    line=line[:60],
                    hint_es="debe estar en la primera línea.",
                    hint_en="it must be on the first line.",
                )

    @staticmethod
    def _wrong(shebang: str, interpreter: str) -> bool:
        target = shebang[2:].strip().split()
        return not target or not target[0].startswith("/") or interpreter not in KNOWN
