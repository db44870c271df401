from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

BASH_SET = frozenset({"REPLY", "OPTARG", "OPTIND", "RANDOM", "LINENO", "SECONDS", "FUNCNAME", "PIPESTATUS"})


class SG210UnsetVariable(Rule):
    """A lowercase variable is read but never assigned anywhere in the script.

    Bad:
        #!/bin/bash
        nombre="Ana"
        echo "Hola, $nmbre"

    Good:
        #!/bin/bash
        nombre="Ana"
        echo "Hola, $nombre"

    Rationale:
        An unassigned variable expands to nothing, silently: a typo in a name gives an empty
        string, and ``rm -rf "$dir/"`` with an empty ``dir`` is ``rm -rf /``. Environment variables
        are uppercase by convention and are not reported.
    """

    code = "SG210"
    name = "unset-variable"
    severity = Severity.WARNING
    structural = True
    message_es = "`{var}` se usa pero nunca se le asigna un valor (¿un error de tipeo?)."
    message_en = "`{var}` is used but never assigned (a typo?)."
    shellcheck = frozenset({"SC2154"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if ctx.has_dynamic_code:
            return
        facts = ctx.variables
        for name, node in facts.used.items():
            if name in facts.assigned or name in facts.loose or name in BASH_SET or name.isupper():
                continue
            if not name.isidentifier() or name.isdigit() or name.startswith("_"):
                continue
            if re.search(rf"(^|[\s;&|({{`]){name}(\[[^]]*\])?\+?=|\bfor\s+{name}\b", ctx.text, re.MULTILINE):
                continue  # assigned in a place the tree did not show (a tree-sitter misparse): stay quiet
            yield self.hit(ctx, node, var=name)
