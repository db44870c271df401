"""shellgrade's linter: one tree-sitter-bash tree for every rule, ``bash -n`` for syntax errors."""

from __future__ import annotations
