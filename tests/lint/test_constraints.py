from __future__ import annotations

import pytest

from engine.lint.constraints import KNOWN_CONSTRUCTS, ConstraintFinding, check_constraints


def forbidden(source: str, name: str) -> list[ConstraintFinding]:
    return [f for f in check_constraints(source, [], [name]) if f.kind == "forbidden"]


@pytest.mark.parametrize(
    "source",
    [
        "awk '{print $1}' f\n",
        "cat f | awk 1\n",
        "x=$(awk 1 f)\n",
        "x=`awk 1 f`\n",
        "diff <(awk 1 a) b\n",
        'echo "$(awk 1 f)"\n',
        "echo ${x:-$(awk 1)}\n",
        "command awk 1\n",
        "builtin command awk 1\n",
        "exec awk 1\n",
        "exec -a name awk 1\n",
        "env awk 1\n",
        "env -i A=1 -u B awk 1\n",
        "xargs awk 1 < f\n",
        "find . | xargs -0 -n 1 -I{} awk 1 {}\n",
        "sudo awk 1\n",
        "sudo -u root -E awk 1\n",
        "nohup awk 1 &\n",
        "time awk 1\n",
        "time -p awk 1\n",
        "nice awk 1\n",
        "nice -n 10 awk 1\n",
        "timeout 5 awk 1\n",
        "timeout -s KILL 5s awk 1\n",
        "sudo env A=1 timeout 5 nice -n 1 awk 1\n",
        "/usr/bin/awk 1\n",
        "\\awk 1\n",
        "'awk' 1\n",
        "gawk 1\n",
        "mawk 1\n",
        "f() { awk 1; }\nf\n",
        "function g {\n  awk 1\n}\n",
        "alias a=awk\na 1\n",
        "alias a='awk -F:'\n",
        "bash -c 'awk 1'\n",
        'sh -c "awk 1"\n',
        "bash -ec 'echo; awk 1'\n",
        "eval 'awk 1'\n",
        "find . -exec awk 1 {} +\n",
        "trap 'awk 1' EXIT\n",
        "AWK=gawk\n$AWK 1\n",
        'AWK=$(command -v awk)\n"$AWK" 1\n',
        "$(which awk) 1\n",
        '"$(command -v gawk)" 1\n',
        "if true; then while :; do awk 1; done; fi\n",
        "cat <<EOF | awk 1\nx\nEOF\n",
    ],
)
def test_forbidden_awk_found_everywhere(source: str) -> None:
    found = forbidden(source, "awk")
    assert found, source
    assert all(f.line >= 1 and f.column >= 1 and "awk" in f.message_en for f in found)


@pytest.mark.parametrize(
    "source",
    [
        "echo awk\n",
        "command -v awk >/dev/null\n",
        "# awk 1\n",
        "printf '%s' 'awk'\n",
        "grep awk f\n",
        "awkward\n",
    ],
)
def test_forbidden_awk_not_found_when_only_mentioned(source: str) -> None:
    assert forbidden(source, "awk") == []


def test_python3_matches_python_and_versions() -> None:
    assert forbidden("python3 -c 1\n", "python")
    assert forbidden("python3.11 -c 1\n", "python")
    assert forbidden("python -c 1\n", "python3") == []


def test_forbidden_position_points_at_the_use() -> None:
    (found,) = forbidden("echo hi\nls | sudo -u root sed q\n", "sed")
    assert (found.line, found.column) == (2, 19)


def test_nested_shell_position_inside_the_string() -> None:
    (found,) = forbidden("x=$(bash -c 'perl -e 1')\n", "perl")
    assert (found.line, found.column) == (1, 14)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("trap", "trap cleanup EXIT\n"),
        ("trap", "trap 'rm -f \"$tmp\"' INT TERM\n"),
        ("trap", 'trap "$handler" EXIT\n'),
        ("associative-array", "declare -A capitals\n"),
        ("associative-array", "f() { local -A m=([a]=1); }\n"),
        ("associative-array", "typeset -A t\n"),
        ("associative-array", "declare -gA g\n"),
        ("array", "A=(1 2 3 cuatro cinco)\n"),
        ("array", "A[2]=banana\n"),
        ("array", "declare -a xs\n"),
        ("array", "mapfile -t lines < f\n"),
        ("array", 'read -ra parts <<< "$x"\n'),
        ("function", "f() { :; }\n"),
        ("function", "function f { :; }\n"),
        ("case", "case $1 in a) echo a ;; esac\n"),
        ("arithmetic", "(( i++ ))\n"),
        ("arithmetic", "echo $(( 1 + 2 ))\n"),
        ("while-read", 'while IFS= read -r line; do echo "$line"; done < f\n'),
        ("here-doc", "cat <<EOF\nhola\nEOF\n"),
        ("here-doc", "cat <<-'EOF'\n\thola\n\tEOF\n"),
        ("eval", 'eval "$cmd"\n'),
        ("eval", "command eval x\n"),
        ("for-loop", "for f in *; do :; done\n"),
        ("for-loop", "for ((i=0; i<3; i++)); do :; done\n"),
        ("while-loop", "while true; do break; done\n"),
        ("getopts", "while getopts 'ab' o; do :; done\n"),
    ],
)
def test_required_construct_satisfied(name: str, source: str) -> None:
    assert check_constraints(source, [name], []) == []


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("trap", "trap -p\n"),
        ("trap", "trap - INT\n"),
        ("trap", "trap -l\n"),
        ("trap", "echo trap\n"),
        ("associative-array", "declare -a xs\n"),
        ("array", "declare -A m\nm[k]=v\n"),
        ("array", "declare -A m=([k]=v)\n"),
        ("arithmetic", "let i=i+1\n"),
        ("while-read", "while true; do read -r x; done\n"),
        ("while-loop", "until false; do :; done\n"),
        ("here-doc", "cat <<< hola\n"),
        ("function", "echo 'f() { :; }'\n"),
    ],
)
def test_required_construct_missing(name: str, source: str) -> None:
    (finding,) = check_constraints(source, [name], [])
    assert (finding.kind, finding.name, finding.line, finding.column) == ("missing", name, 0, 0)
    assert finding.message_es and finding.message_en


def test_forbidden_construct_reports_each_use() -> None:
    found = check_constraints("for a in 1; do :; done\nfor b in 2; do :; done\n", [], ["for-loop"])
    assert [(f.kind, f.line) for f in found] == [("forbidden", 1), ("forbidden", 2)]


def test_known_constructs_cover_the_brief() -> None:
    expected = {
        "trap",
        "associative-array",
        "array",
        "function",
        "case",
        "arithmetic",
        "while-read",
        "here-doc",
        "eval",
        "for-loop",
        "while-loop",
    }
    assert expected <= KNOWN_CONSTRUCTS


def test_to_dict_round_trip() -> None:
    (finding,) = check_constraints("sed q\n", [], ["sed"])
    assert finding.to_dict() == {
        "kind": "forbidden",
        "name": "sed",
        "line": 1,
        "column": 1,
        "message_es": finding.message_es,
        "message_en": finding.message_en,
    }


@pytest.mark.parametrize("source", ["", "\x00\x01\x02", "$(( ((", "'unterminated", "(" * 5000, "\udcff awk"])
def test_never_crashes_on_garbage(source: str) -> None:
    findings = check_constraints(source, ["trap", "getopts"], ["awk", "eval"])
    assert {f.name for f in findings if f.kind == "missing"} == {"trap", "getopts"}


def test_binary_bytes_accepted() -> None:
    findings = check_constraints(bytes(range(256)) * 4, ["function"], ["awk"])
    assert [f.kind for f in findings] == ["missing"]
