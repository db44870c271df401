from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

_PATTERN = re.compile(r"^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?\+?=")


class SG219DollarInAssignment(Rule):
    """An assignment writes ``$`` before the variable name.

    Bad:
        #!/bin/bash
        $contador=1
        echo "$contador"

    Good:
        #!/bin/bash
        contador=1
        echo "$contador"

    Rationale:
        ``$`` reads a variable; it is not part of its name. ``$contador=1`` expands the old value
        and runs the result (``=1``) as a command.
    """

    code = "SG219"
    name = "dollar-in-assignment"
    severity = Severity.ERROR
    message_es = "Para asignar no se usa `$`: escribí `{name}=...`."
    message_en = "Do not use `$` when assigning: write `{name}=...`."
    shellcheck = frozenset({"SC1066"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.of_type("command"):
            name = command.child_by_field_name("name")
            match = _PATTERN.match(ctx.text_of(name)) if name is not None else None
            if match:
                yield self.hit(ctx, command, name=match.group(1))
