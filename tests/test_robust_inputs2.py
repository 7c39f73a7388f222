"""Odd and bad inputs, second review (bad9): each case once broke the promise that an input
is read in bounded time, or refused with one line and exit status 2 — never a hang, a
traceback, "internal error" or a silent pass."""

from __future__ import annotations

import time

from okot_audit import read_text


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
