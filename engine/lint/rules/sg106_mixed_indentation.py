from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG106MixedIndentation(Rule):
    """Indentation mixes tabs and spaces.

    Bad:
        #!/bin/bash
        if true; then
        <TAB>echo "uno"
            echo "dos"
        fi

    Good:
        #!/bin/bash
        if true; then
            echo "uno"
            echo "dos"
        fi

    Rationale:
        Tabs and spaces look alike in one editor and not in the next, so the structure the reader
        sees is not the one written. Pick one (here-document bodies are not checked).
    """

    code = "SG106"
    name = "mixed-indentation"
    severity = Severity.STYLE
    message_es = "Sangría con {this_es} cuando el archivo ya usa {other_es}; usá solo uno de los dos."
    message_en = "Indented with {this_en} while the file already uses {other_en}; use only one of them."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        skip: set[int] = set()
        for node in ctx.of_type("heredoc_body"):
            skip.update(range(node.start_point[0] + 1, node.end_point[0] + 2))
        first: str | None = None
        for number, line in enumerate(ctx.lines, start=1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if number in skip or not indent or not line.strip():
                continue
            kind = "mixed" if " " in indent and "\t" in indent and not indent.startswith("\t") else indent[0]
            if first is None and kind != "mixed":
                first = kind
            elif kind == "mixed" or kind != first:
                names = {
                    "\t": ("tabuladores", "tabs"),
                    " ": ("espacios", "spaces"),
                    "mixed": ("ambos", "both"),
                }
                this, other = names[kind], names[first or " "]
                yield self.hit(ctx, (number, 1), this_es=this[0], this_en=this[1], other_es=other[0], other_en=other[1])
                return
