"""`shellgrade validate`: every spec parses and every reference solution passes every test, in the sandbox."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from engine.catalog import exercise_ids, load, references_dir
from engine.grader import GradeOptions, grade
from engine.sandbox.base import Backend
from engine.sandbox.select import choose
from engine.spec.yamlcheck import SpecError
from engine.submission import BadInput, read_submission


def validate_all(root: Path, ids: list[str], backend_name: str, image: str, lang: str,
                 echo: Callable[..., None]) -> bool:
    ids = ids or exercise_ids(root)
    backend, notes = choose(backend_name, image=image, for_grade=True, allow_unsandboxed=False)
    for note in notes:
        echo(f"shellgrade: {note}", err=True)
    echo(f"validating {len(ids)} exercise(s) with the {backend.name} backend")
    failures = 0
    for i, ex_id in enumerate(ids, 1):
        started = time.monotonic()
        problems = validate_one(root, ex_id, backend, lang)
        status = "ok" if not problems else "FAILED"
        echo(f"[{i}/{len(ids)}] {ex_id}: {status} ({time.monotonic() - started:.1f} s)")
        for problem in problems:
            echo(f"    {problem}")
        failures += bool(problems)
    echo(f"{len(ids) - failures} passed, {failures} failed")
    return failures == 0


def validate_one(root: Path, ex_id: str, backend: Backend, lang: str) -> list[str]:
    try:
        ex = load(root, ex_id)
    except SpecError as exc:
        return [str(p) for p in exc.problems]
    except BadInput as exc:
        return [str(exc)]
    ref = references_dir(root) / f"{ex_id}.sh"
    try:
        sub = read_submission(ref, lang)
    except BadInput as exc:
        return [f"reference solution: {exc}"]
    report = grade(ex, sub, backend, GradeOptions(hidden=True, lang=lang, reveal=True))
    problems = [f"reference solution: {n.message}" for n in report.notices if n.severity == "error"]
    if report.error:
        problems.append(f"sandbox error: {report.error}")
    for t in report.tests:
        if t.status != "pass":
            problems.append(f"{t.name}: {t.status}: {t.message}")
            problems.extend(f"      {line}" for line in t.diff.splitlines()[:20])
    problems.extend(f"lint: {v['line']}:{v['column']} {v['code']} {v['message_en']}" for v in report.lint
                    if v.get("severity") in ("error", "warning"))  # a reference must lint clean
    return problems
