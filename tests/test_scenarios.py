"""Scenario tests: a folder per scenario (submission.sh + expected.json); only the fields given are compared.

expected.json names the exercise and mode (check | grade); lists in it match by position, or by "name" or
"code" when their items carry one. Add a scenario by adding a folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from engine.catalog import load
from engine.grader import GradeOptions, grade
from engine.submission import read_submission

SCENARIOS = sorted(p for p in (Path(__file__).parent / "scenarios").iterdir() if p.is_dir())


def subset(expected: Any, actual: Any, where: str = "") -> list[str]:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected a mapping"]
        return [p for k, v in expected.items() for p in
                (subset(v, actual[k], f"{where}.{k}") if k in actual else [f"{where}.{k}: missing"])]
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{where}: expected a list"]
        problems = []
        for i, item in enumerate(expected):
            key = next((k for k in ("name", "code") if isinstance(item, dict) and k in item), None)
            match = [a for a in actual if isinstance(a, dict) and a.get(key) == item[key]] if key else \
                actual[i:i + 1]
            if key is None and item == [] and actual:
                problems.append(f"{where}: expected empty")
            elif not match:
                problems.append(f"{where}[{item.get(key) if key else i}]: missing")
            else:
                problems += subset(item, match[0], f"{where}[{i}]")
        if expected == [] and actual != []:
            problems.append(f"{where}: expected an empty list, got {len(actual)} items")
        return problems
    return [] if expected == actual else [f"{where}: expected {expected!r}, got {actual!r}"]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_scenario(scenario: Path, bwrap_backend):
    expected = json.loads((scenario / "expected.json").read_text(encoding="utf-8"))
    ex = load(REPO / "exercises", expected["exercise"])
    report = grade(ex, read_submission(scenario / "submission.sh", "en"), bwrap_backend,
                   GradeOptions(hidden=expected["mode"] == "grade", lang="en", shellcheck=False))
    assert subset(expected, report.to_dict()) == []
