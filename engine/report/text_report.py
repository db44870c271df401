"""The report a person reads in a terminal: one line per test, diffs for failed visible tests."""

from __future__ import annotations

from typing import Any

from engine.result import Report, TestResult

MARKS = {"pass": "✔", "fail": "✘", "timeout": "⏱", "error": "!"}
LABELS: dict[str, dict[str, Any]] = {
    "es": {"score": "Puntaje", "status": {"pass": "APROBADO", "fail": "NO APROBADO", "error": "ERROR"},
           "hidden": "oculta", "hint": "Pista", "backend": "Entorno", "notices": "Sobre el archivo",
           "command": "Comando", "stdin": "Entrada", "stdout": "Tu salida (stdout)",
           "stderr": "Tu salida de error (stderr)", "status_code": "Código de salida", "lint": "Estilo",
           "fix": "Cómo resolverlo"},
    "en": {"score": "Score", "status": {"pass": "PASSED", "fail": "FAILED", "error": "ERROR"},
           "hidden": "hidden", "hint": "Hint", "backend": "Environment", "notices": "About the file",
           "command": "Command", "stdin": "Input", "stdout": "Your stdout", "stderr": "Your stderr",
           "status_code": "Exit status", "lint": "Style", "fix": "How to fix"},
}
MAX_SHOWN = 20


def render(report: Report, *, color: bool = False) -> str:
    lab = LABELS["es" if report.lang == "es" else "en"]
    paint = _painter(color)
    out: list[str] = [paint("bold", f"{report.exercise} · {report.mode}")]
    if report.notices:
        out.append(f"{lab['notices']}:")
        for n in report.notices:
            out.append(f"  {paint('yellow' if n.severity != 'error' else 'red', '•')} {n.message}")
    for warning in report.warnings:
        out.append(paint("yellow", f"⚠ {warning}"))
    if report.error:
        out.append(paint("red", f"! {report.error}"))
        if report.how_to_fix:
            out.append(f"  {lab['fix']}: {report.how_to_fix}")
    for t in report.tests:
        out.extend(_test_lines(t, lab, paint))
    if report.lint:
        out.append(f"{lab['lint']}:")
        for v in report.lint[:MAX_SHOWN]:
            text = v.get("message_es" if report.lang == "es" else "message_en", "")
            out.append(f"  {v.get('line')}:{v.get('column')}: {v.get('severity')}: {text} [{v.get('code')}]")
        if len(report.lint) > MAX_SHOWN:
            out.append(f"  … (+{len(report.lint) - MAX_SHOWN})")
    status = lab["status"].get(report.status, report.status)
    colour = {"pass": "green", "fail": "red"}.get(report.status, "yellow")
    out.append(paint("bold", f"{lab['score']}: {report.score:g}/{report.max_score:g} · ") + paint(colour, status))
    env = report.environment
    if env:
        out.append(paint("dim", f"{lab['backend']}: {report.backend}, bash {env.get('bash', '?')}"
                                f"{', ' + env['image'] if env.get('image') and env['image'] != 'host' else ''}"))
    return "\n".join(out) + "\n"


def _test_lines(t: TestResult, lab: dict, paint) -> list[str]:  # type: ignore[no-untyped-def,type-arg]
    colour = {"pass": "green", "fail": "red"}.get(t.status, "yellow")
    name = t.name if t.visible else f"{t.name} ({lab['hidden']})"
    lines = [f"{paint(colour, MARKS.get(t.status, '?'))} {name} [{t.score:g}/{t.max_score:g}]"]
    if t.status == "pass":
        return lines
    lines.append(f"    {t.message}")
    if t.hint:
        lines.append(f"    {lab['hint']}: {t.hint}")
    if t.observed and (t.visible or t.revealed):
        lines.append(paint("dim", f"    {lab['command']}: {t.observed.command}"))
        if t.observed.stdin:
            lines.append(paint("dim", f"    {lab['stdin']}: {_short(t.observed.stdin)}"))
        if t.observed.exit_status is not None:
            lines.append(paint("dim", f"    {lab['status_code']}: {t.observed.exit_status}"))
        if t.observed.stderr and "stderr" not in t.diff:
            lines.append(paint("dim", f"    {lab['stderr']}: {_short(t.observed.stderr)}"))
    for d in t.diff.splitlines():
        style = "green" if d.startswith("+") and not d.startswith("+++") else \
            "red" if d.startswith("-") and not d.startswith("---") else "dim"
        lines.append("    " + paint(style, safe(d)))
    return lines


_CONTROL = {c: f"\\x{c:02x}" for c in range(32) if c not in (9, 10)} | {127: "\\x7f"}


def safe(text: str) -> str:
    """What a script printed, made harmless for a terminal (no escape sequences reach it)."""
    return text.translate(_CONTROL)


def _short(text: str, limit: int = 300) -> str:
    flat = safe(text).replace("\n", "⏎")
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _painter(color: bool):  # type: ignore[no-untyped-def]
    codes = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33"}

    def paint(style: str, text: str) -> str:
        return f"\033[{codes[style]}m{text}\033[0m" if color else text

    return paint
