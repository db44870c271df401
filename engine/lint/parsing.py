"""Parse a script once: the tree-sitter-bash tree every rule reads, plus ``bash -n`` for syntax errors.

The tree is built from bytes; positions reported to users are 1-based lines and 1-based
*character* columns, converted here once so rules never deal with byte offsets.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from tree_sitter import Language, Node, Parser, Tree

BASH_TIMEOUT_S = 5.0
_BASH_LINE_RE = re.compile(r"^[^:]*: line (\d+): (.*)$")
_TOKEN_RE = re.compile(r"near unexpected token `(.*)'$")
_STATEMENTS = frozenset({"command", "declaration_command", "function_definition", "variable_assignment"})


@lru_cache(maxsize=1)
def _language() -> Language:
    import tree_sitter_bash

    return Language(tree_sitter_bash.language())


def new_parser() -> Parser:
    return Parser(_language())


@dataclass(frozen=True)
class ParseError:
    """A syntax error as bash reports it (or as the tree shows it when bash is unavailable)."""

    line: int
    column: int
    message: str
    source: str = "bash"

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message, "source": self.source}


def decode(source: str | bytes) -> str:
    """Text of a script: UTF-8 when valid, Latin-1 otherwise (never fails)."""
    if isinstance(source, str):
        return source
    try:
        return source.decode("utf-8")
    except UnicodeDecodeError:
        return source.decode("latin-1")


@dataclass(frozen=True)
class ParsedScript:
    """One script: its text, its lines and its tree-sitter tree."""

    text: str
    data: bytes
    tree: Tree
    lines: tuple[str, ...] = field(repr=False)
    _byte_lines: tuple[bytes, ...] = field(repr=False)

    @property
    def root(self) -> Node:
        return self.tree.root_node

    def position(self, node: Node) -> tuple[int, int]:
        """1-based (line, character column) of a node's start."""
        row, col = node.start_point
        return row + 1, self.char_column(row, col) + 1

    def char_column(self, row: int, byte_col: int) -> int:
        if row >= len(self._byte_lines):
            return byte_col
        return len(self._byte_lines[row][:byte_col].decode("utf-8", "replace"))

    def node_text(self, node: Node) -> str:
        return self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def walk(self, node: Node | None = None) -> Iterator[Node]:
        """Every node in document order, iteratively (deep trees never hit the recursion limit)."""
        stack = [node if node is not None else self.root]
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(current.children))

    def has_error_nodes(self) -> bool:
        return self.root.has_error

    def has_structural_errors(self) -> bool:
        """Error nodes that may hide statements: spanning lines or holding commands or definitions.

        tree-sitter-bash leaves small local error nodes for a few valid constructs (``$((10#$n))``);
        those do not change which statements and scopes the tree shows.
        """
        if not self.root.has_error:
            return False
        for node in self.walk():
            if not node.is_error:
                continue
            if node.end_point[0] > node.start_point[0]:
                return True
            if any(inner.type in _STATEMENTS for inner in self.walk(node)):
                return True
        return False


def parse(source: str | bytes) -> ParsedScript:
    text = decode(source)
    data = text.encode("utf-8", "replace") if isinstance(source, str) else _as_utf8(source, text)
    tree = new_parser().parse(data)
    lines = tuple(text.split("\n"))
    return ParsedScript(text, data, tree, lines, tuple(data.split(b"\n")))


def _as_utf8(raw: bytes, text: str) -> bytes:
    try:
        raw.decode("utf-8")
        return raw
    except UnicodeDecodeError:
        return text.encode("utf-8")


def bash_syntax_errors(text: str, timeout: float = BASH_TIMEOUT_S) -> tuple[list[ParseError], str | None]:
    """Run ``bash -n`` on the text (never executed) and return its errors and a note if bash failed to run.

    Only lines naming a line number are kept; warnings are dropped (bash runs such scripts).
    """
    env = {"LC_ALL": "C", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    try:
        proc = subprocess.run(
            ["bash", "-O", "extglob", "-n", "/dev/stdin"],
            input=text.encode("utf-8", "replace"),
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [], "bash -n timed out"
    except OSError as exc:
        return [], f"bash -n could not run: {exc}"
    return _parse_bash_stderr(proc.stderr.decode("utf-8", "replace"), text), None


def _parse_bash_stderr(stderr: str, text: str) -> list[ParseError]:
    lines = text.split("\n")
    errors: list[ParseError] = []
    for raw in stderr.splitlines():
        match = _BASH_LINE_RE.match(raw)
        if not match:
            continue
        line_no, message = int(match.group(1)), match.group(2)
        if message.startswith("`") or message.startswith("warning:"):
            continue  # the echo of the offending line, or a warning (here-documents: see SG110)
        errors.append(ParseError(line_no, _column_of(message, lines, line_no), message))
    return errors


def _column_of(message: str, lines: list[str], line_no: int) -> int:
    token = _TOKEN_RE.search(message)
    if token and 0 < line_no <= len(lines):
        found = lines[line_no - 1].find(token.group(1))
        if found >= 0:
            return found + 1
    return 1


def tree_syntax_errors(parsed: ParsedScript, limit: int = 20) -> list[ParseError]:
    """Error and missing nodes of the tree, used only when bash itself could not be run."""
    errors: list[ParseError] = []
    for node in parsed.walk():
        if node.is_error or node.is_missing:
            line, col = parsed.position(node)
            what = f"missing `{node.type}'" if node.is_missing else "syntax error"
            errors.append(ParseError(line, col, what, source="tree-sitter"))
            if len(errors) >= limit:
                break
    return errors


def refine_columns(errors: list[ParseError], parsed: ParsedScript) -> list[ParseError]:
    """Point bash's errors at the tree's error node on the same line, when there is one."""
    if not errors or not parsed.has_error_nodes():
        return errors
    columns: dict[int, int] = {}
    for error in tree_syntax_errors(parsed, limit=50):
        columns.setdefault(error.line, error.column)
    return [ParseError(e.line, columns.get(e.line, e.column), e.message, e.source) for e in errors]
