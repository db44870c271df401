from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG222QuotedTilde(Rule):
    """A ``~`` inside quotes is expected to mean the home directory.

    Bad:
        #!/bin/bash
        destino="~/respaldo"
        cp notas.txt "$destino"

    Good:
        #!/bin/bash
        destino="$HOME/respaldo"
        cp notas.txt "$destino"

    Rationale:
        Tilde expansion only happens unquoted at the start of a word, so ``"~/respaldo"`` is a
        directory literally named ``~`` inside the current one. Use ``$HOME``.
    """

    code = "SG222"
    name = "quoted-tilde"
    severity = Severity.WARNING
    message_es = "`~` entre comillas no se expande: usá `$HOME`."
    message_en = "`~` does not expand inside quotes: use `$HOME`."
    shellcheck = frozenset({"SC2088"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("string", "raw_string"):
            text = ctx.text_of(node)
            if text[1:3] == "~/" or text[1:] in {'~"', "~'"}:
                yield self.hit(ctx, node)
