from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation


class SG207RmVariablePath(Rule):
    """``rm -r`` deletes a path that starts with a variable which may be empty.

    Bad:
        #!/bin/bash
        dir=$1
        rm -rf "$dir/"

    Good:
        #!/bin/bash
        dir=$1
        rm -rf "${dir:?falta el directorio}/"

    Rationale:
        If ``dir`` is empty or unset, ``"$dir/"`` is ``/`` and ``"$dir"/*`` is everything under the
        root. ``${dir:?mensaje}`` stops the script instead of running the command.
    """

    code = "SG207"
    name = "rm-variable-path"
    severity = Severity.ERROR
    message_es = "Si `{var}` está vacía, `rm` borra desde `/`: usá `${{{var}:?}}`."
    message_en = "If `{var}` is empty, `rm` deletes from `/`: use `${{{var}:?}}`."
    shellcheck = frozenset({"SC2115"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for command in ctx.commands_named("rm"):
            args = ctx.args(command)
            flags = "".join(v[1:] for _, v in args if v and v.startswith("-"))
            if "r" not in flags.lower() and "--recursive" not in flags:
                continue
            for node, _ in args:
                text = ctx.text_of(node).lstrip('"')
                variable = _leading_variable(text)
                if variable and len(text) > len(variable[1]) and text[len(variable[1]) :].lstrip('"').startswith("/"):
                    yield self.hit(ctx, node, var=variable[0])


def _leading_variable(text: str) -> tuple[str, str] | None:
    """(name, written form) of a ``$name`` or ``${name}`` at the start of ``text``, without ``:?``."""
    if text.startswith("${"):
        end = text.find("}")
        inner = text[2:end] if end > 0 else ""
        if inner.isidentifier():
            return inner, text[: end + 1]
        return None
    if text.startswith("$"):
        name = ""
        for ch in text[1:]:
            if not (ch.isalnum() or ch == "_"):
                break
            name += ch
        return (name, "$" + name) if name else None
    return None
