"""Pick a backend: `auto` takes Docker when an engine is reachable and the image is built, else local."""

from __future__ import annotations

from engine.sandbox.base import Backend, SandboxError

BACKENDS = ("auto", "docker", "local")


def choose(name: str, *, image: str, for_grade: bool, allow_unsandboxed: bool) -> tuple[Backend, list[str]]:
    """Return the backend and notes on why it was chosen (shown to the user)."""
    notes: list[str] = []
    if name in ("auto", "docker"):
        from engine.sandbox.docker_backend import DockerBackend

        try:
            return DockerBackend(image), notes
        except SandboxError as exc:
            if name == "docker":
                raise
            notes.append(f"Docker not used: {exc}. {exc.how_to_fix}".strip())
    from engine.sandbox.local_backend import LocalBackend

    local = LocalBackend()
    if not local.isolated and for_grade and not allow_unsandboxed:
        raise SandboxError(
            "refusing to grade without a sandbox: neither Docker nor bubblewrap is available",
            "Start Docker or install bubblewrap (`apt-get install bubblewrap`); to grade unsandboxed anyway, "
            "pass --allow-unsandboxed.")
    return local, notes
