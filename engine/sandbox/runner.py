"""Run an exercise's tests in one sandbox: one harness run for all tests, restarted only when disrupted."""

from __future__ import annotations

from collections.abc import Callable

from engine.sandbox.base import Backend, SandboxError
from engine.sandbox.protocol import FrameParser, build_plan
from engine.sandbox.results import RawTest, assemble
from engine.spec.model import Limits, TestCase

Progress = Callable[[str, int, int], None]


def run_tests(backend: Backend, tests: list[TestCase], submission: bytes, script: str, limits: Limits,
              progress: Progress | None = None) -> dict[str, RawTest]:
    """Raw outcome of every test, by name. Raise SandboxError only for failures that are not the script's."""
    if not tests:
        return {}
    meta = backend.extra_meta(limits)
    plan = build_plan(tests, submission, script, limits, meta)
    results: dict[str, RawTest] = {}
    with backend.session(limits, lifetime=plan.budget + 60) as session:
        pending = list(tests)
        fresh = True
        while pending:
            if len(plan.tests) != len(pending):  # a disrupted run: the rest goes in a new plan
                plan = build_plan(pending, submission, script, limits, meta, first_index=len(results))
            out = session.execute(plan)
            parser = FrameParser()
            parser.feed(out.data)
            ready, complete = assemble(parser.frames, plan)
            if not ready and not fresh:
                session.reset()  # something of an earlier test outlived the harness: start afresh
                fresh = True
                continue
            if not ready:
                raise SandboxError(f"the test harness did not start ({out.diagnostics or out.exit_code})")
            fresh = False
            started = {tid for tid, key, _ in parser.frames if key == "start"}
            progressed = False
            for planned in plan.tests:
                name = planned.test.name
                if planned.tid in complete:
                    results[name] = complete[planned.tid]
                    progressed = True
                elif planned.tid in started:
                    results[name] = RawTest(disrupted=_why(out.overran, out.overflow, parser.error))
                    progressed = True
                    break
                elif not progressed:
                    raise SandboxError(f"the test harness stopped before test {name} "
                                       f"({out.diagnostics or out.exit_code})")
                else:
                    break
                if progress:
                    progress(name, len(results), len(tests))
            pending = [t for t in tests if t.name not in results]
    return results


def _why(overran: bool, overflow: bool, protocol_error: str | None) -> str:
    if overran:
        return "timeout"
    if overflow or protocol_error:
        return "interfered"
    return "killed"
