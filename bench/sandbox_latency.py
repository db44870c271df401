"""Sandbox latency: what one `check` costs against the floor measured in the same run.

Floors: `docker run --rm IMAGE true` (one bare container) and `bwrap ... bash -c true` / plain `bash -c true`.
Measured: grading N trivial tests in one submission through each backend. The ratios are the result; the
seconds only describe this machine. Run: python -m bench.sandbox_latency [--tests 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from engine.grader import GradeOptions, grade
from engine.sandbox.base import Backend, SandboxError
from engine.spec.loader import load_exercise
from engine.submission import read_submission

IMAGE = "shellgrade-runner:latest"


def timed(func: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def make_exercise(root: Path, tests: int) -> Path:
    ex = root / "exercises" / "bench"
    (ex / "tests").mkdir(parents=True)
    (ex / "exercise.yaml").write_text("id: bench\nscript: b.sh\ntitle: Bench\n")
    body = "".join(f"  - {{name: t{i}, args: ['{i}'], expect: {{stdout: \"{i}\\n\"}}}}\n" for i in range(tests))
    (ex / "tests" / "visible.yaml").write_text("tests:\n" + body)
    script = root / "b.sh"
    script.write_text("#!/bin/bash\necho \"$1\"\n")
    return script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        script = make_exercise(Path(tmp), args.tests)
        ex = load_exercise(Path(tmp) / "exercises" / "bench")
        sub = read_submission(script, "en")
        opts = GradeOptions(shellcheck=False)
        rows = []
        backends: list[tuple[str, Callable[[], Backend], list[str]]] = []
        from engine.sandbox.docker_backend import DockerBackend
        from engine.sandbox.local_backend import LocalBackend, bwrap_path

        backends.append(("docker", lambda: DockerBackend(IMAGE), ["docker", "run", "--rm", IMAGE, "true"]))
        backends.append(("local-bwrap", lambda: LocalBackend(use_bwrap=True),
                         [bwrap_path() or "bwrap", "--ro-bind", "/", "/", "--unshare-all", "bash", "-c", "true"]))
        backends.append(("local-plain", lambda: LocalBackend(use_bwrap=False), ["bash", "-c", "true"]))
        for name, make, floor_cmd in backends:
            try:
                backend = make()
            except SandboxError as exc:
                print(f"{name}: skipped ({exc})")
                continue
            floor = timed(lambda cmd=floor_cmd: subprocess.run(cmd, capture_output=True, check=True), args.repeat)
            check = timed(lambda b=backend: grade(ex, sub, b, opts), args.repeat)
            rows.append((name, floor, check))
    title = f"check of {args.tests} tests (s)"
    print(f"{'backend':12} {'floor (s)':>10} {title:>26} {'ratio':>7} {'per test (ms)':>14}")
    for name, floor, check in rows:
        print(f"{name:12} {floor:10.3f} {check:26.3f} {check / floor:7.2f} {1000 * check / args.tests:14.1f}")


if __name__ == "__main__":
    main()
