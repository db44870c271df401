"""Every comparison mode, and the diffs students read."""

from __future__ import annotations

import pytest

from engine.compare import decode, diff, matches
from engine.spec.model import Matcher


@pytest.mark.parametrize("mode, expected, actual, ok", [
    ("exact", "a\nb\n", "a\nb\n", True),
    ("exact", "a\nb\n", "a\nb", False),
    ("exact", "a\n", "a \n", False),
    ("regex", r"^\d+ files$", "3 files", True),
    ("regex", r"(?m)^total: \d+$", "x\ntotal: 12\n", True),
    ("regex", r"^\d+$", "12 files", False),
    ("contains", "error", "fatal error: x", True),
    ("contains", "Error", "fatal error: x", False),
    ("whitespace", "a b\nc\n", "  a    b \n\tc", True),
    ("whitespace", "a b\n", "ab\n", False),
    ("sorted", "b\na\nc\n", "c\na\nb\n", True),
    ("sorted", "a\na\nb\n", "a\nb\nb\n", False),
    ("sorted", "a\nb\n", "a\n", False),
])
def test_modes(mode, expected, actual, ok):
    assert matches(Matcher(mode, expected), actual) is ok


def test_unknown_mode_is_an_engine_bug():
    with pytest.raises(ValueError):
        matches(Matcher("fuzzy", "x"), "x")


def test_diff_shows_expected_and_actual_lines_in_the_student_language():
    text = diff(Matcher("exact", "uno\ndos\n"), "uno\ntres\n", "stdout", "es")
    assert "--- stdout (esperado)" in text and "+++ stdout (tuyo)" in text
    assert "-dos" in text and "+tres" in text


def test_diff_makes_invisible_differences_visible():
    text = diff(Matcher("exact", "a\n"), "a \r\n", "stdout")
    assert "\\r" in text
    missing_newline = diff(Matcher("exact", "a\n"), "a", "stdout")
    assert "missing final newline" in missing_newline


def test_no_diff_for_regex_or_contains():
    assert diff(Matcher("regex", "x"), "y", "stdout") == ""
    assert diff(Matcher("contains", "x"), "y", "stdout") == ""


def test_sorted_diff_compares_sorted_lines():
    text = diff(Matcher("sorted", "b\na\n"), "a\nc\n", "stdout")
    assert "-b" in text and "+c" in text and "-a" not in text


def test_long_diffs_are_cut():
    text = diff(Matcher("exact", "".join(f"{i}\n" for i in range(500))), "", "stdout")
    assert "more diff lines" in text and len(text.splitlines()) < 70


def test_invalid_utf8_never_raises():
    assert decode(b"ok \xff\xfe") == "ok \ufffd\ufffd"
