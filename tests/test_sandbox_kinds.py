"""Every test kind and feature, end to end, in every backend (Docker, bubblewrap, plain processes)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_script

from engine.grader import GradeOptions, grade
from engine.result import Report
from engine.spec.loader import load_exercise
from engine.submission import read_submission


def run(backend, make_exercise, tmp_path: Path, visible: str, body: str, *, hidden: str | None = None,
        spec: str = "", files=None, reveal=False, lang="en", ex_id="demo") -> Report:
    ex = load_exercise(make_exercise(visible, hidden=hidden, spec=spec, files=files, ex_id=ex_id))
    sub = read_submission(write_script(tmp_path, body), lang)
    report = grade(ex, sub, backend, GradeOptions(hidden=hidden is not None, lang=lang, reveal=reveal,
                                                   shellcheck=False))
    assert report.error == "", report.error
    return report


def by_name(report: Report):
    return {t.name: t for t in report.tests}


def test_args_stdin_env_and_fixtures(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: io
            args: ["two words", "x"]
            stdin: "line one\\nline two\\n"
            env: {GREETING: hola}
            files: {"sub dir/data.txt": "fixture\\n", run.sh: {content: "echo ok\\n", mode: "0755"}}
            expect:
              stdout: "2|two words|hola|fixture\\n2\\n"
              stderr: {contains: "to stderr"}
              status: 3
    """, """\
        echo "$#|$1|$GREETING|$(cat "sub dir/data.txt")"
        wc -l | tr -d ' '
        [[ -x run.sh ]] || echo "fixture mode lost"
        echo "to stderr" >&2
        exit 3
    """)
    assert report.status == "pass", by_name(report)["io"].message


def test_each_test_starts_clean(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - {name: first, expect: {stdout: "fresh\\n"}}
          - {name: second, expect: {stdout: "fresh\\n"}}
    """, """\
        t=${TMPDIR:-/tmp}  # the plain backend cannot hide the host's /tmp: it gives a private TMPDIR
        if [[ -e marker || -e $t/marker ]]; then echo dirty; else echo fresh; fi
        touch marker "$t/marker"
        (sleep 30; echo late > late.txt) &
    """)
    assert report.status == "pass", [t.message for t in report.tests]


def test_files_after_the_run(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: files
            files: {gone.txt: "x", kept.txt: "y"}
            expect:
              files:
                - {path: out/result.txt, exists: true, content: {sorted: "a\\nb\\n"}, mode: "0640"}
                - {path: gone.txt, exists: false}
                - {path: out, type: dir, mode: "0700"}
                - {path: kept.txt, content: "y"}
          - name: files-wrong
            expect:
              files:
                - {path: nothing-here, exists: true}
    """, """\
        mkdir -m 700 out; printf 'b\\na\\n' > out/result.txt; chmod 640 out/result.txt; rm gone.txt
    """)
    tests = by_name(report)
    assert tests["files"].status == "pass", tests["files"].message
    assert tests["files-wrong"].status == "fail"
    assert "nothing-here is missing" in tests["files-wrong"].message


def test_file_mode_type_and_content_failures_are_explained(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: t
            expect:
              files:
                - {path: a, mode: "0600"}
                - {path: b, type: dir}
                - {path: c, content: "want\\n"}
                - {path: d, exists: false}
    """, "touch a b d; chmod 644 a; echo got > c\n")
    message = report.tests[0].message
    assert "a has mode 644; expected 600" in message
    assert "b should be a directory, but is a file" in message
    assert "content of c" in message and "+got" in report.tests[0].diff
    assert "d should not exist" in message


def test_comparison_modes_end_to_end(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - {name: exact, expect: {stdout: "b 2\\na 1\\n"}}
          - {name: regex, expect: {stdout: {regex: '(?m)^a \\d$'}}}
          - {name: contains, expect: {stdout: {contains: "a 1"}}}
          - {name: whitespace, expect: {stdout: {whitespace: " b   2\\n  a 1 "}}}
          - {name: sorted, expect: {stdout: {sorted: "a 1\\nb 2\\n"}}}
          - {name: exact-wrong, expect: {stdout: "a 1\\nb 2\\n"}}
    """, "echo 'b 2'; echo 'a 1'\n")
    tests = by_name(report)
    assert [n for n, t in tests.items() if t.status == "pass"] == ["exact", "regex", "contains", "whitespace",
                                                                   "sorted"]
    assert "+b 2" in tests["exact-wrong"].diff and "-b 2" in tests["exact-wrong"].diff


def test_signal_test_sends_to_the_script_only(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: term
            kind: signal
            signal: {wait_for: listo, send: TERM}
            timeout: 4
            expect: {stdout: "listo\\nbye TERM\\nchild alive\\n", status: 143, max_cpu: 0.5}
          - name: int
            kind: signal
            signal: {wait_for: listo, send: INT}
            timeout: 4
            expect: {stdout: {contains: "bye INT"}, status: 130}
    """, """\
        trap 'echo "bye $sig"; kill -0 "$child" 2>/dev/null && echo child alive; exit $code' TERM INT
        trap 'sig=TERM code=143' TERM; trap 'sig=INT code=130' INT
        on() { sig=$1 code=$2; echo "bye $sig"; kill -0 "$child" 2>/dev/null && echo "child alive"; exit "$code"; }
        trap 'on TERM 143' TERM
        trap 'on INT 130' INT
        sleep 60 & child=$!
        echo listo
        wait
    """)
    tests = by_name(report)
    assert tests["term"].status == "pass", tests["term"].message
    assert tests["int"].status == "pass", tests["int"].message  # SIGINT was not ignored at start


def test_signal_never_sent_and_foreground_sleep(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: silent
            kind: signal
            signal: {wait_for: listo, send: TERM}
            timeout: 1
            expect: {status: 143}
          - name: foreground-sleep
            kind: signal
            signal: {wait_for: ready, send: TERM}
            timeout: 1.5
            expect: {status: 143}
    """, """\
        trap 'exit 143' TERM
        [[ -e nothing ]] || true
        echo ready
        sleep 30
    """)
    tests = by_name(report)
    assert tests["silent"].status == "timeout" and "Never printed the line 'listo'" in tests["silent"].message
    assert tests["foreground-sleep"].status == "timeout"
    assert "foreground `sleep`" in tests["foreground-sleep"].message


def test_busy_waiting_is_caught_by_max_cpu(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - {name: busy, timeout: 3, expect: {status: 0, max_cpu: 0.3}}
    """, "s=${EPOCHREALTIME/./}; while (( ${EPOCHREALTIME/./} - s < 1000000 )); do :; done\n")
    assert report.tests[0].status == "fail" and "CPU" in report.tests[0].message


def test_twice_sees_first_run_files(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: idempotent
            kind: twice
            expect_first: {stdout: "created\\n"}
            expect: {stdout: "exists\\n", files: [{path: log, content: "1\\n"}]}
          - name: appends
            kind: twice
            expect: {files: [{path: count, content: "x\\n"}]}
    """, """\
        if [[ -e log ]]; then echo exists; else echo created; echo 1 > log; fi
        echo x >> count
    """)
    tests = by_name(report)
    assert tests["idempotent"].status == "pass", tests["idempotent"].message
    assert tests["appends"].status == "fail"


def test_timeout_and_output_cap(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - {name: loop, timeout: 1, args: [loop], expect: {status: 0}}
          - {name: flood, args: [flood], expect: {status: 0}}
          - {name: after, expect: {stdout: "ok\\n"}}
    """, """\
        case $1 in loop) while :; do :; done ;; flood) yes ;; *) echo ok ;; esac
    """, spec="limits: {output: 4k}\n")
    tests = by_name(report)
    assert tests["loop"].status == "timeout"
    assert tests["loop"].observed is not None and tests["loop"].observed.elapsed < 2
    assert tests["flood"].status == "fail" and "more than 4096 bytes" in tests["flood"].message
    assert len(tests["flood"].observed.stdout) <= 4096
    assert tests["after"].status == "pass"


def test_hidden_tests_hide_data_unless_revealed(any_backend, make_exercise, tmp_path):
    visible = "tests:\n  - {name: shown, expect: {stdout: \"v\\n\"}}\n"
    hidden = ("tests:\n  - name: secret\n    args: [s3cr3t-input]\n    hint: {es: Pista, en: Think of x}\n"
              "    expect: {stdout: \"hidden-expected\\n\"}\n")
    report = run(any_backend, make_exercise, tmp_path, visible, "echo v\n", hidden=hidden)
    secret = by_name(report)["secret"]
    assert secret.status == "fail" and secret.message == "This hidden test failed."
    assert secret.hint == "Think of x"
    data = str(secret.to_dict())
    assert "s3cr3t-input" not in data and "hidden-expected" not in data
    revealed = run(any_backend, make_exercise, tmp_path, visible, "echo v\n", hidden=hidden, reveal=True,
                   ex_id="again")
    shown = by_name(revealed)["secret"].to_dict()
    assert "hidden-expected" in shown["diff"] and "s3cr3t-input" in shown["observed"]["command"]


def test_hidden_inputs_are_gone_before_visible_tests_run(isolated_backend, make_exercise, tmp_path):
    visible = "tests:\n  - {name: snoop, expect: {stdout: \"nothing\\n\"}}\n"
    hidden = "tests:\n  - {name: h, args: [TOPSECRET], stdin: TOPSECRET, expect: {status: 0}}\n"
    body = """\
        word="TOP""SECRET"
        found=$(grep -rl "$word" /sg /work /tmp /var/tmp /dev/shm /run 2>/dev/null | head -3)
        echo "${found:-nothing}"
    """
    report = run(isolated_backend, make_exercise, tmp_path, visible, body, hidden=hidden)
    assert by_name(report)["snoop"].status == "pass", by_name(report)["snoop"].observed


def test_messages_in_spanish(plain_backend, make_exercise, tmp_path):
    report = run(plain_backend, make_exercise, tmp_path, "tests:\n  - {name: a, expect: {status: 2}}\n",
                 "exit 1\n", lang="es")
    assert report.tests[0].message == "El código de salida fue 1; se esperaba 2."


def test_directory_entries_catch_stray_and_missing_files(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - name: exact
            files: {db/a.csv: "1\\n"}
            expect: {files: [{path: db, entries: [a.csv, b.csv]}, {path: ., entries: [db]}]}
          - name: stray
            files: {db/a.csv: "1\\n"}
            args: [stray]
            expect: {files: [{path: db, entries: [a.csv, b.csv]}]}
    """, """\
        cp db/a.csv db/b.csv
        if [[ $1 == stray ]]; then touch db/.tmp.123; rm db/a.csv; fi
    """)
    tests = by_name(report)
    assert tests["exact"].status == "pass", tests["exact"].message
    assert tests["stray"].status == "fail"
    assert "In db, not expected: .tmp.123." in tests["stray"].message
    assert "In db, missing: a.csv." in tests["stray"].message


def test_a_test_that_locks_its_folders_does_not_break_the_next(any_backend, make_exercise, tmp_path):
    report = run(any_backend, make_exercise, tmp_path, """\
        tests:
          - {name: lock, args: [lock], files: {f.txt: "x"}, expect: {status: 0}}
          - {name: next, files: {f.txt: "fixture\\n"}, expect: {stdout: "fixture\\n"}}
    """, """\
        if [[ $1 == lock ]]; then
          mkdir -p sub/deep && chmod 000 sub/deep sub . /sg /sg/plan 2>/dev/null
          t=${TMPDIR:-/tmp}; chmod 000 "$t" 2>/dev/null; exit 0
        fi
        cat f.txt
    """)
    tests = by_name(report)
    assert tests["next"].status == "pass", (tests["next"].message, tests["next"].observed)
