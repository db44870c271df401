"""Reporters and the ``lint`` command: text, json, SARIF (schema-validated), GitHub annotations."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from engine.lint.cli import lint_command
from engine.lint.linter import lint_source
from engine.lint.reporters import renderer
from engine.lint.reporters.text import use_color

SCHEMA = json.loads((Path(__file__).parent / "sarif-2.1.0-trimmed.schema.json").read_text())
SCRIPT = '#!/bin/bash\nread nombre\necho "Hola, $nombre" `date`\nfalse\nexit 300\n'


@pytest.fixture
def results() -> list:  # type: ignore[type-arg]
    return [lint_source(SCRIPT, "dir/hola.sh", shellcheck=False, constraints=(["trap"], []))]


def test_text_format(results: list) -> None:  # type: ignore[type-arg]
    out = renderer("text")(results, "en", False)
    assert out.startswith("dir/hola.sh:1:1: error: The exercise requires a trap with a handler")
    assert "dir/hola.sh:2:1: warning: Use `read -r`: without `-r`, read mangles backslashes. [SG203]" in out
    assert "dir/hola.sh:5:6: error:" in out and "\033[" not in out


def test_text_colour_only_when_asked(results: list, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[type-arg]
    assert "\033[1;33mwarning\033[0m" in renderer("text")(results, "es", True)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())


def test_json_format(results: list) -> None:  # type: ignore[type-arg]
    data = json.loads(renderer("json")(results, "es", False))
    assert data["version"] == 1
    (result,) = data["results"]
    assert [v["code"] for v in result["violations"]] == ["SG203", "SG401", "SG212"]
    assert [c["kind"] for c in result["constraints"]] == ["missing"]
    assert result["messages"][0].startswith("Usá `read -r`: sin `-r`")


def test_sarif_validates_against_the_schema(results: list) -> None:  # type: ignore[type-arg]
    log = json.loads(renderer("sarif")(results, "en", False))
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "SG002" in ids  # constraint findings are reported too
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])
    assert "SG203" in ids and len(ids) == len(set(ids))
    assert {r["level"] for r in run["results"]} <= {"error", "warning", "note"}
    driver = run["tool"]["driver"]
    assert "informationUri" not in driver  # no guessed address when the docs' home is not configured
    assert all("helpUri" not in rule for rule in driver["rules"] if rule["id"].startswith("SG"))


def test_sarif_links_to_the_configured_docs(results: list, monkeypatch) -> None:  # type: ignore[type-arg]
    monkeypatch.setenv("SHELLGRADE_DOCS_URL", "https://docs.example.edu/shellgrade")
    log = json.loads(renderer("sarif")(results, "en", False))
    jsonschema.validate(log, SCHEMA)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://docs.example.edu/shellgrade/docs/lint/rules/index.md"
    help_uris = {rule["id"]: rule.get("helpUri", "") for rule in driver["rules"]}
    assert help_uris["SG203"] == "https://docs.example.edu/shellgrade/docs/lint/rules/SG203.md"
    assert help_uris["SG002"].endswith("/docs/lint/constraints.md")


def test_sarif_with_shellcheck_findings_validates() -> None:
    result = lint_source("#!/bin/bash\necho $1\n", "x.sh")
    log = json.loads(renderer("sarif")([result], "es", False))
    jsonschema.validate(log, SCHEMA)
    if result.shellcheck_ran:
        rules = log["runs"][0]["tool"]["driver"]["rules"]
        assert any(r.get("helpUri", "").startswith("https://www.shellcheck.net/wiki/SC") for r in rules)


def test_schema_rejects_a_broken_log() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "2.1.0", "runs": [{"results": []}]}, SCHEMA)


def test_github_annotations(results: list) -> None:  # type: ignore[type-arg]
    out = renderer("github")(results, "en", False).splitlines()
    assert out[1].startswith("::warning file=dir/hola.sh,line=2,col=1,")
    assert out[1].endswith("::Use `read -r`: without `-r`, read mangles backslashes. [SG203]")
    assert out[-1].startswith("::error file=dir/hola.sh,line=5,col=6")


@pytest.fixture
def scripts(tmp_path: Path) -> dict[str, Path]:
    clean = tmp_path / "limpio.sh"
    clean.write_text('#!/bin/bash\necho "hola"\n')
    warned = tmp_path / "aviso.sh"
    warned.write_text('#!/bin/bash\nread -r n\necho "$n" `date`\n')  # only a style finding (SG401)
    bad = tmp_path / "malo.sh"
    bad.write_text('#!/bin/bash\nread n\necho "$n"\n')
    binary = tmp_path / "prog"
    binary.write_bytes(b"\x7fELF\x00\x00\x01")
    return {"clean": clean, "style": warned, "bad": bad, "binary": binary, "dir": tmp_path}


@pytest.mark.parametrize(
    ("args", "which", "code"),
    [
        ([], "clean", 0),
        ([], "style", 0),
        (["--fail-on", "style"], "style", 1),
        ([], "bad", 1),
        (["--fail-on", "error"], "bad", 0),
        ([], "binary", 2),
        ([], "dir", 2),
    ],
)
def test_exit_status(scripts: dict[str, Path], args: list[str], which: str, code: int) -> None:
    result = CliRunner().invoke(lint_command, [*args, "--no-shellcheck", str(scripts[which])])
    assert result.exit_code == code, result.output


def test_missing_file_is_bad_input_but_others_are_still_linted(scripts: dict[str, Path]) -> None:
    result = CliRunner().invoke(lint_command, ["--no-shellcheck", "--lang", "en", "/no/such.sh", str(scripts["bad"])])
    assert result.exit_code == 2
    assert "does not exist" in result.output and "[SG203]" in result.output


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_every_format_from_the_command(scripts: dict[str, Path], fmt: str) -> None:
    result = CliRunner().invoke(lint_command, ["--format", fmt, "--no-shellcheck", str(scripts["bad"])])
    assert result.exit_code == 1
    assert "SG203" in result.output
    if fmt in {"json", "sarif"}:
        json.loads(result.output)


def test_stdin(scripts: dict[str, Path]) -> None:
    result = CliRunner().invoke(lint_command, ["--no-shellcheck", "-"], input='#!/bin/bash\nread n\necho "$n"\n')
    assert result.exit_code == 1 and "<stdin>:2:1:" in result.output


def test_no_arguments_is_a_usage_error() -> None:
    assert CliRunner().invoke(lint_command, []).exit_code == 2
