"""ShellCheck beside shellgrade: run the wheel's binary with bounded time and memory, read json1.

Never raises: an absent binary, a timeout, a crash or unreadable output become a note.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engine.lint.sc_messages import spanish_message
from engine.lint.violation import Severity, Violation, rule_url

TIMEOUT_S = 20.0
MEMORY_BYTES = 1536 * 1024 * 1024
EXTENDED_ANALYSIS_MAX_LINES = 1000
_LEVELS = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "info": Severity.INFO,
    "style": Severity.STYLE,
}


@dataclass(frozen=True)
class ShellCheckRun:
    violations: tuple[Violation, ...]
    ran: bool
    note: str | None = None


def find_shellcheck() -> str | None:
    """The wheel's binary beside this interpreter first (no shims), then PATH."""
    override = os.environ.get("SHELLGRADE_SHELLCHECK")
    if override is not None:
        return override or None
    beside = Path(sys.executable).parent / "shellcheck"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which("shellcheck")


def _limit_memory(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def command_line(binary: str, text: str, has_shebang: bool) -> list[str]:
    args = [binary, "--format=json1", "--norc"]
    if text.count("\n") > EXTENDED_ANALYSIS_MAX_LINES:
        args.append("--extended-analysis=false")
    if not has_shebang:
        args.append("--shell=bash")
    return [*args, "-"]


def run_shellcheck(
    text: str, path: str, *, has_shebang: bool = True, timeout: float = TIMEOUT_S, memory: int = MEMORY_BYTES
) -> ShellCheckRun:
    binary = find_shellcheck()
    if binary is None:
        return ShellCheckRun((), False, "ShellCheck no está instalado / ShellCheck is not installed")
    try:
        proc = subprocess.run(
            command_line(binary, text, has_shebang),
            input=text.encode("utf-8", "replace"),
            capture_output=True,
            timeout=timeout,
            preexec_fn=_limit_memory(memory),
            env={k: v for k, v in os.environ.items() if k != "SHELLCHECK_OPTS"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ShellCheckRun((), False, f"ShellCheck superó {timeout:g} s / ShellCheck timed out after {timeout:g} s")
    except OSError as exc:
        return ShellCheckRun((), False, f"ShellCheck no pudo ejecutarse / ShellCheck could not run: {exc}")
    return parse_json1(proc.stdout, path, proc.returncode, proc.stderr)


def parse_json1(stdout: bytes, path: str, returncode: int = 1, stderr: bytes = b"") -> ShellCheckRun:
    try:
        comments = json.loads(stdout.decode("utf-8", "replace"))["comments"]
    except (ValueError, KeyError, TypeError):
        detail = stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        note = f"ShellCheck falló / ShellCheck failed (exit {returncode}) {' '.join(detail)}".strip()
        return ShellCheckRun((), False, note)
    violations = []
    for comment in comments:
        violation = _violation(comment, path)
        if violation is not None:
            violations.append(violation)
    return ShellCheckRun(tuple(violations), True)


def _violation(comment: object, path: str) -> Violation | None:
    if not isinstance(comment, dict):
        return None
    try:
        code = f"SC{int(comment['code'])}"
        message = str(comment["message"])
        return Violation(
            code=code,
            name=f"shellcheck-{code[2:]}",
            severity=_LEVELS.get(str(comment.get("level")), Severity.WARNING),
            path=path,
            line=int(comment["line"]),
            column=int(comment["column"]),
            message_es=spanish_message(code, message),
            message_en=message,
            source="shellcheck",
            url=rule_url(code),
            end_line=int(comment.get("endLine") or comment["line"]),
            end_column=int(comment.get("endColumn") or comment["column"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
