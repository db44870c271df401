"""GitHub Actions workflow commands: ``::warning file=...,line=...,col=...::message``."""

from __future__ import annotations

from collections.abc import Sequence

from engine.lint.result import LintResult
from engine.lint.violation import Severity

COMMANDS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
    Severity.STYLE: "notice",
}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[LintResult], lang: str = "es", color: bool = False) -> str:
    lines = []
    for result in results:
        for v in result.findings():
            props = f"file={_escape_property(v.path)},line={v.line},col={v.column}"
            if v.end_line is not None and v.end_column is not None:
                props += f",endLine={v.end_line},endColumn={v.end_column}"
            props += f",title={_escape_property(f'{v.code} {v.name}')}"
            lines.append(f"::{COMMANDS[v.severity]} {props}::{_escape_data(v.message(lang))} [{v.code}]")
    return "\n".join(lines) + ("\n" if lines else "")
