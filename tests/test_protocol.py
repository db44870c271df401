"""The plan carries inputs only; the frame parser is strict about what comes back."""

from __future__ import annotations

import io
import tarfile

from engine.sandbox.protocol import FrameParser, build_plan
from engine.sandbox.results import assemble
from engine.spec.model import Expect, FileExpect, Fixture, Limits, Matcher, SignalStep, TestCase

SECRET = "expected-output-that-must-stay-outside"


def _test(**kw):
    base = {"name": "t", "visible": False, "expect": Expect(stdout=Matcher("exact", SECRET),
                                                         files=(FileExpect("out", content=Matcher("exact", SECRET)),))}
    return TestCase(**{**base, **kw})


def test_plan_has_inputs_but_never_expectations():
    test = _test(args=("a b",), stdin=b"in\n", env=(("K", "v"),), files=(Fixture("d/f", b"data", "600"),),
                 kind="signal", signal=SignalStep("listo", "TERM"))
    plan = build_plan([test], b"#!/bin/bash\n", "s.sh", Limits())
    assert SECRET.encode() not in plan.tar
    with tarfile.open(fileobj=io.BytesIO(plan.tar)) as tar:
        names = tar.getnames()
        assert "tests/t000/files/d/f" in names and "tests/t000/files/d" in names
        assert tar.getmember("tests/t000/files/d/f").mode == 0o600
        assert tar.extractfile("tests/t000/args").read() == b"a b\0"
        assert tar.extractfile("tests/t000/report").read() == b"out\0"
        assert tar.extractfile("order").read() == b"t000\n"
        meta = tar.extractfile("tests/t000/meta").read().decode()
        assert "kind=signal" in meta and "signal=TERM" in meta


def test_budget_grows_with_timeouts_and_runs():
    one = build_plan([_test(timeout=2)], b"", "s.sh", Limits())
    two = build_plan([_test(timeout=2, kind="twice")], b"", "s.sh", Limits())
    assert two.budget > one.budget > 2


def test_parser_reads_frames_in_pieces():
    parser = FrameParser()
    stream = b"SG1 - ready 0\n\nSG1 t000 r1.stdout 5\nab\ncd\nSG1 t000 end 0\n\n"
    for i in range(len(stream)):
        parser.feed(stream[i:i + 1])
    assert parser.error is None
    assert parser.frames[1] == ("t000", "r1.stdout", b"ab\ncd")


def test_parser_rejects_forged_or_broken_streams():
    for bad in (b"hello world\n", b"SG1 t000 x 3\nabcX", b"SG1 t000 x notanumber\n", b"x" * 500):
        parser = FrameParser()
        parser.feed(bad)
        assert parser.error, bad


def test_incomplete_tests_are_not_results():
    plan = build_plan([_test()], b"", "s.sh", Limits())
    frames = [("-", "ready", b""), ("t000", "start", b""), ("t000", "r1.status", b"0")]
    ready, complete = assemble(frames, plan)
    assert ready and complete == {}
