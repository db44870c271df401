from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation

BASH_ONLY = {
    "array": "arreglos / arrays",
    "herestring_redirect": "<<<",
    "process_substitution": "<( )",
    "ansi_c_string": "$'...'",
    "c_style_for_statement": "for (( ))",
}


class SG304BashismInSh(Rule):
    """A script run by ``sh`` (``#!/bin/sh``) uses bash-only syntax.

    Bad:
        #!/bin/sh
        if [[ -f datos.txt ]]; then
            echo "existe"
        fi

    Good:
        #!/bin/bash
        if [[ -f datos.txt ]]; then
            echo "existe"
        fi

    Rationale:
        On Debian ``/bin/sh`` is dash, which has no ``[[ ]]``, arrays, ``(( ))``, ``function``,
        ``<<<`` or ``source``: the script fails there. Use ``#!/bin/bash`` or stick to POSIX syntax.
    """

    code = "SG304"
    name = "bashism-in-sh"
    severity = Severity.WARNING
    message_es = "`{what}` es propio de bash pero el shebang pide sh: usá `#!/bin/bash`."
    message_en = "`{what}` is bash-only but the shebang asks for sh: use `#!/bin/bash`."
    shellcheck = frozenset(
        {"SC3010", "SC3030", "SC3006", "SC3033", "SC3011", "SC3001", "SC3003", "SC3005", "SC3046", "SC3051"}
    )

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        if not ctx.is_posix_sh:
            return
        found = sorted(self._bashisms(ctx), key=lambda pair: pair[0].start_byte)
        for node, what in found[:5]:
            yield self.hit(ctx, node, what=what)

    def _bashisms(self, ctx: LintContext) -> Iterator[tuple[Node, str]]:
        for node in ctx.all_nodes:
            if node.type in BASH_ONLY:
                yield node, BASH_ONLY[node.type]
            elif node.type == "test_command" and node.child_count and node.children[0].type == "[[":
                yield node, "[[ ]]"
            elif node.type == "compound_statement" and node.child_count and node.children[0].type == "((":
                yield node, "(( ))"
            elif node.type == "function_definition" and node.child_count and node.children[0].type == "function":
                yield node, "function"
        for command in ctx.commands_named("source", "let", "declare", "typeset", "mapfile", "readarray", "select"):
            yield command, ctx.text_of(command).split()[0]
