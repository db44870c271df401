"""The one small interface every sandbox backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

from engine.sandbox.protocol import Plan
from engine.spec.model import Limits


class SandboxError(Exception):
    """The sandbox itself failed: the engine's fault (or the machine's), never the student's."""

    def __init__(self, message: str, how_to_fix: str = "") -> None:
        super().__init__(message)
        self.how_to_fix = how_to_fix


@dataclass(frozen=True)
class ExecOutput:
    """What came back from one run of the harness."""

    data: bytes
    exit_code: int | None
    overran: bool = False  # the host's deadline for the whole plan passed
    overflow: bool = False  # more bytes than the harness can legitimately write
    diagnostics: str = ""


class Session(ABC):
    @abstractmethod
    def execute(self, plan: Plan) -> ExecOutput:
        """Run the harness on `plan`; never raise for anything the submission did."""

    def reset(self) -> None:  # noqa: B027 - optional for backends whose every run starts afresh
        """Start afresh: nothing left from earlier runs (e.g. a process that escaped every kill)."""


class Backend(ABC):
    name: str = ""
    isolated: bool = True  # False only for the plain-process fallback

    @abstractmethod
    def session(self, limits: Limits, lifetime: float) -> AbstractContextManager[Session]:
        """A sandbox that lives at most `lifetime` seconds and is destroyed on exit, whatever happens."""

    @abstractmethod
    def environment(self) -> dict[str, str]:
        """What runs the tests: backend, image, bash version..."""

    def extra_meta(self, limits: Limits) -> dict[str, str]:
        """Per-run settings the harness needs from this backend (e.g. rlimits a container sets itself)."""
        return {}

    def warnings(self) -> Iterator[str]:
        return iter(())
