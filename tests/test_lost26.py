"""Generated answers that lost a cell without a word (session 26's sweep: seeds 5052 and 5070 of
``programme_by_province_years``), each as the exact text its extractor gave, read back."""

from __future__ import annotations

from okot_audit import audit, read_text

# pypdf's text of the second table of ``programme_by_province_years``, seed 5052 (``RandomChooser(
# "programme_by_province_years-5052")``, kinds ``(kind, kind, kind, *KINDS20)``): in Brussel's block
# the name of 742351 wraps (``… fase 1- 2`` / ``lerarenopleiding fase 1- 2``) and its count, 4,
# stands on a line of its own. The row was closed at its first line (``2`` taken for its count)
# and the lines below taken for its name going on, the lone ``4`` with them as the name's last
# digit — though the line above it already ends in the name's number. The count 4 was lost, 2
# read in its place, and the total of unique persons let it pass.
COUNT_BELOW_A_NAME_ENDING_IN_ITS_NUMBER = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    'ANTWOORD',
    'op vraag nr. 177 van 24 april 2016',
    'van JAN LAEREMANS',
    '2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.',
    'Provincie Opleiding 2021',
    'Limburg',
    '156052: kleuteronderwijs kinderzorg modules',
    '1- 4 leefgroepenwerking bijkomende',
    '27',
    '331812: kleuteronderwijs Graduaat 2 - 3',
    'leefgroepenwerking bachelor educ master',
    '17',
    '729940: met 1760',
    '742351: Tweedekansonderwijs fase 1- 2',
    'lerarenopleiding fase 1- 2',
    '62',
    '920153: kleuteronderwijs 58',
    'Totaal Limburg 1913',
    'Oost-Vlaanderen 729940: met 60',
    'Totaal Oost-Vlaanderen 60',
    'Vlaams-Brabant',
    '331812: kleuteronderwijs Graduaat 2 - 3',
    'leefgroepenwerking bachelor educ master',
    '41',
    '488807: bijkomende Se-n-se - 1 - verkort',
    'traject - 2de jaar sec lerarenopleiding',
    'Professionele',
    '33',
    '920153: kleuteronderwijs 52',
    'Totaal Vlaams-Brabant 118',
    'West-Vlaanderen',
    '040060: en individueel onderwijs:',
    'Professionele opvoeder',
    '46',
    '173038: met 2 - 3 - deel 2 35',
    '331812: kleuteronderwijs Graduaat 2 - 3',
    'leefgroepenwerking bachelor educ master',
    '360',
    'Totaal West-Vlaanderen 421',
    '1/2\x0cBrussel',
    '040060: en individueel onderwijs:',
    'Professionele opvoeder',
    '2',
    '156052: kleuteronderwijs kinderzorg modules',
    '1- 4 leefgroepenwerking bijkomende',
    '448',
    '173038: met 2 - 3 - deel 2 10',
    '331812: kleuteronderwijs Graduaat 2 - 3',
    'leefgroepenwerking bachelor educ master',
    '49',
    '729940: met 20',
    '742351: Tweedekansonderwijs fase 1- 2',
    'lerarenopleiding fase 1- 2',
    '4',
    '920153: kleuteronderwijs 63',
    'Totaal Brussel 587',
    'Eindtotaal 3089',
    '2/2',
    ''
])


def test_a_lone_number_below_a_name_line_ending_in_its_number_is_the_rows_count() -> None:
    answer = read_text(COUNT_BELOW_A_NAME_ENDING_IN_ITS_NUMBER, "g.txt")
    rows = [(c.province, c.count, c.label) for t in answer.tables for c in t.cells if c.code == "742351"]
    name = "Tweedekansonderwijs fase 1- 2 lerarenopleiding fase 1- 2"
    assert rows == [("Limburg", 62, name), ("Brussel", 4, name)]
    assert answer.issues == []
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# pdfplumber's text of the first table of ``programme_by_province_years``, seed 5070 (kinds ``(kind,
# kind, kind, *KINDS20)``): in Vlaams-Brabant's block the name ``Graduaat gehandicaptenzorg
# orthopedagogie - 2de jaar vorming master`` wraps and its count, 5, stands on its first line
# (``… orthopedagogie - 5`` / ``2de jaar vorming master``). One digit after a hyphen may be a
# name's own, so the row was held open and took the next row's line (``Hoger graduaatsopleiding
# 33``) for its figures: one row, counting 33, where the answer prints two (5 and 33), and the
# total of unique persons let it pass. An ordinal (``2de``) does not follow a name's number: the
# digit is the row's count.
COUNT_BEFORE_AN_ORDINAL_BELOW = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    'ANTWOORD',
    'op vraag nr. 137 van 2 november 2016',
    'van JAN LAEREMANS',
    '1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.',
    'Provincie Opleiding 2020*',
    'Educatieve en jaar 1 master 49',
    'Limburg',
    'Verkorte secundair 59',
    'Totaal Limburg 101',
    '1\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    'Provincie Opleiding 2020*',
    'Professionele voor modules 1- 4 3',
    'beroepsonderwijs bachelor',
    'Educatieve en jaar 1 master 21',
    'Verkorte zorgkundige (SLO) jeugd- bachelor 16',
    'Verkorte secundair 7',
    'Vlaams-Brabant',
    'Graduaat gehandicaptenzorg orthopedagogie - 5',
    '2de jaar vorming master',
    'Hoger graduaatsopleiding 33',
    'Educatieve en 24',
    'Specifieke orthopedagogie verkort 1.501',
    'Totaal Vlaams-Brabant 1.599',
    'Professionele voor modules 1- 4 38',
    'beroepsonderwijs bachelor',
    'Educatieve en jaar 1 master 51',
    'Verkorte secundair 48',
    'West-Vlaanderen',
    'Graduaat gehandicaptenzorg orthopedagogie - 17',
    '2de jaar vorming master',
    'Educatieve en 4',
    'Specifieke orthopedagogie verkort 34',
    '2\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    'Provincie Opleiding 2020*',
    'Totaal West-Vlaanderen 185',
    'Professionele voor modules 1- 4 49',
    'beroepsonderwijs bachelor',
    'Educatieve en jaar 1 master 52',
    'Verkorte zorgkundige (SLO) jeugd- bachelor 60',
    'Verkorte secundair 53',
    'Brussel',
    'Graduaat gehandicaptenzorg orthopedagogie - 34',
    '2de jaar vorming master',
    'Hoger graduaatsopleiding 16',
    'Educatieve en 44',
    'Specifieke orthopedagogie verkort 28',
    'Totaal Brussel 326',
    'Eindtotaal 2.208',
    '*Voor het jaar 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    ''
])


def test_a_digit_after_a_hyphen_above_a_line_starting_with_an_ordinal_is_the_rows_count() -> None:
    answer = read_text(COUNT_BEFORE_AN_ORDINAL_BELOW, "g.txt")
    rows = [(c.label, c.count) for t in answer.tables for c in t.cells
            if c.level == "row" and c.province == "Vlaams-Brabant"]
    assert ("Graduaat gehandicaptenzorg orthopedagogie - 2de jaar vorming master", 5) in rows
    assert ("Hoger graduaatsopleiding", 33) in rows
    assert answer.issues == []
    assert not [f for f in audit(answer).findings if f.severity == "error"]


def _pdf_text(kind: str, seed: int, extractor: str) -> str:
    """The text `extractor` gives of the PDF of generated answer `kind`-`seed` (kinds ``(kind, kind,
    kind, *KINDS20)``, its style drawn right after the answer)."""
    import sys
    from pathlib import Path

    import pytest

    sys.path.insert(0, str(Path(__file__).parent))
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from generate.choices import RandomChooser
    from generate.extract import available, extract
    from generate.model import KINDS20, draw_answer
    from generate.pdf import document_from_model, draw_style, write_pdf

    if not available(extractor):
        pytest.skip(f"{extractor} is not installed")
    chooser = RandomChooser(f"{kind}-{seed}")
    model = draw_answer(chooser, kinds=(kind, kind, kind, *KINDS20))
    return extract(write_pdf(document_from_model(model), draw_style(chooser)), extractor)


def test_a_line_of_a_figure_and_a_withheld_mark_below_a_name_is_no_part_of_the_name() -> None:
    """``programme_by_province_years``, seed 5013, pypdf's text: in Vlaams-Brabant's block of the
    third table 741797's name wraps (``741797: sec`` / ``Tweedekansonderwijs - 3de`` / ``jaar fase
    1- 2``) and its cells stand on a line of their own, a figure and a withheld mark (``4 x``). That
    line was taken for the name's last words (its last word no number), the name's ``2`` read as
    the count: 2 where the answer prints 4, and nothing said. A line of cells alone is no name's;
    here its row is said unread (the mark ends the line), never read wrong: ``unreadable-table``, or
    since below31 (figures below a name that ends in its number are the row's, blanks.
    _label_number_above) ``ambiguous-alignment`` — ``fase 1- 2`` / ``4 x`` and ``fase 1- 24`` / ``x``
    both fit its cells, the row unread and said."""
    answer = read_text(_pdf_text("programme_by_province_years", 5013, "pypdf"), "g.txt")
    cells = [(c.period, c.count) for t in answer.tables for c in t.cells
             if c.code == "741797" and c.province == "Vlaams-Brabant"]
    assert cells in ([("2022-2023", 4)], [])
    if not cells:
        said = {(i.kind, i.code) for i in answer.issues if i.unread}
        assert said & {("unreadable-table", "741797"), ("ambiguous-alignment", "741797")}, said
