"""The newer table shapes, built from persons and read back exactly, in every form.

The generator (``tests/generate/``, :data:`generate.model.NEWER_KINDS`) draws them as it draws
every shape — persons → memberships → counts → printed text — so a unique total really counts
each person once (``max(parts) <= total <= sum(parts)``, the surplus the persons counted twice):

- nested totals: the Flemish provinces closed by ``Vlaams Gewest`` (or ``Vlaanderen``), then
  ``Brussel`` and ``Totaal`` (persons who moved between a Flemish province and Brussels count in
  both); rows closed by ``Subtotaal``, more rows, ``Totaal`` (codes, programme names, or the
  values of an attribute with the persons whose value is not known: a partition, added up);
- several columns under each period, each naming a measure (``2021 2022`` over ``gestart
  geslaagd gestart geslaagd``, or each period with each name in one line): a table per
  measure over the same rows, each with its own persons;
- measures as rows (``Gestarte cursisten`` / ``Geslaagde cursisten`` by year, no total);
- a total column printed first (``Opleiding Totaal 2020 2021``).

Properties, each on the seeds' text form (single-spaced, blanks as extra spaces), the PDF,
``pdftotext -layout`` text of the PDF and the ``.xlsx`` annex:

- reading recovers exactly the constructed cells (measure, level, code, label, province,
  period, count, partial, semantics, line or page or sheet row) and reports nothing;
- the totals rules report exactly the constructed double counts (:meth:`TableModel.total_checks`
  is the oracle) and nothing at error or warning level on a consistent answer;
- a single corrupted figure — a total raised above its parts, or a part raised above its
  total — is reported by the totals rules exactly as the oracle says of the corrupted answer,
  with at least one error.
"""

from __future__ import annotations

import copy
import shutil

import pytest
from hypothesis import Phase, event, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.extract import extract
from generate.faults import TOTALS_RULES, anchor_of
from generate.model import NEWER_KINDS, AnswerModel
from generate.pdf import document_from_model, draw_style, write_pdf
from generate.render import Rendered, render
from generate.xlsx import write_xlsx
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source, source_from_bytes
from strategies import Case, consistent_answers, shaped_answers
from test_roundtrip_property import assert_reads_back, borne_out_as_two_readings
from test_shapes_forms import _pages, assert_exact

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

#: Each kind's answers have mostly tables of that kind, and now and then one of another.
KIND = pytest.mark.parametrize("kind", NEWER_KINDS)
#: PDFs are not shrunk: one per example (CI time counts); a failure prints its answer.
FAST = (Phase.explicit, Phase.reuse, Phase.generate)


def _case(data, kind: str) -> Case:
    return data.draw(shaped_answers(kinds=(kind, kind, kind, *NEWER_KINDS)), label="case")


def _shapes(model: AnswerModel) -> None:
    for table in model.tables:
        shape = table.shape
        event(f"{shape.rows} rows" + (" nested" if shape.nested else "") + (" total first" if shape.total_first else "")
              + (f" {len(shape.side)} measures" if shape.side else "") + f" by {shape.periods}")


# ---------------------------------------------------------------------------------------------
# Read back exactly


@KIND
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_the_seeds_form_reads_back_exactly(kind, data):
    """Single-spaced text, blank cells as extra spaces: every cell at its line, no issue."""
    case = _case(data, kind)
    _shapes(case.model)
    assert_reads_back(case)


@settings(max_examples=10, deadline=None, phases=FAST)
@given(data=st.data())
def test_the_pdf_reads_back_exactly(data):
    """Every cell on the page it was printed on, in every table style."""
    case = data.draw(shaped_answers(kinds=NEWER_KINDS), label="case")
    _shapes(case.model)
    document = document_from_model(case.model)
    style = draw_style(DrawChooser(data.draw))
    note(f"{style}")
    answer = parse_answer(source_from_bytes(write_pdf(document, style), "generated.pdf"))
    pages = _pages(document)
    assert_exact(answer, case.model, lambda t, c: pages[c.anchor], lambda c: c.page)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed (apt-get install poppler-utils)")
@settings(max_examples=10, deadline=None, phases=FAST)
@given(data=st.data())
def test_the_layout_text_of_the_pdf_reads_back_exactly(data):
    """``pdftotext -layout``: laid out with runs of spaces; every cell on its page."""
    case = data.draw(shaped_answers(kinds=NEWER_KINDS), label="case")
    _shapes(case.model)
    document = document_from_model(case.model)
    style = draw_style(DrawChooser(data.draw))
    text = extract(write_pdf(document, style), "pdftotext-layout")
    note(text)
    answer = read_text(text, "generated.txt")
    pages = _pages(document)
    assert_exact(answer, case.model, lambda t, c: pages[c.anchor], lambda c: c.page)


@settings(max_examples=10, deadline=None, phases=FAST)
@given(data=st.data(), sheets=st.booleans(), as_text=st.booleans())
def test_the_annex_reads_back_exactly(data, sheets, as_text):
    """The ``.xlsx`` annex: every cell at the sheet row of its row."""
    case = data.draw(shaped_answers(kinds=NEWER_KINDS), label="case")
    _shapes(case.model)
    document = document_from_model(case.model)
    workbook, where = write_xlsx(document, numbers_as_text=as_text, sheet_per_table=sheets)
    rows = {row.anchor: place[1] for table, places in zip(document.tables, where) for row, place in zip(table.rows, places)}
    answer = parse_answer(source_from_bytes(workbook, "annex.xlsx"))
    assert_exact(answer, case.model, lambda t, c: rows[c.anchor], lambda c: c.line, prose=False)


# ---------------------------------------------------------------------------------------------
# The totals rules against the oracle


def expected_totals(model: AnswerModel, ids: list[str]) -> list[tuple]:
    """What the totals rules must report, from the figures alone: per check of
    :meth:`~generate.model.TableModel.total_checks`, ``total > sum(parts)`` is
    ``total-exceeds-parts``, ``total < max(parts)`` ``total-below-largest-part``, and otherwise
    ``sum(parts) > total`` is ``parts-exceed-total`` (information for unique persons, the
    persons counted more than once; an error where the total adds its parts up). Each at the
    line of its total (a period's line, in a table printed on its side)."""
    out = []
    for table, table_id in zip(model.tables, ids):
        values = table.values()
        for anchor, column, parts, unique in table.total_checks():
            total = values[anchor][column]
            counts = [values[a][c] for a, c in parts]
            place = (table.period_anchor(column) if table.shape.turned else anchor, table_id, column, total)
            if total > sum(counts):
                out.append(("total-exceeds-parts", "error", *place, sum(counts)))
            elif total < max(counts):
                out.append(("total-below-largest-part", "error", *place, max(counts)))
            elif sum(counts) > total:
                out.append(("parts-exceed-total", "info" if unique else "error", *place, sum(counts)))
    return sorted(out, key=repr)


def refused_as_two_readings(model: AnswerModel, answer) -> set[str]:
    """The ids of the tables of which the reader said a row rather than read it where the
    model's own figures bear the reader out (:func:`test_roundtrip_property.borne_out_as_two_readings`):
    two readings the totals fit, a loud refusal by design, the table's totals left unchecked — or
    none (:func:`refused_as_fitting_none`)."""
    return {issue.table for issue in answer.issues
            if borne_out_as_two_readings(model, answer, issue) or refused_as_fitting_none(model, answer, issue)}


def refused_as_fitting_none(model: AnswerModel, answer, issue) -> bool:
    """Whether the reader said a row as fitting no reading (``ambiguous-alignment``, ``no-fit``: an
    error at the row) where the row reads several ways by its name's own numbers (``054634:
    Specifieke Educatieve 2`` / ``- 3 - deel 2 knelpuntvakken Opvoeder 67``, one period) and the
    model's own figures fit no total of its table either (a changed figure): no reading fits, so
    none is taken — loud by design (tests/test_rowchoice29.py), the table's totals left unchecked.
    Session 35 (seed 6101): before, the oracle wanted the totals' findings of such a table."""
    tables = {t.id: table for t, table in zip(answer.tables, model.tables)}
    table = tables.get(issue.table)
    if issue.kind != "ambiguous-alignment" or issue.reason != "no-fit" or table is None or not issue.code:
        return False
    row = next((r for r in table.rows() if r.code == issue.code), None)
    if row is None or not any(ch.isdigit() for ch in row.label):
        return False
    values = table.values()
    for anchor, column, parts, unique in table.total_checks():
        total, counts = values[anchor][column], [values[a][c] for a, c in parts]
        if row.anchor in [a for a, _ in parts] and not (
                max(counts) <= total <= sum(counts) if unique else total == sum(counts)):
            return True
    return False


def reported_totals(rendered: Rendered, report) -> list[tuple]:
    return sorted(
        ((f.rule, f.severity, anchor_of(f.line, rendered.anchors), f.table, f.period, f.stated, f.observed)
         for f in report.findings if f.rule in TOTALS_RULES),
        key=repr,
    )


def audited(rendered: Rendered):
    answer = parse_answer(decode_source(rendered.data(), "generated.txt"))
    return answer, audit(answer)


@KIND
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_a_consistent_answer_reports_exactly_its_double_counts(kind, data):
    """Catalogue codes of the answer's sector, final stages among graduates: no error and no
    warning; every total whose parts sum to more is reported with exactly that surplus."""
    case = data.draw(consistent_answers(kinds=(kind, kind, kind, *NEWER_KINDS)), label="case")
    _shapes(case.model)
    answer, report = audited(case.rendered)
    assert [(f.rule, f.line, f.message) for f in report.findings if f.severity != "info"] == []
    ids = [t.id for t in answer.tables]
    assert len(ids) == len(case.model.tables)
    assert reported_totals(case.rendered, report) == expected_totals(case.model, ids)


def corrupt(model: AnswerModel, chooser) -> tuple[AnswerModel, str]:
    """A copy of `model` with one printed figure corrupted: a total raised above the sum of its
    parts, or one of its parts raised above the total — always an error somewhere."""
    faulty = copy.deepcopy(model)
    checks = [(t, check) for t in faulty.tables for check in t.total_checks()]
    table, (anchor, column, parts, _) = chooser.choice(checks)
    values = table.values()
    total = values[anchor][column]
    if chooser.chance(50):
        new = sum(values[a][c] for a, c in parts) + chooser.integer(1, 60)
        values[anchor][column] = new
        return faulty, f"{anchor} {column}: total {total} -> {new}"
    part, part_column = chooser.choice(parts)
    old = values[part][part_column]
    values[part][part_column] = total + chooser.integer(1, 60)
    return faulty, f"{part} {part_column}: part {old} -> {values[part][part_column]} (total {total})"


@KIND
@settings(max_examples=8, deadline=None)
@given(data=st.data())
def test_a_corrupted_figure_is_reported_as_the_figures_say(kind, data):
    case = _case(data, kind)
    if not any(t.total_checks() for t in case.model.tables):
        event("no total (measures as rows only)")
        return
    chooser = DrawChooser(data.draw)
    faulty, what = corrupt(case.model, chooser)
    note(what)
    rendered = render(faulty, case.plan, encodings=False)
    note(Case(faulty, case.plan, rendered).__repr__())
    answer, report = audited(rendered)
    ids = [t.id for t in answer.tables]
    assert len(ids) == len(faulty.tables)
    found = reported_totals(rendered, report)
    assert found == expected_totals(faulty, ids)
    assert any(severity == "error" for _, severity, *_ in found)
