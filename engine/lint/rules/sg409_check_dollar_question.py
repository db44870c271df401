from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import test_nodes
from engine.lint.violation import Severity, Violation

_STATUS_TEST = re.compile(r"^\[\[?\s+\"?\$\{?\?\}?\"?\s+(-eq|-ne|=|==|!=)\s+\"?\d+\"?\s+\]\]?$")


class SG409CheckDollarQuestion(Rule):
    """A command's success is checked afterwards with ``[ $? -eq 0 ]``.

    Bad:
        #!/bin/bash
        grep -q "root" /etc/passwd
        if [ $? -eq 0 ]; then
            echo "existe"
        fi

    Good:
        #!/bin/bash
        if grep -q "root" /etc/passwd; then
            echo "existe"
        fi

    Rationale:
        ``if`` already tests a command's exit status. Going through ``$?`` is longer and breaks as
        soon as a line (even an ``echo`` for debugging) is added between the command and the test.
    """

    code = "SG409"
    name = "check-dollar-question"
    severity = Severity.STYLE
    message_es = "Probá el comando directamente (`if comando; then`) en lugar de mirar `$?`."
    message_en = "Test the command directly (`if command; then`) instead of checking `$?`."
    shellcheck = frozenset({"SC2181"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        tests = test_nodes(ctx) + [n for n in ctx.of_type("test_command") if ctx.text_of(n).startswith("[[")]
        for test in tests:
            text = " ".join(ctx.text_of(test).split())
            if _STATUS_TEST.match(text) or re.match(r"^test \"?\$\?\"? (-eq|-ne) \d+$", text):
                yield self.hit(ctx, test)
