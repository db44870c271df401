"""Raw results of running tests in a sandbox: what the script did, before any judging."""

from __future__ import annotations

from dataclasses import dataclass

from engine.sandbox.protocol import Plan, PlannedTest


@dataclass(frozen=True)
class RunResult:
    status: int
    stdout: bytes
    stderr: bytes
    timed_out: bool = False
    output_cut: bool = False
    signal_sent: bool = False
    elapsed: float = 0.0
    cpu: float = 0.0


@dataclass(frozen=True)
class FileState:
    kind: str  # file | dir | symlink | other | absent
    mode: str = ""
    size: int = 0
    data: bytes | None = None
    entries: tuple[str, ...] | None = None  # names in a directory


@dataclass(frozen=True)
class RawTest:
    """One test's raw outcome. `disrupted` says why there is no trustworthy run (then runs is empty)."""

    runs: tuple[RunResult, ...] = ()
    files: tuple[FileState, ...] = ()
    disrupted: str | None = None


def assemble(frames: list[tuple[str, str, bytes]], plan: Plan) -> tuple[bool, dict[str, RawTest]]:
    """Return (ready, complete tests by tid): a test counts only once its `end` frame arrived."""
    ready = any(t == "-" and k == "ready" for t, k, _ in frames)
    by_test: dict[str, dict[str, bytes]] = {}
    complete: dict[str, RawTest] = {}
    known = {p.tid: p for p in plan.tests}
    for tid, key, value in frames:
        if tid not in known:
            continue
        fields = by_test.setdefault(tid, {})
        if key == "end":
            raw = _build(known[tid], fields)
            if raw is not None:
                complete[tid] = raw
        else:
            fields.setdefault(key, value)
    return ready, complete


def _build(planned: PlannedTest, f: dict[str, bytes]) -> RawTest | None:
    runs = []
    for r in range(1, planned.runs + 1):
        try:
            runs.append(RunResult(
                status=int(f[f"r{r}.status"]),
                stdout=f[f"r{r}.stdout"],
                stderr=f[f"r{r}.stderr"],
                timed_out=f[f"r{r}.timed_out"] == b"1",
                output_cut=f[f"r{r}.output_cut"] == b"1",
                signal_sent=f[f"r{r}.signal_sent"] == b"1",
                elapsed=int(f[f"r{r}.elapsed_us"]) / 1e6,
                cpu=int(f[f"r{r}.cpu_ms"]) / 1e3,
            ))
        except (KeyError, ValueError):
            return None
    files = []
    for i in range(len(planned.report_paths)):
        stat = f.get(f"f{i}.stat", b"absent||0").decode(errors="replace").split("|")
        if len(stat) != 3:
            return None
        kind, mode, size = stat
        listing = f.get(f"f{i}.list")
        entries = tuple(sorted(n.decode(errors="replace") for n in listing.split(b"\0") if n)) \
            if listing is not None else None
        files.append(FileState(kind=kind, mode=mode, size=int(size) if size.isdigit() else 0,
                               data=f.get(f"f{i}.data"), entries=entries))
    return RawTest(runs=tuple(runs), files=tuple(files))
