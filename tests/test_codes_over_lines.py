"""Training codes broken over two lines of their cell in a narrow code column (``90012`` over
``4``): one code, ``900124``, in every form — never a count joined to a piece of a code."""

from __future__ import annotations

import pytest

from okot_audit.parse.codes import codes_over_lines

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
from test_unseen24 import ANSWERS, FORMS, Style, check, write_pdf  # noqa: E402

#: A font too large for the 16 mm code column: every six-digit code wraps after its fifth digit
#: (the figure columns wide enough for their names: only the codes wrap).
LARGE = Style(font_size=11, column_width=26)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["measures", "blank"])
def test_a_code_wrapped_in_its_column_is_one_code_in_every_form(name, form):
    """Every row keyed by its whole code, every cell and finding the truth's (before: labels
    like ``90012 Tweedekansonderwijs``, rows without a label, ``unreadable-table`` errors)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = ANSWERS[name]()
    data = write_pdf(answer, LARGE)
    if form == "pdf":
        read = parse_answer(source_from_bytes(data, f"{name}.pdf"))
    else:
        if not available(form):
            pytest.skip(f"{form} is not installed")
        text = extract(data, form)
        lines = [line.strip() for line in text.splitlines()]
        assert any(a.startswith("90012") and b.split()[:1] == ["4"] for a, b in zip(lines, lines[1:]))
        read = parse_answer(source_from_bytes(text.encode(), f"{name}.txt"))
    check(answer, read, name)


HEAD = "Code    Opleiding                          2022     2023"


@pytest.mark.parametrize("lines", [
    # laid out: the piece below stands in a figures column, not under the code's first piece
    [HEAD, "90350   Se-n-se tandartsassistent            36       21", "                                               3"],
    # the first piece has figures after it: a count, not a piece of a code
    [HEAD, "12345   678", "9"],
    # the second piece has figures after it
    [HEAD, "90350 Se-n-se tandartsassistent", "3 36 21"],
    # two lone figures with no label after them (pdftotext's raw text: counts on lines of their own)
    [HEAD, "12345", "3", "45"],
    # the pieces make no six digits
    [HEAD, "9035 Se-n-se tandartsassistent 36 21", "3 leefgroepenwerking"],
    # no column of codes named in a header
    ["Opleiding                           2022     2023", "90350 Se-n-se tandartsassistent 36 21", "3"],
])
def test_no_count_is_joined_to_a_piece_of_a_code(lines):
    assert codes_over_lines(tuple(lines)) == tuple(lines)


def test_the_pieces_are_joined_where_the_code_opens_its_row():
    laid_out = (HEAD, "90350 Se-n-se opvoeder                    43       27",
                "0     leefgroepenwerking", "90061  Professionele bachelor            32       18", "5")
    assert codes_over_lines(laid_out) == (
        HEAD, "903500 Se-n-se opvoeder                   43       27", "      leefgroepenwerking",
        "900615 Professionele bachelor            32       18", "")
    lone = ("Code Opleiding 2022 2023", "90012", "4", "Tweedekansonderwijs 73 45")
    assert codes_over_lines(lone) == ("Code Opleiding 2022 2023", "", "", "900124 Tweedekansonderwijs 73 45")


@pytest.mark.parametrize("style", ["ruled-top", "plain-bottom-break", "landscape-bottom"])
@pytest.mark.parametrize("name", ["bracketed", "units", "numbered", "crosstab"])
def test_a_padded_grid_with_its_trailing_spaces_stripped_is_still_a_grid(name, style):
    """pdfplumber's ``extract_text(layout=True)`` saved with every line's trailing spaces
    stripped reads as the padded grid does: its left margin on every line of words and its
    page's foot of empty lines tell it (before: read as laid-out text, a label's last word one
    space from the first figure ran into the label, ``… zorgkundige - 157 tweede jaar``)."""
    if not available("pdfplumber-layout"):
        pytest.skip("pdfplumber is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.read.layout import padded_grid
    from okot_audit.source import source_from_bytes
    from test_unseen24 import STYLES

    answer = ANSWERS[name]()
    text = extract(write_pdf(answer, STYLES[style]), "pdfplumber-layout")
    stripped = "\n".join(line.rstrip() for line in text.split("\n"))
    assert padded_grid(stripped.replace("\f", "").split("\n"))
    check(answer, parse_answer(source_from_bytes(stripped.encode(), f"{name}.txt")), name)


def test_laid_out_text_with_empty_lines_below_is_no_grid():
    """``pdftotext -layout`` text starts at the leftmost word: empty lines below it do not make
    it a grid (its columns keep their meaning)."""
    from okot_audit.read.layout import padded_grid

    lines = ["Opleiding                 2021    2022", *[f"Opleiding {k}              {k}       {k + 1}" for k in range(12)]]
    assert not padded_grid(lines + [""] * 20)
    assert padded_grid(["    " + line for line in lines] + [""] * 20)
