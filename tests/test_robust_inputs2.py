"""Odd and bad inputs, second review (bad9): each case once broke the promise that an input
is read in bounded time, or refused with one line and exit status 2 — never a hang, a
traceback, "internal error" or a silent pass."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from okot_audit import InputError, read_text
from okot_audit.read.xlsx import MAX_EMPTY_ROWS, read_xlsx
from okot_audit.source import source_from_bytes


def test_a_laid_out_row_of_thousands_of_figures_is_read_in_linear_time():
    # Columns kept with two spaces (pdftotext -layout) go through the PDF reader's layout: its
    # cells and column edges once cost a pass over the whole row per figure (cubic in the
    # row's length: rows of 1,200 figures took minutes).
    figures = "  ".join(str(n) for n in range(2500))
    rows = "".join(f"90800{n % 10} Opleiding  {figures}\n" for n in range(12))
    text = f"VDAB OKOT gestart\n\nOpleiding  2020  2021\n{rows}Totaal  5  6\n"
    start = time.perf_counter()
    answer = read_text(text, path="wide.txt")
    assert time.perf_counter() - start < 20
    assert answer.issues  # a row of 2,500 figures under two periods is reported, not read


def _annex(seed: str = "002_f58759045b60ed02") -> bytes:
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.pdf import Document, seed_document
    from generate.xlsx import write_xlsx

    return write_xlsx(Document(seed_document(seed).tables))[0]


def test_a_stray_cell_at_the_end_of_a_sheet_costs_one_line():
    # A cell at XFD1048576 made the sheet a rectangle of 17 billion cells: the reader hung
    # and ran out of memory.
    import openpyxl

    data = _annex()
    book = openpyxl.load_workbook(io.BytesIO(data))
    book.worksheets[0]["XFD1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    start = time.perf_counter()
    source = read_xlsx(buffer.getvalue(), "annex.xlsx")
    assert time.perf_counter() - start < 20
    plain = read_xlsx(data, "annex.xlsx")
    table = len(plain.lines)
    assert source.lines[:table] == plain.lines and source.line_numbers[:table] == plain.line_numbers
    assert source.lines[-1].strip() == "x" and source.reported_line(len(source.lines)) == 1048576
    assert len(source.lines) <= table + 1 + MAX_EMPTY_ROWS
    assert read_answer_of(buffer.getvalue()).frame().equals(read_answer_of(data).frame())


def read_answer_of(data: bytes):
    from okot_audit.parse import parse_answer

    return parse_answer(source_from_bytes(data, "annex.xlsx"))


def test_a_workbook_that_unpacks_to_far_more_than_an_annex_is_refused(monkeypatch):
    # The file's size limit bounds the bytes, not what a zip bomb unpacks to.
    import okot_audit.read.xlsx as xlsx

    data = _annex()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", unpacked - 1)
    with pytest.raises(InputError) as caught:
        source_from_bytes(data, "bomb.xlsx")
    assert str(caught.value) == (f"bomb.xlsx: the workbook unpacks to {unpacked:,} bytes; an annex is far "
                                 f"smaller (limit {unpacked - 1:,})")
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", unpacked)
    assert source_from_bytes(data, "annex.xlsx").kind == "xlsx"
