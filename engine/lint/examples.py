"""A rule's docstring is its documentation: summary, ``Bad:``, ``Good:`` and ``Rationale:`` blocks.

Examples may spell characters a docstring cannot hold: ``<TAB>``, ``<CR>``, ``<BOM>``, ``<NUL>`` and
``<c*N>`` (the character ``c`` repeated N times); ``<EOF>`` ends the file there, without a final newline.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from dataclasses import dataclass

SECTIONS = ("Bad", "Good", "Rationale")
_HEADER = re.compile(r"^(Bad|Good|Rationale):\s*$")
_REPEAT = re.compile(r"<(.)\*(\d+)>")
_MARKERS = {"<TAB>": "\t", "<CR>": "\r", "<BOM>": "\ufeff", "<NUL>": "\x00"}


@dataclass(frozen=True)
class RuleDoc:
    summary: str
    bad: str
    good: str
    rationale: str

    def to_dict(self) -> dict[str, str]:
        return {"summary": self.summary, "bad": self.bad, "good": self.good, "rationale": self.rationale}


def parse_doc(docstring: str | None) -> RuleDoc:
    """Split a rule docstring into its parts; missing parts are empty strings."""
    lines = inspect.cleandoc(docstring or "").splitlines()
    summary = lines[0].strip() if lines else ""
    parts: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current: str | None = None
    for line in lines[1:]:
        header = _HEADER.match(line)
        if header:
            current = header.group(1)
        elif current is not None:
            parts[current].append(line)
    body = {name: textwrap.dedent("\n".join(parts[name])).strip("\n") for name in SECTIONS}
    rationale = " ".join(body["Rationale"].split())
    return RuleDoc(
        summary,
        body["Bad"] + "\n" if body["Bad"] else "",
        body["Good"] + "\n" if body["Good"] else "",
        rationale,
    )


def materialise(example: str) -> str:
    """The script an example stands for, with markers turned into the characters they name."""
    if "<EOF>" in example:
        example = example[: example.index("<EOF>")]
    text = _REPEAT.sub(lambda m: m.group(1) * int(m.group(2)), example)
    for marker, char in _MARKERS.items():
        text = text.replace(marker, char)
    return text
