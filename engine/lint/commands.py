"""Every command a script runs, seen through wrappers, nested shells, aliases and simple variables.

``sudo -u x env A=1 timeout 5 /usr/bin/gawk ...`` yields ``sudo``, ``env``, ``timeout`` and ``gawk``;
``bash -c 'awk 1'``, ``eval "sed q"``, ``alias a=awk``, ``trap 'perl -e 1' EXIT`` and
``find . -exec grep x {} +`` are parsed again and their commands yielded too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from engine.lint.parsing import ParsedScript, parse
from engine.lint.words import basename, command_words, static_value

MAX_NESTING = 3
SHELLS = frozenset({"bash", "sh", "dash", "zsh", "ksh", "mksh", "ash", "rbash"})
NOT_A_USE = frozenset({"-v", "-V"})  # ``command -v awk`` only asks whether awk exists


@dataclass(frozen=True)
class Wrapper:
    """A command that runs another one: options taking a value, and positionals before the command."""

    with_value: frozenset[str] = frozenset()
    positionals: int = 0
    assignments: bool = False


WRAPPERS: dict[str, Wrapper] = {
    "command": Wrapper(),
    "builtin": Wrapper(),
    "exec": Wrapper(frozenset({"-a"})),
    "env": Wrapper(frozenset({"-u", "-C", "--unset", "--chdir"}), assignments=True),
    "xargs": Wrapper(
        frozenset(
            {
                "-I",
                "-L",
                "-n",
                "-P",
                "-s",
                "-d",
                "-E",
                "-a",
                "--arg-file",
                "--delimiter",
                "--max-args",
                "--max-procs",
                "--max-lines",
                "--max-chars",
                "--replace",
            }
        )
    ),
    "sudo": Wrapper(
        frozenset({"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user", "--group"}),
        assignments=True,
    ),
    "doas": Wrapper(frozenset({"-u", "-C"})),
    "nohup": Wrapper(),
    "time": Wrapper(frozenset({"-f", "-o", "--format", "--output"})),
    "nice": Wrapper(frozenset({"-n", "--adjustment"})),
    "timeout": Wrapper(frozenset({"-s", "-k", "--signal", "--kill-after"}), positionals=1),
    "stdbuf": Wrapper(frozenset({"-i", "-o", "-e"})),
    "setsid": Wrapper(),
    "ionice": Wrapper(frozenset({"-c", "-n", "-p", "-P", "-u"})),
    "chronic": Wrapper(),
    "unbuffer": Wrapper(),
    "busybox": Wrapper(),
    "flock": Wrapper(frozenset({"-w", "-E", "-c", "--timeout", "--conflict-exit-code"}), positionals=1),
}


@dataclass(frozen=True)
class Word:
    """A word of a command line: its static value (None if dynamic) and its 1-based position."""

    value: str | None
    line: int
    column: int


@dataclass(frozen=True)
class CommandUse:
    """One command run by the script: normalised name, where it is, and what it was reached through."""

    name: str
    written: str
    line: int
    column: int
    via: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "written": self.written,
            "line": self.line,
            "column": self.column,
            "via": list(self.via),
        }


def iter_command_uses(parsed: ParsedScript) -> Iterator[CommandUse]:
    """All command uses in document order, through every layer this module understands."""
    yield from _uses(parsed, 0, 0, (), 0)


def _uses(parsed: ParsedScript, line_off: int, col_off: int, via: tuple[str, ...], depth: int) -> Iterator[CommandUse]:
    variables = _literal_assignments(parsed)
    for node in parsed.walk():
        if node.type == "command":
            yield from _command(parsed, node, variables, line_off, col_off, via, depth)


def _literal_assignments(parsed: ParsedScript) -> dict[str, set[str]]:
    values: dict[str, set[str]] = {}
    for node in parsed.walk():
        if node.type == "variable_assignment":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None and name.type == "variable_name":
                lookup = _LOOKUP.match(parsed.node_text(value))
                literal = lookup.group(1) if lookup else static_value(parsed, value)
                if literal:
                    values.setdefault(parsed.node_text(name), set()).add(literal.split()[0])
    return values


def _command(
    parsed: ParsedScript,
    node: Node,
    variables: dict[str, set[str]],
    line_off: int,
    col_off: int,
    via: tuple[str, ...],
    depth: int,
) -> Iterator[CommandUse]:
    words: list[Word] = []
    for child, value in command_words(parsed, node):
        line, column = parsed.position(child)
        if line == 1:
            column += col_off
        words.append(Word(value, line + line_off, column))
    if words and words[0].value is None:
        first = words[0]
        words[0] = Word(
            _resolve_variable(parsed, command_words(parsed, node)[0][0], variables), first.line, first.column
        )
    yield from _chain(words, via, depth)


_LOOKUP = re.compile(r"^[\"']?(?:\$\(|`)\s*(?:which|command\s+-v|type\s+-[pP])\s+([\w./+-]+)\s*(?:\)|`)[\"']?$")


def _resolve_variable(parsed: ParsedScript, node: Node, variables: dict[str, set[str]]) -> str | None:
    """``$AWK`` with one literal value, or ``$(command -v awk)`` / ``$(which awk)``."""
    lookup = _LOOKUP.match(parsed.node_text(node))
    if lookup:
        return lookup.group(1)
    if node.type == "string" and len(node.named_children) == 1:
        node = node.named_children[0]  # "$AWK"
    if node.type not in {"simple_expansion", "expansion"}:
        return None
    names = [parsed.node_text(c) for c in node.children if c.type == "variable_name"]
    if len(names) == 1 and len(variables.get(names[0], ())) == 1:
        return next(iter(variables[names[0]]))
    return None


def _chain(words: list[Word], via: tuple[str, ...], depth: int) -> Iterator[CommandUse]:
    """Walk ``wrapper [options] wrapper ... command args`` yielding each command name met."""
    index = 0
    while index < len(words):
        word = words[index]
        if not word.value:
            return
        name = basename(word.value)
        yield CommandUse(name, word.value, word.line, word.column, via)
        rest = words[index + 1 :]
        if depth < MAX_NESTING:
            yield from _nested(name, rest, via + (name,), depth)
        wrapper = WRAPPERS.get(name)
        if wrapper is None or (name == "command" and rest and rest[0].value in NOT_A_USE):
            return
        skipped = _skip_wrapper_options(wrapper, [w.value for w in rest])
        if skipped is None:
            return
        via = via + (name,)
        index += 1 + skipped


def _skip_wrapper_options(wrapper: Wrapper, rest: list[str | None]) -> int | None:
    """How many words after the wrapper come before the wrapped command (None: no command)."""
    i, positionals = 0, wrapper.positionals
    while i < len(rest):
        word = rest[i]
        if word is None:
            return None
        if word == "--":
            i += 1
            break
        if word.startswith("-") and len(word) > 1:
            key = word.split("=", 1)[0]
            i += 2 if key in wrapper.with_value and "=" not in word else 1
            continue
        if wrapper.assignments and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word):
            i += 1
            continue
        if positionals:
            positionals -= 1
            i += 1
            continue
        break
    return i if i < len(rest) else None


def _nested(name: str, rest: list[Word], via: tuple[str, ...], depth: int) -> Iterator[CommandUse]:
    """Commands inside strings that another command runs as shell code."""
    for code_word in _nested_code(name, rest):
        if code_word.value:
            # +1 skips the opening quote of the string holding the code
            yield from _uses(parse(code_word.value), code_word.line - 1, code_word.column, via, depth + 1)
    if name == "find":
        for i, word in enumerate(rest[:-1]):
            if word.value in {"-exec", "-execdir", "-ok", "-okdir"}:
                yield from _chain(rest[i + 1 :], via, depth + 1)


def _nested_code(name: str, rest: list[Word]) -> list[Word]:
    literal = [w for w in rest if w.value is not None]
    if name in SHELLS:
        for i, word in enumerate(rest[:-1]):
            if word.value is not None and re.match(r"^-[a-zA-Z]*c[a-zA-Z]*$", word.value):
                return [rest[i + 1]]
        return []
    if name == "eval":
        return [Word(" ".join(str(w.value) for w in literal), literal[0].line, literal[0].column)] if literal else []
    if name == "trap":
        return literal[:1] if literal and not str(literal[0].value).startswith("-") else []
    if name == "alias":
        return [Word(str(w.value).split("=", 1)[1], w.line, w.column) for w in literal if "=" in str(w.value)]
    if name in {"su", "runuser", "watch", "flock"}:
        for i, word in enumerate(rest[:-1]):
            if word.value in {"-c", "--command"}:
                return [rest[i + 1]]
    return []
