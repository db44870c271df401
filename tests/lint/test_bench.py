from __future__ import annotations

from pathlib import Path

import pytest

from bench import lint_corpus


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "a").write_text("#!/bin/sh\necho a\n")
    (tmp_path / "bin" / "b").write_text('#!/usr/bin/env bash\nread x\necho "$x"\n')
    (tmp_path / "bin" / "c.sh").write_text("echo c\n")
    (tmp_path / "bin" / "tool.py").write_text("#!/bin/sh\n")
    (tmp_path / "bin" / "prog").write_bytes(b"\x7fELF\x00\x00")
    (tmp_path / "bin" / "perl-script").write_text("#!/usr/bin/perl\n")
    (tmp_path / "bin" / "link").symlink_to(tmp_path / "bin" / "a")
    return tmp_path


def test_finds_sh_and_bash_scripts_once(tree: Path) -> None:
    found = [p.name for p in lint_corpus.find_scripts([str(tree)])]
    assert found == ["a", "b", "c.sh"]


def test_benchmark_runs_and_reports(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lint_corpus.main([str(tree), "--no-shellcheck"]) == 0
    out = capsys.readouterr().out
    assert "shellgrade" in out and "files/s" in out


def test_report_ratios() -> None:
    ours = lint_corpus.Measure("shellgrade", 10, 1000, 1.0, 20.0, 0, "x", 0.2)
    theirs = lint_corpus.Measure("shellcheck", 10, 1000, 5.0, 60.0, 0, "y", 0.9)
    text = lint_corpus.report(ours, theirs)
    assert "5.0x" in text and "3.00x" in text
    assert ours.to_dict()["files_per_s"] == 10.0
