"""Rule pages generated from the rules' docstrings: ``python -m engine.lint.docgen [--check] [DIR]``.

Writes ``DIR/rules/SGxxx.md`` (one per rule) and ``DIR/rules/index.md``; ``--check`` writes
nothing and exits 1 when a committed page differs from what the code says.
"""

from __future__ import annotations

import sys
from pathlib import Path

from engine.lint.registry import FAMILIES, RULES, family
from engine.lint.rule import Rule
from engine.lint.violation import SHELLCHECK_WIKI

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "docs" / "lint"
HEADER = "<!-- Generado por `python -m engine.lint.docgen` desde el docstring de la regla: no editar a mano. -->\n"


def _md(text: str) -> str:
    return text.replace("``", "`")


def rule_page(rule: type[Rule]) -> str:
    doc = rule.doc()
    shellcheck = ", ".join(f"[{sc}]({SHELLCHECK_WIKI}{sc})" for sc in sorted(rule.shellcheck)) or "—"
    return (
        f"{HEADER}\n# {rule.code} `{rule.name}`\n\n{_md(doc.summary)}\n\n"
        f"- **Severidad / Severity:** {rule.severity.value}\n"
        f"- **Familia / Family:** {family(rule.code)}\n"
        f"- **Mensaje / Message:** {rule.message_es} / {rule.message_en}\n"
        f"- **Cubre de ShellCheck / Covers ShellCheck:** {shellcheck}\n\n"
        f"## Incorrecto / Bad\n\n```bash\n{doc.bad}```\n\n"
        f"## Correcto / Good\n\n```bash\n{doc.good}```\n\n"
        f"## Por qué / Rationale\n\n{_md(doc.rationale)}\n\n"
        f"Para silenciarla / To silence it: `# shellgrade disable={rule.code}` "
        f"(línea / line) o `# shellgrade disable-file={rule.code}`.\n"
    )


def index_page() -> str:
    lines = [HEADER, "# Reglas de shellgrade / shellgrade rules\n"]
    for digit, title in FAMILIES.items():
        lines.append(f"\n## SG{digit}xx — {title}\n")
        lines.append("| Código | Nombre | Severidad | Resumen |\n|---|---|---|---|")
        for code, rule in RULES.items():
            if code[2] == digit:
                summary = _md(rule.doc().summary).replace("|", "\\|")
                lines.append(f"| [{code}]({code}.md) | `{rule.name}` | {rule.severity.value} | {summary} |")
    lines.append("\nSG001/SG002: restricciones del ejercicio / exercise constraints (see ../constraints.md).")
    lines.append("\nIn examples, `<TAB>`, `<CR>`, `<BOM>`, `<NUL>` stand for those characters,")
    lines.append("`<x*130>` for 130 `x`,")
    lines.append("and `<EOF>` marks a file ending without a final newline.\n")
    return "\n".join(lines)


def expected_pages() -> dict[str, str]:
    pages = {f"rules/{code}.md": rule_page(rule) for code, rule in RULES.items()}
    pages["rules/index.md"] = index_page()
    return pages


def stale_pages(directory: Path = DEFAULT_DIR) -> list[str]:
    """Pages missing, different, or left over from a rule that no longer exists."""
    pages = expected_pages()
    stale = [name for name, text in pages.items() if _read(directory / name) != text]
    rules_dir = directory / "rules"
    if rules_dir.is_dir():
        stale += [f"rules/{p.name}" for p in rules_dir.glob("*.md") if f"rules/{p.name}" not in pages]
    return sorted(stale)


def write_pages(directory: Path = DEFAULT_DIR) -> list[str]:
    written = []
    for name, text in expected_pages().items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if _read(target) != text:
            target.write_text(text, encoding="utf-8")
            written.append(name)
    return written


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    rest = [a for a in args if a != "--check"]
    directory = Path(rest[0]) if rest else DEFAULT_DIR
    if check:
        stale = stale_pages(directory)
        for name in stale:
            print(f"desactualizada / stale: {directory / name}")
        return 1 if stale else 0
    for name in write_pages(directory):
        print(f"escrita / written: {directory / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
