"""Questions rules ask about tree-sitter-bash nodes: quoting, expansions, tests, redirects."""

from __future__ import annotations

import re

from tree_sitter import Node

from engine.lint.context import LintContext

EXPANSIONS = frozenset({"simple_expansion", "expansion", "command_substitution"})
QUOTING = frozenset({"string", "raw_string", "ansi_c_string", "translated_string"})
SAFE_SPECIALS = frozenset({"#", "?", "$", "!", "-"})


def is_quoted(ctx: LintContext, node: Node) -> bool:
    """Inside double quotes, or in a place bash never splits (``[[ ]]``, arithmetic, assignments, case)."""
    for ancestor in ctx.ancestors(node):
        if ancestor.type in QUOTING or ancestor.type in {
            "arithmetic_expansion",
            "variable_assignment",
            "case_statement",
            "herestring_redirect",
            "heredoc_body",
            "c_style_for_statement",
            "subscript",
        }:
            return True
        if ancestor.type == "test_command" and ancestor.child_count and ancestor.children[0].type == "[[":
            return True
        if ancestor.type == "compound_statement" and ancestor.child_count and ancestor.children[0].type == "((":
            return True
        if ancestor.type in {"command", "test_command", "for_statement", "file_redirect"}:
            return False
    return False


def expansion_name(ctx: LintContext, node: Node) -> str | None:
    """The variable an expansion reads (``$x``, ``${x:-y}``, ``${A[@]}`` give x, x, A)."""
    for child in node.children:
        if child.type in {"variable_name", "special_variable_name"}:
            return ctx.text_of(child)
        if child.type == "subscript":
            name = child.child_by_field_name("name")
            return ctx.text_of(name) if name is not None else None
    return None


def is_single_bracket_test(node: Node) -> bool:
    return node.type == "test_command" and bool(node.child_count) and node.children[0].type == "["


def test_nodes(ctx: LintContext) -> list[Node]:
    """``[ ... ]`` tests and ``test ...`` commands."""
    tests = [n for n in ctx.of_type("test_command") if is_single_bracket_test(n)]
    return tests + ctx.commands_named("test")


def redirects(statement: Node) -> list[Node]:
    """The redirect nodes of a ``redirected_statement`` (empty for anything else)."""
    if statement.type != "redirected_statement":
        return []
    return [c for i, c in enumerate(statement.children) if statement.field_name_for_child(i) == "redirect"]


def to_stderr(ctx: LintContext, command: Node) -> bool:
    """True when the command's stdout goes to stderr (``>&2``, ``1>&2``, ``>/dev/stderr``)."""
    parent = command.parent
    inner = [c for c in command.children if c.type == "file_redirect"]
    for redirect in inner + (redirects(parent) if parent is not None else []):
        descriptor = redirect.child_by_field_name("descriptor")
        destination = redirect.child_by_field_name("destination")  # the first one: words may follow it
        if destination is None or (descriptor is not None and ctx.text_of(descriptor) != "1"):
            continue
        operator = next((c.type for c in redirect.children if not c.is_named), "")
        target = ctx.text_of(destination)
        if (operator == ">&" and target == "2") or target == "/dev/stderr":
            return True
    return False


def backgrounded(node: Node) -> bool:
    """True when the statement holding ``node`` ends with ``&``."""
    current: Node | None = node
    while current is not None:
        sibling = current.next_sibling
        if sibling is not None and sibling.type == "&":
            return True
        if current.parent is None or current.parent.type not in {"redirected_statement", "pipeline", "list"}:
            return False
        current = current.parent
    return False


def literal_int(value: str | None) -> int | None:
    if value is None or not re.fullmatch(r"[+-]?\d+", value):
        return None
    return int(value)


def inside_function(ctx: LintContext, node: Node) -> bool:
    return ctx.inside(node, "function_definition")
