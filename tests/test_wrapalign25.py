"""Laid-out text (``pdftotext -layout``) of an unruled table that goes on over two or three pages,
names wrapped over two or three lines with their figures on the name's LAST line. Where the
figures stand was decided page by page: a page whose one wrapped name goes on on a line begun
with a capital (``Bachelor in de`` / ``Verpleegkunde  86``) reads whole both ways — beside the
first line and beside the last. Such a page was said ``rows-unclear`` though another page of the
table told, or — a page going on with no header of its own — read silently as if the figures
stood beside the first line (``Se-n-se tandartsassistent Bachelor in de`` / ``Verpleegkunde``).
Now the table's pages decide together; where they do not settle it, it is said."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from okot_audit import read_text

HEAD = (
    "OKOT’s in de zorgsector - gestarte cursisten 2020-2022\n"
    "Schriftelijke vraag nr. 87 van 2 februari 2023 van Hans Verreyt aan de minister van Werk.\n"
    "Hoeveel werkzoekenden startten in 2020, 2021 en 2022 een OKOT in de zorg, per opleiding?\n"
    "Antwoord\n"
    "Onderstaande tabel geeft het aantal gestarte OKOT's per opleiding.\n\n"
)
FOOT = "\n\nBron: VDAB, datawarehouse.\n"
PERIODS = ("2020", "2021", "2022")
HEADER = "Opleiding" + " " * 33 + "".join(f"{p:>10}" for p in PERIODS)

#: Names by how they wrap: one line; a further line in lower case (it tells where the figures
#: stand); a further line begun with a capital (it does not: both readings begin every name
#: with a capital).
ONE_LINE = ["Graduaat orthopedagogie", "Se-n-se apotheekassistent", "Graduaat boekhouden",
            "Se-n-se tandartsassistent", "Zorgkundige", "Logistiek assistent"]
TELLING = [["Professionele bachelor", "verpleegkunde"], ["Se-n-se opvoeder", "leefgroepenwerking"],
           ["Tweedekansonderwijs", "opvoeder jeugd- en", "gehandicaptenzorg"]]
CAPITAL = [["Bachelor in de", "Verpleegkunde"], ["Opleiding tot", "Polyvalent verzorgende"],
           ["Hoger beroepsonderwijs", "Orthopedagogie", "Modulair traject"]]


def _row(pieces: list[str], counts: tuple[int, ...], at: int) -> list[str]:
    """A row's lines, its figures beside its name's line `at`."""
    figures = "".join(f"{c:>10}" for c in counts)
    return [f"{piece:<42}{figures}" if i == at else piece for i, piece in enumerate(pieces)]


def _answer(pages: list[list[tuple[list[str], tuple[int, ...]]]], repeat: bool, last: bool = True) -> str:
    """An answer whose table's rows stand on `pages`, the header repeated on each page or not,
    each row's figures beside its name's last line (`last`) or its first."""
    out: list[str] = []
    for number, rows in enumerate(pages):
        if number == 0 or repeat:
            out.append(HEADER)
        for pieces, counts in rows:
            out.extend(_row(pieces, counts, len(pieces) - 1 if last else 0))
        if number < len(pages) - 1:
            out.append(_foot(number + 1))
    return HEAD + "\n".join(out) + FOOT


def _foot(number: int) -> str:
    """A page's foot: its number centred, the form feed before the next page's first line."""
    return f"\n{number:>40}\n\f"


def _read(text: str):
    answer = read_text(text, "pages.txt")
    issues = [(i.kind, i.reason) for i in answer.issues]
    cells = sorted((c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")
    return issues, cells


def _truth(pages) -> list[tuple[str, str, int]]:
    return sorted((" ".join(pieces), period, count) for rows in pages for pieces, counts in rows
                  for period, count in zip(PERIODS, counts))


#: Page 1 tells (``verpleegkunde`` in lower case goes on the name above its figures); page 2,
#: with no header of its own, does not: one name wrapped over a line begun with a capital.
TOLD_THEN_NOT = [
    [([ONE_LINE[0]], (35, 32, 41)), (TELLING[0], (21, 16, 12)), ([ONE_LINE[1]], (32, 30, 28))],
    [([ONE_LINE[3]], (39, 36, 36)), (CAPITAL[0], (25, 36, 31)), ([ONE_LINE[2]], (4, 4, 4))],
]


def test_a_page_going_on_with_no_header_reads_as_the_page_before_told():
    """Before: page 2 read silently as ``Se-n-se tandartsassistent Bachelor in de`` (39 …) and
    ``Verpleegkunde`` (25 …) — figures beside the first line, the page alone unsure and its
    doubt dropped."""
    assert _read(_answer(TOLD_THEN_NOT, repeat=False)) == ([], _truth(TOLD_THEN_NOT))


def test_a_page_under_its_header_repeated_reads_as_the_page_before_told():
    """Before: ``unreadable-table rows-unclear`` on page 2, though page 1 told."""
    assert _read(_answer(TOLD_THEN_NOT, repeat=True)) == ([], _truth(TOLD_THEN_NOT))


def test_a_first_page_reads_as_the_next_page_tells():
    """Page 1 alone is unsure, page 2 tells. Before: ``rows-unclear`` on page 1."""
    pages = TOLD_THEN_NOT[::-1]
    for repeat in (False, True):
        assert _read(_answer(pages, repeat=repeat)) == ([], _truth(pages))


def test_three_pages_a_middle_page_of_one_line_names_between():
    """Page 1 tells, page 2 holds names of one line only (no telling, and no doubt), page 3 — no
    header on either — is unsure. Before: page 3 was no page of the table at all (the header
    carried no further than page 2) and was read silently with its figures beside the first line."""
    pages = [TOLD_THEN_NOT[0], [([ONE_LINE[4]], (7, 8, 9)), ([ONE_LINE[5]], (3, 2, 1))], TOLD_THEN_NOT[1]]
    assert _read(_answer(pages, repeat=False)) == ([], _truth(pages))


def test_a_third_page_that_tells_under_two_pages_of_one_line_names():
    """Pages 1 and 2 hold names of one line only, page 3 (no header on either) tells by itself.
    Before: page 3 was no page of the table (the header carried no further than page 2) and read
    silently as ``Se-n-se opvoeder leefgroepenwerking Professionele bachelor`` / ``verpleegkunde``."""
    pages = [[([ONE_LINE[0]], (1, 2, 3)), ([ONE_LINE[1]], (4, 5, 6))],
             [([ONE_LINE[4]], (7, 8, 9)), ([ONE_LINE[5]], (3, 2, 1))],
             [(TELLING[1], (5, 5, 5)), (TELLING[0], (6, 6, 6)), ([ONE_LINE[2]], (7, 7, 7))]]
    assert _read(_answer(pages, repeat=False)) == ([], _truth(pages))


def test_pages_that_tell_nothing_are_said():
    """Every page unsure: said on each. Before: page 1 said, page 2 (no header) read silently
    with its figures beside the first line."""
    pages = [[([ONE_LINE[0]], (35, 32, 41)), (CAPITAL[1], (21, 16, 12)), ([ONE_LINE[1]], (32, 30, 28))],
             TOLD_THEN_NOT[1]]
    issues, _ = _read(_answer(pages, repeat=False))
    assert issues == [("unreadable-table", "rows-unclear")] * 2


def test_pages_that_tell_two_placements_are_said():
    """Page 1's figures stand beside a name's first line, page 2's beside a name's last (no one
    table is set so): each page alone tells, the table does not. Before: each page read its own
    way, silently."""
    first = [([ONE_LINE[0]], (35, 32, 41)), (TELLING[0], (21, 16, 12)), ([ONE_LINE[1]], (32, 30, 28))]
    second = [([ONE_LINE[3]], (39, 36, 36)), (TELLING[1], (25, 36, 31)), ([ONE_LINE[2]], (4, 4, 4))]
    lines = [HEADER, *(line for pieces, counts in first for line in _row(pieces, counts, 0)), _foot(1),
             *(line for pieces, counts in second for line in _row(pieces, counts, len(pieces) - 1))]
    text = HEAD + "\n".join(lines) + FOOT
    issues, _ = _read(text)
    assert issues == [("unreadable-table", "rows-unclear")] * 2


def test_a_table_whose_figures_stand_beside_the_first_line_still_reads_so_over_pages():
    """Figures beside a name's first line on every page, page 2 alone unsure: read so with no
    header on page 2 (as before), and under its header repeated (before: ``rows-unclear``)."""
    for repeat in (False, True):
        assert _read(_answer(TOLD_THEN_NOT, repeat=repeat, last=False)) == ([], _truth(TOLD_THEN_NOT))


@st.composite
def _tables(draw):
    """A table's rows (names of one, two or three lines; each row's counts) cut into two or three
    pages of two rows or more each: built row by row, the names drawn without repeats."""
    names = draw(st.permutations([[n] for n in ONE_LINE] + TELLING + CAPITAL))
    count = draw(st.integers(4, 9))
    rows = [(pieces, tuple(draw(st.integers(1, 400)) for _ in PERIODS)) for pieces in names[:count]]
    cuts = sorted(draw(st.sets(st.integers(2, count - 2), min_size=1, max_size=2)))
    cuts = [c for i, c in enumerate(cuts) if not i or c - cuts[i - 1] >= 2]
    return [rows[a:b] for a, b in zip([0, *cuts], [*cuts, count])]


@given(pages=_tables(), repeat=st.booleans(), last=st.booleans())
def test_tables_over_pages_read_exactly_or_say_so(pages, repeat, last):
    """Any table over pages, figures beside each name's last line or its first: read exactly
    where every wrapped name goes on in lower case, else exactly or said — never a name joined
    to its neighbour's line without a word. (A name whose lines each begin with a capital may
    leave even the whole table unsure: ``Professionele bachelor`` / ``verpleegkunde  1`` /
    ``Bachelor in de`` / ``Verpleegkunde  1`` reads whole with the figures beside the last line,
    or centred on three: said.)"""
    issues, cells = _read(_answer(pages, repeat=repeat, last=last))
    if not any(pieces in CAPITAL for rows in pages for pieces, _ in rows):
        assert (issues, cells) == ([], _truth(pages))
    elif issues:
        assert set(issues) == {("unreadable-table", "rows-unclear")}
    else:
        assert cells == _truth(pages)


# ---------------------------------------------------------------------------------------------
# Real PDFs (fpdf2, unruled, no space between rows) of one table over two pages, read as
# ``pdftotext -layout`` text: names that wrap over a line begun with a capital, one that wraps
# over a line in lower case; the four orders of the rows below × label columns 40–60 mm × font
# 8 or 10 × a page break before row 2, 4 or 6 × the header repeated or not × figures on the first
# or last line — 288 PDFs. Before: 16 read wrong without a word, 125 said ``rows-unclear``; now
# none wrong, 43 said — each a table whose one wrapped name reads both ways on every page
# (``Hoger beroepsonderwijs`` / ``Orthopedagogie Modulair`` / ``Zorgkundige``), 11 of them read
# right before by the default (figures beside the first line) and their mirror images wrong. The
# PDFs themselves (their rows' spacing tells) read exactly before and after. One of each kind is
# held here.

SWEPT_NAMES = [("Graduaat orthopedagogie", [35, 32, 41]), ("Bachelor in de Verpleegkunde", [25, 36, 31]),
               ("Se-n-se apotheekassistent", [32, 30, 28]), ("Opleiding tot Polyvalent Verzorgende", [39, 36, 36]),
               ("Professionele bachelor verpleegkunde", [21, 16, 12]), ("Graduaat boekhouden", [4, 4, 4]),
               ("Hoger beroepsonderwijs Orthopedagogie Modulair", [8, 9, 10]), ("Zorgkundige", [5, 6, 7])]
ORDERS = [[0, 1, 2, 3, 4, 5, 6, 7], [4, 0, 1, 2, 3, 5, 6, 7]]


def _swept_answer(order: list[int]):
    from test_unseen24 import Answer, Row, Table

    return Answer(
        title="OKOT’s in de zorgsector - gestarte OKOT's 2020-2022",
        before=["Schriftelijke vraag nr. 87 van 2 februari 2023 van Hans Verreyt aan de minister van Werk.",
                "Hoeveel OKOT's startten in 2020, 2021 en 2022 in de zorg, per opleiding?", "Antwoord"],
        tables=[Table(caption="Gestarte OKOT's per opleiding", heads=["Opleiding"], columns=list(PERIODS),
                      keys=[("started", p) for p in PERIODS],
                      rows=[Row(SWEPT_NAMES[i][0], list(SWEPT_NAMES[i][1])) for i in order])],
        between=[["Bron: VDAB, datawarehouse."]])


SWEPT = [  # (order, label width, font size, page break before row, header repeated, figures at, said)
    (1, 40, 8, 2, False, "bottom", False),  # silent before: page 2 (no header) read beside the first line
    (1, 50, 10, 4, True, "bottom", False),  # said before: page 2 alone unsure, page 1 tells
    (0, 40, 8, 2, True, "bottom", False),  # said before: page 1 alone unsure, page 2 tells
    (1, 40, 8, 4, True, "top", False),  # said before, figures beside the first line
    (0, 60, 8, 2, False, "bottom", True),  # silent before: no page tells (``Hoger beroepsonderwijs`` alone wraps)
]


@pytest.mark.parametrize(("order", "width", "size", "broken", "repeat", "align", "said"), SWEPT)
def test_swept_pdfs_of_a_table_over_two_pages(order, width, size, broken, repeat, align, said):
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from generate.extract import available, extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes
    from test_unseen24 import Style, read_cells, truth, write_pdf

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    answer = _swept_answer(ORDERS[order])
    pdf = write_pdf(answer, Style(ruled=False, v_align=align, label_width=width, font_size=size,
                                  break_before=broken, repeat_header=repeat))
    text = parse_answer(source_from_bytes(extract(pdf, "pdftotext-layout").encode(), "a.txt"))
    printed = parse_answer(source_from_bytes(pdf, "a.pdf"))  # (the PDF itself: its rows' spacing tells)
    for read, unsure in ((text, said), (printed, False)):
        issues = {(i.kind, i.reason) for i in read.issues}
        if unsure:
            assert issues == {("unreadable-table", "rows-unclear")}
        else:
            assert (issues, read_cells(read)) == (set(), truth(answer))


def test_generated_tables_over_pages_whose_figures_stand_on_a_names_middle_line_still_read():
    """What stays: the generator's laid-out answers (tests/test_middle23.py) whose province
    blocks' table goes on over pages, the figures on a name's middle line rounded down — on the
    next page, a name of two lines, read as well with its figures beside the first line. A
    decision taken by each page's first choice alone (rounded on one, beside the first line on
    the other: no placement in common) said ``rows-unclear`` on both; the placements every page
    allows include the rounded ones. (The sweep of seeds 0–5,999 with pages: the same reading
    before and after.)"""
    from test_middle23 import laid_answers
    from test_shapes_forms import assert_exact

    for _, model, laid, style in laid_answers([0, 698, 1616], lambda tables: True):
        assert style.page_rows and style.v_align == "middle"
        answer = read_text(laid.text, "generated.txt")
        assert answer.issues == []
        assert_exact(answer, model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)


#: pdfplumber's text of SWEPT[3] (width 40, font 8, the page broken before row 4, the header
#: repeated, figures beside each name's first line): no positions, names wrapped onto lines that
#: start with a capital (``Bachelor in de`` / ``Verpleegkunde``) or in lower case.
PLUMBER_SWEPT_3 = """\
OKOT’s in de zorgsector - gestarte OKOT's 2020-2022
Schriftelijke vraag nr. 87 van 2 februari 2023 van Hans Verreyt aan de minister van Werk.
Hoeveel OKOT's startten in 2020, 2021 en 2022 in de zorg, per opleiding?
Antwoord
Gestarte OKOT's per opleiding
Opleiding 2020 2021 2022
Professionele bachelor 21 16 12
verpleegkunde
Graduaat orthopedagogie 35 32 41
Bachelor in de 25 36 31
Verpleegkunde
Se-n-se apotheekassistent 32 30 28\fOpleiding 2020 2021 2022
Opleiding tot Polyvalent 39 36 36
Verzorgende
Graduaat boekhouden 4 4 4
Hoger beroepsonderwijs 8 9 10
Orthopedagogie Modulair
Zorgkundige 5 6 7
Bron: VDAB, datawarehouse.
"""


def test_names_read_under_two_placements_of_the_figures_in_text_without_positions_are_said():
    """SWEPT[3] in pdfplumber's text (codecol26): ``Professionele bachelor  21`` / ``verpleegkunde``
    (figures beside the name's first line) and ``Verpleegkunde`` / ``Se-n-se apotheekassistent  32``
    (beside its last) were read in one table, ``Bachelor in de`` a row of its own, silently. No
    table prints its figures both ways, and the text, with no positions, does not tell which
    lines make which name: said (``rows-unclear``), at the rows' first and last lines."""
    answer = read_text(PLUMBER_SWEPT_3, "a.txt")
    assert [(i.kind, i.reason, i.line, i.other) for i in answer.issues] == [
        ("unreadable-table", "rows-unclear", 7, "18")]


@pytest.mark.parametrize(("order", "width", "size", "broken", "repeat", "align", "said"), SWEPT)
def test_swept_pdfs_in_pdfplumbers_text_read_exactly_or_said(order, width, size, broken, repeat, align, said):
    """Each swept PDF in pdfplumber's text (no positions): its rows read as printed, or said
    ``rows-unclear`` — never read wrong silently."""
    pytest.importorskip("fpdf", reason="needs fpdf2")
    pytest.importorskip("pdfplumber", reason="needs pdfplumber")
    from generate.extract import extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes
    from test_unseen24 import Style, read_cells, truth, write_pdf

    answer = _swept_answer(ORDERS[order])
    pdf = write_pdf(answer, Style(ruled=False, v_align=align, label_width=width, font_size=size,
                                  break_before=broken, repeat_header=repeat))
    read = parse_answer(source_from_bytes(extract(pdf, "pdfplumber").encode(), "a.txt"))
    issues = {(i.kind, i.reason) for i in read.issues}
    assert issues == {("unreadable-table", "rows-unclear")} or (issues, read_cells(read)) == (set(), truth(answer))
