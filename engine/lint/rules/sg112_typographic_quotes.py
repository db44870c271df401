from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

LOOKALIKES = "\u201c\u201d\u2018\u2019\u00b4\u2013\u2014"


class SG112TypographicQuotes(Rule):
    """Typographic quotes or dashes (“ ” ‘ ’ – —) are used where shell syntax is expected.

    Bad:
        #!/bin/bash
        echo “hola mundo”
        ls –l

    Good:
        #!/bin/bash
        echo "hola mundo"
        ls -l

    Rationale:
        Text copied from a PDF or a word processor brings curly quotes and long dashes; bash sees
        them as ordinary letters, so nothing is quoted and ``–l`` is a file name, not an option.
        Inside real quotes or comments they are just text and are not reported.
    """

    code = "SG112"
    name = "typographic-quotes"
    severity = Severity.ERROR
    message_es = "El carácter `{char}` no es sintaxis del shell; usá {ascii}."
    message_en = "The character `{char}` is not shell syntax; use {ascii}."
    shellcheck = frozenset({"SC1015", "SC1016", "SC1018", "SC1100"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("word"):
            text = ctx.text_of(node)
            found = next((c for c in text if c in LOOKALIKES), None)
            if found is None or any(
                a.type in {"string", "raw_string", "heredoc_body", "comment"} for a in ctx.ancestors(node)
            ):
                continue
            line, column = ctx.position(node)
            ascii_form = "`-`" if found in "\u2013\u2014" else ("`'`" if found in "\u2018\u2019\u00b4" else '`"`')
            yield self.hit(ctx, (line, column + text.index(found)), char=found, ascii=ascii_form)
