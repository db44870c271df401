"""SARIF 2.1.0 (GitHub code scanning): one run, rules described from their docstrings."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from engine.lint.registry import RULES
from engine.lint.result import LintResult
from engine.lint.violation import Severity, Violation

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.STYLE: "note"}
# Where the project's docs are published (e.g. https://example.edu/shellgrade/): relative doc links
# (``docs/lint/...``) become absolute against it. Unset, our rules carry no link rather than a guessed one;
# ShellCheck's findings always keep their wiki link.
DOCS_ENV = "SHELLGRADE_DOCS_URL"


def docs_base() -> str | None:
    base = os.environ.get(DOCS_ENV, "").strip()
    if not base.startswith(("http://", "https://")):
        return None
    return base if base.endswith("/") else base + "/"


def help_uri(url: str) -> str | None:
    """An absolute link to a finding's docs: ShellCheck's wiki as is, a project doc under the docs base."""
    if url.startswith(("http://", "https://")):
        return url
    base = docs_base()
    return base + url if url and base else None


def _descriptor(violation: Violation, lang: str) -> dict[str, object]:
    rule = RULES.get(violation.code)
    summary = rule.doc().summary if rule is not None else violation.message(lang)
    descriptor: dict[str, object] = {
        "id": violation.code,
        "name": violation.name,
        "shortDescription": {"text": summary},
        "defaultConfiguration": {"level": LEVELS[violation.severity]},
        "properties": {"source": violation.source},
    }
    uri = help_uri(violation.url)
    if uri is not None:
        descriptor["helpUri"] = uri
    return descriptor


def _result(violation: Violation, index: int, lang: str) -> dict[str, object]:
    region: dict[str, int] = {"startLine": violation.line, "startColumn": violation.column}
    if violation.end_line is not None and violation.end_column is not None:
        end = (violation.end_line, violation.end_column)
        if end >= (violation.line, violation.column):
            region.update(endLine=end[0], endColumn=end[1])
    return {
        "ruleId": violation.code,
        "ruleIndex": index,
        "level": LEVELS[violation.severity],
        "message": {"text": violation.message(lang)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": violation.path}, "region": region}}],
    }


def _driver(descriptors: list[dict[str, object]]) -> dict[str, object]:
    driver: dict[str, object] = {"name": "shellgrade", "version": "0.1.0", "rules": descriptors}
    base = docs_base()
    if base:
        driver["informationUri"] = base + "docs/lint/rules/index.md"
    return driver


def render(results: Sequence[LintResult], lang: str = "es", color: bool = False) -> str:
    order: dict[str, int] = {}
    descriptors: list[dict[str, object]] = []
    sarif_results = []
    for result in results:
        for violation in result.findings():
            if violation.code not in order:
                order[violation.code] = len(descriptors)
                descriptors.append(_descriptor(violation, lang))
            sarif_results.append(_result(violation, order[violation.code], lang))
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": _driver(descriptors),
                },
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
