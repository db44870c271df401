"""Typed, positioned reading of YAML documents: every problem names the file, the line and the field."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class SpecError(Exception):
    """One or more problems in an exercise's files."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Node:
    """A YAML value with where it came from."""

    value: Any
    line: int
    path: str


class Reader:
    """Collects problems while reading one file; raise `SpecError` at the end if any."""

    def __init__(self, file: Path, display: str) -> None:
        self.file = file
        self.display = display
        self.problems: list[Problem] = []

    def load(self) -> Node | None:
        try:
            text = self.file.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.problems.append(Problem(self.display, 0, "", "file not found"))
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(Problem(self.display, 0, "", f"cannot read: {exc}"))
            return None
        try:
            data = YAML(typ="rt").load(text)
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 0
            self.problems.append(Problem(self.display, line, "", f"invalid YAML: {exc.problem or exc}"))
            return None
        except YAMLError as exc:
            self.problems.append(Problem(self.display, 0, "", f"invalid YAML: {exc}"))
            return None
        return Node(data, 1, "")

    def fail(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.display, node.line, node.path, message))

    def mapping(self, node: Node, required: tuple[str, ...], optional: tuple[str, ...]) -> dict[str, Node]:
        if not isinstance(node.value, CommentedMap):
            self.fail(node, f"expected a mapping, got {describe(node.value)}")
            return {}
        known = required + optional
        out: dict[str, Node] = {}
        for key in node.value:
            line = node.value.lc.key(key)[0] + 1
            path = f"{node.path}.{key}" if node.path else str(key)
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(known)})"
                self.problems.append(Problem(self.display, line, path, f"unknown key{hint}"))
                continue
            out[key] = Node(node.value[key], self._value_line(node.value, key, line), path)
        for key in required:
            if key not in node.value:
                self.fail(node, f"missing required key '{key}'")
        return out

    def items(self, node: Node) -> Iterator[Node]:
        if not isinstance(node.value, CommentedSeq):
            self.fail(node, f"expected a list, got {describe(node.value)}")
            return
        for i, item in enumerate(node.value):
            line = node.value.lc.item(i)[0] + 1
            yield Node(item, line, f"{node.path}[{i}]")

    def entries(self, node: Node) -> Iterator[tuple[str, Node]]:
        """Key/value pairs of a free-form mapping (keys are data, not fields)."""
        if isinstance(node.value, dict) and all(isinstance(v, Node) for v in node.value.values()) \
                and not isinstance(node.value, CommentedMap):
            yield from node.value.items()  # already merged (test defaults)
            return
        if not isinstance(node.value, CommentedMap):
            self.fail(node, f"expected a mapping, got {describe(node.value)}")
            return
        for key in node.value:
            line = node.value.lc.key(key)[0] + 1
            yield str(key), Node(node.value[key], self._value_line(node.value, key, line), f"{node.path}.{key}")

    def string(self, node: Node, *, allow_scalars: bool = False) -> str | None:
        value = node.value
        if isinstance(value, str):
            return str(value)
        if allow_scalars and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.fail(node, f"expected a string, got {describe(value)}")
        return None

    def integer(self, node: Node, low: int | None = None, high: int | None = None) -> int | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(node, f"expected an integer, got {describe(value)}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(node, f"must be between {low} and {high}, got {value}")
            return None
        return int(value)

    def number(self, node: Node, low: float = 0.0) -> float | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(node, f"expected a number, got {describe(value)}")
            return None
        if value <= low:
            self.fail(node, f"must be greater than {low:g}, got {value}")
            return None
        return float(value)

    def boolean(self, node: Node) -> bool | None:
        if isinstance(node.value, bool):
            return node.value
        self.fail(node, f"expected true or false, got {describe(node.value)}")
        return None

    def strings(self, node: Node) -> list[str]:
        out = []
        for item in self.items(node):
            text = self.string(item, allow_scalars=True)
            if text is not None:
                out.append(text)
        return out

    def size(self, node: Node) -> int | None:
        """A byte size: an integer or a string like 64k, 256m, 1g."""
        value = node.value
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return int(value)
        if isinstance(value, str):
            text = value.strip().lower().removesuffix("b")
            factor = {"k": 1024, "m": 1024**2, "g": 1024**3}.get(text[-1:], 1)
            digits = text[:-1] if factor > 1 else text
            if digits.isdigit() and int(digits) > 0:
                return int(digits) * factor
        self.fail(node, f"expected a size such as 64k, 256m or 1g, got {describe(value)}")
        return None

    def raise_if_problems(self) -> None:
        if self.problems:
            raise SpecError(self.problems)

    @staticmethod
    def _value_line(mapping: CommentedMap, key: Any, key_line: int) -> int:
        try:
            return int(mapping.lc.value(key)[0]) + 1
        except (KeyError, TypeError, IndexError):
            return key_line


def describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, CommentedMap | dict):
        return "a mapping"
    if isinstance(value, CommentedSeq | list):
        return "a list"
    return type(value).__name__
