"""Join ShellCheck's findings to ours: drop what we already said, and its trap-handler misfires."""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.lint.context import LintContext
from engine.lint.violation import Violation

TRAP_MISFIRES = frozenset({"SC2317", "SC2329"})
# ShellCheck's parser follow-ups, redundant once bash -n has reported the syntax error (SG100).
PARSER_FOLLOWUPS = frozenset({"SC1009", "SC1072", "SC1073"})


def covering_rules(rules: Iterable[type]) -> dict[str, frozenset[str]]:
    """ShellCheck code -> the shellgrade codes that cover it."""
    out: dict[str, set[str]] = {}
    for rule in rules:
        for sc in getattr(rule, "shellcheck", ()):
            out.setdefault(sc, set()).add(rule.code)  # type: ignore[attr-defined]
    return {sc: frozenset(codes) for sc, codes in out.items()}


def trap_handler_lines(ctx: LintContext) -> set[int]:
    """Lines of every function a ``trap`` names in its action (even a dynamic one: ``"h $s"``)."""
    actions: list[str] = []
    for node in ctx.commands_named("trap"):
        args = ctx.args(node)
        if args:
            actions.append(args[0][1] if args[0][1] is not None else ctx.text_of(args[0][0]).strip("\"'"))
    words = {w for action in actions for w in re.findall(r"[A-Za-z_][A-Za-z0-9_:.-]*", action)}
    lines: set[int] = set()
    for node in ctx.of_type("function_definition"):
        name = node.child_by_field_name("name")
        if name is not None and ctx.text_of(name) in words:
            lines.update(range(node.start_point[0] + 1, node.end_point[0] + 2))
    return lines


def join_shellcheck(
    ours: list[Violation],
    theirs: Iterable[Violation],
    covers: dict[str, frozenset[str]],
    handler_lines: set[int],
) -> list[Violation]:
    """ShellCheck findings worth adding: not on a line where a covering rule of ours fired."""
    fired = {(v.code, v.line) for v in ours}
    syntax_failed = any(v.code == "SG100" for v in ours)
    kept = []
    for violation in theirs:
        if syntax_failed and violation.code in PARSER_FOLLOWUPS:
            continue
        if violation.code in TRAP_MISFIRES and violation.line in handler_lines:
            continue
        if any((code, violation.line) in fired for code in covers.get(violation.code, ())):
            continue
        kept.append(violation)
    return kept
