"""PDF answers read into layout text: rows joined, figures under their period, pages kept.

The PDFs are made here with fpdf2 (tests/generate/pdf.py) from the seeds' gold cells and from
generated answers, in every table style the reader must handle: ruled cells and none, labels
wrapped with the figures on the first, middle or last line, blank cells, tables over page
breaks with and without a repeated header row, running headers and page numbers. What the
reader gives is checked line by line with :func:`okot_audit.parse.columns.place_by_position`
against the header's period columns — not against the parser, which reads them next.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.model import draw_answer
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, document_from_model, seed_document, write_pdf
from okot_audit.parse.columns import column_spans, place_by_position
from okot_audit.read.pdf import read_pdf
from okot_audit.source import InputError, read_source, source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

SEEDS = ("000_699ad5193617b98e", "002_f58759045b60ed02")
STYLES = {
    "ruled-top": PdfStyle(),
    "plain-middle": PdfStyle(ruled=False, v_align="MIDDLE", page_numbers="{n}/{nb}"),
    "ruled-bottom-no-repeat": PdfStyle(v_align="BOTTOM", repeat_header=False, page_numbers="{n}", page_height=250),
    "plain-top-centred": PdfStyle(ruled=False, number_align="CENTER", running_header=None, page_numbers="Page {n} of {nb}"),
}
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:pagina|page)?\s*\d+\s*(?:(?:/|van|of)\s*\d+)?\s*$", re.I)


def fold(text: str) -> str:
    return " ".join(text.split())


def _is_header(line: str, table: PdfTable, periods: list[str]):
    spans = column_spans(line, periods)
    if spans is None or "Totaal" in line or "Eindtotaal" in line:
        return None
    first = "Provincie" if table.layout == "province" else fold(table.title).split()[0]
    return spans if line.lstrip().startswith(first) else None


def read_rows(source, table: PdfTable, start: int = 0) -> list[tuple[PdfRow, int, object]]:
    """For every row of `table`: the line that holds it and its placement under the header.

    The table starts at its first header line after line `start`; a row's line is the first
    one after the previous row that contains its folded label, and it is placed under the
    last header line above it (a repeated header on a new page, or the first one).
    """
    lines = source.lines
    periods = table.periods if table.layout == "year" else ["Aantal"]
    at = next((i for i in range(start, len(lines)) if _is_header(lines[i], table, periods)), None)
    assert at is not None, f"no header line for {table.title!r} after line {start}"
    found = []
    spans = None
    for row in table.rows:
        for index in range(at, len(lines)):
            line = lines[index]
            header = _is_header(line, table, periods)
            if header is not None:
                spans = header
                continue
            if fold(row.label) in fold(line):
                found.append((row, index + 1, place_by_position(line, spans)))
                at = index + 1
                break
        else:
            raise AssertionError(f"row {row.label!r} not found after line {at}")
    return found


def assert_rows_under_their_periods(source, document: Document) -> None:
    start = 0
    for table in document.tables:
        rows = read_rows(source, table, start)
        start = rows[-1][1]
        for row, number, placement in rows:
            line = source.line(number)
            assert placement is not None, f"line {number} does not line up with its header: {line!r}"
            assert placement.values == tuple(row.values), (line, row)
            label = fold(placement.label)
            if row.province and row.level == "row":
                assert label.endswith(fold(row.label)), label
                # the province cell (a rowspan) may stand on this row, its name perhaps broken
                # over two lines of its narrow cell as the PDF prints it ("West-Vlaandere n")
                assert label[: -len(fold(row.label))].replace(" ", "") in ("", row.province)
            else:
                assert label == fold(row.label), (label, row.label)


@functools.cache
def seed_pdf(seed: str, style: str) -> bytes:
    """The seed's answer as a PDF in one of :data:`STYLES` (made once per test session)."""
    return write_pdf(seed_document(seed), STYLES[style])


class _SeedPdfs:
    def __getitem__(self, key: tuple[str, str]) -> bytes:
        return seed_pdf(*key)


@pytest.fixture(scope="module")
def seed_pdfs():
    return _SeedPdfs()


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_pdf_rows_stand_under_their_periods(seed_pdfs, seed, style):
    """Every gold row is one line, its figures under the header's period labels, blanks blank."""
    source = read_pdf(seed_pdfs[seed, style], f"{seed}.pdf")
    assert source.kind == "pdf" and source.positional
    assert len(source.pages) == len(source.lines)
    assert_rows_under_their_periods(source, seed_document(seed))


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("seed", SEEDS)
def test_running_headers_and_page_numbers_are_not_content(seed_pdfs, seed, style):
    source = read_pdf(seed_pdfs[seed, style], f"{seed}.pdf")
    assert not [line for line in source.lines if "Schriftelijke vragen en antwoorden" in line]
    assert not [line for line in source.lines if _PAGE_NUMBER_LINE.match(line)]
    assert max(source.pages) >= 3  # the seeds run over several pages in every style


@pytest.mark.parametrize("seed", SEEDS)
def test_every_line_carries_the_page_it_stands_on(seed_pdfs, seed):
    """The page of a row's line is the page pdfplumber finds its training code on."""
    pdfplumber = pytest.importorskip("pdfplumber")
    import io

    data = seed_pdfs[seed, "ruled-top"]
    source = read_pdf(data, "seed.pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page_texts = [page.extract_text() or "" for page in pdf.pages]
    checked = 0
    for number, line in enumerate(source.lines, start=1):
        match = re.search(r"\b(9\d{5}):", line)
        if not match:
            continue
        pages = [i for i, text in enumerate(page_texts, start=1) if match.group(1) + ":" in text]
        assert source.page_of(number) in pages, (line, pages)
        checked += 1
    assert checked > 30


def test_a_table_over_a_page_break_keeps_its_repeated_header(seed_pdfs):
    source = read_pdf(seed_pdfs["000_699ad5193617b98e", "ruled-top"], "seed.pdf")
    headers: dict[str, list[int]] = {}
    for n, line in enumerate(source.lines, 1):
        if line.lstrip().startswith("Unieke cursisten met"):
            headers.setdefault(line.split("2018")[0].strip(), []).append(n)
    repeated = [lines for lines in headers.values() if len(lines) > 1]
    assert repeated, headers  # some table runs over a page break in this style
    for lines in repeated:
        assert len({source.page_of(n) for n in lines}) == len(lines)
        assert all(column_spans(source.line(n), ["2018", "2019", "2020", "2021"]) for n in lines)


def test_without_a_repeated_header_the_rows_still_stand_under_the_first_one(seed_pdfs):
    source = read_pdf(seed_pdfs["000_699ad5193617b98e", "ruled-bottom-no-repeat"], "seed.pdf")
    headers = [n for n, line in enumerate(source.lines, 1) if line.lstrip().startswith("Unieke cursisten met gestarte")]
    assert len(headers) == 1
    rows = read_rows(source, seed_document("000_699ad5193617b98e").tables[0])
    assert len({source.page_of(n) for _, n, _ in rows}) >= 2  # the table does run over a break
    assert all(p is not None for _, _, p in rows)


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("ruled", [True, False])
def test_a_wrapped_label_is_one_line_with_its_figures(v_align, ruled):
    """Figures on the first, the middle (between two lines) or the last line of a label cell."""
    label = "908004: Educatieve bachelor voor kleuteronderwijs - verkort traject - modules 1- 4"
    table = PdfTable("Unieke cursisten met gestarte OKOT'(s)", ["2018", "2019", "2020"], [
        PdfRow(label, [14, None, 44]),
        PdfRow("908017: Educatieve graduaatsopleiding", [None, 27, None]),
        PdfRow("908018: Verkorte educatieve bacheloropleiding - 2e jaar", [3, 5, 7]),
        PdfRow("Totaal", [17, 32, 51], "total"),
    ])
    document = Document(["1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.", table])
    source = read_pdf(write_pdf(document, PdfStyle(ruled=ruled, v_align=v_align, label_width=45)), "t.pdf")
    assert_rows_under_their_periods(source, document)
    wrapped = [line for line in source.lines if "908004" in line]
    assert len(wrapped) == 1 and "modules 1- 4" in wrapped[0]
    assert not any(line.strip() in ("kleuteronderwijs", "traject") for line in source.lines)


def test_labels_without_codes_in_an_unruled_table_join_by_spacing():
    table = PdfTable("Leeftijd", ["2019", "2020"], [
        PdfRow("Jonger dan 25 jaar, ingeschreven als werkzoekende bij VDAB", [120, 131]),
        PdfRow("25 tot en met 54 jaar, ingeschreven als werkzoekende", [None, 3797]),
        PdfRow("Totaal", [120, 3928], "total"),
    ], thousands=True)
    document = Document([table])
    source = read_pdf(write_pdf(document, PdfStyle(ruled=False, v_align="BOTTOM", label_width=40)), "t.pdf")
    assert_rows_under_their_periods(source, document)


def test_ligatures_become_plain_letters():
    table = PdfTable("Unieke cursisten", ["2020"], [
        PdfRow("908010: Specifieke lerarenopleiding", [5]), PdfRow("Totaal", [5], "total"),
    ])
    source = read_pdf(write_pdf(Document([table]), PdfStyle(ligatures=True)), "t.pdf")
    assert any("908010: Specifieke lerarenopleiding" in line for line in source.lines)
    assert not any("\ufb01" in line for line in source.lines)


def test_prose_is_not_joined_to_a_table():
    """Justified prose keeps its words one space apart and its own lines."""
    table = PdfTable("Unieke cursisten", ["2020"], [PdfRow("908010: Label", [5]), PdfRow("Totaal", [5], "total")])
    prose = ("1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende "
             "lerarenopleidingen de afgelopen jaren, met 4774 inschrijvingen in 2019 tegenover 4398 in 2018, zo "
             "blijkt uit de cijfers van VDAB die de minister op 14 oktober 2022 bezorgde.")
    source = read_pdf(write_pdf(Document([prose, table]), PdfStyle(running_header=None)), "t.pdf")
    prose_lines = [line for line in source.lines if "cursisten in de" in line or "inschrijvingen" in line]
    assert prose_lines and all("  " not in line.strip() for line in prose_lines)
    assert fold(" ".join(source.lines[: len(source.lines) - 3])) == fold(prose)


@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_generated_answers_as_pdf_read_every_row_under_its_period(data):
    """Generated answers of every shape, in a drawn table style: every row one line, its
    figures (Dutch thousands included) under their period labels, blanks blank."""
    chooser = DrawChooser(data.draw)
    model = draw_answer(chooser, label_digits=chooser.chance(50), blank_percent=chooser.choice((0, 25, 60)))
    style = PdfStyle(
        ruled=chooser.chance(50), v_align=chooser.choice(("TOP", "MIDDLE", "BOTTOM")),
        label_width=chooser.choice((45.0, 70.0)), number_align=chooser.choice(("RIGHT", "CENTER")),
        repeat_header=chooser.chance(50), page_height=chooser.choice((297.0, 210.0)),
        page_numbers=chooser.choice(("Pagina {n} van {nb}", "{n}/{nb}", "{n}", None)),
    )
    document = document_from_model(model)
    source = read_pdf(write_pdf(document, style), "generated.pdf")
    note(f"{style}\n" + "\n".join(f"{p:2}|{line}" for p, line in zip(source.pages, source.lines)))
    assert_rows_under_their_periods(source, document)
    assert not [line for line in source.lines if _PAGE_NUMBER_LINE.match(line)]


# ---------------------------------------------------------------------------------------------
# What is not a readable PDF: one line, exit status 2, never a traceback


def _blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # what a scan is to a text reader: no characters
    return bytes(pdf.output())


def test_a_scan_without_text_layer_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_blank_pdf())
    with pytest.raises(InputError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: the PDF has no text layer (a scanned PDF?)")
    assert "\n" not in message and caught.value.dutch


def test_an_encrypted_pdf_says_so():
    pypdf = pytest.importorskip("pypdf")
    import io

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_blank_pdf())))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"^secret\.pdf: the PDF is encrypted"):
        source_from_bytes(buffer.getvalue(), "secret.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj << /Type /Catalog", b"%PDF-1.4\n" + b"\x00\xff" * 50])
def test_a_damaged_pdf_is_one_line(data):
    with pytest.raises(InputError) as caught:
        source_from_bytes(data, "broken.pdf")
    assert str(caught.value).startswith("broken.pdf: not a readable PDF")
    assert "\n" not in str(caught.value)


def test_a_pdf_named_txt_is_read_as_a_pdf(seed_pdfs, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_bytes(seed_pdfs["002_f58759045b60ed02", "ruled-top"])
    source = read_source(path)
    assert source.kind == "pdf" and source.pages[0] == 1
