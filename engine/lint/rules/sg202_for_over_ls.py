from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG202ForOverLs(Rule):
    """A ``for`` loop iterates over the output of ``ls`` or ``find``.

    Bad:
        #!/bin/bash
        for f in $(ls *.txt); do
            cp "$f" "${f%.txt}.bak"
        done

    Good:
        #!/bin/bash
        for f in *.txt; do
            cp "$f" "${f%.txt}.bak"
        done

    Rationale:
        The output of ``ls`` is split on spaces and newlines, so ``mis notas.txt`` becomes two
        files. A glob gives each name whole; for trees use ``find ... -print0`` with
        ``while IFS= read -r -d ''``.
    """

    code = "SG202"
    name = "for-over-ls"
    severity = Severity.WARNING
    message_es = (
        "No recorras la salida de `{cmd}` con for: los nombres con espacios se parten. Usá un glob (`for f in *`)."
    )
    message_en = "Do not loop over `{cmd}` output with for: names with spaces break apart. Use a glob (`for f in *`)."
    shellcheck = frozenset({"SC2045", "SC2044"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for loop in ctx.of_type("for_statement"):
            for index, child in enumerate(loop.children):
                if loop.field_name_for_child(index) != "value":
                    continue
                for node in ctx.parsed.walk(child):
                    if node.type != "command_substitution":
                        continue
                    inner = next((c for c in node.children if c.type == "command"), None)
                    name = command_name(ctx.parsed, inner) if inner is not None else None
                    if name and basename(name) in {"ls", "find"}:
                        yield self.hit(ctx, node, cmd=basename(name))
