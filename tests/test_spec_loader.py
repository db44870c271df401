"""Spec errors name file, line and field; valid specs load into the model."""

from __future__ import annotations

import pytest

from engine.spec.loader import load_exercise
from engine.spec.model import Matcher
from engine.spec.yamlcheck import SpecError

GOOD = """\
    tests:
      - name: one
        args: [a, 2]
        expect: {stdout: "a\\n", status: 0}
"""


def problems(root) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_exercise(root)
    return [str(p) for p in info.value.problems]


def test_valid_exercise_loads(make_exercise):
    root = make_exercise(GOOD, hidden="tests:\n  - name: two\n    expect: {status: 1}\n",
                         spec="limits: {timeout: 2, memory: 128m, output: 1k}\n")
    ex = load_exercise(root)
    assert ex.id == "demo" and ex.script == "demo.sh"
    assert [t.name for t in ex.tests] == ["one", "two"]
    assert ex.tests[0].args == ("a", "2")  # numbers become strings
    assert ex.tests[0].expect.stdout == Matcher("exact", "a\n")
    assert ex.limits.timeout == 2 and ex.limits.memory == 128 * 1024**2 and ex.limits.output == 1024
    assert [t.name for t in ex.selected(hidden=True)] == ["two", "one"]  # hidden first
    assert [t.name for t in ex.selected(hidden=False)] == ["one"]


def test_unknown_key_names_file_line_field_and_suggests(make_exercise):
    root = make_exercise("""\
        tests:
          - name: one
            expect:
              stauts: 0
    """)
    (msg,) = problems(root)
    assert msg.endswith("tests/visible.yaml:4: tests[0].expect.stauts: unknown key (did you mean 'status'?)")


def test_wrong_types_are_reported_with_lines(make_exercise):
    root = make_exercise("""\
        tests:
          - name: one
            args: oops
            weight: heavy
            expect: {status: "0"}
    """)
    found = problems(root)
    assert any(":3: tests[0].args: expected a list, got a string" in p for p in found)
    assert any(":4: tests[0].weight: expected a number" in p for p in found)
    assert any(":5: tests[0].expect.status: expected an integer" in p for p in found)


def test_missing_required_and_exercise_yaml_errors(make_exercise):
    root = make_exercise("tests:\n  - args: [x]\n", spec="colour: red\n")
    found = problems(root)
    assert any("exercise.yaml:4: colour: unknown key" in p for p in found)


def test_missing_name_and_expect(make_exercise):
    root = make_exercise("tests:\n  - args: [x]\n  - name: b\n")
    found = problems(root)
    assert any("tests[0]: missing required key 'name'" in p for p in found)
    assert any("missing required key 'expect'" in p for p in found)


def test_invalid_yaml_reports_line(make_exercise):
    root = make_exercise("tests:\n  - name: a\n    expect: {status: 0\n")
    (msg,) = problems(root)
    assert "invalid YAML" in msg and "visible.yaml:" in msg


@pytest.mark.parametrize("expect, needle", [
    ("{stdout: {regex: '('}}", "invalid regular expression"),
    ("{stdout: {exact: a, regex: b}}", "exactly one comparison mode"),
    ("{stdout: {fuzzy: a}}", "unknown key"),
    ("{status: 300}", "between 0 and 255"),
    ("{files: [{path: /etc/passwd, exists: true}]}", "relative path"),
    ("{files: [{path: ../x, exists: true}]}", "relative path"),
    ("{files: [{path: x, mode: 644}]}", "quoted octal"),
    ("{files: [{path: x, mode: '999'}]}", "octal permission"),
    ("{files: [{path: x, type: socket}]}", "'file' or 'dir'"),
    ("{files: [{path: x, exists: false, mode: '644'}]}", "absent takes no"),
])
def test_expectation_errors(make_exercise, expect, needle):
    root = make_exercise(f"tests:\n  - name: a\n    expect: {expect}\n")
    assert any(needle in p for p in problems(root)), problems(root)


def test_kind_and_signal_consistency(make_exercise):
    root = make_exercise("""\
        tests:
          - {name: a, kind: signal, expect: {status: 0}}
          - {name: b, signal: {wait_for: x, send: TERM}, expect: {status: 0}}
          - {name: c, kind: signal, signal: {wait_for: x, send: KILLME}, expect: {status: 0}}
          - {name: d, kind: sometimes, expect: {status: 0}}
          - {name: e, expect_first: {status: 0}, expect: {status: 0}}
    """)
    found = "\n".join(problems(root))
    assert "needs a 'signal' key" in found
    assert "only tests of kind 'signal' take a signal" in found
    assert "unknown signal" in found
    assert "must be one of run, signal, twice" in found
    assert "only tests of kind 'twice' take expect_first" in found


def test_duplicate_names_across_files(make_exercise):
    root = make_exercise(GOOD, hidden="tests:\n  - name: one\n    expect: {status: 1}\n")
    assert any("test name used twice" in p for p in problems(root))


def test_id_must_match_folder(make_exercise):
    root = make_exercise(GOOD)
    (root / "exercise.yaml").write_text("id: other\nscript: a.sh\ntitle: T\n")
    assert any("must equal the folder name" in p for p in problems(root))


def test_fixtures_from_files_and_defaults_merge(make_exercise):
    root = make_exercise("""\
        defaults:
          files: {data.txt: {from: fixtures/data.txt}, keep.txt: "k"}
          env: {A: "1"}
          timeout: 3
        tests:
          - name: a
            files: {extra/dir/x.txt: {content: "x", mode: "0600"}, empty/: {dir: true}}
            env: {B: "2"}
            expect: {status: 0}
    """, files={"fixtures/data.txt": "hello\n"})
    (test,) = load_exercise(root).tests
    files = {f.path: f for f in test.files}
    assert files["data.txt"].content == b"hello\n"
    assert files["keep.txt"].content == b"k"
    assert files["extra/dir/x.txt"].mode == "600"
    assert files["empty"].is_dir
    assert dict(test.env) == {"A": "1", "B": "2"}
    assert test.timeout == 3


def test_fixture_from_outside_folder_is_refused(make_exercise):
    root = make_exercise("tests:\n  - name: a\n    files: {x: {from: ../../etc/passwd}}\n    expect: {status: 0}\n")
    assert any("inside the exercise folder" in p for p in problems(root))


def test_bad_limits(make_exercise):
    root = make_exercise(GOOD, spec="limits: {memory: lots, pids: 0, timeout: -1}\n")
    found = "\n".join(problems(root))
    assert "limits.memory: expected a size" in found
    assert "limits.pids: must be between 1" in found
    assert "limits.timeout: must be greater than 0" in found


def test_no_tests_is_an_error(make_exercise):
    root = make_exercise("tests: []\n")
    assert any("has no tests" in p for p in problems(root))


def test_entries_are_plain_names_of_a_directory(make_exercise):
    root = make_exercise("""\
        tests:
          - name: a
            expect: {files: [{path: d, entries: [x/y]}, {path: f, type: file, entries: [a]}]}
    """)
    found = "\n".join(problems(root))
    assert "list plain names of entries" in found and "only a directory has entries" in found
