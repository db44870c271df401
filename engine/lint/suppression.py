"""Inline suppression comments.

``# shellgrade disable=SG201,SG202`` silences those codes on its own line and the next one;
``# shellgrade disable-file=SG107`` silences them in the whole file; ``all`` silences every code.
``# shellcheck disable=SC2086`` is honoured by ShellCheck itself and also silences shellgrade rules
that cover that ShellCheck code. Constraint findings are never suppressible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from engine.lint.parsing import ParsedScript

_DIRECTIVE = re.compile(r"#\s*(shellgrade|shellcheck)\s+(disable|disable-file)\s*=\s*([A-Za-z0-9_,\s-]+)")


@dataclass(frozen=True)
class Directive:
    tool: str  # "shellgrade" | "shellcheck"
    scope: str  # "line" | "file"
    codes: frozenset[str]
    line: int
    column: int


@dataclass(frozen=True)
class Suppressions:
    directives: tuple[Directive, ...] = ()
    _by_line: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _file: frozenset[str] = frozenset()

    def suppresses(self, code: str, line: int, covers: Iterable[str] = (), name: str = "") -> bool:
        """True when ``code``, its rule ``name`` or a code it ``covers`` is disabled at ``line``."""
        keys = {code, "all", *covers} | ({name} if name else set())
        return bool(keys & self._file) or bool(keys & self._by_line.get(line, frozenset()))


def parse_suppressions(parsed: ParsedScript) -> Suppressions:
    directives: list[Directive] = []
    for node in parsed.walk():
        if node.type != "comment":
            continue
        text = parsed.node_text(node)
        for match in _DIRECTIVE.finditer(text):
            codes = frozenset(c.strip() for c in re.split(r"[,\s]+", match.group(3)) if c.strip())
            line, column = parsed.position(node)
            scope = "file" if match.group(2) == "disable-file" else "line"
            directives.append(Directive(match.group(1), scope, codes, line, column + match.start()))
    return _index(tuple(directives))


def _index(directives: tuple[Directive, ...]) -> Suppressions:
    by_line: dict[int, set[str]] = {}
    file_codes: set[str] = set()
    for directive in directives:
        if directive.scope == "file":
            file_codes |= directive.codes
            continue
        for line in (directive.line, directive.line + 1):
            by_line.setdefault(line, set()).update(directive.codes)
    return Suppressions(directives, {k: frozenset(v) for k, v in by_line.items()}, frozenset(file_codes))
