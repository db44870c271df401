"""Shared fixtures: sandbox backends (Docker required when SG_REQUIRE_DOCKER=1) and tiny exercises."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.sandbox.base import Backend, SandboxError

REPO = Path(__file__).resolve().parents[1]
IMAGE = os.environ.get("SG_IMAGE", "shellgrade-runner:latest")


def _docker() -> Backend:
    from engine.sandbox.docker_backend import DockerBackend

    try:
        return DockerBackend(IMAGE)
    except SandboxError as exc:
        if os.environ.get("SG_REQUIRE_DOCKER") == "1":
            pytest.fail(f"Docker is required here (SG_REQUIRE_DOCKER=1) but unavailable: {exc}")
        pytest.skip(f"no Docker engine or image: {exc}")
        raise


@pytest.fixture(scope="session")
def docker_backend() -> Backend:
    return _docker()


@pytest.fixture(scope="session")
def bwrap_backend() -> Backend:
    from engine.sandbox.local_backend import LocalBackend, bwrap_works

    if not bwrap_works():
        if os.environ.get("SG_REQUIRE_DOCKER") == "1":
            pytest.fail("bubblewrap is required in CI but does not work here")
        pytest.skip("bubblewrap unavailable")
    return LocalBackend(use_bwrap=True)


@pytest.fixture(scope="session")
def plain_backend() -> Backend:
    from engine.sandbox.local_backend import LocalBackend

    return LocalBackend(use_bwrap=False)


@pytest.fixture(params=["docker", "bwrap", "plain"])
def any_backend(request: pytest.FixtureRequest) -> Backend:
    backend: Backend = request.getfixturevalue(f"{request.param}_backend")
    return backend


@pytest.fixture(params=["docker", "bwrap"])
def isolated_backend(request: pytest.FixtureRequest) -> Backend:
    backend: Backend = request.getfixturevalue(f"{request.param}_backend")
    return backend


MakeExercise = Callable[..., Path]


@pytest.fixture
def make_exercise(tmp_path: Path) -> MakeExercise:
    """Write an exercise folder: make_exercise(visible=YAML, hidden=YAML, spec=extra YAML, files={})."""

    def make(visible: str, hidden: str | None = None, spec: str = "", files: dict[str, str] | None = None,
             ex_id: str = "demo") -> Path:
        root = tmp_path / "exercises" / ex_id
        (root / "tests").mkdir(parents=True)
        (root / "exercise.yaml").write_text(
            f"id: {ex_id}\nscript: demo.sh\ntitle: {{es: Demo, en: Demo}}\n" + textwrap.dedent(spec))
        (root / "tests" / "visible.yaml").write_text(textwrap.dedent(visible))
        if hidden is not None:
            (root / "tests" / "hidden.yaml").write_text(textwrap.dedent(hidden))
        for name, content in (files or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
        return root

    return make


def write_script(tmp_path: Path, body: str, name: str = "s.sh") -> Path:
    path = tmp_path / name
    path.write_text("#!/bin/bash\n" + textwrap.dedent(body))
    path.chmod(0o755)
    return path
