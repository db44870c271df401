"""Verdicts: frozen values with to_dict(); reporters only read them. The JSON shape is docs/report-format.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REPORT_VERSION = 1
TEST_STATUSES = ("pass", "fail", "timeout", "error")


@dataclass(frozen=True)
class Notice:
    """Something about the submission file itself (CRLF, BOM, shebang, syntax...)."""

    code: str
    message: str
    severity: str = "warning"  # error | warning | info
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "severity": self.severity, "message": self.message}
        if self.line is not None:
            out["line"] = self.line
        return out


@dataclass(frozen=True)
class Observed:
    """What the script did in one test: shown for visible tests (and hidden ones with --reveal)."""

    command: str
    stdout: str
    stderr: str
    exit_status: int | None
    elapsed: float
    cpu: float
    stdin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"command": self.command, "stdin": self.stdin, "stdout": self.stdout, "stderr": self.stderr,
                "exit_status": self.exit_status, "elapsed": round(self.elapsed, 3), "cpu": round(self.cpu, 3)}


@dataclass(frozen=True)
class TestResult:
    name: str
    visible: bool
    status: str
    score: float
    max_score: float
    message: str = ""
    hint: str = ""
    diff: str = ""
    kind: str = "test"  # test | constraints | lint
    observed: Observed | None = None
    revealed: bool = False

    __test__ = False  # not a pytest class

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "visible": self.visible,
                               "status": self.status, "score": self.score, "max_score": self.max_score,
                               "message": self.message}
        if self.hint:
            out["hint"] = self.hint
        if self.visible or self.revealed:
            out["diff"] = self.diff
            if self.observed:
                out["observed"] = self.observed.to_dict()
        return out


@dataclass(frozen=True)
class Report:
    exercise: str
    mode: str  # check | grade
    status: str  # pass | fail | error
    score: float
    max_score: float
    backend: str
    environment: dict[str, str]
    tests: tuple[TestResult, ...] = ()
    notices: tuple[Notice, ...] = ()
    submission: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    how_to_fix: str = ""
    lang: str = "es"
    elapsed: float = 0.0
    warnings: tuple[str, ...] = ()
    lint: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": REPORT_VERSION,
            "exercise": self.exercise,
            "mode": self.mode,
            "status": self.status,
            "score": round(self.score, 4),
            "max_score": round(self.max_score, 4),
            "backend": self.backend,
            "environment": self.environment,
            "lang": self.lang,
            "elapsed": round(self.elapsed, 3),
            "submission": {**self.submission, "notices": [n.to_dict() for n in self.notices]},
            "tests": [t.to_dict() for t in self.tests],
            "lint": list(self.lint),
            "warnings": list(self.warnings),
            "error": {"message": self.error, "how_to_fix": self.how_to_fix} if self.error else None,
        }
