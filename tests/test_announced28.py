"""An answer that says its figures follow ("Hieronder vindt u …", "zie onderstaande tabel", "In
bijlage vindt u …") and of which no table is read after those words is an ``unreadable-table``
error at them (reason ``table-announced``): a text cut short, a table pasted as a picture, an
attachment okot-audit was not given. Before: "0 tables: 0 errors", exit 0 — a silent pass of
exactly the figures the user wanted checked. Words that only name a table (``De groep in
onderstaande tabel is niet …``) or point to another answer's attachment say nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.model import draw_answer
from generate.render import render
from okot_audit import audit, read_text
from test_robust20 import run_cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _announced(answer) -> list[tuple[int, str | None]]:
    return [(i.line, i.text) for i in answer.issues if i.reason == "table-announced"]


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_a_seed_cut_short_after_its_last_items_first_words_says_so_there(seed):
    lines = (SEEDS / seed).read_text(encoding="utf-8").split("\n")
    at = max(n for n, line in enumerate(lines) if re.match(r"\s*\d\.\s+Hieronder vindt u", line))
    answer = read_text("\n".join(lines[:at + 1]), seed)
    assert [line for line, _ in _announced(answer)] == [at + 1]
    assert "unreadable-table" in {f.rule for f in audit(answer).findings}
    whole = read_text("\n".join(lines), seed)  # (the whole answer: its tables follow the words)
    assert _announced(whole) == []


@pytest.mark.parametrize("words", [
    "In bijlage vindt u de gevraagde cijfers per provincie.",
    "De gevraagde cijfers vindt u in de bijlage.",
    "Voor de cijfers verwijs ik naar de bijlage.",
    "Zie bijlage.",
    "Hieronder de cijfers.",
    "Onderstaande tabel geeft een overzicht van de gestarte cursisten.",
    "De cijfers worden weergegeven in de volgende tabel.",
    "De volgende overzichten geven de gestarte cursisten per provincie.",  # (no word of a table but overzicht)
    "Zie volgende overzicht.",
])
def test_an_answer_whose_figures_are_elsewhere_is_an_error_at_its_words(words, tmp_path, capsys):
    path = tmp_path / "antwoord.txt"
    path.write_text("\n".join([
        "Vraag nr. 19 van 11 januari 2022", "van Jan Peeters", "OKOT - instroom", "",
        "1. Hoeveel cursisten startten in 2021 een OKOT?", "", "ANTWOORD", "",
        "1. In 2021 startten er meer cursisten dan in 2020.", words, "",
    ]), encoding="utf-8")
    status, out, err = run_cli(["check", "--no-cache", str(path)], capsys)
    assert status == 1 and f"antwoord.txt:10: OK901 unreadable-table [error] the answer says here" in out, out
    assert words.rstrip(".") in out
    status, out, err = run_cli(["check", "--no-cache", "--lang", "nl", str(path)], capsys)
    assert "het antwoord zegt hier dat zijn cijfers volgen" in out


@pytest.mark.parametrize("words", [
    "Voor 2021 verwijs ik naar het antwoord op vraag nr. 12: zie bijlage 2.",  # another answer's
    "De cijfers staan in de bijlage bij vraag 3 van vorig jaar.",  # (no announcement of this answer's)
    "De groep werkzoekenden in onderstaande tabel is niet dezelfde groep als die uit vraag 163.",
    "De cijfers hieronder geven het aantal unieke cursisten per provincie weer.",
    "De daling in 2021 (zie tabel 2) is te wijten aan de coronacrisis.",  # (a table pointed back to)
])
def test_words_that_only_name_a_table_or_point_elsewhere_say_nothing(words):
    answer = read_text("\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "ANTWOORD", "",
        "In 2021 startten er meer cursisten dan in 2020.", words, "",
    ]), "a.txt")
    assert answer.issues == []


def test_a_question_quoting_an_earlier_answers_annex_is_not_this_answers():
    answer = read_text("\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "",
        "In bijlage vindt u, volgens de minister, de cijfers van vorig jaar.", "",
        "1. Hoeveel cursisten startten in 2021?", "", "ANTWOORD", "",
        "1. Er startten 312 cursisten.", "",
    ]), "a.txt")
    assert _announced(answer) == []


def test_an_announcement_below_the_last_table_for_an_annex_is_said():
    text = (SEEDS / "002_f58759045b60ed02.txt").read_text(encoding="utf-8")
    answer = read_text(text + "\nDe cijfers per opleiding en per maand vindt u in bijlage.\n", "a.txt")
    assert [(line, words) for line, words in _announced(answer)] == [
        (len(text.split("\n")) + 1, "De cijfers per opleiding en per maand vindt u in bijlage.")]
    assert len(answer.tables) == len(read_text(text, "a.txt").tables)  # (the tables are read as before)


@given(data=st.data())
def test_a_generated_answer_cut_after_its_last_items_words_is_never_clean(data):
    """Persons → counts → the answer's text, cut after the words that open its last table's item
    (``3. Hieronder vindt u …``, ``Onderstaande tabel geeft …``): the table that should follow is
    said at those words — never a reading with no issue."""
    chooser = DrawChooser(data.draw)
    rendered = render(draw_answer(chooser), Plan(chooser), encodings=False)
    lines = rendered.lines
    opening = [n for n, line in enumerate(lines) if re.match(r"\d+\. (?:Hieronder vindt u|Onderstaande tabel geeft)", line)]
    last = opening[-1]
    end = next((n for n in range(last, len(lines)) if not lines[n].strip()), len(lines))
    cut = "\n".join(lines[:end])
    note(cut[-600:])
    answer = read_text(cut, "generated.txt")
    assert [line for line, _ in _announced(answer)] == [last + 1]


def test_a_table_pointed_back_to_below_the_tables_says_nothing():
    text = (SEEDS / "002_f58759045b60ed02.txt").read_text(encoding="utf-8")
    answer = read_text(text + "\nDe daling in 2020 (zie tabel 1) is te wijten aan de coronacrisis.\n", "a.txt")
    assert _announced(answer) == []


_OPENING = re.compile(r"\d+\. (?:Hieronder vindt u|Onderstaande tabel geeft)")


@given(data=st.data())
def test_a_generated_answer_without_a_middle_items_table_says_so_at_that_item(data):
    """Persons → counts → an answer of two or three tables, each opened by its item's words;
    one item's table that is not the last (and the rest of that item) cut out: the loss is said
    at that item's words — while the tables of the other items are read — never a reading that
    only the last item's announcement would be looked at (before: no issue at all)."""
    chooser = DrawChooser(data.draw)
    model = draw_answer(chooser, least_tables=2)
    lines = render(model, Plan(chooser), encodings=False).lines
    opening = [n for n, line in enumerate(lines) if _OPENING.match(line)]
    assert len(opening) == len(model.tables)  # (each table opened by its item's words)
    k = data.draw(st.integers(0, len(opening) - 2), label="item cut")
    end = next(n for n in range(opening[k], len(lines)) if not lines[n].strip())
    cut = "\n".join(lines[:end] + lines[opening[k + 1] - 1:])
    note(cut)
    answer = read_text(cut, "generated.txt")
    assert [line for line, _ in _announced(answer)] == [opening[k] + 1]
    assert len(answer.tables) == len(read_text("\n".join(lines), "generated.txt").tables) - 1
    assert "unreadable-table" in {f.rule for f in audit(answer).findings}


def _three_items(second: list[str]) -> str:
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "ANTWOORD", "",
        "1. Hieronder vindt u het aantal unieke cursisten per jaar.", "",
        "Unieke cursisten 2020 2021", "908001: Educatieve bachelor 12 15", "908003: Educatieve master 7 9",
        "Totaal 19 24", "",
        *second, "",
        "3. Onderstaande tabel geeft het aantal geslaagde cursisten.", "",
        "Unieke geslaagde cursisten 2020 2021", "908003: Educatieve master 5 6", "Totaal 5 6", "",
    ])


def test_the_second_items_lost_table_is_said_at_its_words_though_the_third_is_read():
    answer = read_text(_three_items(["2. Hieronder vindt u de gevraagde cijfers per provincie."]), "a.txt")
    assert _announced(answer) == [(13, "Hieronder vindt u de gevraagde cijfers per provincie.")]
    assert len(answer.tables) == 2


@pytest.mark.parametrize("second", [
    ["2. De daling in 2021 (zie tabel 1) is te wijten aan de coronacrisis."],
    ["2. Voor 2021 verwijs ik naar het antwoord op vraag nr. 12: zie bijlage 2."],
    ["2. De groep werkzoekenden in onderstaande tabel is niet dezelfde groep als die uit vraag 163."],
    ["2. Hieronder vindt u de gestarte cursisten per provincie.", "",
     "Provincie 2020 2021", "Antwerpen 4 5", "Limburg 3 2", "Totaal 7 7"],
])
def test_a_middle_item_that_names_a_table_or_has_its_own_says_nothing(second):
    answer = read_text(_three_items(second), "a.txt")
    assert _announced(answer) == []


def test_a_middle_items_table_said_unread_is_not_said_again_as_announced():
    answer = read_text(_three_items(["2. Hieronder vindt u de gestarte cursisten per provincie.", "",
                                     "Antwerpen 4 5", "Limburg 3 2", "Totaal 7 7"]), "a.txt")
    assert _announced(answer) == []
    assert [i.line for i in answer.issues if i.unread] == [15]  # (its lines said unread where they stand)
