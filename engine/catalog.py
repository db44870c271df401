"""Where exercises and reference solutions live, and loading them by id."""

from __future__ import annotations

import os
from pathlib import Path

from engine.spec.loader import load_exercise
from engine.spec.model import Exercise
from engine.submission import BadInput

REPO_ROOT = Path(__file__).resolve().parents[1]


def exercises_dir(explicit: str | None = None) -> Path:
    for candidate in (explicit, os.environ.get("SHELLGRADE_EXERCISES")):
        if candidate:
            return Path(candidate)
    cwd = Path.cwd() / "exercises"
    return cwd if cwd.is_dir() else REPO_ROOT / "exercises"


def references_dir(exercises: Path) -> Path:
    return exercises.parent / "reference_solutions"


def exercise_ids(root: Path) -> list[str]:
    if not root.is_dir():
        raise BadInput(f"no exercises folder at {root} (set --exercises or SHELLGRADE_EXERCISES)")
    return sorted(p.name for p in root.iterdir() if (p / "exercise.yaml").is_file())


def load(root: Path, exercise_id: str) -> Exercise:
    """Load one exercise; an unknown id is bad input. Spec problems raise SpecError."""
    folder = root / exercise_id
    if "/" in exercise_id or exercise_id.startswith(".") or not (folder / "exercise.yaml").is_file():
        known = ", ".join(exercise_ids(root)) or "none"
        raise BadInput(f"unknown exercise '{exercise_id}' (known: {known})")
    return load_exercise(folder, display_root=_display(folder))


def _display(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(folder)
