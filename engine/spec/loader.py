"""Load and validate an exercise folder into the model (see docs/exercise-format.md)."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from engine.spec.model import (
    COMPARE_MODES,
    SIGNALS,
    TEST_KINDS,
    Constraints,
    Exercise,
    Expect,
    FileExpect,
    Fixture,
    Limits,
    LintPolicy,
    Localized,
    Matcher,
    SignalStep,
    TestCase,
)
from engine.spec.yamlcheck import Node, Problem, Reader, SpecError

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MODE_RE = re.compile(r"^0?[0-7]{3}$")
SCRIPT_RE = re.compile(r"^[A-Za-z0-9._-]+$")
ENV_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TEST_KEYS = ("description", "args", "stdin", "env", "files", "kind", "signal", "expect", "expect_first",
             "weight", "timeout", "hint")
LIMIT_KEYS = ("timeout", "cpu", "memory", "pids", "output", "file_size", "open_files", "disk")
MAX_FIXTURE = 4 * 1024**2


def load_exercise(root: Path, display_root: str | None = None) -> Exercise:
    """Read `root` (an exercise folder); raise SpecError naming file, line and field on any problem."""
    shown = display_root or str(root)
    reader = Reader(root / "exercise.yaml", f"{shown}/exercise.yaml")
    doc = reader.load()
    if doc is None:
        reader.raise_if_problems()
        raise AssertionError("unreachable")
    fields = reader.mapping(doc, ("id", "script", "title"),
                            ("topics", "limits", "constraints", "lint"))
    ex_id = reader.string(fields["id"]) if "id" in fields else None
    if ex_id is not None and ex_id != root.name:
        reader.fail(fields["id"], f"must equal the folder name '{root.name}'")
    elif ex_id is not None and not ID_RE.match(ex_id):
        reader.fail(fields["id"], "use lowercase letters, digits and '-'")
    script = reader.string(fields["script"]) if "script" in fields else None
    if script is not None and not SCRIPT_RE.match(script):
        reader.fail(fields["script"], "must be a plain file name such as head-tail.sh")
    title = _localized(reader, fields["title"]) if "title" in fields else Localized()
    topics = tuple(reader.strings(fields["topics"])) if "topics" in fields else ()
    limits = _limits(reader, fields["limits"]) if "limits" in fields else Limits()
    constraints = _constraints(reader, fields["constraints"]) if "constraints" in fields else None
    lint = _lint(reader, fields["lint"]) if "lint" in fields else LintPolicy()
    reader.raise_if_problems()

    tests: list[TestCase] = []
    problems: list[Problem] = []
    for visible, name in ((True, "visible"), (False, "hidden")):
        path = root / "tests" / f"{name}.yaml"
        if not path.exists() and not visible:
            continue
        treader = Reader(path, f"{shown}/tests/{name}.yaml")
        tests.extend(_tests_file(treader, root, visible))
        problems.extend(treader.problems)
    seen: set[str] = set()
    for test in tests:
        if test.name in seen:
            problems.append(Problem(f"{shown}/tests", 0, test.name, "test name used twice"))
        seen.add(test.name)
    if not tests and not problems:
        problems.append(Problem(f"{shown}/tests", 0, "", "the exercise has no tests"))
    if problems:
        raise SpecError(problems)
    assert ex_id is not None and script is not None
    return Exercise(id=ex_id, root=root, script=script, title=title, limits=limits, tests=tuple(tests),
                    topics=topics, constraints=constraints, lint=lint)


def _tests_file(reader: Reader, root: Path, visible: bool) -> list[TestCase]:
    doc = reader.load()
    if doc is None:
        return []
    top = reader.mapping(doc, ("tests",), ("defaults",))
    defaults = reader.mapping(top["defaults"], (), TEST_KEYS) if "defaults" in top else {}
    out = []
    for item in reader.items(top["tests"]) if "tests" in top else ():
        own = reader.mapping(item, ("name",), TEST_KEYS)
        if "name" not in own:
            continue
        test = _test(reader, root, visible, item, _merge(reader, defaults, own))
        if test is not None:
            out.append(test)
    return out


def _merge(reader: Reader, defaults: dict[str, Node], own: dict[str, Node]) -> dict[str, Node]:
    merged = dict(defaults)
    for key, node in own.items():
        if key in ("files", "env") and key in defaults:
            combined = dict(reader.entries(defaults[key]))
            combined.update(reader.entries(node))
            merged[key] = Node(combined, node.line, node.path)
        else:
            merged[key] = node
    return merged


def _test(reader: Reader, root: Path, visible: bool, item: Node, f: dict[str, Node]) -> TestCase | None:
    before = len(reader.problems)
    name = reader.string(f["name"]) or ""
    if name and not NAME_RE.match(name):
        reader.fail(f["name"], "use lowercase letters, digits and '-'")
    kind = reader.string(f["kind"]) if "kind" in f else "run"
    if kind is not None and kind not in TEST_KINDS:
        reader.fail(f["kind"], f"must be one of {', '.join(TEST_KINDS)}")
    signal = _signal(reader, f["signal"]) if "signal" in f else None
    if kind == "signal" and "signal" not in f:
        reader.fail(item, "a test of kind 'signal' needs a 'signal' key")
    if kind != "signal" and "signal" in f:
        reader.fail(f["signal"], "only tests of kind 'signal' take a signal")
    if "expect" not in f:
        reader.fail(item, "missing required key 'expect'")
    expect = _expect(reader, f["expect"]) if "expect" in f else Expect()
    expect_first = _expect(reader, f["expect_first"]) if "expect_first" in f else None
    if expect_first is not None and kind != "twice":
        reader.fail(f["expect_first"], "only tests of kind 'twice' take expect_first")
    args = tuple(reader.strings(f["args"])) if "args" in f else ()
    stdin = None
    if "stdin" in f:
        text = reader.string(f["stdin"], allow_scalars=True)
        stdin = text.encode() if text is not None else None
    env = tuple(_env(reader, f["env"])) if "env" in f else ()
    files = tuple(_fixtures(reader, root, f["files"])) if "files" in f else ()
    weight = reader.number(f["weight"], low=-1e-9) if "weight" in f else 1.0
    timeout = reader.number(f["timeout"]) if "timeout" in f else None
    hint = _localized(reader, f["hint"]) if "hint" in f else Localized()
    description = _localized(reader, f["description"]) if "description" in f else Localized()
    if len(reader.problems) > before:
        return None
    return TestCase(name=name, visible=visible, expect=expect, args=args, stdin=stdin, env=env, files=files,
                    kind=kind or "run", signal=signal, expect_first=expect_first,
                    weight=weight if weight is not None else 1.0, timeout=timeout, hint=hint,
                    description=description)


def _expect(reader: Reader, node: Node) -> Expect:
    f = reader.mapping(node, (), ("stdout", "stderr", "status", "max_cpu", "files"))
    files = tuple(x for x in (_file_expect(reader, n) for n in reader.items(f["files"])) if x) \
        if "files" in f else ()
    if isinstance(node.value, dict) and not node.value:
        reader.fail(node, "an expectation needs at least one of stdout, stderr, status, max_cpu, files")
    return Expect(
        stdout=_matcher(reader, f["stdout"]) if "stdout" in f else None,
        stderr=_matcher(reader, f["stderr"]) if "stderr" in f else None,
        status=reader.integer(f["status"], 0, 255) if "status" in f else None,
        max_cpu=reader.number(f["max_cpu"]) if "max_cpu" in f else None,
        files=files,
    )


def _file_expect(reader: Reader, node: Node) -> FileExpect | None:
    f = reader.mapping(node, ("path",), ("exists", "content", "mode", "type", "entries"))
    path = _rel_path(reader, f["path"]) if "path" in f else None
    exists = reader.boolean(f["exists"]) if "exists" in f else None
    mode = _mode(reader, f["mode"]) if "mode" in f else None
    ftype = reader.string(f["type"]) if "type" in f else None
    if ftype is not None and ftype not in ("file", "dir"):
        reader.fail(f["type"], "must be 'file' or 'dir'")
    if exists is False and len(f) > 2:
        reader.fail(node, "a path expected absent takes no content, mode or type")
    content = _matcher(reader, f["content"]) if "content" in f else None
    entries = None
    if "entries" in f:
        entries = tuple(sorted(reader.strings(f["entries"])))
        if any("/" in e or e in ("", ".", "..") for e in entries):
            reader.fail(f["entries"], "list plain names of entries, without '/'")
        if content is not None or ftype == "file":
            reader.fail(f["entries"], "only a directory has entries")
    if path is None:
        return None
    return FileExpect(path=path, exists=exists, content=content, mode=mode, type=ftype, entries=entries)


def _matcher(reader: Reader, node: Node) -> Matcher | None:
    if isinstance(node.value, str):
        return Matcher("exact", str(node.value))
    f = reader.mapping(node, (), COMPARE_MODES)
    if len(f) != 1:
        if isinstance(node.value, dict):
            reader.fail(node, f"give exactly one comparison mode among {', '.join(COMPARE_MODES)}")
        return None
    mode, value_node = next(iter(f.items()))
    value = reader.string(value_node, allow_scalars=True)
    if value is None:
        return None
    if mode == "regex":
        try:
            re.compile(value)
        except re.error as exc:
            reader.fail(value_node, f"invalid regular expression: {exc}")
            return None
    return Matcher(mode, value)


def _signal(reader: Reader, node: Node) -> SignalStep | None:
    f = reader.mapping(node, ("wait_for", "send"), ("after",))
    after = reader.number(f["after"], low=-1e-9) if "after" in f else 0.0
    wait_for = reader.string(f["wait_for"], allow_scalars=True) if "wait_for" in f else None
    send = reader.string(f["send"]) if "send" in f else None
    if send is not None:
        send = send.upper().removeprefix("SIG")
        if send not in SIGNALS:
            reader.fail(f["send"], f"unknown signal; use one of {', '.join(SIGNALS)}")
    if wait_for is not None and ("\n" in wait_for or not wait_for):
        reader.fail(f["wait_for"], "must be one non-empty line")
    if wait_for is None or send is None:
        return None
    return SignalStep(wait_for=wait_for, send=send, after=after or 0.0)


def _env(reader: Reader, node: Node) -> list[tuple[str, str]]:
    out = []
    for key, value in reader.entries(node):
        if not ENV_RE.match(key):
            reader.fail(value, "not a valid environment variable name")
        text = reader.string(value, allow_scalars=True)
        if text is not None:
            out.append((key, text))
    return out


def _fixtures(reader: Reader, root: Path, node: Node) -> list[Fixture]:
    out = []
    for key, value in reader.entries(node):
        path = _rel_path(reader, Node(key.rstrip("/"), value.line, value.path))
        if path is None:
            continue
        if isinstance(value.value, str):
            out.append(Fixture(path, str(value.value).encode()))
            continue
        f = reader.mapping(value, (), ("content", "from", "mode", "dir"))
        mode = _mode(reader, f["mode"]) if "mode" in f else None
        if "dir" in f:
            if reader.boolean(f["dir"]) is not True or len(set(f) - {"dir", "mode"}) > 0:
                reader.fail(value, "a directory takes only 'dir: true' and 'mode'")
            out.append(Fixture(path, b"", mode, is_dir=True))
        elif ("content" in f) == ("from" in f):
            reader.fail(value, "give exactly one of 'content', 'from' or 'dir'")
        elif "content" in f:
            text = reader.string(f["content"], allow_scalars=True)
            out.append(Fixture(path, (text or "").encode(), mode))
        else:
            data = _read_from(reader, root, f["from"])
            if data is not None:
                out.append(Fixture(path, data, mode))
    return out


def _read_from(reader: Reader, root: Path, node: Node) -> bytes | None:
    rel = reader.string(node)
    if rel is None:
        return None
    source = (root / rel).resolve()
    if not source.is_relative_to(root.resolve()):
        reader.fail(node, "must name a file inside the exercise folder")
        return None
    if not source.is_file():
        reader.fail(node, f"no such file: {rel}")
        return None
    if source.stat().st_size > MAX_FIXTURE:
        reader.fail(node, "fixture larger than 4 MiB")
        return None
    return source.read_bytes()


def _rel_path(reader: Reader, node: Node) -> str | None:
    text = reader.string(node)
    if text is None:
        return None
    pure = PurePosixPath(text)
    if not text or pure.is_absolute() or ".." in pure.parts or "\0" in text:
        reader.fail(node, "must be a relative path inside the working directory, without '..'")
        return None
    return str(pure)


def _mode(reader: Reader, node: Node) -> str | None:
    if isinstance(node.value, int) and not isinstance(node.value, bool):
        reader.fail(node, "write the mode as a quoted octal string, e.g. \"0644\"")
        return None
    text = reader.string(node)
    if text is not None and not MODE_RE.match(text):
        reader.fail(node, "must be octal permission bits such as \"0644\" or \"700\"")
        return None
    return text.lstrip("0").rjust(3, "0") if text is not None else None


def _localized(reader: Reader, node: Node) -> Localized:
    if isinstance(node.value, str):
        return Localized(es=str(node.value), en=str(node.value))
    f = reader.mapping(node, (), ("es", "en"))
    es = reader.string(f["es"]) if "es" in f else ""
    en = reader.string(f["en"]) if "en" in f else ""
    return Localized(es=es or "", en=en or "")


def _limits(reader: Reader, node: Node) -> Limits:
    f = reader.mapping(node, (), LIMIT_KEYS)
    base = Limits()
    values: dict[str, float | int] = {}
    for key, child in f.items():
        if key == "timeout":
            got: float | int | None = reader.number(child)
        elif key in ("cpu", "pids", "open_files"):
            got = reader.integer(child, 1, 1_000_000)
        else:
            got = reader.size(child)
        if got is not None:
            values[key] = got
    return Limits(**{**base.__dict__, **values})


def _constraints(reader: Reader, node: Node) -> Constraints:
    f = reader.mapping(node, (), ("require", "forbid", "weight"))
    weight = reader.number(f["weight"]) if "weight" in f else 1.0
    require = tuple(reader.strings(f["require"])) if "require" in f else ()
    forbid = tuple(reader.strings(f["forbid"])) if "forbid" in f else ()
    if not require and not forbid:
        reader.fail(node, "give 'require' or 'forbid'")
    return Constraints(require=require, forbid=forbid, weight=weight or 1.0)


def _lint(reader: Reader, node: Node) -> LintPolicy:
    f = reader.mapping(node, (), ("weight", "per_finding", "fail_on"))
    weight = reader.number(f["weight"], low=-1e-9) if "weight" in f else 0.0
    per = reader.number(f["per_finding"]) if "per_finding" in f else 0.5
    fail_on = reader.string(f["fail_on"]) if "fail_on" in f else "warning"
    if fail_on not in ("error", "warning", "info", "style"):
        reader.fail(f["fail_on"], "must be error, warning, info or style")
    return LintPolicy(weight=weight or 0.0, per_finding=per or 0.5, fail_on=fail_on or "warning")


__all__ = ["SpecError", "load_exercise"]
