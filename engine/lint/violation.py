"""The values the linter produces: a severity and a violation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Severities from most to least serious; ``--fail-on`` compares by rank."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    STYLE = "style"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is as serious as ``other`` or more."""
        return self.rank <= other.rank


_RANKS = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2, Severity.STYLE: 3}
SHELLCHECK_WIKI = "https://www.shellcheck.net/wiki/"
DOCS_BASE = "docs/lint/rules/"


@dataclass(frozen=True)
class Violation:
    """One finding at one place, from shellgrade's own rules or from ShellCheck."""

    code: str
    name: str
    severity: Severity
    path: str
    line: int
    column: int
    message_es: str
    message_en: str
    source: str = "shellgrade"  # "shellgrade" | "shellcheck"
    url: str = ""
    end_line: int | None = None
    end_column: int | None = None

    def message(self, lang: str = "es") -> str:
        return self.message_en if lang == "en" else self.message_es

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.code)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message_es": self.message_es,
            "message_en": self.message_en,
            "source": self.source,
            "url": self.url,
        }


def rule_url(code: str) -> str:
    if code.startswith("SC"):
        return SHELLCHECK_WIKI + code
    return f"{DOCS_BASE}{code}.md"
