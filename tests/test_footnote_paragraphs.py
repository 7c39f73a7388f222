"""A footnote's paragraph ends at the blank line after it, also in text laid out in columns
(which reading lays out again and so loses its blank lines): the sentence after it is no part
of the note a partial period quotes."""

from okot_audit.parse import parse_answer
from okot_audit.source import source_from_text

ROWS = [("Antwerpen", "812", "502"), ("Limburg", "301", "188"), ("Totaal", "1.100", "680")]


def _answer(laid_out: bool) -> str:
    gap = "      " if laid_out else " "
    table = [f"Provincie{gap}2021{gap}2022*"] + [f"{label}{gap}{a}{gap}{b}" for label, a, b in ROWS]
    return "\n".join([
        "Vraag nr. 7 van 3 maart 2023",
        "1. Hoeveel cursisten startten een OKOT per provincie?",
        "Antwoord",
        "1. Het aantal unieke cursisten dat een OKOT startte:",
        "",
        *table,
        "",
        "* 2022: cijfers tot en met 30 juni 2022.",
        "",
        "Eén cursist kan in meer dan één provincie starten; het totaal is dus kleiner dan de som.",
        "",
    ])


def _note(text: str) -> str | None:
    answer = parse_answer(source_from_text(text, "a.txt"))
    (table,) = answer.tables
    (partial,) = [p for p in table.periods if p.partial]
    return partial.note


def test_laid_out_footnote_ends_at_its_blank_line():
    assert _note(_answer(laid_out=True)) == "2022: cijfers tot en met 30 juni 2022."


def test_single_spaced_footnote_ends_at_its_blank_line():
    assert _note(_answer(laid_out=False)) == "2022: cijfers tot en met 30 juni 2022."
