"""JUnit XML: a testsuite per story, a testcase per check, failures carrying the explanation.

CI systems (GitHub, GitLab, Jenkins, Azure) show JUnit reports as test
results. Each story file is a ``testsuite``; each check claimcheck makes (one
per finding code, in the order of `claimcheck.report.CODES`) is a
``testcase`` that fails when a finding of that code fails the run; the
failure's text is the readable explanation of every such finding. Findings
that do not fail (notes, findings the baseline accepts) are written to the
testcase's ``system-out``. A file that could not be read is a suite with one
``error``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from claimcheck.errors import ClaimcheckError
from claimcheck.render.describe import describe_claim, describe_relation, plural
from claimcheck.render.run import Run
from claimcheck.render.xmltext import xml_safe
from claimcheck.report import CODES, Finding, Report

__all__ = ["render_junit"]

_UNNAMED = "(story)"


def render_junit(run: Run) -> str:
    """The JUnit XML report of *run*."""
    root = ET.Element("testsuites", name="claimcheck")
    for report in run.reports:
        root.append(_suite(run, report))
    for error in run.errors:
        root.append(_error_suite(error))
    _totals(root, root.findall("testsuite"))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _totals(element: ET.Element, suites: Iterable[ET.Element]) -> None:
    for key in ("tests", "failures", "errors"):
        element.set(key, str(sum(int(s.get(key, "0")) for s in suites)))


def _suite(run: Run, report: Report) -> ET.Element:
    name = report.file or _UNNAMED
    suite = ET.Element(
        "testsuite", name=xml_safe(name), tests=str(len(CODES)), errors="0", skipped="0"
    )
    if report.story.title:
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="title", value=xml_safe(report.story.title))
    failures = 0
    for code in CODES:
        findings = [f for f in report.findings if f.code == code]
        failures += _case(suite, run, name, code, findings)
    suite.set("failures", str(failures))
    return suite


def _case(suite: ET.Element, run: Run, name: str, code: str, findings: list[Finding]) -> int:
    case = ET.SubElement(suite, "testcase", classname=xml_safe(f"claimcheck.{name}"), name=code)
    failing = [f for f in findings if run.status(f) == "failing"]
    passing = [f for f in findings if run.status(f) != "failing"]
    if failing:
        failure = ET.SubElement(
            case, "failure", type=failing[0].kind, message=xml_safe(_headline(failing))
        )
        failure.text = xml_safe("\n\n".join(_explain(f) for f in failing))
    if passing:
        out = ET.SubElement(case, "system-out")
        out.text = xml_safe("\n\n".join(f"[{run.status(f)}] {_explain(f)}" for f in passing))
    return 1 if failing else 0


def _headline(findings: list[Finding]) -> str:
    first = findings[0].message.splitlines()[0] if findings[0].message else findings[0].code
    more = len(findings) - 1
    return f"{first} (and {plural(more, 'more finding')})" if more else first


def _explain(finding: Finding) -> str:
    lines = [f"{finding.kind} {finding.code} (id {finding.id})", finding.message]
    if finding.expected is not None:
        lines.append(f"expected: {finding.expected}")
    if finding.stated is not None:
        lines.append(f"stated: {finding.stated}")
    lines.extend(f"  {step}" for step in finding.steps)
    lines.extend(f"claim {describe_claim(c)}" for c in finding.claims)
    lines.extend(f"relation {describe_relation(r)}" for r in finding.relations)
    return "\n".join(lines)


def _error_suite(error: ClaimcheckError) -> ET.Element:
    name = error.file or "(input)"
    suite = ET.Element(
        "testsuite", name=xml_safe(name), tests="1", failures="0", errors="1", skipped="0"
    )
    case = ET.SubElement(suite, "testcase", classname=xml_safe(f"claimcheck.{name}"), name="read")
    element = ET.SubElement(
        case, "error", type=type(error).__name__, message=xml_safe(error.message)
    )
    element.text = xml_safe(str(error))
    return suite
