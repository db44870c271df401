from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

MAX_LENGTH = 120


class SG107LongLine(Rule):
    """A line is longer than 120 characters.

    Bad:
        #!/bin/bash
        echo "<x*130>"

    Good:
        #!/bin/bash
        echo "una línea" \\
            "que sigue en la siguiente"

    Rationale:
        Long lines are hard to read in a terminal or a review; split commands with ``\\`` or
        variables. Lines inside here-documents are not checked.
    """

    code = "SG107"
    name = "long-line"
    severity = Severity.STYLE
    message_es = "Línea de {length} caracteres (máximo {limit}); dividila."
    message_en = "Line is {length} characters long (limit {limit}); split it."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        skip: set[int] = set()
        for node in ctx.of_type("heredoc_body"):
            skip.update(range(node.start_point[0] + 1, node.end_point[0] + 2))
        for number, line in enumerate(ctx.lines, start=1):
            length = len(line.rstrip("\r"))
            if length > MAX_LENGTH and number not in skip and not (number == 1 and line.startswith("#!")):
                yield self.hit(ctx, (number, MAX_LENGTH + 1), length=length, limit=MAX_LENGTH)
