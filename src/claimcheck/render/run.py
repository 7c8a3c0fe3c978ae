"""A run: the reports of one invocation, the files that could not be read, and the policy.

Every renderer draws from one `Run`, so that all formats agree on which
findings fail the run: a finding fails when its kind is in ``fail_on`` and its
id is not ``accepted`` (a baseline). A file that could not be read is kept as
its error, so that CI formats can point at it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Literal

import attrs

from claimcheck.errors import ClaimcheckError, ModelError
from claimcheck.report import FAILING_KINDS, KINDS, Finding, Report

__all__ = ["Run", "Status", "fail_on_threshold"]

#: What a finding means for the run.
Status = Literal["failing", "accepted", "reported"]

_STATUSES: Final = ("failing", "accepted", "reported")


def fail_on_threshold(kind: str) -> frozenset[str]:
    """The kinds that fail a run when failing starts at *kind* (and everything more serious).

    >>> sorted(fail_on_threshold("inconsistency"))
    ['contradiction', 'inconsistency']
    """
    if kind not in KINDS:
        raise ModelError(f"fail-on kind {kind!r}: expected one of {', '.join(KINDS)}")
    return frozenset(KINDS[: KINDS.index(kind) + 1])


def _kinds(_: object, __: attrs.Attribute[frozenset[str]], value: frozenset[str]) -> None:
    unknown = sorted(value - set(KINDS))
    if unknown:
        raise ModelError(f"fail_on names {unknown}: expected kinds among {', '.join(KINDS)}")


def _reports(value: Iterable[Report]) -> tuple[Report, ...]:
    reports = tuple(value)
    for report in reports:
        if not isinstance(report, Report):
            raise ModelError(f"reports holds {report!r}: expected Report objects")
    return reports


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _errors(value: Iterable[ClaimcheckError]) -> tuple[ClaimcheckError, ...]:
    errors = tuple(value)
    for error in errors:
        if not isinstance(error, ClaimcheckError):
            raise ModelError(f"errors holds {error!r}: expected ClaimcheckError objects")
    return errors


@attrs.frozen(kw_only=True)
class Run:
    """The reports of one run, the errors of files that could not be read, and the policy."""

    reports: tuple[Report, ...] = attrs.field(default=(), converter=_reports)
    errors: tuple[ClaimcheckError, ...] = attrs.field(default=(), converter=_errors, eq=False)
    accepted: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    fail_on: frozenset[str] = attrs.field(default=FAILING_KINDS, converter=_names, validator=_kinds)

    def status(self, finding: Finding) -> Status:
        """Whether *finding* fails the run, is accepted by the baseline, or is only reported."""
        if finding.kind not in self.fail_on:
            return "reported"
        return "accepted" if finding.id in self.accepted else "failing"

    def failing(self, report: Report) -> tuple[Finding, ...]:
        """The findings of *report* that fail the run."""
        return tuple(f for f in report.findings if self.status(f) == "failing")

    @property
    def failed(self) -> bool:
        """True when some finding fails the run."""
        return any(self.failing(report) for report in self.reports)

    @property
    def exit_code(self) -> int:
        """2 when a file could not be read, 1 when a finding fails, 0 otherwise."""
        if self.errors:
            return 2
        return 1 if self.failed else 0

    def counts(self) -> dict[str, int]:
        """How many findings of each kind, and of each status, over every report."""
        counts = dict.fromkeys((*KINDS, *_STATUSES), 0)
        for report in self.reports:
            for finding in report.findings:
                counts[finding.kind] = counts.get(finding.kind, 0) + 1
                counts[self.status(finding)] += 1
        return counts
