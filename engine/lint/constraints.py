"""Exercise constraints: constructs and commands a solution must use or must not use.

``check_constraints(source, require=["trap", "associative-array"], forbid=["awk", "eval"])`` returns
one finding per missing requirement (line 0, column 0: it concerns the whole file) and one per
forbidden use, at the place of the use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from engine.lint.commands import CommandUse, iter_command_uses
from engine.lint.constructs import CONSTRUCTS
from engine.lint.parsing import ParsedScript, parse

# ``eval`` is a construct name the spec may use, found like a command (through every prefix).
COMMAND_CONSTRUCTS = frozenset({"eval"})
KNOWN_CONSTRUCTS: frozenset[str] = frozenset(CONSTRUCTS) | COMMAND_CONSTRUCTS

CONSTRUCT_LABELS_ES: dict[str, str] = {
    "trap": "un trap con manejador",
    "associative-array": "un arreglo asociativo (declare -A)",
    "array": "un arreglo indexado",
    "function": "una función",
    "case": "una sentencia case",
    "if": "una sentencia if",
    "arithmetic": "aritmética (( )) o $(( ))",
    "while-read": "un lazo while read",
    "here-doc": "un here-document",
    "here-string": "un here-string (<<<)",
    "eval": "eval",
    "for-loop": "un lazo for",
    "c-for-loop": "un lazo for (( ; ; ))",
    "while-loop": "un lazo while",
    "until-loop": "un lazo until",
    "select": "un menú select",
    "command-substitution": "una sustitución $( )",
    "process-substitution": "una sustitución de procesos <( )",
    "backticks": "comillas invertidas `...`",
    "pipeline": "una tubería |",
    "subshell": "un subshell ( )",
    "double-bracket": "una prueba [[ ]]",
    "regex-match": "una comparación con =~",
    "local": "una variable local",
}
CONSTRUCT_LABELS_EN: dict[str, str] = {
    "trap": "a trap with a handler",
    "associative-array": "an associative array (declare -A)",
    "array": "an indexed array",
    "function": "a function",
    "case": "a case statement",
    "if": "an if statement",
    "arithmetic": "arithmetic (( )) or $(( ))",
    "while-read": "a while read loop",
    "here-doc": "a here-document",
    "here-string": "a here-string (<<<)",
    "eval": "eval",
    "for-loop": "a for loop",
    "c-for-loop": "a for (( ; ; )) loop",
    "while-loop": "a while loop",
    "until-loop": "an until loop",
    "select": "a select menu",
    "command-substitution": "a $( ) substitution",
    "process-substitution": "a <( ) process substitution",
    "backticks": "backticks `...`",
    "pipeline": "a pipeline |",
    "subshell": "a ( ) subshell",
    "double-bracket": "a [[ ]] test",
    "regex-match": "a =~ match",
    "local": "a local variable",
}
# Other names of the same tool: forbidding the key forbids them too.
EQUIVALENTS: dict[str, frozenset[str]] = {
    "awk": frozenset({"gawk", "mawk", "nawk", "original-awk", "busybox-awk"}),
    "grep": frozenset({"egrep", "fgrep", "rgrep"}),
    "sed": frozenset({"gsed"}),
    "python": frozenset({"python2", "python3", "pypy", "pypy3"}),
    "perl": frozenset({"perl5"}),
    "sh": frozenset({"dash", "ash"}),
}


@dataclass(frozen=True)
class ConstraintFinding:
    """A broken constraint. ``line``/``column`` are 1-based, or 0 for a missing requirement."""

    kind: str  # "missing" | "forbidden"
    name: str
    line: int
    column: int
    message_es: str
    message_en: str

    def message(self, lang: str = "es") -> str:
        return self.message_en if lang == "en" else self.message_es

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": self.name,
            "line": self.line,
            "column": self.column,
            "message_es": self.message_es,
            "message_en": self.message_en,
        }


def command_matches(forbidden: str, used: str) -> bool:
    """``awk`` matches gawk/mawk; ``python`` matches python3 and python3.11; exact otherwise."""
    if used == forbidden or used in EQUIVALENTS.get(forbidden, ()):
        return True
    return re.fullmatch(re.escape(forbidden) + r"[0-9][0-9.]*", used) is not None


def check_constraints(source: str | bytes, require: Sequence[str], forbid: Sequence[str]) -> list[ConstraintFinding]:
    """Findings for required names never used and forbidden names used; never raises."""
    try:
        return _check(parse(source), list(require), list(forbid))
    except Exception as exc:  # noqa: BLE001 - a constraint check must never crash the grader
        return [
            ConstraintFinding(
                "missing",
                name,
                0,
                0,
                f"No se pudo analizar el script ({type(exc).__name__}).",
                f"The script could not be analysed ({type(exc).__name__}).",
            )
            for name in require
        ]


def check_parsed(parsed: ParsedScript, require: Sequence[str], forbid: Sequence[str]) -> list[ConstraintFinding]:
    return _check(parsed, list(require), list(forbid))


def _check(parsed: ParsedScript, require: list[str], forbid: list[str]) -> list[ConstraintFinding]:
    uses = list(iter_command_uses(parsed)) if any(n not in CONSTRUCTS for n in require + forbid) else []
    findings: list[ConstraintFinding] = []
    for name in dict.fromkeys(require):
        if not _locations(parsed, name, uses):
            findings.append(_missing(name))
    for name in dict.fromkeys(forbid):
        for line, column, written in _locations(parsed, name, uses):
            findings.append(_forbidden(name, line, column, written))
    return sorted(findings, key=lambda f: (f.line, f.column, f.kind, f.name))


def _locations(parsed: ParsedScript, name: str, uses: list[CommandUse]) -> list[tuple[int, int, str]]:
    if name in CONSTRUCTS:
        return [(*parsed.position(node), name) for node in CONSTRUCTS[name](parsed)]
    seen: dict[tuple[int, int], str] = {}
    for use in uses:
        if command_matches(name, use.name):
            seen.setdefault((use.line, use.column), use.written)
    return [(line, col, written) for (line, col), written in seen.items()]


def _missing(name: str) -> ConstraintFinding:
    if name in KNOWN_CONSTRUCTS:
        es, en = CONSTRUCT_LABELS_ES.get(name, name), CONSTRUCT_LABELS_EN.get(name, name)
        return ConstraintFinding(
            "missing",
            name,
            0,
            0,
            f"El ejercicio pide usar {es}; el script no lo usa.",
            f"The exercise requires {en}; the script does not use it.",
        )
    return ConstraintFinding(
        "missing",
        name,
        0,
        0,
        f"El ejercicio pide usar el comando `{name}`; el script no lo usa.",
        f"The exercise requires the command `{name}`; the script does not use it.",
    )


def _forbidden(name: str, line: int, column: int, written: str) -> ConstraintFinding:
    if name in KNOWN_CONSTRUCTS:
        es, en = CONSTRUCT_LABELS_ES.get(name, name), CONSTRUCT_LABELS_EN.get(name, name)
        return ConstraintFinding(
            "forbidden",
            name,
            line,
            column,
            f"El ejercicio no permite usar {es}.",
            f"The exercise does not allow {en}.",
        )
    shown = f"`{written}`" if written == name else f"`{written}` ({name})"
    return ConstraintFinding(
        "forbidden",
        name,
        line,
        column,
        f"El ejercicio no permite usar el comando {shown}.",
        f"The exercise does not allow the command {shown}.",
    )
