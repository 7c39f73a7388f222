"""Findings' messages that must be true for the table they are about (a review of the messages
as a journalist reads them): the unit word of what a table counts, the sheet of a workbook,
the figures a message lists — in English and in Dutch."""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 12 van 3 maart 2023\n"
ROWS = (
    "Opleiding 2021 2022\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 60\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 40 45\n"
)


def _messages(text: str, rule: str, lang: str = "en", path: str = "a.txt") -> list[str]:
    return [f.message for f in audit(read_text(text, path), lang=lang).findings if f.rule == rule]


# --- what the table counts ------------------------------------------------------------------


def test_a_total_of_persons_over_rows_of_enrolments_speaks_of_enrolments_beyond_persons():
    """``Totaal unieke cursisten`` under rows that count enrolments (a ``Totaal inschrijvingen``
    adds them up): the rows' surplus over the persons is enrolments beyond one per person, not
    "5 persons counted in more than one row" (one person with three enrolments in one row is
    two of the surplus, and counted in one row only)."""
    text = (HEAD + "1. Hieronder het aantal inschrijvingen en het aantal unieke cursisten in een OKOT per opleiding.\n\n"
            + ROWS + "Totaal inschrijvingen 90 105\nTotaal unieke cursisten 85 100\n")
    en = _messages(text, "parts-exceed-total")
    nl = _messages(text, "parts-exceed-total", "nl")
    assert len(en) == len(nl) == 2
    assert "its rows count enrolments and sum to 90: 5 enrolments more than persons" in en[0]
    assert "persons counted" not in en[0]
    assert "de rijen tellen inschrijvingen en komen samen op 90: 5 inschrijvingen meer dan personen" in nl[0]
    assert "dubbel geteld" not in nl[0]


def test_a_partition_of_enrolments_says_each_enrolment_not_each_person():
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT naar geslacht.\n\n"
            "Geslacht 2021 2022\nMan 50 60\nVrouw 40 45\nTotaal 85 105\n")
    [en] = _messages(text, "parts-exceed-total")
    [nl] = _messages(text, "parts-exceed-total", "nl")
    assert "every enrolment falls under one gender" in en and "every person" not in en
    assert "5 enrolments too many in the rows" in en
    assert "elke inschrijving valt onder één geslacht" in nl and "elke persoon" not in nl
    assert "5 inschrijvingen te veel" in nl


def test_a_partition_of_persons_still_speaks_of_persons():
    text = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht.\n\n"
            "Geslacht 2021 2022\nMan 50 60\nVrouw 40 45\nTotaal 85 105\n")
    [en] = _messages(text, "parts-exceed-total")
    assert "every person has one gender" in en and "5 unique persons too many" in en


def test_a_total_of_enrolments_below_a_part_is_no_total_of_unique_persons():
    """An enrolment total below one of its rows: "a total of unique persons cannot be below its
    largest part" said something untrue of the table — it counts enrolments, which add up."""
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS + "Totaal 30 105\n")
    [en] = _messages(text, "total-below-largest-part")
    [nl] = _messages(text, "total-below-largest-part", "nl")
    assert "unique persons" not in en and "a total of enrolments is the sum of its parts" in en
    assert "unieke personen" not in nl and "een totaal van inschrijvingen is de som van de delen" in nl


def test_a_total_of_persons_below_a_part_still_says_unique_persons():
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte.\n\n" + ROWS + "Totaal 45 60\n"
    [en] = _messages(text, "total-below-largest-part")
    assert "a total of unique persons cannot be below its largest part" in en


def test_an_enrolment_total_above_its_rows_names_the_missing_enrolments():
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS + "Totaal 90 110\n")
    [en] = _messages(text, "total-exceeds-parts")
    [nl] = _messages(text, "total-exceeds-parts", "nl")
    assert "5 enrolments missing in the rows" in en
    assert "5 inschrijvingen ontbreken in de rijen" in nl


def test_a_table_of_enrolments_without_total_is_not_said_to_count_persons():
    text = HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS
    [en] = _messages(text, "total-missing")
    [nl] = _messages(text, "total-missing", "nl")
    assert "unique persons" not in en and "how many enrolments it counts in all is not stated" in en
    assert "unieke personen" not in nl and "hoeveel inschrijvingen ze in totaal telt" in nl


def test_a_table_that_does_not_say_what_it_counts_is_read_as_persons_and_says_so():
    """No unit word anywhere: the totals are read as unique persons (as OKOT answers count
    them), and the message says that this is how it was read, not what the table says."""
    text = HEAD + "1. Hieronder de cijfers per opleiding.\n\n" + ROWS + "Totaal 85 100\n"
    [first, _] = _messages(text, "parts-exceed-total")
    [first_nl, _] = _messages(text, "parts-exceed-total", "nl")
    assert "(the table does not say what it counts: read as unique persons)" in first
    assert "(de tabel zegt niet wat ze telt: gelezen als unieke personen)" in first_nl
    stated = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte.\n\n" + ROWS + "Totaal 85 100\n"
    assert "does not say" not in _messages(stated, "parts-exceed-total")[0]
