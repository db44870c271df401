from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import basename, command_name


class SG403UselessCat(Rule):
    """``cat`` of a single file is piped into a command that could read the file itself.

    Bad:
        #!/bin/bash
        cat notas.txt | sort

    Good:
        #!/bin/bash
        sort notas.txt

    Rationale:
        ``cat`` exists to concatenate; for one file it only adds a process and a pipe. Pass the
        file as an argument or redirect it with ``< archivo``.
    """

    code = "SG403"
    name = "useless-cat"
    severity = Severity.STYLE
    message_es = "`cat {file} |` es innecesario: pasá `{file}` al comando o usá `< {file}`."
    message_en = "`cat {file} |` is unnecessary: give `{file}` to the command or use `< {file}`."
    shellcheck = frozenset({"SC2002"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for pipeline in ctx.of_type("pipeline"):
            first = pipeline.named_children[0] if pipeline.named_children else None
            if first is None or first.type != "command" or basename(command_name(ctx.parsed, first) or "") != "cat":
                continue
            args = ctx.args(first)
            if len(args) == 1 and not ctx.text_of(args[0][0]).startswith(("-", "<(")) and args[0][1] != "-":
                yield self.hit(ctx, first, file=ctx.text_of(args[0][0]))
