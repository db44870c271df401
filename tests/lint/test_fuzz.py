"""Fuzzing: random text and mutated real scripts never crash the linter nor take long."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.lint.constraints import check_constraints
from engine.lint.examples import materialise
from engine.lint.linter import lint_source
from engine.lint.registry import RULES

SEEDS = [materialise(rule.doc().bad) for rule in RULES.values()]
SEEDS += [p.read_text(errors="replace") for p in sorted(Path(__file__).parents[2].glob("reference_solutions/*.sh"))]
SHELL_ALPHABET = st.sampled_from(
    list("$(){}[]\"'`\\|&;<>#=!*?~\n\t -")
    + ["$((", "<<EOF\n", "\nEOF\n", "do", "done", "fi", "then", "esac", "case", "$'"]
)
MAX_SECONDS = 2.0
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lint_bounded(source: str | bytes) -> None:
    start = time.perf_counter()
    result = lint_source(source, "fuzz.sh", shellcheck=False, constraints=(["trap", "function"], ["awk", "eval"]))
    elapsed = time.perf_counter() - start
    assert not any("internal" in note or "failed" in note for note in result.notes), result.notes
    assert elapsed < MAX_SECONDS
    for violation in result.violations:
        assert violation.line >= 1 and violation.column >= 1


@FUZZ
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    _lint_bounded(text)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    _lint_bounded(data)


@FUZZ
@given(st.lists(SHELL_ALPHABET, max_size=120).map("".join))
def test_shell_punctuation_soup(text: str) -> None:
    _lint_bounded(text)
    check_constraints(text, ["trap"], ["awk"])


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_mutated_real_scripts(seed: str, data: st.DataObject) -> None:
    text = seed
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if action == "delete":
            text = text[:position] + text[position + data.draw(st.integers(1, 8)) :]
        elif action == "insert":
            text = text[:position] + data.draw(SHELL_ALPHABET) + text[position:]
        else:
            text = text[:position] + text[position : position + 20] + text[position:]
    _lint_bounded(text)
