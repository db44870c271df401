"""JUnit XML, as CI systems read it. Every string is made valid XML 1.0, whatever the script printed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from engine.result import Report

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def render(report: Report) -> str:
    tests = report.tests
    failures = sum(1 for t in tests if t.status == "fail")
    errors = sum(1 for t in tests if t.status in ("timeout", "error"))
    suites = ET.Element("testsuites", name="shellgrade", tests=str(len(tests)), failures=str(failures),
                        errors=str(errors), time=f"{report.elapsed:.3f}")
    suite = ET.SubElement(suites, "testsuite", name=clean(f"{report.exercise}.{report.mode}"),
                          tests=str(len(tests)), failures=str(failures), errors=str(errors),
                          time=f"{report.elapsed:.3f}")
    props = ET.SubElement(suite, "properties")
    for key, value in {"status": report.status, "score": f"{report.score:g}",
                       "max_score": f"{report.max_score:g}", "backend": report.backend,
                       **{f"environment.{k}": v for k, v in report.environment.items()}}.items():
        ET.SubElement(props, "property", name=clean(key), value=clean(str(value)))
    if report.error:
        err = ET.SubElement(suite, "testcase", classname=clean(report.exercise), name="sandbox")
        ET.SubElement(err, "error", message=clean(report.error)).text = clean(report.how_to_fix)
    for t in tests:
        elapsed = t.observed.elapsed if t.observed else 0.0
        case = ET.SubElement(suite, "testcase", classname=clean(report.exercise), name=clean(t.name),
                             time=f"{elapsed:.3f}")
        if t.status == "fail":
            ET.SubElement(case, "failure", message=clean(t.message)).text = clean(
                "\n".join(x for x in (t.hint, t.diff) if x))
        elif t.status in ("timeout", "error"):
            ET.SubElement(case, "error", type=t.status, message=clean(t.message)).text = clean(t.hint)
        if t.observed and t.status != "pass":
            ET.SubElement(case, "system-out").text = clean(t.observed.stdout)
            ET.SubElement(case, "system-err").text = clean(t.observed.stderr)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
