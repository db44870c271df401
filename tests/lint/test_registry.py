from __future__ import annotations

import pytest

from engine.lint import registry
from engine.lint.rule import Rule
from engine.lint.violation import Severity


def test_duplicate_codes_are_rejected() -> None:
    class A(Rule):
        code, name = "SG299", "dup-a"

    class B(Rule):
        code, name = "SG299", "dup-b"

    found: dict[str, type[Rule]] = {}
    registry._register(found, A)
    with pytest.raises(registry.RegistryError, match="duplicate code SG299"):
        registry._register(found, B)


@pytest.mark.parametrize(("code", "name"), [("SG9", "x"), ("SC2086", "x"), ("SG501", "x"), ("SG201", "Bad Name")])
def test_malformed_codes_are_rejected(code: str, name: str) -> None:
    rule = type("R", (Rule,), {"code": code, "name": name})
    with pytest.raises(registry.RegistryError):
        registry._register({}, rule)


def test_retired_codes_cannot_come_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.RETIRED, "SG298", "old-rule")
    rule = type("R", (Rule,), {"code": "SG298", "name": "new-rule"})
    with pytest.raises(registry.RegistryError, match="retired"):
        registry._register({}, rule)


def test_names_are_unique_and_severities_valid() -> None:
    names = [rule.name for rule in registry.RULES.values()]
    assert len(names) == len(set(names))
    assert all(isinstance(rule.severity, Severity) for rule in registry.RULES.values())


def test_severity_ranks() -> None:
    assert Severity.ERROR.at_least(Severity.WARNING)
    assert not Severity.STYLE.at_least(Severity.INFO)
    assert Severity.INFO.at_least(Severity.INFO)
