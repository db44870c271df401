"""The command line as users meet it: exit statuses, formats, help, and no traceback ever."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, write_script

from engine.cli import main

REF = REPO / "reference_solutions"
WRONG = REPO / "tests" / "exercises" / "wrong"


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert "Traceback" not in result.output
        return result

    return invoke


def test_help_and_version(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("list", "show", "check", "grade", "validate", "lint"):
        assert command in result.output
    assert cli("grade", "--help").output.count("--reveal") == 1
    assert cli("--version").exit_code == 0


def test_list_and_show(cli):
    listing = cli("list", "--lang", "en")
    assert listing.exit_code == 0 and "head-tail" in listing.output and "hidden" in listing.output
    es = cli("show", "head-tail", "--lang", "es")
    en = cli("show", "head-tail", "--lang", "en")
    assert es.exit_code == en.exit_code == 0 and es.output != en.output


def test_unknown_exercise_and_missing_script_are_bad_input(cli):
    unknown = cli("check", "nope", str(REF / "head-tail.sh"))
    assert unknown.exit_code == 2 and "unknown exercise 'nope'" in unknown.output
    missing = cli("check", "head-tail", "/no/such/script.sh")
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_check_reference_passes_json(cli, bwrap_backend):
    result = cli("check", "head-tail", str(REF / "head-tail.sh"), "--backend", "local", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1 and data["exercise"] == "head-tail" and data["mode"] == "check"
    assert data["status"] == "pass" and data["score"] == data["max_score"] > 0
    assert data["backend"] == "local-bwrap" and data["environment"]["bash"]
    assert all(t["visible"] for t in data["tests"])
    for test in data["tests"]:
        assert {"name", "visible", "status", "score", "max_score", "message"} <= set(test)


def test_grade_wrong_solution_text_and_junit(cli, bwrap_backend):
    wrong = str(WRONG / "head-tail" / "unquoted.sh")
    text = cli("grade", "head-tail", wrong, "--backend", "local", "--lang", "en")
    assert text.exit_code == 1
    assert "FAILED" in text.output and "(hidden)" in text.output
    junit = cli("grade", "head-tail", wrong, "--backend", "local", "--format", "junit")
    assert junit.exit_code == 1
    suite = ET.fromstring(junit.stdout).find("testsuite")
    assert suite is not None and int(suite.get("failures")) + int(suite.get("errors")) > 0


def test_grade_hides_hidden_details_unless_revealed(cli, bwrap_backend):
    wrong = str(WRONG / "head-tail" / "unquoted.sh")
    hidden = [t for t in json.loads(cli("grade", "head-tail", wrong, "--backend", "local", "--format",
                                        "json").stdout)["tests"] if not t["visible"]]
    assert hidden and all("observed" not in t and "diff" not in t for t in hidden)
    revealed = [t for t in json.loads(cli("grade", "head-tail", wrong, "--backend", "local", "--format", "json",
                                          "--reveal").stdout)["tests"] if not t["visible"]]
    assert all("observed" in t for t in revealed)


def test_binary_and_oversize_submissions_exit_2_with_a_report(cli, tmp_path: Path):
    binary = tmp_path / "a.out"
    binary.write_bytes(b"\x7fELF\x00\x00" * 100)
    result = cli("check", "head-tail", str(binary), "--backend", "local", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["status"] == "fail" and data["submission"]["notices"][0]["code"] == "binary"


def test_crlf_bom_and_syntax_errors_are_graded_and_told(cli, tmp_path, bwrap_backend):
    crlf = tmp_path / "crlf.sh"
    crlf.write_bytes(b"#!/bin/bash\r\necho hi\r\n")
    data = json.loads(cli("check", "head-tail", str(crlf), "--backend", "local", "--format", "json").stdout)
    assert "crlf" in {n["code"] for n in data["submission"]["notices"]} and data["tests"]
    broken = write_script(tmp_path, "if true; then\n  echo x\n", "broken.sh")
    result = cli("check", "head-tail", str(broken), "--backend", "local", "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    notices = json.loads(result.stdout)["submission"]["notices"]
    assert any(n["code"] == "syntax" and "Syntax error" in n["message"] for n in notices)


def test_constraints_count_in_the_grade(cli, bwrap_backend):
    result = cli("grade", "capitals", str(WRONG / "capitals" / "uses-grep.sh"), "--backend", "local",
                 "--format", "json", "--lang", "en")
    data = json.loads(result.stdout)
    tests = {t["name"]: t for t in data["tests"]}
    assert tests["constraints"]["status"] == "fail" and "grep" in tests["constraints"]["message"]
    assert data["score"] < data["max_score"] and result.exit_code == 1


def test_unsandboxed_grade_is_refused_without_the_flag(cli, monkeypatch):
    monkeypatch.setenv("SHELLGRADE_NO_BWRAP", "1")
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent.sock")
    script = str(REF / "head-tail.sh")
    refused = cli("grade", "head-tail", script, "--backend", "local")
    assert refused.exit_code == 3 and "--allow-unsandboxed" in refused.output
    allowed = cli("grade", "head-tail", script, "--backend", "local", "--allow-unsandboxed", "--format", "json")
    assert allowed.exit_code == 0, allowed.output
    data = json.loads(allowed.stdout)
    assert data["backend"] == "local-plain" and data["warnings"]
    check = cli("check", "head-tail", script, "--backend", "auto", "--format", "json")
    assert check.exit_code == 0 and json.loads(check.stdout)["backend"] == "local-plain"


def validate_tiny(cli, tmp_path: Path, test: str, reference: str):
    """`validate` over one tiny exercise with one visible test and the given reference body."""
    ex = tmp_path / "exercises" / "tiny"
    (ex / "tests").mkdir(parents=True)
    (ex / "exercise.yaml").write_text("id: tiny\nscript: tiny.sh\ntitle: Tiny\n")
    (ex / "tests" / "visible.yaml").write_text(f"tests:\n  - {test}\n")
    (tmp_path / "reference_solutions").mkdir()
    write_script(tmp_path / "reference_solutions", reference, "tiny.sh")
    return cli("validate", "--exercises", str(tmp_path / "exercises"), "--backend", "local")


def test_validate_reports_a_broken_reference(cli, tmp_path, bwrap_backend):
    result = validate_tiny(cli, tmp_path, '{name: a, expect: {stdout: "1\\n"}}', "echo 2\n")
    assert result.exit_code == 1 and "tiny: FAILED" in result.output and "0 passed, 1 failed" in result.output


def test_color_only_on_a_terminal(cli, bwrap_backend):
    out = cli("check", "head-tail", str(REF / "head-tail.sh"), "--backend", "local").output
    assert "\033[" not in out  # CliRunner is not a terminal
    assert os.environ.get("NO_COLOR") is None


def test_file_notices_are_not_repeated_as_lint_findings(cli, tmp_path, bwrap_backend):
    script = tmp_path / "s.sh"
    script.write_text("echo hola\n")
    data = json.loads(cli("check", "head-tail", str(script), "--backend", "local", "--format", "json").stdout)
    assert "no-shebang" in {n["code"] for n in data["submission"]["notices"]}
    assert not {"SG101", "SC2148"} & {v["code"] for v in data["lint"]}


def test_validate_wants_references_that_lint_clean(cli, tmp_path, bwrap_backend):
    result = validate_tiny(cli, tmp_path, '{name: a, args: [x], expect: {stdout: "x\\n"}}', 'read x\necho "$1"\n')
    assert result.exit_code == 1 and "lint:" in result.output and "SG203" in result.output


def test_an_engine_bug_is_a_message_not_a_traceback(cli, monkeypatch):
    import engine.cli as cli_module

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_module, "grade", broken)
    result = cli("check", "head-tail", str(REF / "head-tail.sh"), "--backend", "local")
    assert result.exit_code == 3 and "internal error (RuntimeError: boom)" in result.output
