"""What the reports say, read by the person who holds the answer (reports16): tables headed by
their own words and lines (never okot-audit's id), every message naming its table, several
typos that each fit said in one sentence, ``waarvan`` rows checked against their line, and a
text report that does not tire its reader — in English and in Dutch."""

from __future__ import annotations

import json
import re

import pytest

from clitools import SEED_PROVINCES, SEED_YEARS, okot, out
from okot_audit import read_answer, read_text
from okot_audit.audit import audit
from okot_audit.report import render

# --- 1. a table headed as its reader knows it ---------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    answers = [read_answer(SEED_YEARS), read_answer(SEED_PROVINCES)]
    return audit(answers), audit(answers, lang="nl")


def test_the_text_report_heads_a_table_by_its_header_words_and_lines_not_its_id(seeds):
    """Main headed the tables ``table graduated: Unieke cursisten …`` — ``graduated`` is
    okot-audit's id, a word the answer never prints. Now: the header's words and lines, then
    what the table counts on a line of its own."""
    en, nl = (render(r, "text", lang=lang).splitlines() for r, lang in zip(seeds, ("en", "nl")))
    at = en.index("  table \"Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)\" (lines 119-141)")
    assert en[at + 1] == "    graduated, rows by training code, 2018 2019 2020 2021 2022* (* partial)"
    at = nl.index("  tabel \"Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)\" (regels 119-141)")
    assert nl[at + 1] == "    geslaagd, rijen per opleidingscode, 2018 2019 2020 2021 2022* (* gedeeltelijk)"
    for lines in (en, nl):
        assert not [li for li in lines if re.search(r"\b(started|graduated|stopped_or_failed|started_by_province)\b:",
                                                    li)]
    # a long header is cut at a word, so that the heading fits an 80-column terminal
    long = next(li for li in en if "stopgezette" in li and li.startswith("  table"))
    assert long == "  table \"Unieke cursisten met stopgezette en uitgevoerde maar …\" (lines 161-196)"
    assert len(long) <= 80


def test_markdown_and_html_head_a_table_by_its_header_words_and_lines(seeds):
    md = render(seeds[0], "markdown").splitlines()
    assert "### table \"Provincie Opleiding Aantal\" (lines 44–236)" in md
    assert not [li for li in md if li.startswith("### started")]
    md_nl = render(seeds[1], "markdown", lang="nl").splitlines()
    assert "### tabel \"Provincie Opleiding Aantal\" (regels 44–236)" in md_nl
    page = render(seeds[0], "html")
    assert "<h3>table &#34;Provincie Opleiding Aantal&#34; (lines 44–236)</h3>" in page
    assert "<h3>started_by_province" not in page
    assert '<section class="table" data-table="started_by_province" id="answer-2-table-1">' in page  # the id, for tools
    assert "<h3>tabel &#34;Provincie Opleiding Aantal&#34; (regels 44–236)</h3>" in render(seeds[1], "html", lang="nl")


def test_the_json_table_field_stays_the_id(tmp_path):
    data = json.loads(out(okot("check", str(SEED_YEARS), "--format", "json", "--no-cache", cwd=tmp_path)))
    assert {f["table"] for f in data["findings"]} == {"started", "graduated", "stopped_or_failed"}


def test_a_table_only_its_findings_name_is_headed_by_its_id():
    """A report that holds findings but not the answer (a stand-in) still heads the group."""
    from okot_audit.findings import Finding, Report

    finding = Finding("partial-period", "OK301", "info", "a.txt", 3, "t3", "started", "2022", None, None,
                      None, None, None, "…")
    assert "  table t3" in render(Report([], [finding]), "text").splitlines()
    assert "  tabel t3" in render(Report([], [finding]), "text", lang="nl").splitlines()


# --- 2. every message names its table ----------------------------------------------------------------


def test_partial_period_names_its_table(seeds):
    """The finding stands at the footnote's line, below the table: main said only ``period 2022
    is partial``, and an answer with three tables of 2022* left the reader to guess which."""
    en = [f.message for f in seeds[0].by_rule("partial-period")]
    nl = [f.message for f in seeds[1].by_rule("partial-period")]
    assert en[0].startswith("period 2022 of the table \"Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)\" "
                            "(line 119) is partial — the answer says: \"Voor het jaar 2022"), en
    assert en[1].startswith("period 2022 of the table \"Unieke cursisten met stopgezette en uitgevoerde maar "
                            "niet …\" (line 161) is partial"), en
    assert nl[0].startswith("periode 2022 van de tabel \"Unieke cursisten met uitgevoerde, geslaagde, "
                            "OKOT'(s)\" (regel 119) is onvolledig — het antwoord zegt:"), nl
    assert en[2].startswith("period 2020 of the table \"Provincie Opleiding Aantal\" (line 44) is partial")


# --- 3. several typos that each fit: one sentence -----------------------------------------------------

#: 45 printed at line 5 (908002, 2020) for 54: five single figures would each make Totaal 2020 hold.
TYPO = """Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2019 2020
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 120 138
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 50 45
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 41 40
Totaal 205 232
"""


def test_the_most_likely_typo_says_how_many_others_fit_and_the_others_name_it():
    report = audit(read_text(TYPO, path="typo.txt"))
    typos = sorted(report.by_rule("likely-typo"), key=lambda f: f.rank)
    assert [(f.line, f.stated, f.suggestion) for f in typos] == [
        (5, 45, 54), (7, 232, 223), (4, 138, 183), (5, 45, 145), (6, 40, 140)]  # JSON: each its own suggestion
    assert typos[0].message == (
        "908002 2020: 45 may be a typo for 54 (two digits swapped): with it, Totaal 2020 holds again; "
        "the most likely of 5 corrections that each make the table hold, not applied")
    assert typos[1].message == (
        "Totaal 2020: 232 may be a typo for 223 (two digits swapped), which would also make Totaal 2020 hold — "
        "less likely than 908002 2020 45 → 54 (line 5); correction 2 of 5, not applied")
    nl = sorted(audit(read_text(TYPO, path="typo.txt"), lang="nl").by_rule("likely-typo"), key=lambda f: f.rank)
    assert nl[0].message.endswith("; de meest waarschijnlijke van 5 correcties die elk de tabel doen kloppen, "
                                  "niet toegepast")
    assert "— minder waarschijnlijk dan 908002 2020 45 → 54 (regel 5); correctie 2 van 5" in nl[1].message


def test_the_text_report_says_the_other_typos_in_one_line_not_one_line_each(tmp_path):
    """Main printed five likely-typo lines and five notes under the error, the same figures
    twice. Now: the most likely on its line, the four others in one line under it, and one
    note under the error."""
    (tmp_path / "typo.txt").write_text(TYPO, encoding="utf-8")
    lines = out(okot("check", "typo.txt", "--no-cache", cwd=tmp_path)).splitlines()
    typos = [i for i, li in enumerate(lines) if " OK206 " in li]
    assert len(typos) == 1, lines
    assert lines[typos[0] + 1] == (
        "    ↳ 4 other corrections also fit, less likely: line 7, Totaal 2020 232 → 223; line 4, 908001 2020 "
        "138 → 183; line 5, 908002 2020 45 → 145; line 6, 908003 2020 40 → 140")
    error = next(i for i, li in enumerate(lines) if " OK101 " in li)
    assert lines[error + 1] == ("    ↳ possible typo, line 5, 908002 2020 45 → 54 (or one of 4 other corrections, "
                                "lines 4, 5, 6, 7)")
    assert not lines[error + 2].startswith("    ↳")
    assert lines[-1] == "1 answer, 1 table: 1 error, 0 warnings, 6 info"  # every finding still counted
    nl = out(okot("check", "typo.txt", "--no-cache", "--lang", "nl", cwd=tmp_path)).splitlines()
    at = next(i for i, li in enumerate(nl) if " OK206 " in li)
    assert nl[at + 1].startswith("    ↳ 4 andere correcties passen ook, minder waarschijnlijk: regel 7, Totaal 2020")


# --- 4. ``waarvan`` rows checked against their line --------------------------------------------------

HEAD = ("Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Zorgsector\n\n"
        "Unieke cursisten met gestarte OKOT'(s) 2019 2020 2021\n")
ROW_1 = "900611: Professionele bachelor verpleegkunde - 1ste jaar 120 130 140"
ROW_2 = "900612: Professionele bachelor verpleegkunde - 2de jaar   50 60"  # 2019 blank
TOTAL = "Totaal 120 165 185"  # 900611 and 900612 hold as unique persons (sums 120, 180, 200)


def _waarvan(*lines: str, lang: str = "en"):
    answer = read_text(HEAD + "\n".join(lines) + "\n", path="w.txt")
    return answer, audit(answer, lang=lang)


def _errors(report) -> list[tuple]:
    return [(f.rule, f.line, f.period, f.training_code, f.label, f.stated, f.observed, f.difference)
            for f in report.findings if f.severity == "error"]


def test_a_waarvan_figure_larger_than_its_line_is_an_error():
    """``waarvan vrouwen`` 150 under 900611's 140 (2021): main reported the row as not checked
    and exited 0; a part of a line's persons cannot be more than the line."""
    answer, report = _waarvan(ROW_1, "waarvan vrouwen 70 80 150", ROW_2, TOTAL)
    assert [c.count for c in answer.tables[0].cells if c.line == 5] == []  # still no cells: no row of the table
    assert _errors(report) == [("total-below-largest-part", 4, "2021", "900611", None, 140, 150, 10)]
    [f] = report.by_rule("total-below-largest-part")
    assert f.message == (
        "900611 2021 is 140, smaller than the figure of the row 'waarvan vrouwen' below it (line 5: 150), which "
        "counts only some of its unique persons; a part cannot be more than the whole — the line's figure or "
        "that one is wrong by at least 10")
    [nl] = _waarvan(ROW_1, "waarvan vrouwen 70 80 150", ROW_2, TOTAL, lang="nl")[1].by_rule("total-below-largest-part")
    assert nl.message.startswith("900611 2021 is 140, kleiner dan het cijfer van de rij 'waarvan vrouwen' eronder "
                                 "(regel 5: 150), die maar een deel van de unieke personen ervan telt")
    [note] = report.by_rule("column-not-checked")
    assert "they are not read as figures" not in note.message and "but checked against the line above it" in note.message


def test_a_waarvan_row_under_the_total_is_checked_against_the_total():
    _, report = _waarvan(ROW_1, ROW_2, TOTAL, "waarvan vrouwen 80 170 130")
    assert _errors(report) == [("total-below-largest-part", 6, "2020", None, "Totaal", 165, 170, 5)]


def test_women_and_men_are_a_partition_of_their_line():
    """Every person has one gender: ``waarvan vrouwen`` and ``waarvan mannen`` add up to their
    line exactly — 55 under 60 is 5 persons missing, 65 is 5 too many (errors both)."""
    _, report = _waarvan(ROW_1, ROW_2, "waarvan vrouwen 30 40", "waarvan mannen 20 15", TOTAL)
    assert _errors(report) == [("total-exceeds-parts", 5, "2021", "900612", None, 60, 55, 5)]
    _, report = _waarvan(ROW_1, ROW_2, "waarvan vrouwen 30 40", "waarvan mannen 20 25", TOTAL)
    assert _errors(report) == [("parts-exceed-total", 5, "2021", "900612", None, 60, 65, 5)]
    [f] = report.by_rule("parts-exceed-total")[:1]
    assert "every person has one gender, so the 'waarvan' rows must add up to the total exactly" in f.message
    _, report = _waarvan(ROW_1, ROW_2, "waarvan vrouwen 30 40", "waarvan mannen 20 20", TOTAL)
    assert _errors(report) == []  # (the 2019 blank of 900612 is the waarvan rows' too)


def test_age_classes_count_apart_but_need_not_cover_their_line():
    """``-25 jaar`` and ``25-54 jaar``: no person is in both, so together no more than the line;
    they need not add up to it (``55+ jaar`` is not printed)."""
    _, report = _waarvan(ROW_1, "waarvan -25 jaar 70 40 50", "waarvan 25-54 jaar 60 45 40", ROW_2, TOTAL)
    assert _errors(report) == [("parts-exceed-total", 4, "2019", "900611", None, 120, 130, 10)]
    [f] = [f for f in report.by_rule("parts-exceed-total") if f.severity == "error"]
    assert ("every person has one age class, so these 'waarvan' rows count apart and cannot add up to more than "
            "the line — 10 unique persons too many") in f.message
    [nl] = [f for f in _waarvan(ROW_1, "waarvan -25 jaar 70 40 50", "waarvan 25-54 jaar 60 45 40", ROW_2, TOTAL,
                                lang="nl")[1].by_rule("parts-exceed-total") if f.severity == "error"]
    assert "elke persoon heeft één leeftijdsklasse, dus deze 'waarvan'-rijen tellen elk andere personen" in nl.message


def test_waarvan_rows_of_different_attributes_may_overlap():
    """``waarvan vrouwen`` and ``waarvan 25-54 jaar`` may count the same women: 90 + 100 over a
    line of 120 is no error, and no double counting either."""
    _, report = _waarvan(ROW_1, "waarvan vrouwen 90 100 110", "waarvan 25-54 jaar 100 110 120", ROW_2, TOTAL)
    assert _errors(report) == []
    assert not [f for f in report.by_rule("parts-exceed-total") if f.line == 4]


def test_a_waarvan_row_whose_figures_cannot_be_placed_is_left_unchecked_and_says_so():
    """Two figures under a line of three (none blank): which periods they are, nothing says."""
    answer, report = _waarvan(ROW_1, "waarvan vrouwen 700 800", ROW_2, TOTAL)
    assert answer.tables[0].subsets == [] and _errors(report) == []
    [note] = report.by_rule("column-not-checked")
    assert "it is not read as figures of the table and not checked" in note.message


def test_waarvan_figures_survive_the_result_cache():
    from okot_audit.cache import answer_from_data, answer_to_data

    answer, _ = _waarvan(ROW_1, "waarvan vrouwen 70 80 150", ROW_2, TOTAL)
    again = answer_from_data(json.loads(json.dumps(answer_to_data(answer))))
    assert again.tables[0].subsets == answer.tables[0].subsets and len(again.tables[0].subsets) == 3


# --- 5. the text report as a reader reads it -----------------------------------------------------------

UNKNOWN = """Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2020 2021
093791: Opleiding een 10 12
301052: Opleiding twee 20 22
329809: Opleiding drie 30 32
Totaal 60 66
"""


def test_a_closing_clause_many_findings_share_is_said_once_per_table(tmp_path):
    """Main wrote ``its sector and stage cannot be verified`` after every unknown code (32 times
    in one generated answer) and ``do not add up the rows`` after every total: the reader reads
    it once, at the first finding of the rule in the table; the others say what differs."""
    (tmp_path / "u.txt").write_text(UNKNOWN, encoding="utf-8")
    lines = [li for li in out(okot("check", "u.txt", "--no-cache", cwd=tmp_path)).splitlines() if " OK203 " in li]
    assert lines == [
        "u.txt:4: OK203 code-unknown [warning] training code 093791 is not in the catalogue and its prefix matches "
        "no known family; its sector and stage cannot be verified",
        "u.txt:5: OK203 code-unknown [warning] training code 301052 is not in the catalogue and its prefix matches "
        "no known family",
        "u.txt:6: OK203 code-unknown [warning] training code 329809 is not in the catalogue and its prefix matches "
        "no known family",
    ]
    nl = [li for li in out(okot("check", "u.txt", "--no-cache", "--lang", "nl", cwd=tmp_path)).splitlines()
          if " OK203 " in li]
    assert nl[0].endswith("; sector en fase zijn niet na te gaan") and not nl[1].endswith("niet na te gaan")
    # the JSON (and every finding of the library) keeps its whole sentence
    data = json.loads(out(okot("check", "u.txt", "--no-cache", "--format", "json", cwd=tmp_path)))
    assert all(f["message"].endswith("its sector and stage cannot be verified")
               for f in data["findings"] if f["rule"] == "code-unknown")


def test_the_seeds_say_do_not_add_up_the_rows_once_per_table(seeds):
    text = render(seeds[0], "text").splitlines()
    started = [li for li in text if ":107: OK103" in li]
    assert [li.endswith(" — do not add up the rows") for li in started] == [True, False, False, False]
    assert started[1].endswith("Totaal 2019 counts 834 unique persons; its rows sum to 864: 30 persons counted in "
                               "more than one row")
    md = [li for li in render(seeds[0], "markdown").splitlines() if "| 107 |" in li]
    assert ["do not add up the rows" in li for li in md] == [True, False, False, False]
    # a rule whose findings end differently keeps every ending (the provinces' rows, the Eindtotaal's subtotals)
    provinces = [li for li in text if "002_f58759045b60ed02.txt" in li and " OK103 " in li]
    assert all(li.endswith(("do not add up the rows", "do not add up the subtotals")) for li in provinces)
