"""All rules, found in ``engine.lint.rules``; codes are checked unique and well-formed at import."""

from __future__ import annotations

import importlib
import pkgutil
import re

from engine.lint import rules as rules_package
from engine.lint.rule import Rule

FAMILIES = {
    "1": "Sintaxis e higiene del archivo / Syntax and file hygiene",
    "2": "Corrección / Correctness",
    "3": "Portabilidad / Portability",
    "4": "Estilo / Style",
}
CODE_RE = re.compile(r"^SG[1-4]\d\d$")
NAME_RE = re.compile(r"^[a-z][a-z0-9-]*$")
# Codes never to be reused (retired rules stay listed here).
RETIRED: dict[str, str] = {}


class RegistryError(Exception):
    pass


def _discover() -> dict[str, type[Rule]]:
    found: dict[str, type[Rule]] = {}
    for info in sorted(pkgutil.iter_modules(rules_package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{rules_package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Rule) and value is not Rule and value.code:
                _register(found, value)
    return dict(sorted(found.items()))


def _register(found: dict[str, type[Rule]], rule: type[Rule]) -> None:
    if not CODE_RE.match(rule.code) or not NAME_RE.match(rule.name):
        raise RegistryError(f"bad code or name: {rule.__name__} {rule.code!r} {rule.name!r}")
    if rule.code in RETIRED:
        raise RegistryError(f"{rule.code} is retired ({RETIRED[rule.code]}); pick a new code")
    other = found.get(rule.code)
    if other is not None and other is not rule:
        raise RegistryError(f"duplicate code {rule.code}: {other.__name__} and {rule.__name__}")
    if any(r.name == rule.name and r is not rule for r in found.values()):
        raise RegistryError(f"duplicate rule name {rule.name}")
    found[rule.code] = rule


RULES: dict[str, type[Rule]] = _discover()
RULES_BY_NAME: dict[str, type[Rule]] = {rule.name: rule for rule in RULES.values()}


def family(code: str) -> str:
    return FAMILIES.get(code[2:3], "")


def all_rules() -> list[Rule]:
    return [rule() for rule in RULES.values()]
