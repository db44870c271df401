"""The plan sent into the sandbox and the framed raw results read back from the harness.

The plan carries inputs only (args, stdin, env, fixtures, which paths to report): expected outputs never
enter the sandbox. The results are raw bytes; all judging happens outside. Everything read back is
untrusted: the parser is strict and bounded, and a broken stream is the submission's doing, not a result.
"""

from __future__ import annotations

import io
import re
import tarfile
from dataclasses import dataclass, field
from importlib import resources

from engine.spec.model import Limits, TestCase

HEADER_RE = re.compile(rb"SG1 (\S+) (\S+) (\d{1,12})\n")
MAX_HEADER = 200
STARTUP = 10.0  # seconds for the harness to unpack the plan and say it is ready
FILE_CAP = 256 * 1024


def harness_source() -> str:
    return resources.files("engine.sandbox").joinpath("harness.sh").read_text(encoding="utf-8")


@dataclass(frozen=True)
class PlannedTest:
    tid: str
    test: TestCase
    report_paths: tuple[str, ...]

    @property
    def runs(self) -> int:
        return 2 if self.test.kind == "twice" else 1


@dataclass(frozen=True)
class Plan:
    tar: bytes
    tests: tuple[PlannedTest, ...]
    budget: float  # seconds the whole plan may take, margins included
    max_bytes: int  # the most the harness may legitimately write back
    allowances: tuple[float, ...] = ()  # seconds each test may take, cleanup included

    def allowance(self, tid: str) -> float:
        for planned, seconds in zip(self.tests, self.allowances, strict=False):
            if planned.tid == tid:
                return seconds
        return 5.0


def build_plan(tests: list[TestCase], submission: bytes, script: str, limits: Limits,
               extra_meta: dict[str, str] | None = None, first_index: int = 0) -> Plan:
    buf = io.BytesIO()
    planned: list[PlannedTest] = []
    budget = STARTUP
    allowances: list[float] = []
    max_bytes = 1 << 20
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        _add(tar, "submission", submission, 0o755)
        for i, test in enumerate(tests, start=first_index):
            tid = f"t{i:03d}"
            paths = _report_paths(test)
            planned.append(PlannedTest(tid, test, paths))
            timeout = test.timeout or limits.timeout
            runs = 2 if test.kind == "twice" else 1
            allowance = runs * (timeout + 0.5) + 1.0 + (test.signal.after if test.signal else 0.0)
            allowances.append(allowance)
            budget += allowance
            max_bytes += runs * (2 * limits.output + 4096) + len(paths) * (FILE_CAP + 256) + 4096
            meta = {
                "kind": test.kind,
                "script": script,
                "timeout_us": str(int(timeout * 1_000_000)),
                "cpu": str(limits.cpu),
                "fsize_kb": str(max(1, limits.file_size // 1024)),
                "nofile": str(limits.open_files),
                "out_cap": str(limits.output),
                "file_cap": str(FILE_CAP),
                "signal": test.signal.send if test.signal else "",
                "signal_after_us": str(int(test.signal.after * 1_000_000)) if test.signal else "0",
                **(extra_meta or {}),
            }
            base = f"tests/{tid}"
            _add(tar, f"{base}/meta", "".join(f"{k}={v}\n" for k, v in meta.items()).encode())
            _add(tar, f"{base}/args", b"".join(a.encode() + b"\0" for a in test.args))
            _add(tar, f"{base}/env", b"".join(f"{k}={v}".encode() + b"\0" for k, v in test.env))
            _add(tar, f"{base}/report", b"".join(p.encode() + b"\0" for p in paths))
            if test.stdin is not None:
                _add(tar, f"{base}/stdin", test.stdin)
            if test.signal:
                _add(tar, f"{base}/wait_for", test.signal.wait_for.encode() + b"\n")
            _add_dir(tar, f"{base}/files", 0o755)
            for fx in test.files:
                target = f"{base}/files/{fx.path}"
                _add_parents(tar, base + "/files", fx.path)
                if fx.is_dir:
                    _add_dir(tar, target, int(fx.mode, 8) if fx.mode else 0o755)
                else:
                    _add(tar, target, fx.content, int(fx.mode, 8) if fx.mode else 0o644)
        _add(tar, "order", "".join(p.tid + "\n" for p in planned).encode())
    return Plan(buf.getvalue(), tuple(planned), budget, max_bytes, tuple(allowances))


def _report_paths(test: TestCase) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for exp in (test.expect, test.expect_first):
        for fe in exp.files if exp else ():
            seen.setdefault(fe.path, None)
    return tuple(seen)


def _add(tar: tarfile.TarFile, name: str, data: bytes, mode: int = 0o644) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.uid = info.gid = 1000
    tar.addfile(info, io.BytesIO(data))


def _add_dir(tar: tarfile.TarFile, name: str, mode: int) -> None:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = mode
    info.uid = info.gid = 1000
    tar.addfile(info)


def _add_parents(tar: tarfile.TarFile, base: str, path: str) -> None:
    parts = path.split("/")[:-1]
    for i in range(1, len(parts) + 1):
        name = f"{base}/{'/'.join(parts[:i])}"
        if name not in tar.getnames():
            _add_dir(tar, name, 0o755)


class ProtocolError(Exception):
    """The harness's stream is not what the harness writes: something in the sandbox tampered with it."""


@dataclass
class FrameParser:
    """Incremental, strict parser of `SG1 <test> <key> <len>\\n<bytes>\\n` frames."""

    frames: list[tuple[str, str, bytes]] = field(default_factory=list)
    _buf: bytearray = field(default_factory=bytearray)
    error: str | None = None

    def feed(self, data: bytes) -> None:
        if self.error:
            return
        self._buf += data
        while self._buf:
            newline = self._buf.find(b"\n", 0, MAX_HEADER)
            if newline < 0:
                if len(self._buf) >= MAX_HEADER:
                    self.error = "unframed output"
                return
            match = HEADER_RE.fullmatch(bytes(self._buf[: newline + 1]))
            if not match:
                self.error = "unframed output"
                return
            size = int(match.group(3))
            end = newline + 1 + size
            if len(self._buf) < end + 1:
                return
            if self._buf[end:end + 1] != b"\n":
                self.error = "bad frame end"
                return
            self.frames.append((match.group(1).decode(), match.group(2).decode(),
                                bytes(self._buf[newline + 1:end])))
            del self._buf[: end + 1]

    @property
    def trailing(self) -> bool:
        return bool(self._buf)


class Watchdog:
    """Follows the harness's frames as they arrive and says when the current test has run out of time.

    Each test gets its own allowance from its `start` frame, so a harness stopped or stalled by the
    script is caught within that test's time limit plus a small margin, not the whole plan's.
    """

    def __init__(self, plan: Plan, now: float) -> None:
        self.plan = plan
        self.parser = FrameParser()
        self.deadline = now + STARTUP
        self._seen = 0

    def feed(self, data: bytes, now: float) -> None:
        self.parser.feed(data)
        for tid, key, _ in self.parser.frames[self._seen:]:
            if key == "start":
                self.deadline = now + self.plan.allowance(tid)
            elif key in ("end", "ready"):
                self.deadline = now + STARTUP
        self._seen = len(self.parser.frames)
