"""``file:line:col: severity: message [SG201]``, coloured only when asked (a TTY without NO_COLOR)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from engine.lint.result import LintResult
from engine.lint.violation import Severity

COLOURS = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    Severity.INFO: "\033[1;36m",
    Severity.STYLE: "\033[1;35m",
}
RESET = "\033[0m"
BOLD = "\033[1m"


def use_color(stream: TextIO) -> bool:
    """Colour on a terminal unless NO_COLOR is set (any value, https://no-color.org)."""
    if "NO_COLOR" in os.environ:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def render(results: Sequence[LintResult], lang: str = "es", color: bool = False) -> str:
    lines = []
    for result in results:
        for v in result.findings():
            severity = f"{COLOURS[v.severity]}{v.severity.value}{RESET}" if color else v.severity.value
            location = f"{v.path}:{v.line}:{v.column}:"
            location = f"{BOLD}{location}{RESET}" if color else location
            lines.append(f"{location} {severity}: {v.message(lang)} [{v.code}]")
        for note in result.notes:
            lines.append(f"{result.path}: nota: {note}" if lang == "es" else f"{result.path}: note: {note}")
    total = sum(len(r.findings()) for r in results)
    if total:
        summary = (
            f"{total} hallazgo(s) en {len(results)} archivo(s)"
            if lang == "es"
            else f"{total} finding(s) in {len(results)} file(s)"
        )
        lines.append(summary)
    return "\n".join(lines) + ("\n" if lines else "")
