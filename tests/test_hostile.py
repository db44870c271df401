"""Hostile submissions get a non-pass verdict in time, a report that parses, and leave nothing behind."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO, write_script

pytestmark = pytest.mark.slow

EXERCISE = """\
tests:
  - {name: one, timeout: 2, env: {PORT: "%d"}, expect: {stdout: "ok\\n", status: 0}}
  - {name: two, timeout: 2, env: {PORT: "%d"}, expect: {stdout: "ok\\n", status: 0}}
"""
HIDDEN = "tests:\n  - {name: secret, expect: {stdout: \"hidden-expected\\n\"}}\n"

HOSTILE = {
    "fork-bomb": ":(){ :|:& };:\n",
    "endless-output": "yes 'all work and no play'\n",
    "endless-stderr": "yes error >&2\n",
    "sleep-forever": "sleep 100000\n",
    "ignore-signals": "trap '' TERM INT HUP QUIT; while :; do sleep 1; done\n",
    "fill-the-disk": "i=0; while ((i < 2000)); do head -c 1048576 /dev/zero > \"f$i\" || break; i=$((i+1)); "
                     "done; cat /dev/zero > big; (( $(du -sm . | cut -f1) > 1000 )) && echo ok\n",
    "leave-daemons": "nohup sleep 10000 >/dev/null 2>&1 & setsid sleep 10001 & disown -a; echo started\n",
    "kill-parent": "kill -9 $PPID; echo ok\n",
    "kill-everything": "kill -9 -1; echo ok\n",
    "stop-parent": "kill -STOP $PPID; echo ok\n",
    "network": "exec 3<>/dev/tcp/127.0.0.1/$PORT && echo ok\n",
    "invalid-utf8": "printf 'ok\\xff\\xfe\\x00\\x1b[2J\\x07\\n'\n",
    "memory-hog": "x=$(head -c 900000000 /dev/zero | tr '\\0' a); ((${#x} == 900000000)) && echo ok\n",
    "read-hidden": "w=hidden-; grep -rqs \"${w}expected\" /sg /work /tmp /etc /opt /srv /home /root && echo ok\n",
    "close-and-detach": "exec >&- 2>&-; sleep 10000 &\n",
}
PROCESS_MARKERS = ("sleep 10000", "sleep 10001", "sleep 100000")


def _leftover_processes() -> list[str]:
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=False).stdout
    return [line for line in out.splitlines() if any(m in line for m in PROCESS_MARKERS)]


def _containers() -> set[str]:
    out = subprocess.run(["docker", "ps", "-aq", "--filter", "label=org.shellgrade.sandbox"],
                         capture_output=True, text=True, check=False).stdout
    return set(out.split())


@pytest.fixture
def listener():
    """A TCP server on the host's loopback: a sandboxed script must not reach it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("backend", ["docker", "local"])
def test_hostile_submission(name, backend, make_exercise, tmp_path, request, listener):
    request.getfixturevalue("docker_backend" if backend == "docker" else "bwrap_backend")
    root = make_exercise(EXERCISE % (listener, listener), hidden=HIDDEN)
    script = write_script(tmp_path, HOSTILE[name])
    before = _containers() if backend == "docker" else set()
    reports = {}
    for fmt in ("json", "junit"):
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "engine.cli", "check", "demo", str(script), "--backend", backend,
             "--exercises", str(root.parent), "--format", fmt, "--no-shellcheck", "--lang", "en"],
            capture_output=True, cwd=REPO, timeout=60, check=False)
        elapsed = time.monotonic() - started
        assert proc.returncode == 1, (proc.returncode, proc.stderr.decode(errors="replace"))
        reports[fmt] = proc.stdout
        # two tests of 2 s each, plus start-up and the per-test margins
        assert elapsed < 2 * (2 + 1.5) + 4, f"took {elapsed:.1f} s"
    data = json.loads(reports["json"])
    assert data["status"] == "fail"
    assert all(t["status"] != "pass" for t in data["tests"]), data["tests"]
    ET.fromstring(reports["junit"])  # valid XML whatever the script printed
    assert not _leftover_processes()
    if backend == "docker":
        assert _containers() - before == set()


def test_killed_engine_leaves_no_container(docker_backend, make_exercise, tmp_path):
    """Ctrl-C or a crash of shellgrade itself: the container is removed anyway."""
    root = make_exercise(EXERCISE % (1, 1))
    script = write_script(tmp_path, "sleep 100000\n")
    before = _containers()
    proc = subprocess.Popen(
        [sys.executable, "-m", "engine.cli", "check", "demo", str(script), "--backend", "docker",
         "--exercises", str(root.parent), "--no-shellcheck"], cwd=REPO, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not _containers() - before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(_containers() - before) == 1
    proc.send_signal(2)  # Ctrl-C
    assert proc.wait(timeout=20) == 130
    deadline = time.monotonic() + 20
    while _containers() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _containers() - before == set()


def test_no_docker_engine_says_how_to_start_one(make_exercise, tmp_path):
    root = make_exercise(EXERCISE % (1, 1))
    script = write_script(tmp_path, "echo ok\n")
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-such.sock"}
    proc = subprocess.run(
        [sys.executable, "-m", "engine.cli", "check", "demo", str(script), "--backend", "docker",
         "--exercises", str(root.parent)], capture_output=True, text=True, cwd=REPO, env=env, timeout=60,
        check=False)
    assert proc.returncode == 3
    assert "no Docker engine reachable" in proc.stderr and "dockerd" in proc.stderr
    assert "Traceback" not in proc.stderr
