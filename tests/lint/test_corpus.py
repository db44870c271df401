"""The course's own code must lint: syllabus snippets and every reference solution."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.lint.linter import lint_source
from engine.lint.violation import Severity

from .syllabus import SYLLABUS, syllabus_snippets

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = syllabus_snippets()
REFERENCE = sorted((ROOT / "reference_solutions").glob("**/*.sh"))
REFERENCE += sorted((ROOT / "exercises").glob("*/**/*.sh"))


@pytest.mark.skipif(not SYLLABUS.is_file(), reason="syllabus not available")
def test_syllabus_has_the_scripting_snippets() -> None:
    scripts = "\n".join(script for _, script in SNIPPETS)
    for expected in ("A=(1 2 3 cuatro cinco)", "declare -A B", "trap limpieza 1 2 3 6 9", "let i=i+1"):
        assert expected in scripts
    assert len(SNIPPETS) >= 20


@pytest.mark.parametrize(("index", "script"), SNIPPETS, ids=[f"snippet{i}" for i, _ in SNIPPETS])
def test_syllabus_snippet_lints(index: int, script: str) -> None:
    result = lint_source(script, f"syllabus-{index}.sh", shellcheck=False)
    assert result.syntax_ok, result.parse_errors
    assert not result.notes, result.notes
    assert all(v.line >= 1 and v.column >= 1 for v in result.violations)


def test_syllabus_trap_example_teaches_kill() -> None:
    trap_snippet = next(script for _, script in SNIPPETS if "trap limpieza" in script)
    codes = {v.code for v in lint_source(trap_snippet, shellcheck=False).violations}
    assert "SG205" in codes  # trap on 9 can never fire


@pytest.mark.parametrize("path", REFERENCE, ids=[p.name for p in REFERENCE])
def test_reference_solution_lints_clean(path: Path) -> None:
    result = lint_source(path.read_bytes(), str(path), shellcheck=False)
    assert result.syntax_ok, result.parse_errors
    assert not result.notes, result.notes
    serious = [f"{v.line}:{v.column} {v.code} {v.message_en}" for v in result.at_or_above(Severity.WARNING)]
    assert serious == []
