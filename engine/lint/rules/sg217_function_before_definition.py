from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG217FunctionBeforeDefinition(Rule):
    """A function is called at the top level before the line that defines it.

    Bad:
        #!/bin/bash
        saludar "Ana"
        saludar() {
            echo "Hola, $1"
        }

    Good:
        #!/bin/bash
        saludar() {
            echo "Hola, $1"
        }
        saludar "Ana"

    Rationale:
        bash defines a function when it reaches its definition while running, so a call above it
        fails with "command not found". Define functions first and put the main code at the end.
    """

    code = "SG217"
    name = "function-before-definition"
    severity = Severity.ERROR
    structural = True
    message_es = "Se llama a `{func}` antes de definirla (línea {line}): mové la definición más arriba."
    message_en = "`{func}` is called before it is defined (line {line}): move the definition up."

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        defined: dict[str, int] = {}
        for statement in ctx.top_level():
            if statement.type == "function_definition":
                name = statement.child_by_field_name("name")
                if name is not None:
                    defined.setdefault(ctx.text_of(name), statement.start_point[0] + 1)
        seen: set[str] = set()
        for statement, commands in ctx.top_level_commands:
            if statement.type == "function_definition":
                name = statement.child_by_field_name("name")
                seen.add(ctx.text_of(name) if name is not None else "")
                continue
            for command, func in commands:
                if func in defined and func not in seen and not ctx.inside(command, "function_definition"):
                    yield self.hit(ctx, command, func=func, line=defined[func])
                    seen.add(func)
