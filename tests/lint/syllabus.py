"""Code snippets of the course syllabus that look like bash, ready to lint.

Prompt blocks (``$ cmd`` or ``user@host:~# cmd``) keep only the commands and their ``> ``
continuation lines; output lines are dropped. ``<recurso>``-style placeholders become plain words.
A block counts as bash when its first command word is a shell keyword or builtin, a program found
on this machine or in the syllabus's admin tools, an assignment, or when it has a prompt or shebang.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

SYLLABUS = Path("/work/shared/seed/000_432b857699fa3af3.txt")
_FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.S | re.M)
_PROMPT = re.compile(r"^(?:\$|\S+@\S+:\S*[#$]) (.*)$")
_PLACEHOLDER = re.compile(r"<([A-Za-z][A-Za-z0-9_ -]*)>")
_SHELL = "if for while until case function select trap echo printf read declare local typeset export cd test"
_MORE = "let eval exec source alias set unset shift return exit cat"
_ADMIN = "mdadm drbdadm fdisk mkfs pvcreate vgcreate lvcreate lvextend lvremove lvreduce pvs vgs lvs tune2fs"
_ADMIN2 = "rsync dd mount umount rpm crontab watch scp nc ll qm resize2fs e2fsck"
SHELL_WORDS = frozenset(f"{_SHELL} {_MORE}".split(" "))
ADMIN_TOOLS = frozenset(f"{_ADMIN} {_ADMIN2}".split(" "))


def _is_command_word(word: str) -> bool:
    if re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word):
        return True
    known = word in SHELL_WORDS or word in ADMIN_TOOLS
    return known or (word.isidentifier() and shutil.which(word) is not None)


def _commands_of(block: str) -> tuple[str, bool]:
    lines = block.splitlines()
    prompted = [_PROMPT.match(line) for line in lines]
    if not any(prompted):
        return block, False
    kept: list[str] = []
    for line, match in zip(lines, prompted, strict=True):
        if match:
            kept.append(match.group(1))
        elif line.startswith("> ") and kept:
            kept.append(line[2:])
    return "\n".join(kept) + "\n", True


def syllabus_snippets(path: Path = SYLLABUS) -> list[tuple[int, str]]:
    """(index, script) for every fenced block that looks like bash."""
    if not path.is_file():
        return []
    out = []
    for index, block in enumerate(_FENCE.findall(path.read_text(encoding="utf-8", errors="replace"))):
        script, prompted = _commands_of(block)
        script = _PLACEHOLDER.sub(lambda m: m.group(1).replace(" ", "_"), script)
        code = [ln for ln in script.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        words = [ln.split()[0] for ln in code]
        if not words:
            continue
        if prompted or script.startswith("#!") or _is_command_word(words[0]):
            out.append((index, script))
    return out
