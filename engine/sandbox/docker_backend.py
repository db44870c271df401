"""The Docker backend: one throwaway, hardened container per submission. The only module that imports docker."""

from __future__ import annotations

import contextlib
import socket
import struct
import time
import uuid
from collections.abc import Iterator

import docker
from docker.errors import APIError, DockerException, ImageNotFound, NotFound
from docker.types import Ulimit

from engine.sandbox.base import Backend, ExecOutput, SandboxError, Session
from engine.sandbox.protocol import Plan, Watchdog, harness_source
from engine.spec.model import Limits

DEFAULT_IMAGE = "shellgrade-runner:latest"
LABEL = "org.shellgrade.sandbox"
USER = "1000:1000"  # every submission process
HARNESS_PIDS = 32  # processes kept for the harness beyond the script's own `ulimit -u`
KEEPER = "65534:65534"  # the container's own process (init + sleep): another uid, so `kill -1` spares it
START_HELP = ("Start a Docker engine (Debian: `apt-get install docker.io && dockerd &`, or "
              "`systemctl start docker`), or use `--backend local`.")


def connect(timeout: int = 30) -> docker.DockerClient:
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
    except DockerException as exc:
        raise SandboxError(f"no Docker engine reachable: {_short(exc)}", START_HELP) from None
    return client


def reachable() -> bool:
    try:
        connect(timeout=3).close()
    except SandboxError:
        return False
    return True


class DockerBackend(Backend):
    name = "docker"

    def __init__(self, image: str = DEFAULT_IMAGE) -> None:
        self.client = connect()
        try:
            self.image = self.client.images.get(image)
        except ImageNotFound:
            raise SandboxError(f"the runner image {image} is not built", "Build it with `make image`.") from None
        except DockerException as exc:
            raise SandboxError(f"cannot inspect image {image}: {_short(exc)}", START_HELP) from None
        self.image_name = image
        _remove_expired(self.client)

    def extra_meta(self, limits: Limits) -> dict[str, str]:
        return {"nproc": str(limits.pids)}

    def environment(self) -> dict[str, str]:
        labels = self.image.labels or {}
        return {"backend": "docker", "image": f"{self.image_name} ({self.image.short_id})",
                "bash": labels.get("org.shellgrade.bash", "unknown"),
                "tools": labels.get("org.shellgrade.tools", "")}

    @contextlib.contextmanager
    def session(self, limits: Limits, lifetime: float) -> Iterator[Session]:
        sess = DockerSession(self.client, self.image_name, limits, lifetime)
        try:
            yield sess
        finally:
            sess.destroy()


class DockerSession(Session):
    def __init__(self, client: docker.DockerClient, image: str, limits: Limits, lifetime: float) -> None:
        self.client, self.image, self.limits, self.lifetime = client, image, limits, lifetime
        self.container = None
        self._start()

    def _start(self) -> None:
        lim = self.limits
        name = f"shellgrade-{uuid.uuid4().hex[:12]}"
        tmp_opts = "rw,exec,nosuid,nodev,mode=1777"
        try:
            self.container = self.client.containers.run(
                self.image, command=["sleep", str(int(self.lifetime))], detach=True, auto_remove=True,
                init=True, user=KEEPER, network_mode="none", read_only=True, working_dir="/work",
                tmpfs={"/work": f"{tmp_opts},size={lim.disk}", "/tmp": f"{tmp_opts},size=16m",
                       "/sg": f"{tmp_opts},size={max(64 * 1024**2, 8 * lim.output + 32 * 1024**2)}"},
                cap_drop=["ALL"], security_opt=["no-new-privileges"], mem_limit=lim.memory,
                memswap_limit=lim.memory, pids_limit=lim.pids + HARNESS_PIDS, nano_cpus=1_000_000_000,
                ulimits=[Ulimit(name="nofile", soft=4096, hard=4096),
                         Ulimit(name="core", soft=0, hard=0)],
                labels={LABEL: "1", f"{LABEL}.expires": str(int(time.time() + self.lifetime))},
                name=name, hostname="sandbox", ipc_mode="private",
                stop_signal="SIGKILL")
        except DockerException as exc:
            self._remove_by_name(name)
            raise SandboxError(f"cannot start a container: {_short(exc)}", START_HELP) from None
        except BaseException:  # Ctrl-C between create and start: remove it all the same
            self._remove_by_name(name)
            raise

    def _remove_by_name(self, name: str) -> None:
        with contextlib.suppress(DockerException):
            self.client.api.remove_container(name, force=True)

    def reset(self) -> None:
        self.destroy()
        self._start()

    def execute(self, plan: Plan) -> ExecOutput:
        if not self._alive():
            self.destroy()
            self._start()
        assert self.container is not None
        api = self.client.api
        try:
            ex = api.exec_create(self.container.id, ["bash", "-c", harness_source()], stdin=True, user=USER,
                                 workdir="/work", environment={"SG_ROOT": "/sg", "SG_WORK": "/work",
                                                               "SG_KILL": "all", "SG_TMP": "/tmp"})
            raw = api.exec_start(ex["Id"], socket=True)
        except DockerException as exc:
            raise SandboxError(f"cannot run the test harness: {_short(exc)}") from None
        sock: socket.socket = getattr(raw, "_sock", raw)
        data, overran, overflow, errors = _exchange(sock, plan)
        if overran or overflow:
            self._kill_all()
        with contextlib.suppress(OSError):
            raw.close()
        code = None
        with contextlib.suppress(DockerException):
            code = api.exec_inspect(ex["Id"]).get("ExitCode")
        return ExecOutput(data, code, overran, overflow, errors.decode(errors="replace")[-2000:])

    def _kill_all(self) -> None:
        """Kill every process of the sandbox user (the harness included); the container lives on."""
        with contextlib.suppress(DockerException):
            assert self.container is not None
            ex = self.client.api.exec_create(self.container.id, ["bash", "-c", "kill -KILL -1"], user=USER)
            self.client.api.exec_start(ex["Id"])

    def _alive(self) -> bool:
        if self.container is None:
            return False
        try:
            self.container.reload()
        except DockerException:
            return False
        return bool(self.container.status == "running")

    def destroy(self) -> None:
        if self.container is None:
            return
        cid = self.container.id
        self.container = None
        with contextlib.suppress(NotFound, APIError, DockerException):
            self.client.api.remove_container(cid, force=True)
        deadline = time.monotonic() + 15  # an auto-removed container may still be on its way out
        while time.monotonic() < deadline:
            try:
                self.client.api.inspect_container(cid)
            except NotFound:
                return
            except DockerException:
                return
            time.sleep(0.05)


def _exchange(sock: socket.socket, plan: Plan) -> tuple[bytes, bool, bool, bytes]:
    """Send the plan on stdin, then read the multiplexed stdout/stderr until EOF, the deadline or overflow."""
    watch = Watchdog(plan, time.monotonic())
    out, err = bytearray(), bytearray()
    try:
        sock.settimeout(30)
        sock.sendall(plan.tar)
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass  # the harness may already be gone; what it wrote is still read below
    buf = bytearray()
    while True:
        remaining = watch.deadline - time.monotonic()
        if remaining <= 0:
            return bytes(out), True, False, bytes(err)
        try:
            sock.settimeout(min(remaining, 1.0))
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
        while len(buf) >= 8:
            stream, size = struct.unpack(">BxxxL", buf[:8])
            if len(buf) < 8 + size:
                break
            if stream == 1:
                out.extend(buf[8:8 + size])
                watch.feed(bytes(buf[8:8 + size]), time.monotonic())
            else:
                err.extend(buf[8:8 + size])
            del buf[:8 + size]
        if len(out) > plan.max_bytes or len(err) > 1 << 20:
            return bytes(out), False, True, bytes(err[-4096:])
    return bytes(out), False, False, bytes(err)


def _remove_expired(client: docker.DockerClient) -> None:
    """Remove sandboxes whose owner died without removing them (crash, SIGKILL)."""
    now = time.time()
    with contextlib.suppress(DockerException):
        for c in client.containers.list(all=True, filters={"label": LABEL}):
            expires = c.labels.get(f"{LABEL}.expires", "0")
            if not expires.isdigit() or int(expires) + 60 < now:
                with contextlib.suppress(DockerException):
                    c.remove(force=True)


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]
