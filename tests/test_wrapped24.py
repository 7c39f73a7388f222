"""Laid-out wrapped names (``pdftotext -layout`` text of unruled tables, or of ruled ones whose
rules the text loses): a header whose months wrap unevenly over their years, rows that go on on
a page with no header of their own, a row whose name is a number alone, a sector's block that
fills a page with no ``Subtotaal`` on it. Each was read wrongly without a word (names glued to
their neighbours' lines)."""

from __future__ import annotations

from okot_audit import read_text
from test_middle23 import HEAD


def _labels(text: str) -> list[tuple[str | None, str]]:
    answer = read_text(HEAD + text, "generated.txt")
    assert answer.issues == []
    return list(dict.fromkeys((c.block, c.label) for t in answer.tables for c in t.cells if c.level == "row"))


def test_figures_beside_a_names_last_line_under_months_wrapped_unevenly():
    """tests/test_unseen23.py's months, ruled-narrow-bottom: ``januari`` / ``2023`` wrapped,
    ``april 2023`` whole, a wrapped month's year one space before it (``2023 april 2023``).
    Before, the header was no header to read/pdf_wrapped.py and the names were glued as if
    their figures stood on their first line (``Graduaat orthopedagogie Professionele
    bachelor``), with no finding but code-unknown."""
    table = """\
Opleiding                    januari    februari       maart
                               2023        2023         2023 april 2023   mei 2023   juni 2023     Totaal
Graduaat orthopedagogie            5          41                1                1                     46
Professionele bachelor
verpleegkunde                      6          55                9    1                                 69
Tweedekansonderwijs
opvoeder jeugd- en
gehandicaptenzorg                  5          27                3    1                                 35
Tweedekansonderwijs
zorgkundige                        7          30                     1                                 37
Totaal                            18         153           13        3           1                    187
"""
    assert [label for _, label in _labels(table)] == [
        "Graduaat orthopedagogie", "Professionele bachelor verpleegkunde",
        "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg", "Tweedekansonderwijs zorgkundige"]


def test_rows_on_a_page_with_no_header_under_a_header_of_months_over_their_years():
    """tests/test_unseen23.py's months, plain-bottom-break: no blocks, the header's first cell
    beside its month names above their years, a page break with no header repeated. Before, the
    next page's rows were read as if their figures stood beside their names' first lines
    (``Se-n-se opvoeder leefgroepenwerking Tweedekansonderwijs opvoeder``), silently."""
    table = """\
Opleiding                             januari   februari         maart
                                        2023       2023           2023     Totaal
Graduaat orthopedagogie                     5          41            1         46
Professionele bachelor
verpleegkunde                               6          55            9         69
Hoger beroepsonderwijs
verpleegkunde                               8          70                      78
\f
Se-n-se opvoeder
leefgroepenwerking                          4          13            3         20
Tweedekansonderwijs opvoeder
jeugd- en gehandicaptenzorg                 5          27            3         35
Tweedekansonderwijs zorgkundige             7          30                      37
Totaal                                     35         236           16        285
"""
    assert [label for _, label in _labels(table)] == [
        "Graduaat orthopedagogie", "Professionele bachelor verpleegkunde", "Hoger beroepsonderwijs verpleegkunde",
        "Se-n-se opvoeder leefgroepenwerking", "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg",
        "Tweedekansonderwijs zorgkundige"]
