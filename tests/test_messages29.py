"""Messages, round 29: messages that say what is not so.

- ``total-missing`` beside a total line that is there but could not be read (``Totaal 10000``
  under four years): the table has its total line — the error at that line says it was not
  read and that the table's totals were not checked; no warning says the line is missing.
- ``ambiguous-alignment`` at a total line says what it means for a total: the rows it totals fit
  its figures in no placement (a figure or a blank cell lost, or a total wrong), or in several —
  not "the stated totals" a row is placed by.
- ``one-figure-per-line`` no longer says the extractor "lost the table's rows": text printed cell
  by cell is read where its cells come in the rows' order, so the message says what breaks it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_rowchoice29 import _table

from okot_audit import audit, read_text

SEED = next((Path(__file__).parent.parent / "seeds").glob("000_*.txt"))
#: The seed's first table closes with ``Totaal 439 834 1472 1480`` (2018–2021) at this line.
TOTAL_LINE = 107
#: A seed of provinces (test_cli's: a column of figures one a line appended to it is said unread).
SEED_PROVINCES = "002_f58759045b60ed02.txt"


def _seed_with(total: str | None) -> str:
    """Seed 000 with its first table's total line replaced by `total` (None: left out)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert lines[TOTAL_LINE - 1] == "Totaal 439 834 1472 1480"
    lines[TOTAL_LINE - 1:TOTAL_LINE] = [] if total is None else [total]
    return "\n".join(lines) + "\n"


def _findings(text: str, lang: str = "en"):
    return audit(read_text(text, "a.txt"), lang=lang).findings


@pytest.mark.parametrize("total", [
    "Totaal 10000",  # (one figure under four periods: fits the rows nowhere)
    "Totaal 439 834 1472 1480 77",  # (more figures than periods)
    "Totaal 439 834 1472",  # (three figures under four periods: several placements fit)
    "Totaal",  # (no figures at all)
], ids=["no-fit", "more-figures", "ambiguous", "no-numbers"])
def test_an_unread_total_line_is_not_said_missing(total):
    findings = _findings(_seed_with(total))
    at_total = {f.rule for f in findings if f.line == TOTAL_LINE}
    assert "total-missing" not in at_total  # (it has one: not read, which the error says)
    assert at_total & {"ambiguous-alignment", "unreadable-table"}
    said = next(f for f in findings if f.line == TOTAL_LINE and f.severity == "error")
    assert "not checked" in said.message or "cannot be checked" in said.message


def test_a_table_without_its_total_line_is_still_said_missing():
    findings = _findings(_seed_with(None))
    missing = [f for f in findings if f.rule == "total-missing"]
    assert len(missing) == 1 and "has no Totaal line" in missing[0].message


@pytest.mark.parametrize("text", [
    _seed_with("Totaal Antwerpen 439 834 1472"),  # (a province's subtotal, read whole or not)
    # (the last of two blocks, each closed by its own ``Totaal …``: ``Mannen`` / ``Vrouwen``)
    "Schriftelijke vraag 12 van 3 maart 2023 aan minister van Werk\n\nAntwoord\n\n"
    "Aantal unieke cursisten met gestarte OKOT.\n\nGeslacht Opleiding 2021 2022\nMannen\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 10 12\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 20 22\nTotaal mannen 30 34\nVrouwen\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 5 6\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 7 8\nTotaal vrouwen 12\n",
], ids=["province", "gender"])
def test_a_block_subtotal_unread_at_the_end_is_no_total_of_the_table(text):
    """A last line the reader reads as a block's subtotal (``Totaal Antwerpen …``, ``Totaal
    vrouwen …`` closing the last of its blocks), not read: the table has no total of its own
    still, and the warning stays. (A ``Totaal vrouwen …`` under rows of no blocks is the table's
    own total line for the reader, read or not: test_level30.)"""
    findings = _findings(text)
    assert any(f.rule == "total-missing" for f in findings)


def test_a_total_line_no_placement_fits_says_what_it_means_for_a_total():
    findings = _findings(_seed_with("Totaal 10000"))
    said = next(f for f in findings if f.line == TOTAL_LINE and f.rule == "ambiguous-alignment")
    assert said.message.startswith("total line Totaal:")
    assert "its figure (10000)" in said.message and "the rows it totals do not fit it" in said.message
    assert "a figure or a blank cell was lost" in said.message and "or a total is wrong" in said.message
    assert "fits the stated totals" not in said.message and "the row is not read" not in said.message
    assert "the table's totals are not checked" in said.message
    dutch = next(f for f in _findings(_seed_with("Totaal 10000"), "nl")
                 if f.line == TOTAL_LINE and f.rule == "ambiguous-alignment")
    assert dutch.message.startswith("totaalregel Totaal:")
    assert "het cijfer (10000)" in dutch.message and "een totaal is fout" in dutch.message


def test_a_total_line_several_placements_fit_says_its_rows_fit_them():
    findings = _findings(_seed_with("Totaal 439 834 1472"))
    said = next(f for f in findings if f.line == TOTAL_LINE and f.rule == "ambiguous-alignment")
    assert said.message.startswith("total line Totaal:")
    assert "the rows it totals fit several placements" in said.message


def test_rows_no_placement_fits_are_still_said_as_rows():
    """Under ``Totaal 23 40`` (two figures, three periods) the rows and the total each fit no
    placement: the rows are said as rows, the total as a total line."""
    findings = _findings(_table(["17 15", "6 17"], "Totaal 23 40"))
    said = {f.line: f.message for f in findings if f.rule == "ambiguous-alignment"}
    assert said[10].startswith("row 900611:") and said[11].startswith("row 900612:")
    assert said[12].startswith("total line Totaal:") and "the rows it totals do not fit them" in said[12]


def test_one_figure_per_line_says_what_breaks_the_rows_order():
    text = SEED.with_name(SEED_PROVINCES).read_text(encoding="utf-8") + "\n\n3. Per provincie.\n\n612\n655\n401\n420\n3.150\n"
    for lang, words in (("en", ("cell by cell", "a row has a blank cell", "one after another",
                                "block names follow the figures")),
                        ("nl", ("cel per cel", "een lege cel", "na elkaar", "na de cijfers"))):
        said = [f.message for f in _findings(text, lang) if "one figure per line" in f.message
                or "één cijfer per regel" in f.message]
        assert len(said) == 1
        assert all(word in said[0] for word in words), said[0]
        assert "lost the table's rows" not in said[0] and "verloor" not in said[0]
