"""Every rule's docstring examples are tests: Bad raises the rule, Good does not (sqlfluff-style)."""

from __future__ import annotations

import pytest

from engine.lint.examples import materialise
from engine.lint.linter import lint_source
from engine.lint.registry import RULES
from engine.lint.rule import Rule

CODES = sorted(RULES)


def codes_for(example: str) -> list[str]:
    return [v.code for v in lint_source(materialise(example), "example.sh", shellcheck=False).violations]


@pytest.mark.parametrize("code", CODES)
def test_bad_example_raises_the_rule(code: str) -> None:
    assert code in codes_for(RULES[code].doc().bad)


@pytest.mark.parametrize("code", CODES)
def test_good_example_does_not_raise_the_rule(code: str) -> None:
    assert code not in codes_for(RULES[code].doc().good)


@pytest.mark.parametrize("code", CODES)
def test_docstring_has_every_part(code: str) -> None:
    doc = RULES[code].doc()
    assert doc.summary.endswith("."), code
    assert doc.bad.strip() and doc.good.strip() and doc.rationale, code
    assert doc.bad != doc.good


@pytest.mark.parametrize("code", CODES)
def test_rule_metadata(code: str) -> None:
    rule: type[Rule] = RULES[code]
    assert rule.__name__.startswith(code), "the class name carries the code"
    assert rule.message_es and rule.message_en and rule.message_es != rule.message_en
    assert all(sc.startswith("SC") and sc[2:].isdigit() for sc in rule.shellcheck)


def test_at_least_forty_rules_in_every_family() -> None:
    assert len(RULES) >= 40
    assert {code[2] for code in RULES} == {"1", "2", "3", "4"}


@pytest.mark.parametrize("code", CODES)
def test_good_example_is_clean(code: str) -> None:
    """A documented 'correct' example must not draw any other finding of ours either."""
    assert codes_for(RULES[code].doc().good) == []
