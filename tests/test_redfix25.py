"""What red25 left unread (tests/test_red25.py), read: each case as the smallest text that shows it."""

from __future__ import annotations

from okot_audit import audit, read_text

MONTHS_LAYOUT = (
    "Gestarte cursisten per maand, september 2022 tot en met februari 2023 (bron: VDAB)\n"
    "\n"
    "Opleiding                september        oktober     november       december januari 2023        februari\n"
    "                              2022           2022         2022           2022                        2023\n"
    "Graduaat                         56            56               50          79            54            64\n"
    "orthopedagogie\n"
    "Professionele bachelor           91            81               81          90            58           106\n"
    "verpleegkunde\n"
    "Se-n-se opvoeder                 31            19               22          28            28            20\n"
    "leefgroepenwerking\n"
    "Totaal                          170           150              150        190           135            180\n"
)


def test_a_month_one_space_from_the_next_months_name_is_its_own_period():
    """``pdftotext -layout``: ``december`` (its year on the line below) one space from ``januari
    2023`` (whole on the first line), one cell of the layout: ``december januari 2023 2022``. A
    month's name begins a period: two columns, every month with its year (before: no header read:
    unreadable-table; parse/context.py _months_over_years)."""
    read = read_text(MONTHS_LAYOUT, "m.txt")
    assert [p.label for p in read.tables[0].periods] == [
        "2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02"]
    cells = {(c.label, c.period): c.count for c in read.tables[0].cells}
    assert len(cells) == 24
    assert cells[("Graduaat orthopedagogie", "2022-12")] == 79
    assert cells[("Graduaat orthopedagogie", "2023-01")] == 54
    assert cells[("Totaal", "2023-02")] == 180
    assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


def test_two_months_then_their_years_are_read_month_by_month():
    """A header cell of two months whose first wrapped (its year on the line below, joined after
    the second's): each month with its year where the two follow each other in time — ``december
    januari 2023 2022`` is December 2022 and January 2023 (before: no period list, only the same
    year twice was read)."""
    from okot_audit.parse.context import period_list

    def labels(line: str) -> list[str] | None:
        found = period_list(line)
        return None if found is None else [t.label for t in found[1]]

    assert labels("Opleiding september 2022 december januari 2023 2022 februari 2023") == [
        "2022-09", "2022-12", "2023-01", "2023-02"]
    assert labels("Opleiding maart april 2023 2023 mei 2023") == ["2023-03", "2023-04", "2023-05"]
    assert labels("Opleiding dec. jan. 2024 2023") == ["2023-12", "2024-01"]


BROKEN_ROWS = (
    "Graduaat orthopedagogie 56 56 50\n"
    "Professionele bachelor verpleegkunde 91 81 81\n"
    "Totaal 140 130 125\n"
)


def test_a_month_broken_inside_its_word_in_single_spaced_text():
    """pdfplumber's text of a header whose narrow cell broke ``september`` inside the word: the
    month's rest opens the years' line (``Opleiding septembe oktober november`` / ``r 2022 2022
    2022``); pypdf prints each cell's lines one by one (``Opleiding septembe`` / ``r 2022`` /
    ``oktober`` / ``2022`` …). The pieces make the month again (before: no period read in
    ``septembe``, unreadable-table; parse/context.py _mend_month_pieces)."""
    lead = "Gestarte cursisten per maand (bron: VDAB)\n\n"
    for header in ("Opleiding septembe oktober november\nr 2022 2022 2022\n",
                   "Opleiding septembe\nr 2022\noktober\n2022\nnovember\n2022\n"):
        read = read_text(lead + header + BROKEN_ROWS, "m.txt")
        assert [p.label for p in read.tables[0].periods] == ["2022-09", "2022-10", "2022-11"], header
        assert len(read.tables[0].cells) == 9
        assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


def test_a_month_broken_inside_its_word_in_laid_out_text():
    """``pdftotext -layout``: ``septembe`` over ``r 2022`` in its column, the prose naming no
    month: the rest before its year is a header label (the text is laid out) and the month's name
    is glued (before: the text was not taken for laid out — ``r 2022`` no label, every year after
    it then a row's count — and no table read)."""
    text = (
        "Gestarte cursisten per opleiding (bron: VDAB)\n\n"
        "Opleiding                septembe    oktober   november\n"
        "                            r 2022      2022       2022\n"
        "Graduaat                       56          56         50\n"
        "orthopedagogie\n"
        "Professionele bachelor         91          81         81\n"
        "verpleegkunde\n"
        "Totaal                        140         130        125\n"
    )
    read = read_text(text, "m.txt")
    assert [p.label for p in read.tables[0].periods] == ["2022-09", "2022-10", "2022-11"]
    assert len(read.tables[0].cells) == 9
    assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


_LEAD = ("OKOT's voor het onderwijs\n\nAntwoord\n\nHieronder het aantal unieke cursisten dat startte.\n\n"
         "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per schooljaar\n")
_ROWS = ("Specifieke lerarenopleiding 48 62 82 186\n"
         "Educatieve graduaatsopleiding 38 41 48 122\n"
         "Totaal 86 103 130 305\n"
         "* 2022-2023: voorlopige cijfers, toestand op 31 mei 2023.\n")
BOTTOM_HEADERS = {
    # pdfplumber: the wrapped cell's first line above the header's line, its star there
    "pdfplumber": "Opleiding 2022-2023\n2020-2021 2021-2022 * Totaal\n",
    # pypdf: the cells one by one, the star on the total column's line
    "pypdf": "Opleiding\n2020-2021 2021-2022\n2022-2023\n* Totaal\n",
}


def _bottom_header_read(read) -> None:
    assert [(p.label, p.partial) for p in read.tables[0].periods] == [
        ("2020-2021", False), ("2021-2022", False), ("2022-2023", True), ("Totaal", False)]
    cells = {(c.label, c.period): c.count for c in read.tables[0].cells}
    assert len(cells) == 12 and not read.issues
    assert cells[("Specifieke lerarenopleiding", "2022-2023")] == 82
    assert cells[("Specifieke lerarenopleiding", "Totaal")] == 186
    assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


def test_a_header_set_to_the_bottom_with_a_total_column_in_single_spaced_text():
    """Header cells set to the bottom, the last school year's ``2022-2023*`` wrapped (its star
    below it) beside a ``Totaal`` column: each period in the order of time, the star the wrapped
    period's (by its footnote), the total column last (before: a star set apart before ``Totaal``
    ended no period list; unreadable-table — parse/context.py _period_list, parse/regions.py
    _with_wrapped_periods and _total_word_below)."""
    for form, header in BOTTOM_HEADERS.items():
        _bottom_header_read(read_text(_LEAD + header + _ROWS, f"{form}.txt"))


def test_a_header_set_to_the_bottom_with_a_total_column_laid_out():
    """``pdftotext -layout``: ``Opleiding  2022-2023`` over ``2020-2021 2021-2022  *  Totaal``, the
    rows' names wrapped over two lines with their figures beside the last. The header's two lines
    are one row (the wrapped period over its star, read/pdf_wrapped.py _wrapped_over), the rows'
    names whole (before: the first row's first name line was taken into the header, every row's
    name shifted by a line; unreadable-table)."""
    text = _LEAD + (
        "\n"
        "Opleiding                                                2022-2023\n"
        "                                     2020-2021 2021-2022         *        Totaal\n"
        "Specifieke\n"
        "lerarenopleiding                            48             62      82        186\n"
        "Educatieve\n"
        "graduaatsopleiding                          38             41      48        122\n"
        "Totaal                                      86            103     130        305\n"
        "\n"
        "* 2022-2023: voorlopige cijfers, toestand op 31 mei 2023.\n"
    )
    _bottom_header_read(read_text(text, "layout.txt"))


def test_a_column_more_than_the_header_names_is_no_count_with_spaced_thousands():
    """A header that names one column fewer than its rows print (``Totaal`` lost): every row's
    last two figures could be one count whose thousands a space sets apart (``82 186`` →
    82.186), and joined so the rows and their total held (before: 0 errors, every cell of the last
    period wrong — silent). The joined count is a thousand times the line's other figures: no
    count of the same table; the rows are reported as not read (parse/__init__.py _glue_fits)."""
    text = _LEAD + (
        "Opleiding 2020-2021 2021-2022 2022-2023\n"
        "Specifieke lerarenopleiding 48 62 82 186\n"
        "Educatieve graduaatsopleiding 38 41 48 122\n"
        "Totaal 86 103 130 305\n"
    )
    read = read_text(text, "lost.txt")
    assert not any(c.count > 10_000 and c.level == "row" for t in read.tables for c in t.cells)
    assert "unreadable-table" in {f.rule for f in audit(read).findings if f.severity == "error"}


def test_counts_with_spaced_thousands_among_counts_of_their_size_are_joined():
    """The line's other figures support the joining: ``Limburg 512 530 488 501 1 790`` under five
    periods is 1.790 in the last (the joined count within a few times the others)."""
    text = _LEAD.replace("Opleiding", "Provincie") + (
        "Provincie 2019 2020 2021 2022 Totaal\n"
        "Antwerpen 1 012 1 105 998 1 040 3 601\n"
        "Limburg 512 530 488 501 1 790\n"
        "Vlaams Gewest 1 524 1 635 1 486 1 541 5 391\n"
    )
    read = read_text(text, "spaced.txt")
    cells = {(c.label, c.period): c.count for t in read.tables for c in t.cells}
    assert cells[("Limburg", "Totaal")] == 1790 and cells[("Antwerpen", "2019")] == 1012
    assert cells[("Vlaams Gewest", "Totaal")] == 5391
