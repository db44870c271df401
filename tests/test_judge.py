"""Judging raw outcomes: pure, no sandbox."""

from __future__ import annotations

from engine.judge import judge
from engine.sandbox.results import FileState, RawTest, RunResult
from engine.spec.model import Expect, FileExpect, Limits, Localized, Matcher, SignalStep, TestCase


def case(**kw) -> TestCase:
    base = {"name": "t", "visible": True, "expect": Expect(status=0), "hint": Localized("pista", "hint")}
    return TestCase(**{**base, **kw})


def run(status=0, out=b"", err=b"", **kw) -> RawTest:
    return RawTest(runs=(RunResult(status=status, stdout=out, stderr=err, **kw),))


def test_pass_scores_the_weight():
    result = judge(case(weight=2.5), run(), Limits(), "s.sh", "en", False)
    assert (result.status, result.score, result.max_score, result.message) == ("pass", 2.5, 2.5, "Passed.")
    assert result.hint == ""  # hints only on failure


def test_status_killed_by_a_signal_is_named():
    result = judge(case(), run(status=139), Limits(), "s.sh", "en", False)
    assert result.message == "Exit status was 139; expected 0 (the script was killed by SIGSEGV)."
    assert result.hint == "hint"


def test_disrupted_tests_fail_or_time_out():
    killed = judge(case(), RawTest(disrupted="killed"), Limits(), "s.sh", "es", False)
    assert killed.status == "fail" and "proceso que lo evaluaba" in killed.message
    late = judge(case(), RawTest(disrupted="timeout"), Limits(), "s.sh", "en", False)
    assert late.status == "timeout"


def test_timeout_messages_for_signal_tests():
    sig = case(kind="signal", signal=SignalStep("listo", "TERM"), timeout=2)
    never = judge(sig, run(status=137, timed_out=True), Limits(), "s.sh", "en", False)
    assert never.status == "timeout" and "Never printed the line 'listo'" in never.message
    stuck = judge(sig, run(status=137, timed_out=True, signal_sent=True), Limits(), "s.sh", "en", False)
    assert "Got SIGTERM but did not end in time" in stuck.message


def test_hidden_failure_reveals_nothing_but_the_hint():
    hidden = case(visible=False, args=("secret-arg",), expect=Expect(stdout=Matcher("exact", "secret-out")))
    result = judge(hidden, run(out=b"mine"), Limits(), "s.sh", "en", False)
    assert result.message == "This hidden test failed." and result.diff == "" and result.observed is None
    assert "secret" not in str(result.to_dict())
    revealed = judge(hidden, run(out=b"mine"), Limits(), "s.sh", "en", True)
    assert "secret-out" in revealed.diff and "secret-arg" in revealed.observed.command


def test_first_run_expectations_of_twice_tests():
    twice = case(kind="twice", expect_first=Expect(stdout=Matcher("exact", "created\n")), expect=Expect(status=0))
    raw = RawTest(runs=(RunResult(0, b"oops\n", b""), RunResult(0, b"", b"")))
    result = judge(twice, raw, Limits(), "s.sh", "en", False)
    assert result.status == "fail" and result.message.startswith("On the first run:")


def test_symlink_is_not_a_file():
    test = case(expect=Expect(files=(FileExpect("out", content=Matcher("exact", "x")),)))
    raw = RawTest(runs=run().runs, files=(FileState("symlink", "777"),))
    result = judge(test, raw, Limits(), "s.sh", "en", False)
    assert "out should be a file, but is a symbolic link" in result.message


def test_working_directory_is_named_in_words():
    test = case(expect=Expect(files=(FileExpect(".", entries=("a.csv",)),)))
    raw = RawTest(runs=run().runs, files=(FileState("dir", "755", entries=("a.csv", "tmp.x")),))
    assert judge(test, raw, Limits(), "s.sh", "es", False).message == "En el directorio de trabajo sobra: tmp.x."
