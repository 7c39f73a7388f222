"""A wrapped name whose first line ends in a hyphen and a digit, its figures fewer than the periods
(session 26, align26)."""
from __future__ import annotations

from okot_audit import audit, read_text

# pdfplumber's text of ``programme_by_province_years`` seed 5062 (second table, Vlaams-Brabant's
# block, the province's name set in the middle): ``Professionele kinderzorg - 1`` / ``gehandicaptenzorg
# beroepsonderwijs`` / ``kleuteronderwijs`` counts 37, -, 668, 45. The words below the figures
# were taken to prove the 1 a count (the hyphen parting the name's words), so the row read four
# figures (1, 37, 668, 45), the one reading where the totals of unique persons let the rows below
# it fit one way only: 47 and 13 placed in the wrong periods, without a word.
WRAPPED = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    "ANTWOORD",
    "op vraag nr. 313 van 5 augustus 2019",
    "1. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.",
    "Provincie Opleiding 2020 2021 2022 2023",
    "Opvoeder kinderzorg educ bachelor 3 62 60 1",
    "orthopedagogie - 1",
    "Professionele apotheekassistent verkort (SLO) 48 28 19 33",
    "jeugd-",
    "Professionele kinderzorg - 1 37 668 45",
    "gehandicaptenzorg beroepsonderwijs",
    "Vlaams-Brabant",
    "Verkorte kinderzorg kleuteronderwijs educ 47 22 37",
    "Verkorte master traject en 31 16 26 32",
    "Hoger lerarenopleiding apotheekassistent 13 22 29",
    "lerarenopleiding secundair",
    "Opvoeder tandartsassistent 55 59 52 29",
    "Totaal Vlaams-Brabant 183 206 864 198",
    "Eindtotaal 183 206 864 198",
    "",
])


def test_a_digit_after_a_hyphen_above_words_may_be_the_names_and_the_totals_choose() -> None:
    answer = read_text(WRAPPED, "g.txt")
    truth = {("Verkorte kinderzorg kleuteronderwijs educ", "2021"): 47,
             ("Hoger lerarenopleiding apotheekassistent lerarenopleiding secundair", "2020"): 13}
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    wrong = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"
             and c.label in {label for label, _ in truth} and c.count in truth.values()
             and (c.label, c.period) not in truth]
    assert not wrong  # never placed wrong
    if not all(cells.get(key) == value for key, value in truth.items()):
        said = {(i.kind, i.label) for i in answer.issues}
        assert ("ambiguous-alignment", "Verkorte kinderzorg kleuteronderwijs educ") in said
        assert [f for f in audit(answer).findings if f.severity == "error"]


def test_words_below_do_not_prove_one_digit_after_a_hyphen_a_count() -> None:
    from okot_audit.parse.cells import count_after_separator

    assert count_after_separator("Graduaat kleuteronderwijs - 17", "1ste jaar")
    assert not count_after_separator("Professionele kinderzorg - 1", "gehandicaptenzorg beroepsonderwijs")


def test_the_generated_pdf_text_places_no_blank_wrongly() -> None:
    """The same block as pdfplumber reads the generated PDF (``programme_by_province_years``, seed
    5062): the province's name shares its line with a name's last word, so the table is also said
    unclear (rows-unclear); the rows with fewer figures than periods are never read wrong."""
    from test_lost26 import _pdf_text

    answer = read_text(_pdf_text("programme_by_province_years", 5062, "pdfplumber"), "g.txt")
    rows = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.level == "row" and c.province == "Vlaams-Brabant"]
    assert not [r for r in rows if r[0].endswith("Verkorte kinderzorg kleuteronderwijs educ") and r[1:] == ("2020", 47)]
    assert not [r for r in rows if r[0].startswith("Hoger lerarenopleiding") and r[1:] == ("2021", 13)]
    assert "ambiguous-alignment" in {i.kind for i in answer.issues}
