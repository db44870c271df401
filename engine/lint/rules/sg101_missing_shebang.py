from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG101MissingShebang(Rule):
    """The script does not start with a shebang line naming its interpreter.

    Bad:
        echo "Hola"

    Good:
        #!/bin/bash
        echo "Hola"

    Rationale:
        Without ``#!/bin/bash`` on the first line, ``./script.sh`` runs under whatever shell the caller
        uses (often ``sh``), and arrays, ``[[ ]]`` or ``(( ))`` fail there.
    """

    code = "SG101"
    name = "missing-shebang"
    severity = Severity.WARNING
    message_es = "Falta el shebang: la primera línea debe ser `#!/bin/bash`."
    message_en = "Missing shebang: the first line should be `#!/bin/bash`."
    shellcheck = frozenset({"SC2148"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        first = ctx.text.lstrip("\ufeff").split("\n", 1)[0]
        if ctx.text.strip() and ctx.shebang is None and not first.startswith(("#/", "!#", "# !", "#  !")):
            yield self.hit(ctx, (1, 1))
