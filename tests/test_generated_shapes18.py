"""Round 18's shapes, built from persons and read back exactly, in every form.

The generator (``tests/generate/``, :data:`generate.model.KINDS18`) draws them as it draws
every shape — persons → memberships → counts → printed answer — so a unique total really
counts each person once and a partition's total is its rows' sum:

- tables on their side: a line per year, a column per training code, category of persons
  or province, the total's column last (``Jaar 908003 908013 Totaal`` / ``2021* 12 - 7 18``);
- a table of its total alone (``2021 2022`` over ``Totaal 1.487 1.612``);
- rows by nationality (``Belg``, ``EU``, ``niet-EU``: a partition of persons);
- the older shapes (codes, programme names, categories, provinces, sector blocks) with their
  blank cells printed as a blank mark (``-``, ``x``) instead of left empty.

Properties, on the seeds' text form (single-spaced, blanks as extra spaces or marks), the PDF
(fpdf2, every table style), ``pdftotext -layout`` text of the PDF and the ``.xlsx`` annex:

- reading recovers exactly the constructed cells (measure, level, code, label, province,
  period, count, partial, semantics, and their line, page or sheet row) and reports nothing;
- the totals rules report exactly what the figures say (:meth:`TableModel.total_checks` is the
  oracle): on a consistent answer the persons counted twice under a unique total, and nothing
  at error or warning level; after a fault — a changed figure, or persons counted in two rows
  of a table whose total counts them once — exactly what the oracle says of the faulty answer.
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
from generate.model import KINDS18, AnswerModel, Group, recount
from generate.pdf import document_from_model, draw_style, write_pdf
from generate.render import Rendered, render
from generate.xlsx import write_xlsx
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source, source_from_bytes
from strategies import Case, consistent_answers, shaped_answers
from test_roundtrip_property import assert_reads_back
from test_shapes_forms import assert_exact

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

#: Each kind's answers have mostly tables of that kind, and now and then one of another.
KIND = pytest.mark.parametrize("kind", KINDS18)
#: PDFs are not shrunk: one per example (CI time counts); a failure prints its answer.
FAST = (Phase.explicit, Phase.reuse, Phase.generate)


def _kinds(kind: str) -> tuple[str, ...]:
    return (kind, kind, kind, *KINDS18)


def _case(data, kind: str) -> Case:
    return data.draw(shaped_answers(kinds=_kinds(kind)), label="case")


def _shapes(model: AnswerModel) -> None:
    for table in model.tables:
        shape = table.shape
        event(f"{shape.kind}" + (" turned" if shape.turned else "") + (" total only" if shape.total_only else "")
              + (f" marks {shape.blank_mark}" if shape.blank_mark else "") + f" by {shape.periods}")


def _pages(document) -> dict[tuple, int]:
    """The page each printed row of the model's document stands on, by its anchor."""
    return {row.anchor: row.page for table in document.tables for row in table.rows if row.anchor}


# ---------------------------------------------------------------------------------------------
# What the properties found: the smallest examples


HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _cells(text: str) -> tuple[list[tuple], list]:
    answer = read_text(HEAD + text + "\n", "generated.txt")
    cells = [(t.layout.name, c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return cells, answer.issues


def test_a_table_on_its_side_with_one_code_and_its_total_is_read():
    """``Jaar 000000 Totaal`` / ``2015 1 1``: one code's column beside the total's. Before, the
    header was no table's (two columns of parts at least) and its one line no table-like
    run: the figures were neither read nor reported."""
    cells, issues = _cells("Jaar 000000 Totaal\n2015 1 1")
    assert issues == []
    assert cells == [("code_rows", "row", "000000", "2015", 1, 9), ("code_rows", "total", "Totaal", "2015", 1, 9)]


def test_a_table_on_its_side_in_the_seeds_form_reads_its_blanks_from_the_spaces():
    """The seeds' form prints ``k`` blank cells as ``k + 1`` spaces, on a table's side too
    (``2015 4  4``: 908013 blank). Before, such a line was an ``ambiguous-alignment`` error."""
    cells, issues = _cells("Jaar 908003 908013 Totaal\n2015 4  4\n2016 1 1 2")
    assert issues == []
    assert cells == [
        ("code_rows", "row", "908003", "2015", 4, 9), ("code_rows", "total", "Totaal", "2015", 4, 9),
        ("code_rows", "row", "908003", "2016", 1, 10), ("code_rows", "row", "908013", "2016", 1, 10),
        ("code_rows", "total", "Totaal", "2016", 2, 10),
    ]


def test_a_category_on_its_side_in_the_seeds_form_reads_a_leading_blank():
    cells, issues = _cells("Jaar Man Vrouw Totaal\n2015  4 4\n2016 1 1 2")
    assert issues == []
    assert [c[2:5] for c in cells] == [
        ("Vrouw", "2015", 4), ("Totaal", "2015", 4), ("Man", "2016", 1), ("Vrouw", "2016", 1), ("Totaal", "2016", 2),
    ]
