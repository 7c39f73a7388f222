"""Findings and the report that holds them: plain data, no rendering, no decisions.

A :class:`Finding` carries its numbers (``stated``, ``observed``, ``difference``) as well as
its sentence, so that programs never have to parse messages. A :class:`Report` is the
documents read, the findings in a deterministic order, and the summary counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from okot_audit.quick import quick_init

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from okot_audit.tables import Answer

SEVERITIES = ("error", "warning", "info")
#: Higher is worse.
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}


@quick_init
@dataclass(frozen=True)
class Finding:
    """One thing that does not hold together (or a fact the reader must know)."""

    rule: str
    code: str
    severity: str
    path: str
    line: int | None
    table: str | None
    measure: str | None
    period: str | None
    province: str | None
    training_code: str | None
    stated: int | None
    observed: int | None
    difference: int | None
    message: str
    label: str | None = None  # the row or total line (beside its province) where no code names it
    page: int | None = None  # PDF input: the 1-based page of `line`
    suggestion: int | None = None  # likely-typo: the figure that would fit (never applied)
    #: Other places the finding speaks of, as ``(path, line, page)``: figure-revised names the
    #: earlier answer's cell. Not a JSON key (CONTRACT.md); SARIF reports them as ``relatedLocations``.
    related: tuple[tuple[str, int | None, int | None], ...] = ()
    #: Among several findings of one rule about one figure, the order of preference (likely-typo:
    #: 1 is the best suggestion). Not a JSON key; it orders the report (:meth:`sort_key`).
    rank: int | None = None
    #: What the finding means for the reader of the answer, where its rule says it apart
    #: (``do not add up the rows``): the closing clause `message` ends with, or "". Not a JSON
    #: key; the text and Markdown reports say a meaning that many findings share once.
    meaning: str = ""
    #: What the finding is to the others, as its rule declares it (:attr:`okot_audit.rules.base.Rule.role`):
    #: ``total`` (it says whether a total holds), ``suspect`` (it names a printed figure that may be
    #: wrong) or "". Not a JSON key.
    role: str = ""
    #: A suspect: the findings it would explain, each as ``(rule, line, period)`` in its file and
    #: table (the errors of the totals it would put right), as the audit linked them
    #: (:func:`okot_audit.rules.base.link_suspects`). Not a JSON key; the reports note the
    #: suspect under each.
    explains: tuple[tuple[str, int | None, str | None], ...] = ()
    #: Findings of one rule in one file with the same group are alternatives of each other, the
    #: one of :attr:`rank` 1 the most likely (likely-typo: the corrections for one set of failing
    #: totals). Not a JSON key.
    group: int | None = None

    @property
    def row(self) -> str:
        """The row the finding stands in as a report names it: its training code, else its
        province and its own words (``Limburg -25 jaar``, ``Antwerpen Vrouw``), or either alone."""
        return self.training_code or " ".join(bit for bit in (self.province, self.label) if bit)

    @property
    def is_suspect(self) -> bool:
        """Whether the finding names a printed figure that may be wrong, with the totals it is
        about (``error-located`` saying only that the table cannot tell which figure is wrong
        names none)."""
        return self.role == "suspect" and bool(self.related)

    @property
    def fails_total(self) -> bool:
        """Whether the finding says a total does not hold (an error or a warning of a totals rule)."""
        return self.role == "total" and self.severity in ("error", "warning")

    @property
    def alternative(self) -> bool:
        """Whether the finding is a less likely alternative of another of its :attr:`group`."""
        return self.group is not None and bool(self.rank) and self.rank != 1

    def as_dict(self) -> dict:
        """The finding as the JSON report writes it (CONTRACT.md keys, in that order)."""
        return {key: getattr(self, key) for key in JSON_KEYS}

    def stored(self) -> dict:
        """Every field as plain JSON data (the result cache): :meth:`as_dict` and the places,
        rank and meaning that are no JSON keys; :meth:`from_stored` gives the finding back."""
        return {**self.as_dict(), "related": [list(place) for place in self.related], "rank": self.rank,
                "meaning": self.meaning, "role": self.role, "explains": [list(key) for key in self.explains],
                "group": self.group}

    @classmethod
    def from_stored(cls, data: dict) -> "Finding":
        related = tuple(tuple(place) for place in data.get("related") or ())
        explains = tuple(tuple(key) for key in data.get("explains") or ())
        return cls(**{**data, "related": related, "explains": explains})

    def sort_key(self) -> tuple:
        return (
            self.path, self.line or 0, self.table or "", self.period or "",
            self.province or "", self.training_code or "", self.code,
            self.rank or 0, self.message,
        )


FINDING_FIELDS = tuple(f.name for f in fields(Finding))
#: The keys of a finding in the JSON report, in CONTRACT.md order.
JSON_KEYS = (
    "rule", "code", "severity", "path", "line", "table", "measure", "period", "province",
    "training_code", "label", "page", "stated", "observed", "difference", "suggestion", "message",
)

#: The pandas dtypes of :meth:`Report.frame`: nullable ``string`` and ``Int64``, as in the
#: cells frame (:data:`okot_audit.tables.TIDY_DTYPES`).
FRAME_DTYPES = {
    key: "Int64" if key in ("line", "page", "stated", "observed", "difference", "suggestion") else "string"
    for key in JSON_KEYS
}


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be audited at all (exit status 2): where and why, one line."""

    path: str
    line: int | None
    message: str
    dutch: str | None = None  # the same reason in Dutch, when the reader gave it (InputError.dutch)

    def message_in(self, lang: str) -> str:
        """The reason in `lang`: the reader's own Dutch, else the catalogue's (okot_audit.i18n)."""
        if lang != "nl":
            return self.message
        if self.dutch:
            return self.dutch
        from okot_audit.i18n import translate

        return translate(self.message, lang)


@dataclass
class Report:
    """The outcome of an audit: documents read, findings sorted by place, and the inputs that
    could not be read at all (each with its one-line reason)."""

    answers: list["Answer"]
    findings: list[Finding] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.findings = sorted(self.findings, key=Finding.sort_key)

    @property
    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def fails(self, level: str = "error") -> bool:
        """Whether any finding is at `level` or worse (the CLI's exit status 1)."""
        threshold = SEVERITY_RANK[level]
        return any(SEVERITY_RANK[f.severity] >= threshold for f in self.findings)

    def by_rule(self, rule: str) -> list[Finding]:
        """The findings of one rule (by name or code)."""
        return [f for f in self.findings if rule in (f.rule, f.code)]

    def flatten(self, keys: list[str]) -> list[list]:
        """Findings as rows of the chosen keys — handy in tests and notebooks."""
        return [[getattr(f, k) for k in keys] for f in self.findings]

    def frame(self) -> "pd.DataFrame":
        """The findings as a DataFrame, one row per finding, CONTRACT.md columns."""
        import pandas as pd

        frame = pd.DataFrame.from_records(
            [f.as_dict() for f in self.findings], columns=list(JSON_KEYS)
        )
        return frame.astype(FRAME_DTYPES)  # the same dtypes for no findings as for many

    def to_dict(self, tool_version: str) -> dict:
        """The JSON report of CONTRACT.md as plain data."""
        return {
            "tool": "okot-audit",
            "version": tool_version,
            "documents": [_public(a.describe()) for a in self.answers],
            "findings": [f.as_dict() for f in self.findings],
            "summary": self.summary,
        }


def _public(document: dict) -> dict:
    from okot_audit.tables import public_document

    return public_document(document)
