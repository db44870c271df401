"""The versioned JSON report (docs/report-format.md)."""

from __future__ import annotations

import json

from engine.result import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
