"""Pure comparison of outputs against expectations, and the diffs shown to students."""

from __future__ import annotations

import difflib
import re

from engine.spec.model import Matcher

MAX_DIFF_LINES = 60


def decode(data: bytes) -> str:
    """Text for comparing and showing: invalid UTF-8 becomes U+FFFD, never an error."""
    return data.decode("utf-8", errors="replace")


def _normalise_ws(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    return "\n".join(lines)


def matches(matcher: Matcher, actual: str) -> bool:
    if matcher.mode == "exact":
        return actual == matcher.value
    if matcher.mode == "regex":
        try:
            return re.search(matcher.value, actual) is not None
        except re.error:
            return False
    if matcher.mode == "contains":
        return matcher.value in actual
    if matcher.mode == "whitespace":
        return _normalise_ws(actual) == _normalise_ws(matcher.value)
    if matcher.mode == "sorted":
        return sorted(actual.splitlines()) == sorted(matcher.value.splitlines())
    raise ValueError(f"unknown comparison mode {matcher.mode!r}")


DIFF_LABELS = {"es": ("esperado", "tuyo"), "en": ("expected", "yours")}


def diff(matcher: Matcher, actual: str, label: str, lang: str = "en") -> str:
    """A unified diff of expected against actual where that makes sense (exact, whitespace, sorted)."""
    if matcher.mode in ("regex", "contains"):
        return ""
    expected, got = matcher.value, actual
    if matcher.mode == "sorted":
        expected = "\n".join(sorted(expected.splitlines())) + "\n"
        got = "\n".join(sorted(got.splitlines())) + "\n"
    elif matcher.mode == "whitespace":
        expected, got = _normalise_ws(expected) + "\n", _normalise_ws(got) + "\n"
    want, yours = DIFF_LABELS.get(lang, DIFF_LABELS["en"])
    lines = list(difflib.unified_diff(_lines(expected), _lines(got), f"{label} ({want})", f"{label} ({yours})",
                                      lineterm=""))
    if len(lines) > MAX_DIFF_LINES:
        lines = lines[:MAX_DIFF_LINES] + [f"... ({len(lines) - MAX_DIFF_LINES} more diff lines)"]
    return "\n".join(lines)


def _lines(text: str) -> list[str]:
    out = text.split("\n")  # not splitlines(): a stray \r must stay visible
    if out and out[-1] == "":
        out.pop()
    if text and not text.endswith("\n"):
        out[-1] += "  \u23ce missing final newline"
    return [_visible(line) for line in out]


def _visible(line: str) -> str:
    """Make the invisible differences students trip on visible: \\r, tabs at line end, trailing spaces."""
    line = line.replace("\r", "\\r")
    stripped = line.rstrip(" \t")
    if stripped != line:
        line = stripped + line[len(stripped):].replace(" ", "\u00b7").replace("\t", "\u2192")
    return line
