"""The local backend: the same harness under bubblewrap, or, without bwrap, as a plain process with rlimits."""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from engine.sandbox.base import Backend, ExecOutput, SandboxError, Session
from engine.sandbox.protocol import Plan, Watchdog, harness_source
from engine.spec.model import Limits

NOBODY = 65534
PLAIN_WARNING = ("bubblewrap (bwrap) is not installed: tests run as plain processes with rlimits only, "
                 "without namespaces. Fine for checking your own script; install bubblewrap or Docker "
                 "for real isolation.")


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def bwrap_works() -> bool:
    path = bwrap_path()
    if not path:
        return False
    try:
        probe = subprocess.run(_drop_root() + [path, *_bwrap_args("/", "/", "/"), "true"],
                               capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


class LocalBackend(Backend):
    def __init__(self, *, use_bwrap: bool | None = None) -> None:
        if use_bwrap is None:
            use_bwrap = not os.environ.get("SHELLGRADE_NO_BWRAP") and bwrap_works()
        self.use_bwrap = use_bwrap
        self.name = "local-bwrap" if self.use_bwrap else "local-plain"
        self.isolated = self.use_bwrap

    def environment(self) -> dict[str, str]:
        try:
            bash = subprocess.run(["bash", "-c", "echo $BASH_VERSION"], capture_output=True, text=True,
                                  timeout=5, check=False).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            bash = "unknown"
        return {"backend": self.name, "image": "host", "bash": bash or "unknown", "tools": ""}

    def warnings(self) -> Iterator[str]:
        if not self.use_bwrap:
            yield PLAIN_WARNING

    def extra_meta(self, limits: Limits) -> dict[str, str]:
        meta = {"vmem_kb": str(max(limits.memory // 1024, 65536))}
        meta["nproc"] = str(_processes_of(os.geteuid() if os.geteuid() else NOBODY) + limits.pids)
        return meta

    @contextlib.contextmanager
    def session(self, limits: Limits, lifetime: float) -> Iterator[Session]:
        area = Path(tempfile.mkdtemp(prefix="shellgrade-"))
        area.chmod(0o711)  # as root the harness runs as nobody, who must reach its own folders inside
        try:
            yield LocalSession(area, self.use_bwrap)
        finally:
            shutil.rmtree(area, ignore_errors=True)


class LocalSession(Session):
    def __init__(self, area: Path, use_bwrap: bool) -> None:
        self.area, self.use_bwrap = area, use_bwrap

    def execute(self, plan: Plan) -> ExecOutput:
        if self.use_bwrap:
            cmd = _drop_root() + [bwrap_path() or "bwrap", *_bwrap_args("/sg", "/work", "/tmp"),
                                  "bash", "-c", harness_source()]
            env = {"SG_ROOT": "/sg", "SG_WORK": "/work", "SG_TMP": "/tmp", "SG_KILL": "all"}
        else:
            dirs = {name: self.area / name for name in ("sg", "work", "tmp")}
            for d in dirs.values():
                shutil.rmtree(d, ignore_errors=True)
                d.mkdir(mode=0o700)
                if os.geteuid() == 0:
                    os.chown(d, NOBODY, NOBODY)
            cmd = _drop_root() + ["bash", "-c", harness_source()]
            env = {"SG_ROOT": str(dirs["sg"]), "SG_WORK": str(dirs["work"]), "SG_TMP": str(dirs["tmp"]),
                   "SG_KILL": "group"}
        env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env, cwd="/", start_new_session=True, preexec_fn=_default_signals)
        except OSError as exc:
            raise SandboxError(f"cannot start the local sandbox: {exc}") from None
        try:
            return _exchange(proc, plan)
        finally:
            _reap(proc)


def _exchange(proc: subprocess.Popen[bytes], plan: Plan) -> ExecOutput:
    assert proc.stdin and proc.stdout and proc.stderr
    err = bytearray()

    def feed() -> None:
        with contextlib.suppress(OSError):
            assert proc.stdin
            proc.stdin.write(plan.tar)
            proc.stdin.close()

    def drain() -> None:
        assert proc.stderr
        for chunk in iter(lambda: proc.stderr.read(4096) if proc.stderr else b"", b""):
            if len(err) < 65536:
                err.extend(chunk)

    threads = [threading.Thread(target=f, daemon=True) for f in (feed, drain)]
    for t in threads:
        t.start()
    out = bytearray()
    watch = Watchdog(plan, time.monotonic())
    overran = overflow = False
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while True:
            remaining = watch.deadline - time.monotonic()
            if remaining <= 0:
                overran = True
                break
            if not sel.select(timeout=min(remaining, 1.0)):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            out.extend(chunk)
            watch.feed(chunk, time.monotonic())
            if len(out) > plan.max_bytes:
                overflow = True
                break
    if overran or overflow:
        _kill_session(proc)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    return ExecOutput(bytes(out), proc.returncode, overran, overflow, err.decode(errors="replace")[-2000:])


def _reap(proc: subprocess.Popen[bytes]) -> None:
    """Kill the harness and anything left in its session (plain mode has no PID namespace to do it)."""
    _kill_session(proc)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        with contextlib.suppress(OSError):
            if stream:
                stream.close()


def _kill_session(proc: subprocess.Popen[bytes]) -> None:
    sid = proc.pid
    for pid in _session_members(sid):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.killpg(sid, signal.SIGKILL)


def _session_members(sid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) == sid:
                members.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return members


def _processes_of(uid: int) -> int:
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    count += len(list((entry / "task").iterdir()))
    return count


def _drop_root() -> list[str]:
    """As root, run the sandbox as nobody: rlimits on processes then bind, and nothing of root's is writable."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        raise SandboxError("running as root needs setpriv (util-linux) to drop privileges")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--inh-caps=-all"]


def _bwrap_args(sg: str, work: str, tmp: str) -> list[str]:
    args = ["--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--unshare-cgroup-try", "--uid", "1000", "--gid", "1000", "--hostname", "sandbox",
            "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc",
            "--proc", "/proc", "--dev", "/dev"]
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    for mount in dict.fromkeys((sg, work, tmp)):
        if mount != "/":
            args += ["--tmpfs", mount]
    return args + ["--chdir", work if work != "/" else "/"]


def _default_signals() -> None:
    """Start with default dispositions: a signal ignored when bash starts can never be trapped."""
    for sig in (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGTERM, signal.SIGPIPE,
                signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM):
        signal.signal(sig, signal.SIG_DFL)
