"""Where a script uses each named construct an exercise can require or forbid.

Each detector takes the parsed script and yields the nodes where the construct appears.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tree_sitter import Node

from engine.lint.parsing import ParsedScript
from engine.lint.words import command_name, command_words

Detector = Callable[[ParsedScript], Iterator[Node]]
_DECLARE = frozenset({"declare", "local", "typeset", "readonly", "export"})


def _of_type(*types: str) -> Detector:
    def detect(parsed: ParsedScript) -> Iterator[Node]:
        return (node for node in parsed.walk() if node.type in types)

    return detect


def _commands(*names: str) -> Detector:
    def detect(parsed: ParsedScript) -> Iterator[Node]:
        return (n for n in parsed.walk() if n.type == "command" and command_name(parsed, n) in names)

    return detect


def declare_flags(parsed: ParsedScript, node: Node) -> str:
    """The option letters of a declaration (``declare -gA x`` gives ``gA``)."""
    flags = ""
    for child in node.children:
        text = parsed.node_text(child)
        if child.type == "word" and text.startswith("-"):
            flags += text[1:]
    return flags


def _declarations(parsed: ParsedScript) -> Iterator[tuple[Node, str]]:
    for node in parsed.walk():
        if node.type == "declaration_command" and node.child_count and node.children[0].type in _DECLARE:
            yield node, declare_flags(parsed, node)


def associative_names(parsed: ParsedScript) -> set[str]:
    names: set[str] = set()
    for node, flags in _declarations(parsed):
        if "A" in flags:
            for child in node.children:
                target = child.child_by_field_name("name") if child.type == "variable_assignment" else child
                if target is not None and target.type == "variable_name":
                    names.add(parsed.node_text(target))
    return names


def associative_array(parsed: ParsedScript) -> Iterator[Node]:
    return (node for node, flags in _declarations(parsed) if "A" in flags)


def indexed_array(parsed: ParsedScript) -> Iterator[Node]:
    assoc = associative_names(parsed)
    for node in parsed.walk():
        if node.type == "declaration_command" and "a" in declare_flags(parsed, node):
            yield node
        elif node.type == "variable_assignment":
            name = node.child_by_field_name("name")
            value = node.child_by_field_name("value")
            base = name.child_by_field_name("name") if name is not None and name.type == "subscript" else name
            if base is None or parsed.node_text(base) in assoc:
                continue
            if (value is not None and value.type == "array") or (name is not None and name.type == "subscript"):
                yield node
        elif node.type == "command" and _fills_array(parsed, node):
            yield node


def _fills_array(parsed: ParsedScript, node: Node) -> bool:
    name = command_name(parsed, node)
    return name in {"mapfile", "readarray"} or (name == "read" and _has_flag(parsed, node, "a"))


def _has_flag(parsed: ParsedScript, node: Node, letter: str) -> bool:
    return any(v and v.startswith("-") and letter in v for _, v in command_words(parsed, node)[1:])


def trap_with_handler(parsed: ParsedScript) -> Iterator[Node]:
    """``trap ACTION SIGNAL...`` with a non-empty action (not ``trap -p``, ``trap - INT``, ``trap '' X``)."""
    for node in _commands("trap")(parsed):
        args = [value for _, value in command_words(parsed, node)[1:]]
        if args and args[0] == "--":
            args = args[1:]
        if len(args) < 2:
            continue
        action = args[0]
        if action is None or (action != "" and not action.startswith("-")):
            yield node  # a dynamic action (trap "$handler" EXIT) counts


def arithmetic(parsed: ParsedScript) -> Iterator[Node]:
    for node in parsed.walk():
        if (
            node.type in {"arithmetic_expansion", "c_style_for_statement"}
            or node.type == "compound_statement"
            and node.child_count
            and node.children[0].type == "(("
        ):
            yield node


def while_read(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("while_statement")(parsed):
        condition = [c for i, c in enumerate(node.children) if node.field_name_for_child(i) == "condition"]
        for part in condition:
            if any(n.type == "command" and command_name(parsed, n) == "read" for n in parsed.walk(part)):
                yield node
                break


def _loop(keyword: str) -> Detector:
    def detect(parsed: ParsedScript) -> Iterator[Node]:
        for node in _of_type("while_statement", "for_statement")(parsed):
            if node.child_count and node.children[0].type == keyword:
                yield node

    return detect


def for_loop(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("for_statement", "c_style_for_statement")(parsed):
        if node.child_count and node.children[0].type == "for":
            yield node


def here_doc(parsed: ParsedScript) -> Iterator[Node]:
    return _of_type("heredoc_redirect")(parsed)


def backticks(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("command_substitution")(parsed):
        if node.child_count and node.children[0].type == "`":
            yield node


def regex_match(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("binary_expression")(parsed):
        if any(c.type == "=~" for c in node.children):
            yield node


def double_bracket(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("test_command")(parsed):
        if node.child_count and node.children[0].type == "[[":
            yield node


def local_declaration(parsed: ParsedScript) -> Iterator[Node]:
    for node in _of_type("declaration_command")(parsed):
        if node.child_count and node.children[0].type == "local":
            yield node


CONSTRUCTS: dict[str, Detector] = {
    "trap": trap_with_handler,
    "associative-array": associative_array,
    "array": indexed_array,
    "function": _of_type("function_definition"),
    "case": _of_type("case_statement"),
    "if": _of_type("if_statement"),
    "arithmetic": arithmetic,
    "while-read": while_read,
    "here-doc": here_doc,
    "here-string": _of_type("herestring_redirect"),
    "for-loop": for_loop,
    "c-for-loop": _of_type("c_style_for_statement"),
    "while-loop": _loop("while"),
    "until-loop": _loop("until"),
    "select": _loop("select"),
    "command-substitution": _of_type("command_substitution"),
    "process-substitution": _of_type("process_substitution"),
    "backticks": backticks,
    "pipeline": _of_type("pipeline"),
    "subshell": _of_type("subshell"),
    "double-bracket": double_bracket,
    "regex-match": regex_match,
    "local": local_declaration,
}
