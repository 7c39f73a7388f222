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
