"""Read a student's script and note what is wrong with the file itself, before anything runs."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from engine.messages import msg
from engine.result import Notice

MAX_SIZE = 256 * 1024
BASH_SHEBANGS = ("bash",)


class BadInput(Exception):
    """The command was given something it cannot work on (exit status 2)."""


@dataclass(frozen=True)
class Submission:
    path: str
    data: bytes
    notices: tuple[Notice, ...]
    rejected: Notice | None = None  # binary or over-size: graded as bad input, nothing runs

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def describe(self) -> dict[str, object]:
        return {"path": self.path, "size": len(self.data), "sha256": self.sha256}


def read_submission(path: Path, lang: str) -> Submission:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise BadInput(f"no such file: {path}") from None
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise BadInput(f"{path} is a directory, not a script")
    if not stat.S_ISREG(st.st_mode):
        raise BadInput(f"{path} is not a regular file")
    if st.st_size > MAX_SIZE:
        notice = Notice("too-large", msg("too_large", lang, size=st.st_size, limit=MAX_SIZE), "error")
        return Submission(str(path), b"", (notice,), rejected=notice)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    if is_binary(data):
        notice = Notice("binary", msg("binary", lang), "error")
        return Submission(str(path), data, (notice,), rejected=notice)
    notices = list(inspect_text(data, lang))
    if not os.access(path, os.X_OK):
        notices.append(Notice("not-executable", msg("not_executable", lang), "info"))
    return Submission(str(path), data, tuple(notices))


def inspect_text(data: bytes, lang: str) -> list[Notice]:
    notices: list[Notice] = []
    if not data.strip():
        return [Notice("empty", msg("empty", lang), "error")]
    if data.startswith(b"\xef\xbb\xbf"):
        notices.append(Notice("bom", msg("bom", lang), "warning", 1))
    if b"\r\n" in data:
        notices.append(Notice("crlf", msg("crlf", lang), "warning", data[: data.index(b"\r\n")].count(b"\n") + 1))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        notices.append(Notice("not-utf8", msg("not_utf8", lang), "info"))
        text = data.decode("latin-1")
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if not first.startswith("#!"):
        notices.append(Notice("no-shebang", msg("no_shebang", lang), "warning", 1))
    elif not any(shell in first for shell in BASH_SHEBANGS):
        notices.append(Notice("not-bash", msg("not_bash", lang, shebang=first), "warning", 1))
    return notices


def is_binary(data: bytes) -> bool:
    """A NUL byte, or text that is neither UTF-8 nor plausibly Latin-1 text: not a script."""
    if b"\0" in data:
        return True
    sample = data[:8192]
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:
            return False  # a multi-byte character cut by the sample's end
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    high = sum(1 for b in sample if b >= 128)
    return controls > 0 or high > len(sample) * 0.3
