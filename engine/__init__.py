"""shellgrade: a shell-scripting exercise engine, autograder and linter."""

from __future__ import annotations

__version__ = "0.1.0"
