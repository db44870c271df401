from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

CONFIG = frozenset(
    {
        "IFS",
        "PATH",
        "PS1",
        "PS2",
        "PS3",
        "PS4",
        "LANG",
        "LC_ALL",
        "TMOUT",
        "HISTFILE",
        "HISTSIZE",
        "TZ",
        "OPTIND",
        "OPTERR",
        "TMPDIR",
        "HOME",
        "SHELLOPTS",
        "BASHOPTS",
        "GLOBIGNORE",
        "CDPATH",
    }
)


class SG211UnusedVariable(Rule):
    """A variable is assigned but never read.

    Bad:
        #!/bin/bash
        total=0
        contador=0
        echo "$total"

    Good:
        #!/bin/bash
        total=0
        echo "$total"

    Rationale:
        An assignment nobody reads is dead code or, more often, a misspelt name: the value goes to
        one variable and the script reads another. Export it if a child process reads it.
    """

    code = "SG211"
    name = "unused-variable"
    severity = Severity.INFO
    structural = True
    message_es = "`{var}` recibe un valor que nunca se usa (¿un error de tipeo, o falta `export`?)."
    message_en = "`{var}` is assigned but never used (a typo, or a missing `export`?)."
    shellcheck = frozenset({"SC2034"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if ctx.has_dynamic_code:
            return
        facts = ctx.variables
        for name, node in facts.assigned.items():
            if name in facts.used or name in facts.loose or name in CONFIG or name.startswith(("_", "LC_")):
                continue
            if node.parent is not None and node.parent.type == "for_statement":
                continue  # for _ in ...: the loop variable is often a counter only
            yield self.hit(ctx, node, var=name)
