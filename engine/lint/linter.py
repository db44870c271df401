"""``lint_source``: parse once, run every rule, add ShellCheck and constraints, suppress, sort."""

from __future__ import annotations

from engine.lint.constraints import ConstraintFinding, check_parsed
from engine.lint.context import LintContext
from engine.lint.dedupe import covering_rules, join_shellcheck, trap_handler_lines
from engine.lint.parsing import (
    ParsedScript,
    ParseError,
    bash_syntax_errors,
    parse,
    refine_columns,
    tree_syntax_errors,
)
from engine.lint.registry import RULES, all_rules
from engine.lint.result import LintResult
from engine.lint.suppression import Suppressions
from engine.lint.violation import Violation

COVERS = covering_rules(RULES.values())


def lint_source(
    source: str | bytes,
    path: str = "<stdin>",
    *,
    shellcheck: bool = True,
    constraints: tuple[list[str], list[str]] | None = None,
) -> LintResult:
    """Lint one script. ``constraints`` is ``(require, forbid)``. Never raises."""
    notes: list[str] = []
    try:
        return _lint(source, path, shellcheck, constraints, notes)
    except Exception as exc:  # noqa: BLE001 - a traceback must never reach a student
        notes.append(f"error interno del linter / internal linter error: {type(exc).__name__}: {exc}")
        return LintResult(path, (), True, notes=tuple(notes))


def _lint(
    source: str | bytes,
    path: str,
    shellcheck: bool,
    constraints: tuple[list[str], list[str]] | None,
    notes: list[str],
) -> LintResult:
    parsed = parse(source)
    errors = _syntax_errors(parsed, notes)
    ctx = LintContext(parsed, path, tuple(errors))
    ours: list[Violation] = []
    rules = all_rules()
    if parsed.has_structural_errors():
        skipped = [rule.code for rule in rules if rule.structural]
        rules = [rule for rule in rules if not rule.structural]
        notes.append(
            "parte del script no se pudo analizar como árbol; se omitieron / part of the script could not be "
            f"parsed as a tree; skipped: {', '.join(skipped)}"
        )
    for rule in rules:
        try:
            ours.extend(rule.check(ctx))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others
            notes.append(f"la regla {rule.code} falló / rule {rule.code} failed: {type(exc).__name__}")
    suppressions = ctx.suppressions
    kept = [v for v in ours if not suppressions.suppresses(v.code, v.line, RULES[v.code].shellcheck, v.name)]
    ran = False
    if shellcheck:
        from engine.lint.shellcheck import run_shellcheck

        run = run_shellcheck(parsed.text, path, has_shebang=ctx.shebang is not None)
        ran = run.ran
        if run.note:
            notes.append(run.note)
        joined = join_shellcheck(ours, run.violations, COVERS, trap_handler_lines(ctx))
        kept.extend(v for v in joined if not _sc_suppressed(suppressions, v))
    findings: tuple[ConstraintFinding, ...] = ()
    if constraints is not None:
        findings = tuple(check_parsed(parsed, constraints[0], constraints[1]))
    kept.sort(key=lambda v: v.sort_key)
    return LintResult(
        path,
        tuple(kept),
        not errors,
        tuple(errors),
        findings,
        tuple(notes),
        ran,
        len(parsed.lines) - (1 if parsed.text.endswith("\n") else 0),
    )


def _syntax_errors(parsed: ParsedScript, notes: list[str]) -> list[ParseError]:
    errors, note = bash_syntax_errors(parsed.text)
    if note is None:
        return refine_columns(errors, parsed)
    notes.append(note)
    return tree_syntax_errors(parsed)


def _sc_suppressed(suppressions: Suppressions, violation: Violation) -> bool:
    return suppressions.suppresses(violation.code, violation.line, COVERS.get(violation.code, ()))
