"""Grade one submission of one exercise: lint, run the tests in a sandbox, judge, score."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from engine.judge import judge
from engine.lint.linter import lint_source
from engine.lint.result import LintResult
from engine.lint.violation import Severity
from engine.messages import msg
from engine.result import Notice, Report, TestResult
from engine.sandbox.base import Backend, SandboxError
from engine.sandbox.runner import Progress, run_tests
from engine.spec.model import Exercise
from engine.submission import Submission


@dataclass(frozen=True)
class GradeOptions:
    hidden: bool = False  # grade (all tests) rather than check (visible only)
    lang: str = "es"
    reveal: bool = False
    shellcheck: bool = True


def grade(exercise: Exercise, sub: Submission, backend: Backend, opts: GradeOptions,
          progress: Progress | None = None) -> Report:
    started = time.monotonic()
    mode = "grade" if opts.hidden else "check"
    tests = exercise.selected(hidden=opts.hidden)
    common: dict[str, Any] = {"exercise": exercise.id, "mode": mode, "backend": backend.name, "lang": opts.lang,
              "submission": sub.describe(), "warnings": tuple(backend.warnings())}
    max_score = sum(t.weight for t in tests) + (exercise.constraints.weight if exercise.constraints else 0) \
        + exercise.lint.weight
    if sub.rejected is not None:
        return Report(status="fail", score=0.0, max_score=max_score, environment={}, notices=sub.notices,
                      elapsed=time.monotonic() - started, **common)
    lint = _lint(exercise, sub, opts.shellcheck)
    notices = sub.notices + _syntax_notices(lint, opts.lang)
    try:
        environment = backend.environment()
        raw = run_tests(backend, list(tests), sub.data, exercise.script, exercise.limits, progress)
    except SandboxError as exc:
        return Report(status="error", score=0.0, max_score=max_score, environment={}, notices=notices,
                      error=str(exc), how_to_fix=exc.how_to_fix, elapsed=time.monotonic() - started, **common)
    order = [t for t in exercise.tests if t in tests]
    results = [judge(t, raw[t.name], exercise.limits, exercise.script, opts.lang, opts.reveal) for t in order]
    if exercise.constraints:
        results.append(_constraints_check(exercise, lint, opts.lang))
    if exercise.lint.weight > 0:
        results.append(_lint_check(exercise, lint, opts.lang))
    functional_ok = all(r.status == "pass" for r in results if r.kind != "lint")
    score = sum(r.score for r in results)
    return Report(status="pass" if functional_ok else "fail", score=score, max_score=max_score,
                  environment=environment, tests=tuple(results), notices=notices,
                  lint=_shown_findings(lint, notices), elapsed=time.monotonic() - started, **common)


def _lint(exercise: Exercise, sub: Submission, shellcheck: bool) -> LintResult:
    constraints = None
    if exercise.constraints:
        constraints = (list(exercise.constraints.require), list(exercise.constraints.forbid))
    return lint_source(sub.data, exercise.script, shellcheck=shellcheck, constraints=constraints)


# Lint findings that only repeat a notice about the file itself: shown once, as the notice.
REPEATS_NOTICE = {"no-shebang": {"SG101", "SC1128", "SC2148"}, "not-bash": {"SG102", "SC2148"},
                  "crlf": {"SG104", "SC1017"}, "bom": {"SG105", "SC1082"}, "syntax": {"SG100"}}


def _shown_findings(lint: LintResult, notices: tuple[Notice, ...]) -> tuple[dict[str, Any], ...]:
    codes = {n.code for n in notices}
    hidden = set().union(*(REPEATS_NOTICE.get(c, set()) for c in codes))
    syntax = "syntax" in codes
    return tuple(v.to_dict() for v in lint.violations
                 if v.code not in hidden and not (syntax and v.code.startswith("SC1")))


def _syntax_notices(lint: LintResult, lang: str) -> tuple[Notice, ...]:
    out = []
    for err in lint.parse_errors[:3]:
        where = f"línea {err.line}" if lang == "es" else f"line {err.line}"
        out.append(Notice("syntax", msg("syntax", lang, detail=f"{err.message} ({where})"), "error", err.line))
    return tuple(out)


def _constraints_check(exercise: Exercise, lint: LintResult, lang: str) -> TestResult:
    assert exercise.constraints
    weight = exercise.constraints.weight
    if not lint.constraints:
        return TestResult(name="constraints", visible=True, status="pass", score=weight, max_score=weight,
                          message=msg("constraints_ok", lang), kind="constraints")
    message = " ".join(dict.fromkeys(f.message(lang) for f in lint.constraints))
    return TestResult(name="constraints", visible=True, status="fail", score=0.0, max_score=weight,
                      message=message, kind="constraints")


def _lint_check(exercise: Exercise, lint: LintResult, lang: str) -> TestResult:
    policy = exercise.lint
    findings = [v for v in lint.violations if v.severity.at_least(Severity(policy.fail_on))]
    score = max(0.0, policy.weight - policy.per_finding * len(findings))
    if not findings:
        return TestResult(name="style", visible=True, status="pass", score=score, max_score=policy.weight,
                          message=msg("lint_ok", lang), kind="lint")
    return TestResult(name="style", visible=True, status="fail", score=score, max_score=policy.weight,
                      message=msg("lint_findings", lang, count=len(findings)), kind="lint")
