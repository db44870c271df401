"""The `shellgrade` command line. Errors reach the user as messages and exit statuses, never tracebacks.

Exit status: 0 all passed, 1 the submission failed, 2 bad input, 3 engine or sandbox error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from engine import __version__
from engine.catalog import exercise_ids, exercises_dir, load
from engine.grader import GradeOptions, grade
from engine.report import json_report, junit_report, text_report
from engine.result import Report
from engine.sandbox.base import SandboxError
from engine.sandbox.docker_backend import DEFAULT_IMAGE
from engine.sandbox.select import BACKENDS, choose
from engine.spec.yamlcheck import SpecError
from engine.submission import BadInput, read_submission

EXIT_PASS, EXIT_FAIL, EXIT_BAD_INPUT, EXIT_ENGINE = 0, 1, 2, 3

lang_option = click.option("--lang", type=click.Choice(["es", "en"]), default=lambda: _default_lang(),
                           show_default="es, or en when LANG is English", help="Language of messages.")
exercises_option = click.option("--exercises", "exercises", metavar="DIR", default=None,
                                help="Exercises folder (default: ./exercises, $SHELLGRADE_EXERCISES, "
                                     "or the one shipped with shellgrade).")
backend_option = click.option("--backend", type=click.Choice(BACKENDS), default="auto", show_default=True,
                              help="Where tests run: Docker if reachable (auto), Docker only, or local "
                                   "(bubblewrap, else plain processes).")
image_option = click.option("--image", default=DEFAULT_IMAGE, show_default=True, help="Docker runner image.")
format_option = click.option("--format", "fmt", type=click.Choice(["text", "json", "junit"]), default="text",
                             show_default=True, help="Report format.")


def _default_lang() -> str:
    return "en" if os.environ.get("LANG", "").startswith("en") else "es"


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="shellgrade")
def main() -> None:
    """shellgrade: bash exercises, an autograder and a linter for a system administration course.

    \b
    Students:     shellgrade show head-tail ; shellgrade check head-tail head-tail.sh
    Autograders:  shellgrade grade head-tail head-tail.sh --format json
    Instructors:  shellgrade validate ; shellgrade grade ID SCRIPT --reveal
    """


def _fail(message: str, code: int, how: str = "") -> None:
    click.echo(f"shellgrade: {message}", err=True)
    if how:
        click.echo(f"  {how}", err=True)
    sys.exit(code)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the engine's exceptions into messages and exit statuses."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BadInput as exc:
            _fail(str(exc), EXIT_BAD_INPUT)
        except SpecError as exc:
            _fail(f"the exercise's files have problems:\n{exc}", EXIT_ENGINE)
        except SandboxError as exc:
            _fail(str(exc), EXIT_ENGINE, exc.how_to_fix)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:  # noqa: BLE001 - a traceback must never reach a user
            if os.environ.get("SHELLGRADE_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {exc}); this is a bug in shellgrade, not in the script",
                  EXIT_ENGINE, "Run again with SHELLGRADE_DEBUG=1 to see the traceback, and report it.")

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


@main.command("list")
@exercises_option
@lang_option
def list_cmd(exercises: str | None, lang: str) -> None:
    """List the exercises."""
    root = exercises_dir(exercises)
    for ex_id in guarded(exercise_ids)(root):
        try:
            ex = load(root, ex_id)
            visible = sum(1 for t in ex.tests if t.visible)
            click.echo(f"{ex_id:20} {ex.title.get(lang)}  ({visible} visible / {len(ex.tests) - visible} hidden)")
        except SpecError as exc:
            click.echo(f"{ex_id:20} (invalid spec: {exc.problems[0]})")


@main.command()
@click.argument("exercise_id", metavar="ID")
@exercises_option
@lang_option
@guarded
def show(exercise_id: str, exercises: str | None, lang: str) -> None:
    """Show an exercise's statement (--lang es|en)."""
    ex = load(exercises_dir(exercises), exercise_id)
    click.echo(ex.statement(lang).rstrip() or ex.title.get(lang))


def _run(exercise_id: str, script: str, *, hidden: bool, exercises: str | None, backend: str, image: str,
         fmt: str, lang: str, reveal: bool, allow_unsandboxed: bool, shellcheck: bool) -> None:
    ex = load(exercises_dir(exercises), exercise_id)
    sub = read_submission(Path(script), lang)
    chosen, notes = choose(backend, image=image, for_grade=hidden, allow_unsandboxed=allow_unsandboxed)
    for note in notes:
        click.echo(f"shellgrade: {note}", err=True)
    progress = _progress() if fmt == "text" and sys.stderr.isatty() else None
    report = grade(ex, sub, chosen, GradeOptions(hidden=hidden, lang=lang, reveal=reveal,
                                                   shellcheck=shellcheck), progress)
    if progress:
        click.echo("\r\033[K", err=True, nl=False)
    click.echo(render(report, fmt), nl=False)
    if sub.rejected is not None:
        sys.exit(EXIT_BAD_INPUT)
    sys.exit({"pass": EXIT_PASS, "fail": EXIT_FAIL}.get(report.status, EXIT_ENGINE))


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return json_report.render(report)
    if fmt == "junit":
        return junit_report.render(report)
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return text_report.render(report, color=color)


def _progress() -> Callable[[str, int, int], None]:
    def show(name: str, done: int, total: int) -> None:
        click.echo(f"\r\033[K[{done}/{total}] {name}", err=True, nl=False)

    return show


def _run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed([exercises_option, backend_option, image_option, format_option, lang_option,
                            click.option("--no-shellcheck", "shellcheck", is_flag=True, flag_value=False,
                                         default=True, help="Skip ShellCheck in the lint part."),
                            click.option("--allow-unsandboxed", is_flag=True,
                                         help="Grade with plain processes when no sandbox is available.")]):
        func = option(func)
    return func


@main.command()
@click.argument("exercise_id", metavar="ID")
@click.argument("script", type=click.Path(dir_okay=True))
@_run_options
@guarded
def check(exercise_id: str, script: str, **opts: Any) -> None:
    """Run the visible tests on SCRIPT, with full feedback (for students)."""
    _run(exercise_id, script, hidden=False, reveal=False, **opts)


@main.command("grade")
@click.argument("exercise_id", metavar="ID")
@click.argument("script", type=click.Path(dir_okay=True))
@click.option("--reveal", is_flag=True, help="Show hidden tests' details (for instructors).")
@_run_options
@guarded
def grade_cmd(exercise_id: str, script: str, reveal: bool, **opts: Any) -> None:
    """Run every test on SCRIPT; hidden ones are reported by name and pass/fail only."""
    _run(exercise_id, script, hidden=True, reveal=reveal, **opts)


@main.command()
@click.argument("exercise_ids", metavar="[ID]...", nargs=-1)
@exercises_option
@backend_option
@image_option
@lang_option
@guarded
def validate(exercise_ids: tuple[str, ...], exercises: str | None, backend: str, image: str, lang: str) -> None:
    """Check that every spec parses and every reference solution passes every test in the sandbox."""
    from engine.validate import validate_all

    ok = validate_all(exercises_dir(exercises), list(exercise_ids), backend, image, lang, click.echo)
    sys.exit(EXIT_PASS if ok else EXIT_FAIL)


def _register_lint() -> None:
    try:
        from engine.lint.cli import lint_command
    except ImportError:  # pragma: no cover - the linter ships with the package
        return
    main.add_command(lint_command, "lint")


_register_lint()

if __name__ == "__main__":
    main()
