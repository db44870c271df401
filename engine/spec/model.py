"""The exercise model: frozen values built by the spec loader, read by the grader."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

COMPARE_MODES = ("exact", "regex", "contains", "whitespace", "sorted")
TEST_KINDS = ("run", "signal", "twice")
SIGNALS = ("HUP", "INT", "QUIT", "ABRT", "USR1", "USR2", "ALRM", "TERM", "PIPE", "CONT", "WINCH")


@dataclass(frozen=True)
class Matcher:
    """How one output is compared: a mode from COMPARE_MODES and the expected value."""

    mode: str
    value: str


@dataclass(frozen=True)
class FileExpect:
    path: str
    exists: bool | None = None
    content: Matcher | None = None
    mode: str | None = None
    type: str | None = None
    entries: tuple[str, ...] | None = None  # a directory holding exactly these names (no stray files)


@dataclass(frozen=True)
class Expect:
    stdout: Matcher | None = None
    stderr: Matcher | None = None
    status: int | None = None
    max_cpu: float | None = None
    files: tuple[FileExpect, ...] = ()


@dataclass(frozen=True)
class Fixture:
    path: str
    content: bytes = b""
    mode: str | None = None
    is_dir: bool = False


@dataclass(frozen=True)
class SignalStep:
    wait_for: str
    send: str
    after: float = 0.0  # seconds to wait once the line appeared (lets max_cpu catch busy waiting)


@dataclass(frozen=True)
class Localized:
    """A text in Spanish and English; either may be empty."""

    es: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        first, second = (self.es, self.en) if lang == "es" else (self.en, self.es)
        return first or second

    def __bool__(self) -> bool:
        return bool(self.es or self.en)


@dataclass(frozen=True)
class TestCase:
    name: str
    visible: bool
    expect: Expect
    args: tuple[str, ...] = ()
    stdin: bytes | None = None
    env: tuple[tuple[str, str], ...] = ()
    files: tuple[Fixture, ...] = ()
    kind: str = "run"
    signal: SignalStep | None = None
    expect_first: Expect | None = None
    weight: float = 1.0
    timeout: float | None = None
    hint: Localized = field(default_factory=Localized)
    description: Localized = field(default_factory=Localized)

    __test__ = False  # not a pytest class


@dataclass(frozen=True)
class Limits:
    timeout: float = 5.0
    cpu: int = 5
    memory: int = 256 * 1024**2
    pids: int = 128
    output: int = 64 * 1024
    file_size: int = 8 * 1024**2
    open_files: int = 256
    disk: int = 64 * 1024**2


@dataclass(frozen=True)
class Constraints:
    require: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class LintPolicy:
    """How lint findings count: `weight` points at stake, `per_finding` lost per finding, never below zero."""

    weight: float = 0.0
    per_finding: float = 0.5
    fail_on: str = "warning"


@dataclass(frozen=True)
class Exercise:
    id: str
    root: Path
    script: str
    title: Localized
    limits: Limits
    tests: tuple[TestCase, ...]
    topics: tuple[str, ...] = ()
    constraints: Constraints | None = None
    lint: LintPolicy = field(default_factory=LintPolicy)

    def statement(self, lang: str) -> str:
        for candidate in (lang, "en" if lang == "es" else "es"):
            path = self.root / f"statement.{candidate}.md"
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return ""

    def selected(self, *, hidden: bool) -> tuple[TestCase, ...]:
        """The tests to run: visible only, or hidden first then visible (see docs/exercise-format.md)."""
        if not hidden:
            return tuple(t for t in self.tests if t.visible)
        return tuple(t for t in self.tests if not t.visible) + tuple(t for t in self.tests if t.visible)
