"""The result of linting one script."""

from __future__ import annotations

from dataclasses import dataclass

from engine.lint.constraints import ConstraintFinding
from engine.lint.parsing import ParseError
from engine.lint.violation import Severity, Violation

CONSTRAINT_CODES = {"forbidden": ("SG001", "forbidden-construct"), "missing": ("SG002", "missing-construct")}


@dataclass(frozen=True)
class LintResult:
    """Violations sorted by position, syntax status, constraint findings and notes about the run.

    ``notes`` tell what could not be done (ShellCheck absent or timed out, a rule that failed);
    they are never the student's fault.
    """

    path: str
    violations: tuple[Violation, ...]
    syntax_ok: bool
    parse_errors: tuple[ParseError, ...] = ()
    constraints: tuple[ConstraintFinding, ...] = ()
    notes: tuple[str, ...] = ()
    shellcheck_ran: bool = False
    lines: int = 0

    def at_or_above(self, severity: Severity) -> tuple[Violation, ...]:
        """Lint violations (not constraint findings) at ``severity`` or more serious."""
        return tuple(v for v in self.violations if v.severity.at_least(severity))

    def constraint_violations(self) -> tuple[Violation, ...]:
        """Constraint findings shaped as violations (SG001 forbidden, SG002 missing; error; line >= 1)."""
        out = []
        for f in self.constraints:
            code, name = CONSTRAINT_CODES[f.kind]
            out.append(
                Violation(
                    code,
                    name,
                    Severity.ERROR,
                    self.path,
                    max(f.line, 1),
                    max(f.column, 1),
                    f.message_es,
                    f.message_en,
                    url="docs/lint/constraints.md",
                )
            )
        return tuple(out)

    def findings(self) -> tuple[Violation, ...]:
        """Violations and constraint findings together, sorted: what reporters print."""
        return tuple(sorted(self.violations + self.constraint_violations(), key=lambda v: v.sort_key))

    def fails(self, fail_on: Severity) -> bool:
        """True when a finding reaches ``fail_on`` (constraint findings always fail)."""
        return bool(self.at_or_above(fail_on)) or bool(self.constraints) or not self.syntax_ok

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for violation in self.violations:
            out[violation.severity.value] += 1
        return out

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "syntax_ok": self.syntax_ok,
            "lines": self.lines,
            "violations": [v.to_dict() for v in self.violations],
            "parse_errors": [e.to_dict() for e in self.parse_errors],
            "constraints": [c.to_dict() for c in self.constraints],
            "notes": list(self.notes),
            "shellcheck_ran": self.shellcheck_ran,
            "counts": self.counts(),
        }
