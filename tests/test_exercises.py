"""The shipped exercises: every reference passes in every sandbox; every known wrong solution fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO

from engine.catalog import exercise_ids, load
from engine.grader import GradeOptions, grade
from engine.submission import read_submission
from engine.validate import validate_one

EXERCISES = REPO / "exercises"
WRONG = REPO / "tests" / "exercises" / "wrong"
IDS = exercise_ids(EXERCISES)
VARIANTS = sorted(WRONG.glob("*/*.sh"))


def test_the_five_first_exercises_are_shipped():
    assert {"head-tail", "capitals", "cleanup-trap", "alumnos-db", "passwd-shadow"} <= set(IDS)


@pytest.mark.parametrize("ex_id", IDS)
def test_each_exercise_is_complete(ex_id):
    ex = load(EXERCISES, ex_id)
    assert ex.statement("es").strip() and ex.statement("en").strip()
    assert (ex.root / "statement.es.md").is_file() and (ex.root / "statement.en.md").is_file()
    assert any(t.visible for t in ex.tests) and any(not t.visible for t in ex.tests)
    assert all(t.hint.es and t.hint.en for t in ex.tests), "every test has a hint in both languages"
    assert (REPO / "reference_solutions" / f"{ex_id}.sh").is_file()
    assert len(list((WRONG / ex_id).glob("*.sh"))) >= 5, "wrong solutions prove the tests strong"


@pytest.mark.parametrize("ex_id", IDS)
def test_reference_passes_in_docker(ex_id, docker_backend):
    assert validate_one(EXERCISES, ex_id, docker_backend, "en") == []


@pytest.mark.parametrize("ex_id", IDS)
def test_reference_passes_locally(ex_id, bwrap_backend):
    assert validate_one(EXERCISES, ex_id, bwrap_backend, "en") == []


def _expected_failures(path: Path) -> list[str]:
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[:5]:
        match = re.match(r"#\s*expect-fail:\s*(.+)", line)
        if match:
            return match.group(1).split()
    raise AssertionError(f"{path} has no '# expect-fail:' line")


@pytest.mark.parametrize("variant", VARIANTS, ids=[f"{v.parent.name}/{v.stem}" for v in VARIANTS])
def test_wrong_solution_fails(variant, bwrap_backend):
    ex = load(EXERCISES, variant.parent.name)
    report = grade(ex, read_submission(variant, "en"), bwrap_backend,
                   GradeOptions(hidden=True, lang="en", reveal=True, shellcheck=False))
    assert report.status == "fail" and report.score < report.max_score
    results = {t.name: t.status for t in report.tests}
    for name in _expected_failures(variant):
        assert name in results, f"{variant.name} names unknown test {name}"
        assert results[name] != "pass", f"{variant.name} should fail {name}"
