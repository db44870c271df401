"""ShellCheck beside shellgrade: json1 parsing, de-duplication, trap-handler misfires, graceful failure."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from engine.lint import shellcheck
from engine.lint.dedupe import PARSER_FOLLOWUPS, join_shellcheck
from engine.lint.linter import COVERS, lint_source
from engine.lint.sc_messages import SPANISH, spanish_message
from engine.lint.violation import Severity

HAVE_SHELLCHECK = shellcheck.find_shellcheck() is not None
needs_shellcheck = pytest.mark.skipif(not HAVE_SHELLCHECK, reason="shellcheck binary not installed")


def comment(code: int, line: int, level: str = "warning", column: int = 1) -> dict[str, object]:
    return {
        "file": "-",
        "line": line,
        "endLine": line,
        "column": column,
        "endColumn": column + 2,
        "level": level,
        "code": code,
        "message": f"message {code}",
        "fix": None,
    }


def json1(*comments: dict[str, object]) -> bytes:
    return json.dumps({"comments": list(comments)}).encode()


def test_json1_becomes_violations_with_wiki_links_and_spanish() -> None:
    run = shellcheck.parse_json1(json1(comment(2086, 3, "info", 6)), "s.sh")
    (v,) = run.violations
    assert run.ran and (v.code, v.line, v.column, v.severity, v.source) == (
        "SC2086",
        3,
        6,
        Severity.INFO,
        "shellcheck",
    )
    assert v.url == "https://www.shellcheck.net/wiki/SC2086"
    assert v.message_es == SPANISH["SC2086"] and v.message_en == "message 2086"


def test_unreadable_output_is_a_note() -> None:
    run = shellcheck.parse_json1(b"not json", "s.sh", 3, b"boom\n")
    assert not run.ran and run.violations == () and "boom" in (run.note or "")
    assert shellcheck.parse_json1(json1({"code": "x"}, 5), "s.sh").violations == ()


def test_spanish_messages_for_the_frequent_codes() -> None:
    assert len(SPANISH) >= 25
    assert spanish_message("SC9999", "Odd thing.") == "Odd thing. (mensaje de ShellCheck)"


def test_dedupe_drops_codes_our_rule_reported_on_the_same_line() -> None:
    ours = lint_source('#!/bin/bash\nread a\necho "$a"\n', shellcheck=False).violations
    theirs = shellcheck.parse_json1(json1(comment(2162, 2), comment(2162, 9), comment(2034, 2)), "s").violations
    kept = join_shellcheck(list(ours), theirs, COVERS, set())
    assert [(v.code, v.line) for v in kept] == [("SC2162", 9), ("SC2034", 2)]


def test_trap_handler_misfires_are_dropped() -> None:
    source = (
        '#!/bin/bash\nhandler() {\n  echo "got $1"\n  exit 1\n}\n'
        'for s in INT TERM; do\n  trap "handler $s" "$s"\ndone\n'
    )
    from engine.lint.context import LintContext
    from engine.lint.dedupe import trap_handler_lines
    from engine.lint.parsing import parse

    lines = trap_handler_lines(LintContext(parse(source), "s"))
    assert {2, 3, 4, 5} <= lines
    theirs = shellcheck.parse_json1(json1(comment(2329, 2), comment(2317, 3), comment(2317, 8)), "s").violations
    assert [(v.code, v.line) for v in join_shellcheck([], theirs, COVERS, lines)] == [("SC2317", 8)]


def test_parser_followups_dropped_once_bash_reported_the_syntax_error() -> None:
    ours = lint_source("#!/bin/bash\nif true; then\n", shellcheck=False).violations
    theirs = shellcheck.parse_json1(json1(*(comment(int(c[2:]), 2, "error") for c in PARSER_FOLLOWUPS)), "s")
    assert join_shellcheck(list(ours), theirs.violations, COVERS, set()) == []


def test_large_files_turn_extended_analysis_off() -> None:
    small = shellcheck.command_line("sc", "echo\n" * 10, True)
    large = shellcheck.command_line("sc", "echo\n" * 1500, False)
    assert "--extended-analysis=false" not in small and "--extended-analysis=false" in large
    assert "--shell=bash" in large and large[-1] == "-"


def test_absent_binary_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELLGRADE_SHELLCHECK", "")
    result = lint_source("#!/bin/bash\necho $1\n")
    assert not result.shellcheck_ran and any("not installed" in n for n in result.notes)
    assert result.syntax_ok


def _fake(tmp_path: Path, body: str) -> str:
    path = tmp_path / "fake-shellcheck"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_timeout_is_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELLGRADE_SHELLCHECK", _fake(tmp_path, "exec sleep 5"))
    run = shellcheck.run_shellcheck("echo hi\n", "s.sh", timeout=0.3)
    assert not run.ran and "timed out" in (run.note or "")


def test_crash_is_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELLGRADE_SHELLCHECK", _fake(tmp_path, "echo 'out of memory' >&2; exit 251"))
    run = shellcheck.run_shellcheck("echo hi\n", "s.sh")
    assert not run.ran and "251" in (run.note or "")


@needs_shellcheck
def test_real_shellcheck_joins_the_report() -> None:
    result = lint_source('#!/bin/bash\necho $1\nls -l | grep "a"\n', "s.sh")
    assert result.shellcheck_ran, result.notes
    codes = [v.code for v in result.violations]
    assert "SC2086" in codes and "SG405" in codes and "SC2010" not in codes  # SC2010 is covered by SG405


@needs_shellcheck
def test_real_shellcheck_honours_its_own_directives() -> None:
    result = lint_source("#!/bin/bash\nx=1\n# shellcheck disable=SC2086\necho $x\n", "s.sh")
    assert result.shellcheck_ran and "SC2086" not in [v.code for v in result.violations]


@needs_shellcheck
def test_memory_limit_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    run = shellcheck.run_shellcheck("echo $1\n", "s.sh", memory=8 * 1024 * 1024)
    assert not run.ran and run.note  # far too little memory: a note, not a crash
    assert os.environ.get("SHELLGRADE_SHELLCHECK") is None
