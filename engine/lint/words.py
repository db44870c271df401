"""Static values of shell words: what a word means when it holds no expansion."""

from __future__ import annotations

from tree_sitter import Node

from engine.lint.parsing import ParsedScript

_LITERAL_TYPES = frozenset({"word", "number", "raw_string", "string", "concatenation", "ansi_c_string"})
_DYNAMIC_TYPES = frozenset(
    {"simple_expansion", "expansion", "command_substitution", "process_substitution", "arithmetic_expansion"}
)


def static_value(parsed: ParsedScript, node: Node) -> str | None:
    """The word's value after quote removal, or None when it depends on an expansion."""
    if node.type not in _LITERAL_TYPES and node.type != "command_name":
        return None
    for inner in parsed.walk(node):
        if inner.type in _DYNAMIC_TYPES:
            return None
    return unquote(parsed.node_text(node))


def unquote(text: str) -> str:
    """Remove shell quoting from a literal word (no expansions inside)."""
    out: list[str] = []
    i, n = 0, len(text)
    quote = ""
    while i < n:
        ch = text[i]
        if quote == "'":
            if ch == "'":
                quote = ""
            else:
                out.append(ch)
        elif ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt == "\n":
                i += 2
                continue
            if quote == '"' and nxt not in '"\\$`':
                out.append(ch)
            out.append(nxt)
            i += 1
        elif ch == '"':
            quote = "" if quote == '"' else '"'
        elif ch == "'" and not quote:
            quote = "'"
        elif ch == "$" and not quote and text.startswith("$'", i):
            quote = "'"
            i += 1
        else:
            out.append(ch)
        i += 1
    return "".join(out).strip()


def command_words(parsed: ParsedScript, command: Node) -> list[tuple[Node, str | None]]:
    """Name and arguments of a ``command`` node, each with its static value (None when dynamic)."""
    words: list[tuple[Node, str | None]] = []
    for index, child in enumerate(command.children):
        field = command.field_name_for_child(index)
        if field == "name":
            inner = child.children[0] if child.child_count else child
            words.append((inner, static_value(parsed, inner)))
        elif field == "argument":
            words.append((child, static_value(parsed, child)))
    return words


def command_name(parsed: ParsedScript, command: Node) -> str | None:
    """Literal name of a command node as written (``/usr/bin/awk``), or None."""
    name = command.child_by_field_name("name")
    if name is None:
        return None
    inner = name.children[0] if name.child_count else name
    return static_value(parsed, inner)


def basename(name: str) -> str:
    return name.rstrip("/").rsplit("/", 1)[-1] if "/" in name else name
