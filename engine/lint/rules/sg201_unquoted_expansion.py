from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.shapes import SAFE_SPECIALS, expansion_name, is_quoted
from engine.lint.violation import Severity, Violation

# echo/printf (ShellCheck's SC2086 still reports them), tests (SG208), $*/$@ (SG213) are left to others.
LEFT_TO_OTHERS = frozenset({"echo", "printf", "test", "[", "local", "declare", "export", "readonly", "typeset"})


class SG201UnquotedExpansion(Rule):
    """A variable or command substitution is used unquoted as an argument, where splitting and globbing bite.

    Bad:
        #!/bin/bash
        archivo="mis notas.txt"
        cp $archivo /tmp/

    Good:
        #!/bin/bash
        archivo="mis notas.txt"
        cp "$archivo" /tmp/

    Rationale:
        Unquoted, ``$archivo`` is split on spaces and each piece is expanded as a glob: ``cp`` gets
        ``mis`` and ``notas.txt``. Double quotes keep the value as one argument. Numbers such as
        ``$#`` or ``$?`` are not reported.
    """

    code = "SG201"
    name = "unquoted-expansion"
    severity = Severity.WARNING
    message_es = 'Poné `{text}` entre comillas ("{text}"): sin comillas se divide en palabras y se expande como glob.'
    message_en = 'Quote `{text}` ("{text}"): unquoted, it is split into words and expanded as a glob.'
    shellcheck = frozenset({"SC2086", "SC2046"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command, name in ctx.commands:
            if name in LEFT_TO_OTHERS or not name:
                continue
            for arg, _ in ctx.args(command):
                for node in ctx.parsed.walk(arg):
                    if node.type not in {"simple_expansion", "expansion", "command_substitution"}:
                        continue
                    variable = expansion_name(ctx, node) if node.type != "command_substitution" else None
                    if variable in SAFE_SPECIALS or variable in {"*", "@"} or ctx.text_of(node).startswith("${#"):
                        continue
                    if node.parent is not None and node.parent.type in {"expansion", "command_substitution"}:
                        continue
                    if not is_quoted(ctx, node):
                        yield self.hit(ctx, node, text=ctx.text_of(node)[:40])
                        break
