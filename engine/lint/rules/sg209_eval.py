from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG209Eval(Rule):
    """``eval`` runs a string as code.

    Bad:
        #!/bin/bash
        campo=$1
        eval "valor=\\$$campo"
        echo "$valor"

    Good:
        #!/bin/bash
        campo=$1
        valor=${!campo}
        echo "$valor"

    Rationale:
        ``eval`` parses its arguments a second time, so any ``;``, ``$( )`` or quote inside the data
        becomes code: a file name or an answer to ``read`` can run commands. Indirect expansion
        ``${!nombre}``, arrays or ``declare -n`` cover what beginners use ``eval`` for.
    """

    code = "SG209"
    name = "eval"
    severity = Severity.WARNING
    message_es = "Evitá `eval`: ejecuta los datos como código. Usá `${{!nombre}}`, arreglos o `declare -n`."
    message_en = "Avoid `eval`: it runs data as code. Use `${{!name}}`, arrays or `declare -n`."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("eval"):
            yield self.hit(ctx, command)
