"""Lint every shell script Debian installed, with shellgrade and with ShellCheck, in the same run.

    python -m bench.lint_corpus [--limit N] [--json] [--no-shellcheck] [ROOT...]

Finds files under /usr/bin /usr/sbin /usr/lib /usr/share /etc whose shebang names sh or bash, or
whose name ends in ``.sh``; lints them all with shellgrade (ShellCheck off, one worker process)
and then with ShellCheck (one process per file, as ``lint_source`` runs it: json1, bounded time
and memory, ``--extended-analysis=false`` over 1000 lines). Reports files/s, lines/s and peak
memory (max RSS of the worker / of the largest ShellCheck process) and the ratios.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOTS = ("/usr/bin", "/usr/sbin", "/usr/lib", "/usr/share", "/etc")
SHEBANG = re.compile(rb"^#!\s*(/usr)?/bin/(env\s+)?(ba)?sh\b")
MAX_BYTES = 4 * 1024 * 1024
SLOW_FILE_S = 2.0
NOT_SCRIPTS = (
    ".py",
    ".pyc",
    ".so",
    ".gz",
    ".png",
    ".svg",
    ".mo",
    ".h",
    ".pm",
    ".pl",
    ".json",
    ".xml",
    ".txt",
    ".html",
    ".a",
    ".o",
    ".ko",
    ".xz",
    ".zst",
    ".ttf",
    ".pyi",
    ".js",
    ".css",
    ".rb",
    ".c",
)


@dataclass(frozen=True)
class Measure:
    tool: str
    files: int
    lines: int
    seconds: float
    peak_rss_mb: float
    failures: int
    slowest_file: str
    slowest_seconds: float

    @property
    def files_per_s(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def lines_per_s(self) -> float:
        return self.lines / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            **asdict(self),
            "files_per_s": round(self.files_per_s, 1),
            "lines_per_s": round(self.lines_per_s),
        }


def find_scripts(roots: list[str]) -> list[Path]:
    seen: set[str] = set()
    found: list[Path] = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root, followlinks=False):
            for name in files:
                if name.endswith(NOT_SCRIPTS):
                    continue
                path = os.path.join(dirpath, name)
                real = os.path.realpath(path) if os.path.islink(path) else path
                if real in seen or not _is_script(real, name):
                    continue
                seen.add(real)
                found.append(Path(real))
    return sorted(found)


def _is_script(path: str, name: str) -> bool:
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > MAX_BYTES:
            return False
        with open(path, "rb") as handle:
            head = handle.read(128)
    except OSError:
        return False
    return bool(SHEBANG.match(head)) or (name.endswith(".sh") and b"\x00" not in head)


def count_lines(paths: list[Path]) -> int:
    return sum(p.read_bytes().count(b"\n") for p in paths)


def worker(list_file: str) -> None:
    """Child process: lint every listed file with shellgrade and print one JSON line."""
    from engine.lint.linter import lint_source

    paths = Path(list_file).read_text().splitlines()
    failures, slowest, slowest_s = 0, "", 0.0
    start = time.perf_counter()
    for name in paths:
        t0 = time.perf_counter()
        result = lint_source(Path(name).read_bytes(), name, shellcheck=False)
        elapsed = time.perf_counter() - t0
        if any("internal" in n or "failed" in n for n in result.notes):
            failures += 1
            print(f"shellgrade failure: {name}: {result.notes}", file=sys.stderr)
        if elapsed > slowest_s:
            slowest, slowest_s = name, elapsed
    total = time.perf_counter() - start
    print(json.dumps({"seconds": total, "failures": failures, "slowest": slowest, "slowest_s": slowest_s}))


def measure_shellgrade(paths: list[Path], lines: int) -> Measure:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(str(p) for p in paths))
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.lint_corpus", "--worker", handle.name],
            stdout=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        os.unlink(handle.name)
    data = json.loads(out.decode().strip().splitlines()[-1])
    return Measure(
        "shellgrade",
        len(paths),
        lines,
        data["seconds"],
        usage.ru_maxrss / 1024,
        data["failures"],
        data["slowest"],
        data["slowest_s"],
    )


def measure_shellcheck(paths: list[Path], lines: int) -> Measure | None:
    from engine.lint import shellcheck

    binary = shellcheck.find_shellcheck()
    if binary is None:
        return None
    peak, failures, slowest, slowest_s = 0, 0, "", 0.0
    start = time.perf_counter()
    for path in paths:
        text = path.read_bytes().decode("utf-8", "replace")
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            shellcheck.command_line(binary, text, text.startswith("#!")),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_limits(shellcheck.MEMORY_BYTES, int(shellcheck.TIMEOUT_S)),
        )
        try:
            assert proc.stdin is not None
            proc.stdin.write(text.encode("utf-8", "replace"))
            proc.stdin.close()
        except BrokenPipeError:
            pass
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            failures += 1
        peak = max(peak, usage.ru_maxrss)
        if elapsed > slowest_s:
            slowest, slowest_s = str(path), elapsed
    return Measure(
        "shellcheck",
        len(paths),
        lines,
        time.perf_counter() - start,
        peak / 1024,
        failures,
        slowest,
        slowest_s,
    )


def _limits(memory: int, cpu_seconds: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))

    return apply


def report(ours: Measure, theirs: Measure | None) -> str:
    rows = [ours] + ([theirs] if theirs else [])
    lines = [
        f"{'tool':<11} {'files':>6} {'lines':>8} {'seconds':>8} {'files/s':>8} {'lines/s':>9} {'peak MB':>8}"
        f" {'failures':>8}"
    ]
    for m in rows:
        lines.append(
            f"{m.tool:<11} {m.files:>6} {m.lines:>8} {m.seconds:>8.2f} {m.files_per_s:>8.1f}"
            f" {m.lines_per_s:>9.0f} {m.peak_rss_mb:>8.1f} {m.failures:>8}"
        )
        lines.append(f"{'':<11} slowest: {m.slowest_seconds:.2f} s {m.slowest_file}")
    if theirs:
        lines.append(
            f"speed ratio (shellgrade / shellcheck, files/s): {ours.files_per_s / theirs.files_per_s:.1f}x"
        )
        lines.append(
            f"memory ratio (shellcheck / shellgrade peak): {theirs.peak_rss_mb / ours.peak_rss_mb:.2f}x"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(argv[1])
        return 0
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    as_json = "--json" in argv
    skip_sc = "--no-shellcheck" in argv
    roots = [a for a in argv if a.startswith("/")] or list(ROOTS)
    paths = find_scripts(roots)[:limit]
    if not paths:
        print("no scripts found", file=sys.stderr)
        return 1
    lines = count_lines(paths)
    ours = measure_shellgrade(paths, lines)
    theirs = None if skip_sc else measure_shellcheck(paths, lines)
    if as_json:
        print(
            json.dumps(
                {"shellgrade": ours.to_dict(), "shellcheck": theirs.to_dict() if theirs else None}, indent=2
            )
        )
    else:
        print(report(ours, theirs))
    slow = ours.slowest_seconds > SLOW_FILE_S
    return 1 if ours.failures or slow else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
