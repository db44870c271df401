from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import redirects
from engine.lint.violation import Severity, Violation


class SG225RedirectOrder(Rule):
    """``2>&1`` comes before ``> archivo``, so errors still go to the terminal.

    Bad:
        #!/bin/bash
        make > build.log 2>&1
        make 2>&1 > build.log

    Good:
        #!/bin/bash
        make > build.log 2>&1

    Rationale:
        Redirections apply left to right: ``2>&1`` copies where stdout points *now* (the terminal),
        then ``>`` moves only stdout. Write ``> archivo 2>&1``.
    """

    code = "SG225"
    name = "redirect-order"
    severity = Severity.WARNING
    message_es = "`2>&1` antes de `>` no envía los errores al archivo: escribí `> archivo 2>&1`."
    message_en = "`2>&1` before `>` does not send errors to the file: write `> file 2>&1`."
    shellcheck = frozenset({"SC2069"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for statement in ctx.of_type("redirected_statement"):
            seen_dup = None
            for redirect in redirects(statement):
                text = ctx.text_of(redirect).replace(" ", "")
                if text == "2>&1":
                    seen_dup = redirect
                elif seen_dup is not None and re.match(r"^1?>>?[^&]", text):
                    yield self.hit(ctx, seen_dup)
                    break
