"""What rules see: the parsed script plus analyses computed once, on first use, and shared."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from tree_sitter import Node

from engine.lint.parsing import ParsedScript, ParseError
from engine.lint.suppression import Suppressions, parse_suppressions
from engine.lint.words import basename, command_name, command_words

if TYPE_CHECKING:
    from engine.lint.variables import VariableFacts

POSIX_SHELLS = frozenset({"sh", "dash", "ash"})
_SET_E = re.compile(r"^\s*set\s+(-[a-zA-Z]*e|-o\s+errexit)", re.MULTILINE)


class LintContext:
    """The script under lint and lazily computed facts about it (not shared between scripts)."""

    def __init__(self, parsed: ParsedScript, path: str, parse_errors: tuple[ParseError, ...] = ()) -> None:
        self.parsed = parsed
        self.path = path
        self.parse_errors = parse_errors
        self._args: dict[int, list[tuple[Node, str | None]]] = {}

    @property
    def text(self) -> str:
        return self.parsed.text

    @property
    def lines(self) -> tuple[str, ...]:
        return self.parsed.lines

    def text_of(self, node: Node) -> str:
        return self.parsed.node_text(node)

    def position(self, node: Node) -> tuple[int, int]:
        return self.parsed.position(node)

    @cached_property
    def all_nodes(self) -> tuple[Node, ...]:
        return tuple(self.parsed.walk())

    @cached_property
    def by_type(self) -> dict[str, list[Node]]:
        index: dict[str, list[Node]] = {}
        for node in self.all_nodes:
            index.setdefault(node.type, []).append(node)
        return index

    def of_type(self, *types: str) -> list[Node]:
        """Nodes of the given types, in document order."""
        if len(types) == 1:
            return list(self.by_type.get(types[0], ()))
        found = [n for t in types for n in self.by_type.get(t, ())]
        return sorted(found, key=lambda n: n.start_byte)

    @cached_property
    def commands(self) -> tuple[tuple[Node, str], ...]:
        """Every ``command`` node with its literal basename ('' when the name is dynamic)."""
        out = []
        for node in self.of_type("command"):
            name = command_name(self.parsed, node)
            out.append((node, basename(name) if name else ""))
        return tuple(out)

    def commands_named(self, *names: str) -> list[Node]:
        return [node for node, name in self.commands if name in names]

    def args(self, command: Node) -> list[tuple[Node, str | None]]:
        """Arguments of a command node (without its name), each with its static value (cached)."""
        cached = self._args.get(command.id)
        if cached is None:
            cached = self._args[command.id] = command_words(self.parsed, command)[1:]
        return cached

    @cached_property
    def suppressions(self) -> Suppressions:
        return parse_suppressions(self.parsed)

    @cached_property
    def shebang(self) -> str | None:
        first = self.text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        return first if first.startswith("#!") else None

    @cached_property
    def interpreter(self) -> str:
        """Basename of the shebang's interpreter (``env bash`` gives ``bash``), '' without a shebang."""
        if not self.shebang:
            return ""
        parts = self.shebang[2:].split()
        if parts and basename(parts[0]) == "env":
            parts = [p for p in parts[1:] if not p.startswith("-")]
        return basename(parts[0]) if parts else ""

    @property
    def is_posix_sh(self) -> bool:
        return self.interpreter in POSIX_SHELLS

    @cached_property
    def errexit(self) -> bool:
        shebang_e = bool(self.shebang and re.search(r"\s-[a-zA-Z]*e", self.shebang))
        return shebang_e or bool(_SET_E.search(self.text))

    @cached_property
    def function_names(self) -> frozenset[str]:
        names = set()
        for node in self.of_type("function_definition"):
            name = node.child_by_field_name("name")
            if name is not None:
                names.add(self.text_of(name))
        return frozenset(names)

    @cached_property
    def variables(self) -> VariableFacts:
        from engine.lint.variables import variable_facts

        return variable_facts(self)

    @cached_property
    def _last_mention(self) -> dict[str, int]:
        last: dict[str, int] = {}
        for node in self.of_type("variable_name"):
            last[self.text_of(node)] = node.start_byte
        return last

    def variable_read_after(self, name: str, offset: int) -> bool:
        """True when ``name`` appears as a variable anywhere after byte ``offset``."""
        return self._last_mention.get(name, -1) >= offset

    def ancestors(self, node: Node) -> Iterator[Node]:
        current = node.parent
        while current is not None:
            yield current
            current = current.parent

    def inside(self, node: Node, *types: str) -> bool:
        return any(a.type in types for a in self.ancestors(node))

    def statement_of(self, node: Node) -> Node:
        """The outermost node that still starts a statement of the enclosing list."""
        current = node
        while current.parent is not None and current.parent.type in {
            "redirected_statement",
            "pipeline",
            "list",
            "negated_command",
        }:
            current = current.parent
        return current

    def top_level(self) -> list[Node]:
        return [child for child in self.parsed.root.children if child.is_named]

    @cached_property
    def top_level_commands(self) -> list[tuple[Node, list[tuple[Node, str]]]]:
        """Each top-level statement with the commands inside it, in one linear sweep."""
        statements = self.top_level()
        out: list[tuple[Node, list[tuple[Node, str]]]] = [(s, []) for s in statements]
        index = 0
        for node, name in self.commands:  # document order
            while index < len(statements) and statements[index].end_byte <= node.start_byte:
                index += 1
            if index < len(statements) and statements[index].start_byte <= node.start_byte:
                out[index][1].append((node, name))
        return out

    @cached_property
    def has_dynamic_code(self) -> bool:
        """eval, ``declare -n``, ``${!x}``: variable analysis cannot be trusted."""
        if self.commands_named("eval", "source", "."):
            return True
        return "${!" in self.text or bool(re.search(r"(declare|local|typeset)\s+-[a-zA-Z]*n", self.text))
