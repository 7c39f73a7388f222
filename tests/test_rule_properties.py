"""The rules on generated answers: consistent answers pass, and every injected fault is reported
at its place by the right rule — and changes nothing else in the report.

Answers are built constructively (``tests/generate/``: persons → memberships → counts), so a
consistent answer holds ``max(parts) <= total <= sum(parts)`` everywhere and uses catalogue codes
of its own sector with their catalogue labels. A fault is injected into a deep copy of the
model, which is printed with the same :class:`~generate.choices.Plan` (the same layout); both are
read and audited, and the findings compared by anchor (row, total, subtotal, header …) rather
than by line (see :mod:`generate.faults`).

What may change, per fault, and nothing else:

* the totals rules (``total-exceeds-parts``, ``total-below-largest-part``,
  ``parts-exceed-total``) at the checks whose figures the fault changed — and there they must
  say exactly what :func:`generate.faults.expected_totals` computes from the numbers;
* ``double-count-outlier`` (information, measured against the median of its table) in the
  tables whose figures changed;
* the one finding the fault itself must add: ``code-outside-sector``, ``duplicate-row`` or
  ``stage-not-final`` at the faulted row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hypothesis import event, given, note
from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.faults import (
    TOTALS_RULES, Fault, Key, breaks, changed_checks, expected_totals, finding_keys,
    inject_lowered_total, inject_non_final_code, inject_other_sector_code, inject_raised_total,
    inject_repeated_row, inject_transposition, with_graduates,
)
from generate.model import catalogue_pool, draw_answer
from generate.render import Rendered, render
from okot_audit.audit import audit
from okot_audit.catalogue import default_catalogue
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source
from strategies import Case, consistent_answers

CATALOGUE = default_catalogue()


def audited(rendered: Rendered):
    answer = parse_answer(decode_source(rendered.data(), "generated.txt"))
    return answer, audit(answer)


def table_ids(model, answer) -> dict[int, tuple[str, str]]:
    assert len(answer.tables) == len(model.tables), [t.id for t in answer.tables]
    return {m.uid: (t.id, t.measure) for m, t in zip(model.tables, answer.tables)}


def matches(key: Key, partial: dict) -> bool:
    return all(getattr(key, name) == value for name, value in partial.items())


# ---------------------------------------------------------------------------------------------
# Strategies: a consistent case, and a fault drawn into a copy of it


@st.composite
def graduates_answers(draw) -> Case:
    """A consistent answer with at least one graduates table (every table holds final stages)."""
    chooser = DrawChooser(draw)
    sector = chooser.choice(("onderwijs", "zorg"))
    final = catalogue_pool(CATALOGUE, sector, final_only=True)
    model = draw_answer(chooser, sector=sector, pools=dict.fromkeys(("started", "graduated", "stopped_or_failed"), final))
    model = with_graduates(model, chooser)
    plan = Plan(chooser)
    return Case(model, plan, render(model, plan, encodings=False))


@dataclass
class Drawn:
    """A consistent case, a fault in a copy of it (None when the answer offers no place for
    it), and the copy printed with the case's plan."""

    case: Case
    fault: Fault | None
    rendered: Rendered | None

    def __iter__(self):
        return iter((self.case, self.fault, self.rendered))

    def __repr__(self) -> str:
        return f"{self.fault!r} in\n{self.case!r}"

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(repr(self))


@st.composite
def faulty_cases(draw, inject, base=consistent_answers()) -> Drawn:
    case = draw(base)
    fault = inject(case.model, DrawChooser(draw))
    return Drawn(case, fault, render(fault.model, case.plan, encodings=False) if fault else None)


def with_catalogue(inject):
    return lambda model, chooser: inject(model, chooser, CATALOGUE)


# ---------------------------------------------------------------------------------------------
# The comparison


def assert_only_the_fault_changes(case: Case, fault: Fault, rendered: Rendered) -> list[Key]:
    """Audit the case and its faulty copy; assert the differences are those the fault allows.

    Returns the totals findings at the checks the fault changed (for fault-specific asserts)."""
    layout = next(t.layout for t in fault.model.tables if t.uid == fault.table)
    event(f"{fault.kind} at a {fault.anchor[0]} of a {layout} table")
    note(f"faulty answer:\n{Case(fault.model, case.plan, rendered)!r}")
    base_answer, base_report = audited(case.rendered)
    answer, report = audited(rendered)
    ids = table_ids(case.model, base_answer)
    assert table_ids(fault.model, answer) == ids
    base = finding_keys(base_report.findings, case.rendered)
    after = finding_keys(report.findings, rendered)
    note(f"findings before: {base}")
    note(f"findings after:  {after}")

    changed = changed_checks(case.model, fault.model)
    touched = {anchor[1] for anchor, _ in changed}  # uids of tables whose figures changed
    row_table = {r.anchor: t.uid for t in fault.model.tables for r in t.rows()}

    def volatile(key: Key) -> bool:
        if key.rule in TOTALS_RULES:
            return (key.anchor, key.period) in changed
        if key.rule in ("likely-typo", "error-located"):  # information on the failing tables
            return key.severity == "info" and row_table.get(key.anchor, key.anchor[1]) in touched
        return key.rule == "double-count-outlier" and key.anchor[0] in ("total", "subtotal") and key.anchor[1] in touched

    # The totals rules at the changed checks say exactly what the numbers say.
    totals = [k for k in after if k.rule in TOTALS_RULES and (k.anchor, k.period) in changed]
    assert totals == expected_totals(fault.model, ids, changed)

    # double-count-outlier may come or go, as information, at totals of the touched tables only.
    moved = (Counter(k for k in after if k.rule == "double-count-outlier")
             - Counter(k for k in base if k.rule == "double-count-outlier"))
    moved += (Counter(k for k in base if k.rule == "double-count-outlier")
              - Counter(k for k in after if k.rule == "double-count-outlier"))
    assert all(volatile(k) and k.severity == "info" for k in moved), moved

    # Everything else: unchanged, but for what the fault itself must add.
    stable_before = Counter(k for k in base if not volatile(k))
    stable_after = Counter(k for k in after if not volatile(k))
    assert stable_before - stable_after == Counter(), "findings lost"
    added = list((stable_after - stable_before).elements())
    assert len(added) == len(fault.adds), added
    for want in fault.adds:
        assert any(matches(k, want) for k in added), (want, added)
    return totals


# ---------------------------------------------------------------------------------------------
# Consistent answers


@given(consistent_answers())
def test_consistent_answers_give_no_error_and_no_warning(case):
    answer, report = audited(case.rendered)
    assert [f for f in report.findings if f.severity != "info"] == []
    # ... and every total whose parts sum to more is reported with exactly that difference.
    keys = finding_keys(report.findings, case.rendered)
    totals = [k for k in keys if k.rule in TOTALS_RULES]
    assert totals == expected_totals(case.model, table_ids(case.model, answer))


@given(graduates_answers())
def test_graduates_of_final_stages_give_no_error_and_no_warning(case):
    answer, report = audited(case.rendered)
    assert [f for f in report.findings if f.severity != "info"] == []


# ---------------------------------------------------------------------------------------------
# Faults in the figures


@given(faulty_cases(inject_raised_total))
def test_a_total_raised_above_its_parts(drawn):
    case, fault, rendered = drawn
    totals = assert_only_the_fault_changes(case, fault, rendered)
    hit = [k for k in totals if (k.anchor, k.period) == (fault.anchor, fault.period)]
    assert [k.rule for k in hit] == ["total-exceeds-parts"], totals


@given(faulty_cases(inject_lowered_total))
def test_a_total_lowered_below_its_largest_part(drawn):
    case, fault, rendered = drawn
    totals = assert_only_the_fault_changes(case, fault, rendered)
    hit = [k for k in totals if (k.anchor, k.period) == (fault.anchor, fault.period)]
    assert [k.rule for k in hit] == ["total-below-largest-part"], totals


@given(faulty_cases(inject_transposition))
def test_a_digit_transposition(drawn):
    """Reported wherever the swapped figure puts a total outside ``[max(parts), sum(parts)]``
    — as the total, or as a part of one; where it does not, only information changes."""
    case, fault, rendered = drawn
    if fault is None:
        event("no figure with two different adjacent digits")
        return
    totals = assert_only_the_fault_changes(case, fault, rendered)
    broken = breaks(fault.model, fault.anchor, fault.period)
    event("breaks a constraint" if broken else "breaks no constraint")
    errors = {(k.anchor, k.period) for k in totals if k.severity == "error"}
    assert errors == set(broken), (errors, broken)


# ---------------------------------------------------------------------------------------------
# Faults in the rows


@given(faulty_cases(with_catalogue(inject_other_sector_code)))
def test_a_code_of_another_sector(drawn):
    case, fault, rendered = drawn
    assert_only_the_fault_changes(case, fault, rendered)


@given(faulty_cases(inject_repeated_row))
def test_a_repeated_row(drawn):
    case, fault, rendered = drawn
    totals = assert_only_the_fault_changes(case, fault, rendered)
    assert all(k.severity == "info" for k in totals), totals  # the same persons: no total breaks


@given(faulty_cases(with_catalogue(inject_non_final_code), base=graduates_answers()))
def test_a_non_final_code_among_graduates(drawn):
    case, fault, rendered = drawn
    assert_only_the_fault_changes(case, fault, rendered)
