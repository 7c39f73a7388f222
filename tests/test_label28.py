"""A line below a row's figures: the end of its name, a row whose code was lost, or both (session 28).

A line of words starting with a capital and ending in one number right below a coded row whose
figures are there (``Opvoeder - deel 2``) ends that row's name — its number the name's digit — or
is a row of its own whose code was lost, its number a count. Under one column session 27 said it
where it stands (``stray-number``, tests/test_silent27.py). Under two periods or more one figure
may be a row's with its other cells blank, so the line is read as a row of its own that may also
end the name above: the totals choose — the row where the name's reading breaks a total, the
name where the row's does — and where both fit, both rows are said (``ambiguous-alignment``,
``name-or-row``): never a row read as sure with its name cut short, never a number silently
made a name's digit.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

QUESTION = "Vraag: hoeveel cursisten startten een OKOT?\n\nAntwoord: in onderstaande tabel.\n\n"
NAME = "educ vorming Se-n-se Educatieve leefgroepenwerking - verkort traject - 2de jaar"
#: The row's figures where its name's last line ends (``last``), or on its code's line with the
#: name wrapped below them (``first``).
FORMS = {
    "last": ["783986: educ vorming Se-n-se Educatieve", "leefgroepenwerking - verkort traject - 2de jaar 53 27"],
    "first": ["783986: educ vorming Se-n-se Educatieve 53 27", "leefgroepenwerking - verkort traject - 2de jaar"],
}


def _answer(form: str, total: str, header: str = "Unieke cursisten met gestarte OKOT'(s) 2021 2022"):
    lines = [header, "007847: traject vorming modules 1- 4 - 1ste jaar 26 30", *FORMS[form],
             "Opvoeder - deel 2", f"Totaal {total}"]
    return read_text(QUESTION + "\n".join(lines) + "\n", "antwoord.txt")


def _rows(answer) -> list[tuple]:
    return [(c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_line_both_readings_fit_says_the_row_above_and_its_number(form):
    """Totals of unique persons 79 and 57: the name ``… 2de jaar Opvoeder - deel 2`` fits them
    (26 + 53, 30 + 27), and so does a row ``Opvoeder - deel`` counting 2 in either year. The row
    is said with both readings; its figures and the 2 are in the finding, nothing is read of it."""
    answer = _answer(form, "79 57")
    assert [r for r in _rows(answer) if r[0] != "007847"] == []
    said = [i for i in answer.issues if i.kind == "ambiguous-alignment"]
    assert [(i.code, i.reason, i.numbers, i.other_line) for i in said] == [("783986", "name-or-row", (53, 27, 2), 9)]
    findings = [f for f in audit(answer).findings if f.rule == "ambiguous-alignment"]
    assert len(findings) == 1 and "'Opvoeder - deel 2' below it (line 9) may end its name" in findings[0].message


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_line_the_totals_need_as_a_row_is_read_as_one(form):
    """Totaal 81 (2021): without the 2 the rows sum to 79, less than the total — the line is a
    row whose code was lost, its 2 under 2021; the row above keeps its own name."""
    answer = _answer(form, "81 57")
    assert _rows(answer)[2:] == [("783986", NAME, "2021", 53), ("783986", NAME, "2022", 27),
                                 (None, "Opvoeder - deel", "2021", 2)]
    assert answer.issues == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_line_an_exact_total_leaves_no_room_for_is_the_names_end(form):
    """Enrolments add up: Totaal 79 57 is exactly the two rows, so a row counting 2 breaks it —
    the line ends the name of the row above."""
    answer = _answer(form, "79 57", header="Aantal inschrijvingen 2021 2022")
    whole = f"{NAME} Opvoeder - deel 2"
    assert _rows(answer)[2:] == [("783986", whole, "2021", 53), ("783986", whole, "2022", 27)]
    assert answer.issues == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_names_end_printed_whole_elsewhere_stays_the_names_under_periods(form):
    """A second table prints the name whole on one line: the line below is that name's end."""
    other = ["", "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021 2022",
             f"783986: {NAME} Opvoeder - deel 2 11 12", "Totaal 11 12"]
    lines = ["Unieke cursisten met gestarte OKOT'(s) 2021 2022", "007847: traject vorming modules 1- 4 - 1ste jaar 26 30",
             *FORMS[form], "Opvoeder - deel 2", "Totaal 79 57", *other]
    answer = read_text(QUESTION + "\n".join(lines) + "\n", "antwoord.txt")
    whole = f"{NAME} Opvoeder - deel 2"
    assert {(c.code, c.label) for t in answer.tables for c in t.cells if c.code == "783986"} == {("783986", whole)}
    assert answer.issues == []


def test_figures_alone_under_the_code_line_keep_the_line_below_the_names_under_periods():
    """fixD's case under two periods: the row's figures alone between its code's line and the
    capital line — one cell, its name wrapped around its figures: the name's end, not said."""
    lines = ["Unieke cursisten met gestarte OKOT'(s) 2021 2022", "084024: educ Professionele 48 50",
             "840819: Tweedekansonderwijs Verkorte", "33 35", "Educatieve module 5", "Totaal 81 85"]
    answer = read_text(QUESTION + "\n".join(lines) + "\n", "antwoord.txt")
    assert {(c.code, c.label) for c in answer.tables[0].cells if c.level == "row"} == {
        ("084024", "educ Professionele"), ("840819", "Tweedekansonderwijs Verkorte Educatieve module 5")}
    assert answer.issues == []


# --------------------------------------------------------------------------- a name's end at a page's foot

#: pdfplumber ``extract_text(layout=True)`` (read_formats' single-spaced round trip, seed 413): the
#: row's name goes on below its figures, last on its page; the footer, the page's running header
#: and the table's header printed again stand between it and the total.
PAGE_FOOT = "\n".join(line.ljust(82) for line in [
    "",
    "    Vlaams Parlement - Schriftelijke vragen en antwoorden",
    "",
    "    Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    "    VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW",
    "",
    "    3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.",
    "    Unieke cursisten met stopgezette en",
    "                                   2020  2021   2022",
    "    uitgevoerde maar niet geslaagde OKOT'(s)",
    "    214543: opvoeder Verkorte - deel 2",
    "                                    59     52    46",
    "    graduaatsopleiding - 1ste jaar",
    "                                        1/2                                       \f",
    "",
    "    Vlaams Parlement - Schriftelijke vragen en antwoorden",
    "",
    "    Unieke cursisten met stopgezette en",
    "                                   2020  2021   2022",
    "    uitgevoerde maar niet geslaagde OKOT'(s)",
    "    Totaal                          59     52    46",
    "",
])


def test_a_names_end_last_on_its_page_stays_the_names():
    """Before: ``graduaatsopleiding - 1ste jaar`` was dropped without a word (a line of words
    between the row and a page break), the row read as sure with its name cut short."""
    answer = read_text(PAGE_FOOT, "layout.txt")
    assert {c.label for t in answer.tables for c in t.cells if c.code == "214543"} == {
        "opvoeder Verkorte - deel 2 graduaatsopleiding - 1ste jaar"}
    assert answer.issues == []


# --------------------------------------------------------------------------- the block's name before a capital


def test_a_blocks_name_before_a_capital_word_below_the_figures_is_no_part_of_the_name():
    """pdfplumber ``extract_text()`` (seed 431): the province's cell, centred beside its block's
    rows, printed at the start of a name's last line below its figures, before a word with a
    capital (``West-Vlaanderen Educatieve jaar 1 …``): the block's name, not the row's."""
    lines = ["Provincie Opleiding Aantal", "248405: Professionele educ - 3de jaar 46",
             "307464: voor vakbevoegdheid traject traject", "14",
             "West-Vlaanderen Educatieve jaar 1 niveau 5 kleuteronderwijs",
             "450591: kinderzorg individueel traject - modules 1- 4 24",
             "Totaal West-Vlaanderen 84", "Eindtotaal 84"]
    answer = read_text("Vraag: hoeveel cursisten startten in 2021 een OKOT?\n\n" + "\n".join(lines) + "\n", "antwoord.txt")
    rows = [(c.code, c.label, c.province) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("248405", "Professionele educ - 3de jaar", "West-Vlaanderen"),
                    ("307464", "voor vakbevoegdheid traject traject Educatieve jaar 1 niveau 5 kleuteronderwijs",
                     "West-Vlaanderen"),
                    ("450591", "kinderzorg individueel traject - modules 1- 4", "West-Vlaanderen")]
    assert answer.issues == []


# --------------------------------------------------------------------------- the same code, the same line below, in each block


#: pdfplumber ``extract_text(layout=True)`` of a generated answer (read_formats' single-spaced round
#: trip, seed 427): ``949248`` in three province blocks, its name wrapped the same way in each.
SAME_CODE = [
    '    Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    "    Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    '    JO BOURNS',
    '    VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    '    ANTWOORD',
    '    op vraag nr. 186 van 10 juli 2018',
    '    van JAN LAEREMANS',
    '    1. Hieronder vindt u de gevraagde gegevens voor 2021. De cijfers geven het aantal gestarte cursisten weer van januari 2021 tot en',
    '    met oktober 2021. De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.',
    '',
    '    Provincie   Opleiding                    Aantal',
    '                044488: Opvoeder zorgkundige master 23',
    '',
    '                083693: -en Opvoeder (SLO)    1503',
    '                gehandicaptenzorg lager verpleegkunde',
    '    Antwerpen   383933: individueel Tweedekansonderwijs - 8',
    '                verkort traject - 2de jaar',
    '                949248: onderwijs: lerarenopleiding Opvoeder - 46',
    '                1 ste jaar individueel Tweedekansonderwijs',
    '                Hoger individueel traject - module 5',
    '',
    '    Totaal Antwerpen                          1580',
    '                083693: -en Opvoeder (SLO)      64',
    '                gehandicaptenzorg lager verpleegkunde',
    '    Limburg',
    '                095667: secundair jeugd- algemene Specifieke 43',
    '                gehandicaptenzorg',
    '    Totaal Limburg                              96',
    '                083693: -en Opvoeder (SLO)      33',
    '    Vlaams-Brabant',
    '                gehandicaptenzorg lager verpleegkunde',
    '    Totaal Vlaams-Brabant                       33',
    '                044488: Opvoeder zorgkundige master 54',
    '                197643: educ jeugd- 2 - 3 modules 1- 4 42',
    '                bijkomende beroepsonderwijs Graduaat',
    '',
    '                646947: graduaatsopleiding secundair 16',
    '    West-Vlaanderen',
    '                Graduaat sec fase 1- 2 zorgkundige module 5',
    '                secundair',
    '                949248: onderwijs: lerarenopleiding Opvoeder - 62',
    '                1 ste jaar individueel Tweedekansonderwijs',
    '                Hoger individueel traject - module 5',
    '    Totaal West-Vlaanderen                     168',
    '                083693: -en Opvoeder (SLO)      34',
    '                gehandicaptenzorg lager verpleegkunde',
    '                095667: secundair jeugd- algemene Specifieke 22',
    '                gehandicaptenzorg',
    '                219525: onderwijs modules 1- 4 - tweede jaar 11',
    '    Brussel',
    '                383933: individueel Tweedekansonderwijs - 43',
    '                verkort traject - 2de jaar',
    '                949248: onderwijs: lerarenopleiding Opvoeder - 64',
    '                1 ste jaar individueel Tweedekansonderwijs',
    '                Hoger individueel traject - module 5',
    '    Totaal Brussel                             157',
    '',
    '',
    '                                     Pagina 1 van 2',
    '',
    '',
    '    Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '    Provincie   Opleiding                    Aantal',
    '',
    '    Eindtotaal                                2028'
]
NAME_427 = ("onderwijs: lerarenopleiding Opvoeder - 1 ste jaar individueel Tweedekansonderwijs Hoger individueel "
            "traject - module 5")


def test_the_same_line_below_the_same_code_in_each_block_is_the_names_end():
    """``Hoger individueel traject - module 5`` below ``949248``'s name in each of three blocks: a
    row whose code was lost would have to follow that code in every block with the same name and
    count — the line is the name's end (before: said three times as a stray 5, the name cut)."""
    answer = read_text("\n".join(line.ljust(82) for line in SAME_CODE) + "\n", "layout.txt")
    assert [(c.province, c.label, c.count) for c in answer.tables[0].cells if c.code == "949248"] == [
        ("Antwerpen", NAME_427, 46), ("West-Vlaanderen", NAME_427, 62), ("Brussel", NAME_427, 64)]
    assert [i.text for i in answer.issues if i.kind == "stray-number"] == [
        "Graduaat sec fase 1- 2 zorgkundige module 5"]  # (below another row, with its block's name between)


def test_a_line_below_the_same_code_in_one_block_only_stays_said():
    """The other blocks end ``949248``'s name otherwise: no print of that line below that code
    elsewhere, so it stays said where it stands."""
    lines = list(SAME_CODE)
    at = [k for k, line in enumerate(lines) if line.strip() == "Hoger individueel traject - module 5"]
    for k in at[1:]:
        lines[k] = lines[k].replace("module 5", "module")
    answer = read_text("\n".join(line.ljust(82) for line in lines) + "\n", "layout.txt")
    assert [i.line for i in answer.issues if i.kind == "stray-number" and i.text.endswith("module 5")][:1] == [at[0] + 1]


def test_a_line_whose_words_go_on_below_it_is_offered_as_the_names_end_with_them():
    """pdfplumber's single-spaced text (read_formats' round trip, seed 411): the line below the
    figures goes on with words of the name (``Hoger tandartsassistent - 1 ste jaar - 1`` /
    ``leefgroepenwerking``). Read as a row of its own with those words only, the two lines were said as a row whose
    code was lost and the row above read as sure with its name cut short; now both readings are
    weighed with those words: a total of unique persons that fits both says the row, an exact
    one reads the name whole."""
    lines = ["135866: bachelor Specifieke zorgkundige 47 36", "Hoger tandartsassistent - 1 ste jaar - 1",
             "leefgroepenwerking", "Totaal 47 36"]
    unique = read_text(QUESTION + "\n".join(["Unieke cursisten met gestarte OKOT'(s) 2021 2022", *lines]) + "\n", "a.txt")
    assert _rows(unique) == []
    assert [(i.code, i.reason, i.text) for i in unique.issues] == [
        ("135866", "name-or-row", "Hoger tandartsassistent - 1 ste jaar - 1 leefgroepenwerking")]
    added = read_text(QUESTION + "\n".join(["Aantal inschrijvingen 2021 2022", *lines]) + "\n", "a.txt")
    name = "bachelor Specifieke zorgkundige Hoger tandartsassistent - 1 ste jaar - 1 leefgroepenwerking"
    assert _rows(added) == [("135866", name, "2021", 47), ("135866", name, "2022", 36)]
    assert added.issues == []
