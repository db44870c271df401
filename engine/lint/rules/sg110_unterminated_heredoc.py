from __future__ import annotations

from collections.abc import Iterator

from engine.lint.context import LintContext
from engine.lint.rule import Rule
from engine.lint.violation import Severity, Violation
from engine.lint.words import unquote


class SG110UnterminatedHeredoc(Rule):
    """A here-document's closing delimiter never appears alone on its own line.

    Bad:
        #!/bin/bash
        cat > texto.txt << END
        Hola
          END
        echo "listo"

    Good:
        #!/bin/bash
        cat > texto.txt << END
        Hola
        END
        echo "listo"

    Rationale:
        bash only closes a here-document at a line holding exactly the delimiter (with ``<<-``,
        after leading tabs). An indented or space-padded ``END`` is text, so the rest of the
        script becomes the document and never runs; bash only warns.
    """

    code = "SG110"
    name = "unterminated-heredoc"
    severity = Severity.ERROR
    message_es = "El here-document `{delim}` nunca se cierra{hint_es}; el resto del script queda dentro."
    message_en = "Here-document `{delim}` is never closed{hint_en}; the rest of the script ends up inside it."
    shellcheck = frozenset({"SC1118", "SC1119", "SC1120", "SC1121", "SC1122", "SC1043"})

    def check(self, ctx: LintContext) -> Iterator[Violation]:
        for node in ctx.of_type("heredoc_redirect"):
            start = next((c for c in node.children if c.type == "heredoc_start"), None)
            if start is None:
                continue
            delim = unquote(ctx.text_of(start))
            strip_tabs = any(c.type == "<<-" for c in node.children)
            following = [ln.rstrip("\r") for ln in ctx.lines[node.start_point[0] + 1 :]]
            closes = [ln.lstrip("\t") if strip_tabs else ln for ln in following]
            if delim and delim not in closes:
                near = any(ln.strip() == delim for ln in following)
                yield self.hit(
                    ctx,
                    start,
                    delim=delim,
                    hint_es=f" (la línea que lo cierra debe contener solo `{delim}`, sin espacios)" if near else "",
                    hint_en=f" (the closing line must hold only `{delim}`, no spaces)" if near else "",
                )
