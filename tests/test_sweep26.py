"""Generated answers read wrong without a word under seeds no earlier run saw (session 26: the
generators of tests/generate/ swept over the seeds 5000 on, in every form): each one found, as
the exact text its extractor gave, read back exactly."""

from __future__ import annotations

from okot_audit import audit, read_text

# pdfplumber's text of a PDF (``programme_nested``, seed 5006 of the sweep: ``RandomChooser(
# "programme_nested-5006")``, kinds ``(kind, kind, kind, *NEWER_KINDS)``) whose header cell
# ``Unieke cursisten met gestarte OKOT'(s)`` stands centred beside month labels of two lines
# (``oktober`` over ``2019``): pdfplumber prints the month names, then the header's words, then
# the years. The years, ``2019 2019*``, repeat one label, and the header's last two words were
# taken for the names of two columns under one period (``gestarte`` and ``OKOT'(s)``): two
# tables of 2019 — one of them of a measure nobody named, both partial — where the answer prints
# one table of October and November 2019, and no finding said so.
MONTHS_BESIDE_THE_HEADER = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    "ANTWOORD",
    "op vraag nr. 333 van 8 mei 2022",
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.",
    "oktober november",
    "Unieke cursisten met gestarte OKOT'(s)",
    "2019 2019*",
    "061930: kinderzorg - tweede jaar modules 1- 4",
    "11 11",
    "verkort",
    "Subtotaal 11 11",
    "780159: zorgkundige Se-n-se 61 10",
    "Totaal 61 16",
    "*Voor het jaar november 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    "",
])


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code, c.period, c.count) for t in answer.tables for c in t.cells]


def test_month_names_above_the_headers_words_over_one_year_repeated_are_the_columns_months() -> None:
    answer = read_text(MONTHS_BESIDE_THE_HEADER, "g.txt")
    assert answer.issues == []
    assert [[(p.label, p.partial) for p in t.periods] for t in answer.tables] == [
        [("2019-10", False), ("2019-11", True)]]
    assert _cells(answer) == [
        ("started", "row", "061930", "2019-10", 11), ("started", "row", "061930", "2019-11", 11),
        ("started", "subtotal", None, "2019-10", 11), ("started", "subtotal", None, "2019-11", 11),
        ("started", "row", "780159", "2019-10", 61), ("started", "row", "780159", "2019-11", 10),
        ("started", "total", None, "2019-10", 61), ("started", "total", None, "2019-11", 16),
    ]
    assert not [f for f in audit(answer).findings if f.severity == "error"]
