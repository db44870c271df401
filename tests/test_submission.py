"""Bad submissions: clear notices, never a traceback (pyfakefs for the file system cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.submission import MAX_SIZE, BadInput, read_submission


def codes(sub) -> set[str]:
    return {n.code for n in sub.notices}


def test_missing_file_and_directory_are_bad_input(fs):
    fs.create_dir("/sub")
    with pytest.raises(BadInput, match="no such file"):
        read_submission(Path("/nope.sh"), "en")
    with pytest.raises(BadInput, match="is a directory"):
        read_submission(Path("/sub"), "en")


def test_clean_script_has_no_notices(fs):
    fs.create_file("/ok.sh", contents="#!/bin/bash\necho hi\n", st_mode=0o100755)
    sub = read_submission(Path("/ok.sh"), "en")
    assert sub.notices == () and sub.rejected is None and sub.data == b"#!/bin/bash\necho hi\n"


@pytest.mark.parametrize("content, code", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"#!/bin/bash\r\necho hi\r\n", "crlf"),
    (b"\xef\xbb\xbf#!/bin/bash\necho hi\n", "bom"),
    (b"echo hi\n", "no-shebang"),
    (b"#!/bin/sh\necho hi\n", "not-bash"),
    (b"#!/bin/bash\necho '\xe1'\n", "not-utf8"),
])
def test_file_notices(fs, content, code):
    fs.create_file("/s.sh", contents=content, st_mode=0o100755)
    sub = read_submission(Path("/s.sh"), "en")
    assert code in codes(sub) and sub.rejected is None


def test_not_executable(fs):
    fs.create_file("/s.sh", contents="#!/bin/bash\n", st_mode=0o100644)
    assert "not-executable" in codes(read_submission(Path("/s.sh"), "en"))


def test_binary_and_oversize_are_rejected(fs):
    fs.create_file("/bin.sh", contents=b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    fs.create_file("/big.sh", contents=b"#!/bin/bash\n" + b"# padding\n" * (MAX_SIZE // 10 + 1))
    assert read_submission(Path("/bin.sh"), "en").rejected.code == "binary"
    big = read_submission(Path("/big.sh"), "es")
    assert big.rejected.code == "too-large" and "262144" in big.rejected.message


def test_messages_are_bilingual(fs):
    fs.create_file("/s.sh", contents=b"echo hi\r\n", st_mode=0o100755)
    es = {n.code: n.message for n in read_submission(Path("/s.sh"), "es").notices}
    en = {n.code: n.message for n in read_submission(Path("/s.sh"), "en").notices}
    assert "dos2unix" in es["crlf"] and "Windows" in en["crlf"] and es["crlf"] != en["crlf"]
