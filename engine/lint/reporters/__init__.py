"""One module per output format; each exposes ``render(results, lang, color=False) -> str``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from engine.lint.result import LintResult

Renderer = Callable[[Sequence[LintResult], str, bool], str]
FORMATS = ("text", "json", "sarif", "github")


def renderer(fmt: str) -> Renderer:
    if fmt == "json":
        from engine.lint.reporters.json_report import render
    elif fmt == "sarif":
        from engine.lint.reporters.sarif import render
    elif fmt == "github":
        from engine.lint.reporters.github import render
    else:
        from engine.lint.reporters.text import render
    return render
