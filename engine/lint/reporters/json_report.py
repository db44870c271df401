"""JSON: one object with a format version and every result's ``to_dict()``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from engine.lint.result import LintResult

FORMAT_VERSION = 1


def render(results: Sequence[LintResult], lang: str = "es", color: bool = False) -> str:
    payload = {
        "version": FORMAT_VERSION,
        "tool": "shellgrade",
        "lang": lang,
        "results": [{**r.to_dict(), "messages": [v.message(lang) for v in r.violations]} for r in results],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
