"""SARIF 2.1.0 (GitHub code scanning): one run, rules described from their docstrings."""

from __future__ import annotations

import json
from collections.abc import Sequence

from engine.lint.registry import RULES
from engine.lint.result import LintResult
from engine.lint.violation import Severity, Violation

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.STYLE: "note"}
# Relative doc links (``docs/lint/...``) are made absolute against the project; ShellCheck keeps its wiki.
PROJECT_URI = "https://github.com/shellgrade/shellgrade/blob/main/"
INFO_URI = PROJECT_URI + "docs/lint/rules/index.md"


def help_uri(url: str) -> str | None:
    """An absolute link to a finding's docs: ShellCheck's wiki as is, a project doc under PROJECT_URI."""
    if url.startswith(("http://", "https://")):
        return url
    return PROJECT_URI + url if url else None


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
                    "driver": {
                        "name": "shellgrade",
                        "version": "0.1.0",
                        "informationUri": INFO_URI,
                        "rules": descriptors,
                    }
                },
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
