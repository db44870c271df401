"""Judge one test's raw outcome against its expectations. Pure: no sandbox, no I/O."""

from __future__ import annotations

import shlex
import signal
from typing import Any

from engine.compare import decode, diff, matches
from engine.messages import msg
from engine.result import Observed, TestResult
from engine.sandbox.results import FileState, RawTest, RunResult
from engine.spec.model import Expect, Limits, Matcher, TestCase


def judge(test: TestCase, raw: RawTest, limits: Limits, script: str, lang: str, reveal: bool) -> TestResult:
    show = test.visible or reveal
    hint = test.hint.get(lang)
    base: dict[str, Any] = {"name": test.name, "visible": test.visible, "max_score": test.weight, "revealed": reveal}
    if raw.disrupted or not raw.runs:
        status = "timeout" if raw.disrupted == "timeout" else "fail"
        message = msg(f"disrupted_{raw.disrupted or 'killed'}", lang)
        return TestResult(status=status, score=0.0, message=message, hint=hint, **base)
    run = raw.runs[-1]
    observed = _observed(test, run, script) if show else None
    timeout = test.timeout or limits.timeout
    problems: list[str] = []
    diffs: list[str] = []
    status = "fail"
    if any(r.timed_out for r in raw.runs):
        status = "timeout"
        problems.append(_timeout_message(test, next(r for r in raw.runs if r.timed_out), timeout, lang))
    elif any(r.output_cut for r in raw.runs):
        problems.append(msg("output_cut", lang, limit=limits.output))
    else:
        if test.expect_first is not None:
            first, _ = _check(test.expect_first, raw.runs[0], raw.files, lang)
            problems += [msg("first_run", lang, msg=p) for p in first]
        found, diffs = _check(test.expect, run, raw.files, lang)
        problems += found
    if not problems:
        return TestResult(status="pass", score=test.weight, message=msg("passed", lang), observed=observed,
                          **base)
    message = " ".join(problems) if show else msg("hidden_failed", lang)
    return TestResult(status=status, score=0.0, message=message, hint=hint,
                      diff="\n".join(diffs) if show else "", observed=observed, **base)


def _check(expect: Expect, run: RunResult, files: tuple[FileState, ...], lang: str) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    diffs: list[str] = []
    if expect.status is not None and run.status != expect.status:
        text = msg("status", lang, got=run.status, want=expect.status)
        if run.status > 128 and run.status - 128 < 65:
            text = msg("status_signal", lang, base=text.rstrip("."), sig=_signame(run.status - 128))
        problems.append(text)
    for label, matcher, data in (("stdout", expect.stdout, run.stdout), ("stderr", expect.stderr, run.stderr)):
        if matcher is None:
            continue
        text = decode(data)
        if not matches(matcher, text):
            problems.append(_output_message(label, matcher, lang))
            d = diff(matcher, text, label, lang)
            if d:
                diffs.append(d)
    if expect.max_cpu is not None and run.cpu > expect.max_cpu:
        problems.append(msg("cpu", lang, used=run.cpu, limit=expect.max_cpu))
    paths = list(dict.fromkeys(fe.path for fe in expect.files))
    for fe in expect.files:
        state = files[paths.index(fe.path)] if paths.index(fe.path) < len(files) else FileState("absent")
        present = state.kind != "absent"
        if fe.exists is False:
            if present:
                problems.append(msg("file_present", lang, path=fe.path))
            continue
        if not present:
            if fe.exists or fe.content or fe.mode or fe.type:
                problems.append(msg("file_missing", lang, path=fe.path))
            continue
        want_kind = fe.type or ("file" if fe.content is not None else "dir" if fe.entries is not None else None)
        if want_kind and state.kind != want_kind:
            problems.append(msg("file_type", lang, path=fe.path, want=msg(f"kind_{want_kind}", lang),
                                got=msg(f"kind_{state.kind}", lang)))
            continue
        if fe.entries is not None and state.entries is not None and state.entries != fe.entries:
            extra = sorted(set(state.entries) - set(fe.entries))
            missing = sorted(set(fe.entries) - set(state.entries))
            shown = msg("workdir", lang) if fe.path == "." else fe.path
            if extra:
                problems.append(msg("dir_extra", lang, path=shown, names=", ".join(extra)))
            if missing:
                problems.append(msg("dir_missing", lang, path=shown, names=", ".join(missing)))
        if fe.mode and state.mode.rjust(3, "0") != fe.mode:
            problems.append(msg("file_mode", lang, path=fe.path, got=state.mode, want=fe.mode))
        if fe.content is not None:
            text = decode(state.data or b"")
            if not matches(fe.content, text):
                problems.append(msg("file_content", lang, path=fe.path))
                d = diff(fe.content, text, fe.path, lang)
                if d:
                    diffs.append(d)
    return problems, diffs


def _output_message(label: str, matcher: Matcher, lang: str) -> str:
    if matcher.mode in ("regex", "contains"):
        how = msg(f"how_{matcher.mode}", lang, value=matcher.value)
        return msg(f"{label}_mode", lang, how=how)
    return msg(label, lang)


def _timeout_message(test: TestCase, run: RunResult, timeout: float, lang: str) -> str:
    if test.kind == "signal" and test.signal:
        if not run.signal_sent:
            return msg("timeout_signal_wait", lang, line=test.signal.wait_for, sig=f"SIG{test.signal.send}")
        return msg("timeout_after_signal", lang, sig=f"SIG{test.signal.send}")
    return msg("timeout", lang, secs=timeout)


def _observed(test: TestCase, run: RunResult, script: str) -> Observed:
    command = " ".join(shlex.quote(a) for a in ("./" + script, *test.args))
    if test.env:
        command = " ".join(f"{k}={shlex.quote(v)}" for k, v in test.env) + " " + command
    stdin = decode(test.stdin) if test.stdin is not None else None
    return Observed(command=command, stdout=decode(run.stdout), stderr=decode(run.stderr),
                    exit_status=run.status, elapsed=run.elapsed, cpu=run.cpu, stdin=stdin)


def _signame(num: int) -> str:
    try:
        return signal.Signals(num).name
    except ValueError:
        return f"signal {num}"
