"""Which variables a script assigns and which it reads, with the first place of each.

Lenient on purpose: any identifier inside arithmetic or a ``let`` counts as both read and
assigned, so the unset/unused rules only speak when they are sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.words import basename, command_name

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
READ_WITH_VALUE = frozenset("dinNptu")
ARITHMETIC = frozenset({"arithmetic_expansion", "c_style_for_statement", "subscript"})


@dataclass
class VariableFacts:
    assigned: dict[str, Node] = field(default_factory=dict)
    used: dict[str, Node] = field(default_factory=dict)
    loose: set[str] = field(default_factory=set)  # names seen in arithmetic, let, export, unset...

    def assign(self, name: str, node: Node) -> None:
        self.assigned.setdefault(name, node)

    def use(self, name: str, node: Node) -> None:
        self.used.setdefault(name, node)


def variable_facts(ctx: LintContext) -> VariableFacts:
    facts = VariableFacts()
    for node in ctx.all_nodes:
        kind = node.type
        if kind == "variable_assignment":
            _assignment(ctx, node, facts)
        elif kind in {"simple_expansion", "expansion"}:
            _expansion(ctx, node, facts)
        elif kind == "for_statement":
            variable = node.child_by_field_name("variable")
            if variable is not None:
                facts.assign(ctx.text_of(variable), variable)
        elif kind == "declaration_command":
            exported = node.children[0].type in {"export", "readonly"}
            for child in node.children:
                target = child.child_by_field_name("name") if child.type == "variable_assignment" else child
                if target is not None and target.type == "variable_name":
                    facts.assign(ctx.text_of(target), target)
                    if exported:
                        facts.loose.add(ctx.text_of(target))
        elif kind == "command":
            _command(ctx, node, facts)
        elif kind in {"variable_name", "word"} and _in_arithmetic(ctx, node):
            for name in _IDENT.findall(ctx.text_of(node)):
                facts.loose.add(name)
    return facts


def _in_arithmetic(ctx: LintContext, node: Node) -> bool:
    for ancestor in ctx.ancestors(node):
        if ancestor.type in ARITHMETIC:
            return True
        if ancestor.type == "compound_statement":
            return bool(ancestor.child_count) and ancestor.children[0].type == "(("
        if ancestor.type in {"command", "program", "do_group"}:
            return False
    return False


def _assignment(ctx: LintContext, node: Node, facts: VariableFacts) -> None:
    name = node.child_by_field_name("name")
    if name is not None and name.type == "subscript":
        name = name.child_by_field_name("name")
    if name is not None:
        facts.assign(ctx.text_of(name), name)
        if any(c.type == "+=" for c in node.children):
            facts.use(ctx.text_of(name), name)


def _expansion(ctx: LintContext, node: Node, facts: VariableFacts) -> None:
    text = ctx.text_of(node)
    for child in node.children:
        if child.type == "variable_name":
            facts.use(ctx.text_of(child), child)
            if re.search(r":?=", text) and text.startswith("${"):
                facts.assign(ctx.text_of(child), child)
        elif child.type == "subscript":
            base = child.child_by_field_name("name")
            if base is not None:
                facts.use(ctx.text_of(base), base)
    if text.startswith("${!"):
        facts.loose.update(_IDENT.findall(text))


def _command(ctx: LintContext, node: Node, facts: VariableFacts) -> None:
    name = basename(command_name(ctx.parsed, node) or "")
    args = ctx.args(node)
    values = [v for _, v in args]
    if name == "read":
        _read_targets(args, facts)
    elif name in {"mapfile", "readarray"} and args and values[-1] and _IDENT.fullmatch(values[-1] or ""):
        facts.assign(str(values[-1]), args[-1][0])
    elif name == "getopts" and len(args) >= 2 and values[1]:
        facts.assign(str(values[1]), args[1][0])
    elif name == "printf" and "-v" in values and values.index("-v") + 1 < len(values):
        target = values[values.index("-v") + 1]
        if target:
            facts.assign(target.split("[")[0], args[values.index("-v") + 1][0])
    elif name in {"let", "export", "unset", "readonly", "declare", "local", "typeset", "test", "[["}:
        for value in values:
            facts.loose.update(_IDENT.findall(value or ""))
    elif name == "trap" and values and values[0]:
        facts.loose.update(re.findall(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)", values[0]))
    elif name == "select" or name == "eval":
        for value in values:
            facts.loose.update(_IDENT.findall(value or ""))


def _read_targets(args: list[tuple[Node, str | None]], facts: VariableFacts) -> None:
    index = 0
    while index < len(args):
        node, value = args[index]
        index += 1
        if value is None:
            continue
        if value.startswith("-") and len(value) > 1:
            last = value[-1]
            if last == "a" and index < len(args) and args[index][1]:
                facts.assign(str(args[index][1]), args[index][0])
            if last in READ_WITH_VALUE or last == "a":
                index += 1
            continue
        if _IDENT.fullmatch(value):
            facts.assign(value, node)
