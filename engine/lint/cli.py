"""``shellgrade lint``: lint scripts, print findings in one format, exit 0/1/2.

Exit status: 0 when no finding reaches ``--fail-on``, 1 otherwise, 2 on bad input (a missing
file, a directory, a binary file); the other files are still linted and reported.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from engine.lint.linter import lint_source
from engine.lint.reporters import FORMATS, renderer
from engine.lint.reporters.text import use_color
from engine.lint.result import LintResult
from engine.lint.violation import Severity
from engine.submission import is_binary


def read_script(name: str) -> tuple[bytes | None, str | None]:
    """The script's bytes, or an error message (Spanish / English) for bad input."""
    if name == "-":
        return sys.stdin.buffer.read(), None
    path = Path(name)
    if not path.exists():
        return None, f"{name}: no existe / does not exist"
    if path.is_dir():
        return None, f"{name}: es un directorio / is a directory"
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"{name}: no se puede leer / cannot be read ({exc.strerror})"
    if is_binary(data):  # the same test `check` and `grade` apply
        return None, f"{name}: es un archivo binario, no un script / is a binary file, not a script"
    return data, None


@click.command("lint")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Formato de salida / output format.",
)
@click.option(
    "--lang",
    type=click.Choice(["es", "en"]),
    default="es",
    show_default=True,
    help="Idioma de los mensajes / message language.",
)
@click.option(
    "--fail-on",
    type=click.Choice([s.value for s in Severity]),
    default="warning",
    show_default=True,
    help="Severidad mínima que hace fallar (exit 1) / lowest severity that fails.",
)
@click.option("--no-shellcheck", is_flag=True, help="No ejecutar ShellCheck / do not run ShellCheck.")
@click.argument("scripts", nargs=-1, required=True)
def lint_command(fmt: str, lang: str, fail_on: str, no_shellcheck: bool, scripts: tuple[str, ...]) -> None:
    """Analiza scripts de bash / lint bash scripts (SCRIPT may be - for stdin)."""
    results: list[LintResult] = []
    bad_input = False
    for name in scripts:
        data, error = read_script(name)
        if error is not None or data is None:
            click.echo(f"shellgrade lint: {error}", err=True)
            bad_input = True
            continue
        results.append(lint_source(data, "<stdin>" if name == "-" else name, shellcheck=not no_shellcheck))
    color = fmt == "text" and use_color(sys.stdout)
    output = renderer(fmt)(results, lang, color)
    if output:
        click.echo(output, nl=False)
    if bad_input:
        sys.exit(2)
    threshold = Severity(fail_on)
    sys.exit(1 if any(r.fails(threshold) for r in results) else 0)
