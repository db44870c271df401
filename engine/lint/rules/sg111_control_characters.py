from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SG111ControlCharacters(Rule):
    """The file contains NUL or other control characters.

    Bad:
        #!/bin/bash
        echo "hola"<NUL>

    Good:
        #!/bin/bash
        echo "hola"

    Rationale:
        Control characters are invisible in most editors; bash drops NUL bytes and treats the rest
        as part of words, so commands fail with names that look right. Write escapes such as
        ``$'\\t'`` or ``printf '\\033'`` instead of raw bytes.
    """

    code = "SG111"
    name = "control-characters"
    severity = Severity.ERROR
    message_es = "Carácter de control invisible (código {ord}) en el código."
    message_en = "Invisible control character (code {ord}) in the code."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for number, line in enumerate(ctx.lines, start=1):
            match = _CONTROL.search(line)
            if match:
                yield self.hit(ctx, (number, match.start() + 1), ord=ord(match.group()))
