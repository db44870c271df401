from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG220BracketSpacing(Rule):
    """A test bracket is glued to its contents: ``[$a`` or ``-f x]``.

    Bad:
        #!/bin/bash
        if [-f datos.txt]; then
            echo "existe"
        fi

    Good:
        #!/bin/bash
        if [ -f datos.txt ]; then
            echo "existe"
        fi

    Rationale:
        ``[`` is a command and ``]`` its last argument, so both need spaces around them:
        ``[-f`` is looked up as a command named ``[-f`` ("command not found").
    """

    code = "SG220"
    name = "bracket-spacing"
    severity = Severity.ERROR
    message_es = "Dejá un espacio después de `[` y antes de `]`: `[ ... ]`."
    message_en = "Put a space after `[` and before `]`: `[ ... ]`."
    shellcheck = frozenset({"SC1035", "SC1020", "SC1019"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.of_type("command"):
            name = command.child_by_field_name("name")
            text = ctx.text_of(name) if name is not None else ""
            if text.startswith("[") and text not in {"[", "[["}:
                yield self.hit(ctx, command)
        for test in ctx.of_type("test_command"):
            text = ctx.text_of(test)
            width = 2 if text.startswith("[[") else 1
            inner = text[width:-width] if len(text) > 2 * width else " "
            if text.startswith("[") and (not inner[:1].isspace() or not inner[-1:].isspace()):
                yield self.hit(ctx, test)
