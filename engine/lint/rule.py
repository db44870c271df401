"""The base class of every rule: a code, a name, a severity, messages, and ``check``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.examples import RuleDoc, parse_doc
from engine.lint.violation import Severity, Violation, rule_url


class Rule:
    """Subclasses set the class attributes and implement :meth:`check`; their docstring is their doc.

    Messages may hold ``{placeholders}`` filled by the keyword arguments of :meth:`hit`.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    message_es: ClassVar[str] = ""
    message_en: ClassVar[str] = ""
    shellcheck: ClassVar[frozenset[str]] = frozenset()  # ShellCheck codes this rule already reports
    # True for whole-script analyses (scopes, definitions, order) that a tree with error nodes would
    # mislead: they are skipped, with a note, when tree-sitter could not parse part of the script.
    structural: ClassVar[bool] = False

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        raise NotImplementedError

    @classmethod
    def doc(cls) -> RuleDoc:
        return parse_doc(cls.__doc__)

    def hit(self, ctx: LintContext, where: Node | tuple[int, int], **fmt: object) -> Violation:
        """A violation of this rule at a node or at a 1-based (line, column)."""
        if isinstance(where, tuple):
            (line, column), end = where, None
        else:
            line, column = ctx.position(where)
            end = (where.end_point[0] + 1, ctx.parsed.char_column(where.end_point[0], where.end_point[1]) + 1)
        return Violation(
            code=self.code,
            name=self.name,
            severity=self.severity,
            path=ctx.path,
            line=line,
            column=column,
            message_es=self.message_es.format(**fmt),
            message_en=self.message_en.format(**fmt),
            url=rule_url(self.code),
            end_line=end[0] if end else None,
            end_column=end[1] if end else None,
        )
