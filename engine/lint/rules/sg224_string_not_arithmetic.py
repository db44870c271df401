from __future__ import annotations

import re
from collections.abc import Iterator

from engine.lint.constructs import declare_flags
from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

_LOOKS_ARITHMETIC = re.compile(r"^(\$\{?\w+\}?|\d+)\s*[+*]\s*(\$\{?\w+\}?|\d+)$")


class SG224StringNotArithmetic(Rule):
    """An assignment looks like arithmetic but stores a string (``j=$i+1``).

    Bad:
        #!/bin/bash
        i=5
        j=$i+1
        echo "$j"

    Good:
        #!/bin/bash
        i=5
        j=$((i + 1))
        echo "$j"

    Rationale:
        Assignments do not calculate: ``j=$i+1`` stores the text ``5+1``. Use ``$(( ))`` (or a
        variable declared with ``declare -i``, where bash does evaluate it).
    """

    code = "SG224"
    name = "string-not-arithmetic"
    severity = Severity.WARNING
    message_es = '`{name}={value}` guarda el texto "{value}", no calcula: usá `{name}=$(( ... ))`.'
    message_en = '`{name}={value}` stores the text "{value}" without calculating: use `{name}=$(( ... ))`.'

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        integers: set[str] = set()
        for node in ctx.of_type("declaration_command"):
            if "i" in declare_flags(ctx.parsed, node):
                integers.update(ctx.text_of(c).split("=")[0] for c in node.named_children)
        for node in ctx.of_type("variable_assignment"):
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is None or value is None or ctx.text_of(name) in integers:
                continue
            if value.type in {"concatenation", "word"} and _LOOKS_ARITHMETIC.match(ctx.text_of(value)):
                yield self.hit(ctx, node, name=ctx.text_of(name), value=ctx.text_of(value))
