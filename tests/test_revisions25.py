"""Revisions across answers in shapes beyond year tables by code (issue 10 item 1, red team).

Each case is two (or three) answers printing the same table: the later one drawn as a PDF,
the earlier one as the text ``pdftotext -layout`` takes out of its PDF, or as a workbook. The
figures of the later answer are the earlier's with a few planted edits; the ``figure-revised``
findings must be exactly those edits — no more (a figure that only looks like another: a
province's subtotal against a row of that province, one label in two blocks) and no less.
"""

from __future__ import annotations

import io
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.report.sarif import sarif_log
from test_unseen_pdfs import autofit_pdf


def _figure(text: str) -> bool:
    return text.replace(".", "").isdigit()


def _pdf(prose, header, rows, after=()) -> bytes:
    return autofit_pdf([p for p in prose if p], header, [list(r) for r in rows], left_columns=(0, 1),
                       after=list(after))


def _layout(prose, header, rows, after=()) -> str:
    from generate.extract import available, extract

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext (poppler) is not installed")
    return extract(_pdf(prose, header, rows, after), "pdftotext-layout")


def _xlsx(prose, header, rows, after=()) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    for line in prose:
        sheet.append([line or None])
    for row in [header, *rows]:
        sheet.append([int(c.replace(".", "")) if _figure(c) else (c or None) for c in row])
    for line in after:
        sheet.append([line])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(prose, header, rows, after=()) -> str:
    lines = [" ".join(c for c in row if c) for row in [header, *rows]]
    return "\n".join([*prose, "", *lines, *(["", *after] if after else [])]) + "\n"


FORMS = {"pdf": (_pdf, "pdf"), "layout": (_layout, "txt"), "xlsx": (_xlsx, "xlsx"), "text": (_text, "txt")}
#: (earlier, later): the earlier answer as pdftotext -layout's text or a workbook, the later as
#: a PDF; and both as single-spaced text.
PAIRS = [("layout", "pdf"), ("xlsx", "pdf"), ("text", "text")]


def prose(number: int, date: str, lead: str, sector: str = "Zorgsector") -> list[str]:
    return [f"OKOT's - {sector}", "", "ANTWOORD", f"op vraag nr. {number} van {date}", "", lead]


def answer(form: str, name: str, prose_lines, header, rows, after=()):
    make, ext = FORMS[form]
    return read_text(make(prose_lines, header, rows, after), f"{name}.{ext}")


def revised(answers) -> set[tuple]:
    """Each figure-revised finding as (path, period, code, province, label, severity, stated,
    observed); its related location (in the report and in SARIF) is the earlier answer's."""
    report = audit(list(answers))
    out = set()
    found = report.by_rule("figure-revised")
    for f in found:
        assert f.related and f.related[0][0] != f.path, f
        assert f"{f.related[0][0]}:{f.related[0][1]}" in f.message, f.message
        out.add((f.path, f.period, f.training_code, f.province, f.label, f.severity, f.stated, f.observed))
    sarif = sarif_log(report)
    results = [r for run in sarif["runs"] for r in run["results"] if r["ruleId"] in ("OK401", "figure-revised")]
    assert len(results) == len(found)
    for result in results:
        (related,) = result["relatedLocations"]
        uri = related["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("early") or uri.startswith("middle"), related
    return out


def errors(answer_) -> list:
    return [(f.rule, f.line, f.message) for f in audit(answer_).findings if f.severity == "error"]


STARTED = "1. Het aantal unieke cursisten dat een OKOT in de zorgsector startte."
ENROLLED = "1. Het aantal inschrijvingen in een OKOT in de zorgsector dat startte."
BOTH = "1. Het aantal inschrijvingen en unieke cursisten in een OKOT in de zorgsector dat startte."
C1 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
C2 = "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar"
HALF = "*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft."


class Case(NamedTuple):
    header: tuple  # the earlier answer's header
    earlier: tuple
    later: tuple
    expected: frozenset  # (period, code, province, label, severity, stated, observed)
    later_header: tuple = ()  # the later answer's header, when it prints its periods otherwise
    lead: str = STARTED
    later_lead: str = ""
    after: tuple = ()  # lines below the earlier answer's table (a footnote)


def _blocks(names, rows_of):
    """Province blocks: the province in the first column of its block's first row, ``Totaal
    <province>`` closing it, ``Eindtotaal`` at the end."""
    rows = []
    for name, (block, subtotal) in zip(names, rows_of):
        for n, (label, *figures) in enumerate(block):
            rows.append((name if n == 0 else "", label, *figures))
        rows.append((f"Totaal {name}", "", *subtotal))
    return rows


CASES = {
    "province blocks: a code's row within one province revised": Case(
        ("Provincie", "Opleiding", "2020", "2021"),
        (*_blocks(["Antwerpen", "Limburg"], [([(C1, "30", "35"), (C2, "20", "25")], ("48", "58")),
                                            ([(C1, "10", "12"), (C2, "8", "9")], ("18", "21"))]),
         ("Eindtotaal", "", "64", "77")),
        (*_blocks(["Antwerpen", "Limburg"], [([(C1, "30", "35"), (C2, "20", "27")], ("48", "60")),
                                            ([(C1, "10", "12"), (C2, "8", "9")], ("18", "21"))]),
         ("Eindtotaal", "", "64", "79")),
        frozenset({("2021", "900711", "Antwerpen", None, "info", 27, 25),
                   ("2021", None, "Antwerpen", "Totaal Antwerpen", "info", 60, 58),
                   ("2021", None, None, "Eindtotaal", "info", 79, 77)}),
    ),
    "provinces as rows: one province revised down": Case(
        ("Provincie", "2020", "2021"),
        (("Antwerpen", "260", "281"), ("Limburg", "120", "130"), ("Oost-Vlaanderen", "300", "310"),
         ("Totaal", "675", "715")),
        (("Antwerpen", "260", "281"), ("Limburg", "120", "128"), ("Oost-Vlaanderen", "300", "310"),
         ("Totaal", "675", "713")),
        frozenset({("2021", None, "Limburg", None, "warning", 128, 130),
                   ("2021", None, None, "Totaal", "warning", 713, 715)}),
    ),
    "gender rows in province blocks: the second category of a block revised": Case(
        ("Provincie", "Geslacht", "2020", "2021"),
        (*_blocks(["Antwerpen", "Limburg"], [([("Man", "100", "110"), ("Vrouw", "160", "171")], ("260", "281")),
                                            ([("Man", "50", "60"), ("Vrouw", "70", "70")], ("120", "130"))]),
         ("Totaal", "", "380", "411")),
        (*_blocks(["Antwerpen", "Limburg"], [([("Man", "100", "110"), ("Vrouw", "160", "175")], ("260", "285")),
                                            ([("Man", "50", "60"), ("Vrouw", "70", "70")], ("120", "130"))]),
         ("Totaal", "", "380", "415")),
        frozenset({("2021", None, "Antwerpen", "Vrouw", "info", 175, 171),
                   ("2021", None, "Antwerpen", "Totaal Antwerpen", "info", 285, 281),
                   ("2021", None, None, "Totaal", "info", 415, 411)}),
    ),
    "the same code in two gender blocks: the second block's row revised": Case(
        ("Opleiding", "2020", "2021"),
        (("Man", "", ""), (C1, "30", "35"), (C2, "20", "25"), ("Totaal Man", "50", "60"),
         ("Vrouw", "", ""), (C1, "60", "70"), (C2, "40", "45"), ("Totaal Vrouw", "100", "115"),
         ("Totaal", "150", "175")),
        (("Man", "", ""), (C1, "30", "35"), (C2, "20", "25"), ("Totaal Man", "50", "60"),
         ("Vrouw", "", ""), (C1, "60", "70"), (C2, "40", "47"), ("Totaal Vrouw", "100", "117"),
         ("Totaal", "150", "177")),
        frozenset({("2021", "900711", None, None, "info", 47, 45),
                   ("2021", None, None, "Totaal Vrouw", "info", 117, 115),
                   ("2021", None, None, "Totaal", "info", 177, 175)}),
    ),
    "gender blocks closed by Totaal, then by Subtotaal": Case(
        ("Opleiding", "2021"),
        (("Man", ""), (C1, "35"), (C2, "25"), ("Totaal Man", "60"),
         ("Vrouw", ""), (C1, "70"), (C2, "45"), ("Totaal Vrouw", "115"), ("Totaal", "175")),
        (("Man", ""), (C1, "35"), (C2, "25"), ("Subtotaal Man", "60"),
         ("Vrouw", ""), (C1, "70"), (C2, "47"), ("Subtotaal Vrouw", "117"), ("Totaal", "177")),
        frozenset({("2021", "900711", None, None, "info", 47, 45),
                   ("2021", None, None, "Subtotaal Vrouw", "info", 117, 115),
                   ("2021", None, None, "Totaal", "info", 177, 175)}),
    ),
    "age classes: a class revised, its label spaced otherwise": Case(
        ("Leeftijd", "2020", "2021"),
        (("-25 jaar", "100", "110"), ("25-54 jaar", "300", "320"), ("55+ jaar", "20", "25"), ("Totaal", "420", "455")),
        (("-25 jaar", "100", "110"), ("25 - 54 jaar", "300", "322"), ("55+ jaar", "20", "25"), ("Totaal", "420", "457")),
        frozenset({("2021", None, None, "25 - 54 jaar", "info", 322, 320),
                   ("2021", None, None, "Totaal", "info", 457, 455)}),
    ),
    "programme names without codes, spelt otherwise": Case(
        ("Opleiding", "2020", "2021"),
        (("Graduaat orthopedagogie", "118", "131"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "50", "55"),
         ("Totaal", "168", "186")),
        (("Graduaat Orthopedagogie", "118", "133"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "50", "55"),
         ("Totaal", "168", "188")),
        frozenset({("2021", None, None, "Graduaat Orthopedagogie", "info", 133, 131),
                   ("2021", None, None, "Totaal", "info", 188, 186)}),
    ),
    "programme names in province blocks, spelt otherwise": Case(
        ("Provincie", "Opleiding", "2021"),
        (*_blocks(["Antwerpen", "Limburg"], [([("Graduaat orthopedagogie", "40"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "20")], ("58",)),
                                            ([("Graduaat orthopedagogie", "15"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "9")], ("24",))]),
         ("Eindtotaal", "", "80")),
        (*_blocks(["Antwerpen", "Limburg"], [([("Graduaat Orthopedagogie", "40"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "23")], ("61",)),
                                            ([("Graduaat Orthopedagogie", "15"), ("Tweedekansonderwijs zorgkundige - 1ste jaar", "9")], ("24",))]),
         ("Eindtotaal", "", "83")),
        frozenset({("2021", None, "Antwerpen", "Tweedekansonderwijs zorgkundige - 1ste jaar", "info", 23, 20),
                   ("2021", None, "Antwerpen", "Totaal Antwerpen", "info", 61, 58),
                   ("2021", None, None, "Eindtotaal", "info", 83, 80)}),
    ),
    "school years, the later answer writing them short": Case(
        ("Opleiding", "2019-2020", "2020-2021"),
        ((C1, "30", "35"), (C2, "20", "25"), ("Totaal", "50", "60")),
        ((C1, "30", "33"), (C2, "20", "25"), ("Totaal", "50", "58")),
        frozenset({("2020-2021", "900611", None, None, "warning", 33, 35),
                   ("2020-2021", None, None, "Totaal", "warning", 58, 60)}),
        later_header=("Opleiding", "2019-20", "2020-21"),
    ),
    "months in words, then as year-month": Case(
        ("Opleiding", "januari 2021", "februari 2021"),
        ((C1, "30", "35"), (C2, "20", "25"), ("Totaal", "50", "60")),
        ((C1, "30", "36"), (C2, "20", "25"), ("Totaal", "50", "61")),
        frozenset({("2021-02", "900611", None, None, "info", 36, 35),
                   ("2021-02", None, None, "Totaal", "info", 61, 60)}),
        later_header=("Opleiding", "2021-01", "2021-02"),
    ),
    "two total lines, enrolments and unique persons": Case(
        ("Opleiding", "2020", "2021"),
        ((C1, "30", "35"), (C2, "20", "25"), ("Totaal inschrijvingen", "50", "60"), ("Totaal unieke cursisten", "48", "57")),
        ((C1, "30", "35"), (C2, "20", "26"), ("Totaal inschrijvingen", "50", "61"), ("Totaal unieke cursisten", "48", "58")),
        frozenset({("2021", "900711", None, None, "info", 26, 25),
                   ("2021", None, None, "Totaal inschrijvingen", "info", 61, 60),
                   ("2021", None, None, "Totaal unieke cursisten", "info", 58, 57)}),
        lead=BOTH,
    ),
    "the same figures as enrolments, then as unique persons": Case(
        ("Opleiding", "2021"),
        ((C1, "35"), (C2, "25"), ("Totaal", "60")),
        ((C1, "35"), (C2, "25"), ("Totaal", "60")),
        frozenset({("2021", "900611", None, None, "warning", 35, 35),
                   ("2021", "900711", None, None, "warning", 25, 25),
                   ("2021", None, None, "Totaal", "warning", 60, 60)}),
        lead=ENROLLED, later_lead=STARTED,
    ),
    "a half year completed": Case(
        ("Opleiding", "2021", "2022*"),
        ((C1, "30", "15"), (C2, "20", "10"), ("Totaal", "50", "25")),
        ((C1, "30", "33"), (C2, "20", "10"), ("Totaal", "50", "43")),
        frozenset({("2022", "900611", None, None, "info", 33, 15),
                   ("2022", None, None, "Totaal", "info", 43, 25)}),
        later_header=("Opleiding", "2021", "2022"), after=(HALF,),
    ),
    "a row renamed under its code is the same figure: nothing changed": Case(
        ("Opleiding", "2020", "2021"),
        ((C1, "30", "35"), (C2, "20", "25"), ("Totaal", "50", "60")),
        (("900611: Bachelor in de verpleegkunde (eerste jaar)", "30", "35"), (C2, "20", "25"), ("Totaal", "50", "60")),
        frozenset(),
    ),
    "a row renamed under its code, revised": Case(
        ("Opleiding", "2020", "2021"),
        ((C1, "30", "35"), (C2, "20", "25"), ("Totaal", "50", "60")),
        (("900611: Bachelor in de verpleegkunde (eerste jaar)", "30", "34"), (C2, "20", "25"), ("Totaal", "50", "59")),
        frozenset({("2021", "900611", None, None, "warning", 34, 35),
                   ("2021", None, None, "Totaal", "warning", 59, 60)}),
    ),
}


@pytest.mark.parametrize("earlier_form,later_form", PAIRS)
@pytest.mark.parametrize("name", list(CASES))
def test_exactly_the_planted_revisions(name, earlier_form, later_form):
    case = CASES[name]
    early = answer(earlier_form, "early", prose(51, "28 oktober 2021", case.lead), case.header, case.earlier,
                   case.after)
    late = answer(later_form, "late", prose(12, "3 maart 2023", case.later_lead or case.lead),
                  case.later_header or case.header, case.later)
    assert errors(early) == [] and errors(late) == []
    path = late.path
    assert revised([early, late]) == {(path, *e) for e in case.expected}


def test_a_province_subtotal_is_not_the_row_of_that_province_in_another_table():
    """An answer that prints provinces as rows and a later one that prints province blocks:
    ``Totaal Antwerpen`` (the block's unique persons) and the row ``Antwerpen`` look alike; only
    the figures printed as the same thing are compared — here the grand total."""
    early = answer("layout", "early", prose(51, "28 oktober 2021", STARTED), ("Provincie", "2021"),
                   (("Antwerpen", "58"), ("Limburg", "21"), ("Totaal", "77")))
    late = answer("pdf", "late", prose(12, "3 maart 2023", STARTED), ("Provincie", "Opleiding", "2021"),
                  (*_blocks(["Antwerpen", "Limburg"], [([(C1, "35"), (C2, "27")], ("60",)),
                                                       ([(C1, "12"), (C2, "9")], ("20",))]),
                   ("Eindtotaal", "", "79")))
    assert errors(early) == [] and errors(late) == []
    assert revised([early, late]) == {("late.pdf", "2021", None, None, "Eindtotaal", "info", 79, 77)}


def test_the_second_row_of_a_province_block_keeps_its_own_figure_when_rows_swap():
    """``Vrouw`` printed before ``Man`` in the later answer: each row is compared with its own
    row, not with the block's first row — no revision where none was planted."""
    header = ("Provincie", "Geslacht", "2021")
    early = answer("text", "early", prose(51, "28 oktober 2021", STARTED), header,
                   _blocks(["Antwerpen"], [([("Man", "110"), ("Vrouw", "171")], ("281",))]))
    late = answer("text", "late", prose(12, "3 maart 2023", STARTED), header,
                  _blocks(["Antwerpen"], [([("Vrouw", "171"), ("Man", "110")], ("281",))]))
    assert revised([early, late]) == set()


def test_three_answers_each_compared_with_the_one_before():
    header = ("Provincie", "2021")
    rows = lambda limburg, total: (("Antwerpen", "260"), ("Limburg", limburg), ("Totaal", total))  # noqa: E731
    first = answer("xlsx", "early", prose(51, "28 oktober 2021", STARTED), header, rows("120", "380"))
    second = answer("layout", "middle", prose(80, "3 maart 2022", STARTED), header, rows("124", "384"))
    third = answer("pdf", "late", prose(12, "3 maart 2023", STARTED), header, rows("122", "382"))
    assert revised([first, second, third]) == {
        ("middle.txt", "2021", None, "Limburg", None, "info", 124, 120),
        ("middle.txt", "2021", None, None, "Totaal", "info", 384, 380),
        ("late.pdf", "2021", None, "Limburg", None, "warning", 122, 124),
        ("late.pdf", "2021", None, None, "Totaal", "warning", 382, 384),
    }


def test_the_message_names_the_row_within_its_province_block():
    header = ("Provincie", "Geslacht", "2021")
    early = answer("text", "early", prose(51, "28 oktober 2021", STARTED), header,
                   _blocks(["Antwerpen"], [([("Man", "110"), ("Vrouw", "171")], ("281",))]))
    late = answer("text", "late", prose(12, "3 maart 2023", STARTED), header,
                  _blocks(["Antwerpen"], [([("Man", "110"), ("Vrouw", "175")], ("285",))]))
    for lang, words in (("en", "Vrouw in Antwerpen for 2021"), ("nl", "Vrouw in Antwerpen voor 2021")):
        found = audit([early, late], lang=lang).by_rule("figure-revised")
        row = [f for f in found if f.label == "Vrouw"]
        assert len(row) == 1 and words in row[0].message, [f.message for f in found]


@pytest.mark.parametrize("earlier_form", ["text", "layout"])
def test_a_count_withheld_in_the_second_gender_block_is_compared_with_that_block_s_row(earlier_form):
    """``<5`` withheld for 900711 in the Vrouw block, 9 in the later answer: a revision of that
    block's row by at least 5 — not of the Man block's row, whose figure did not change."""
    header = ("Opleiding", "2021")
    early = answer(earlier_form, "early", prose(51, "28 oktober 2021", STARTED), header,
                   (("Man", ""), (C1, "35"), (C2, "25"), ("Totaal Man", "60"),
                    ("Vrouw", ""), (C1, "70"), (C2, "<5"), ("Totaal Vrouw", "73"), ("Totaal", "133")))
    late = answer("pdf", "late", prose(12, "3 maart 2023", STARTED), header,
                  (("Man", ""), (C1, "35"), (C2, "25"), ("Totaal Man", "60"),
                   ("Vrouw", ""), (C1, "70"), (C2, "9"), ("Totaal Vrouw", "79"), ("Totaal", "139")))
    assert errors(early) == [] and errors(late) == []
    assert revised([early, late]) == {
        ("late.pdf", "2021", "900711", None, None, "info", 9, None),
        ("late.pdf", "2021", None, None, "Totaal Vrouw", "info", 79, 73),
        ("late.pdf", "2021", None, None, "Totaal", "info", 139, 133),
    }


@pytest.mark.parametrize("earlier_form,later_form", PAIRS)
def test_age_classes_under_gender_blocks_each_compared_within_its_block(earlier_form, later_form):
    """``25-54 jaar`` printed under ``Man`` and under ``Vrouw``: the Vrouw block's class revised
    is that block's row (the message says so), the Man block's is not."""
    def rows(women):
        return (("Man", ""), ("-25 jaar", "10"), ("25-54 jaar", "30"), ("Totaal Man", "40"),
                ("Vrouw", ""), ("-25 jaar", "12"), ("25-54 jaar", str(women)), ("Totaal Vrouw", str(12 + women)),
                ("Totaal", str(52 + women)))

    header = ("Leeftijd", "2021")
    early = answer(earlier_form, "early", prose(51, "28 oktober 2021", STARTED), header, rows(33))
    late = answer(later_form, "late", prose(12, "3 maart 2023", STARTED), header, rows(35))
    assert errors(early) == [] and errors(late) == []
    assert revised([early, late]) == {
        (late.path, "2021", None, None, "25-54 jaar", "info", 35, 33),
        (late.path, "2021", None, None, "Totaal Vrouw", "info", 47, 45),
        (late.path, "2021", None, None, "Totaal", "info", 87, 85),
    }
    for lang, words in (("en", "25-54 jaar in the vrouw block for 2021"), ("nl", "25-54 jaar in het blok vrouw voor 2021")):
        (row,) = [f for f in audit([early, late], lang=lang).by_rule("figure-revised") if f.label == "25-54 jaar"]
        assert words in row.message, row.message


PROVINCE_NAMES = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen")
CATEGORIES = (("Man", "Vrouw"), ("-25 jaar", "25-54 jaar", "55+ jaar"),
              ("laaggeschoold", "middengeschoold", "hooggeschoold"))


@st.composite
def block_answers(draw):
    """Two answers printing one province x category table: each person counted once, in one
    province and one category (so each block's total and the grand total are sums); the later
    answer's groups of persons grown, shrunk or left as they were; the two answers in one of
    :data:`PAIRS` of forms."""
    provinces = draw(st.lists(st.sampled_from(PROVINCE_NAMES), min_size=1, max_size=3, unique=True))
    categories = draw(st.sampled_from(CATEGORIES))
    periods = draw(st.sampled_from([("2021",), ("2020", "2021")]))
    groups = {(p, c, y): draw(st.integers(1, 300)) for p in provinces for c in categories for y in periods}
    later = {}
    for key, size in groups.items():
        change = draw(st.sampled_from(("copy", "copy", "up", "down")))
        if change == "up":
            later[key] = size + draw(st.integers(1, 40))
        elif change == "down" and size > 1:
            later[key] = size - draw(st.integers(1, size - 1))
        else:
            later[key] = size
    forms = draw(st.sampled_from(PAIRS))
    return provinces, categories, periods, groups, later, forms


def _block_rows(provinces, categories, periods, sizes):
    rows = _blocks(provinces, [
        ([(c, *(str(sizes[p, c, y]) for y in periods)) for c in categories],
         tuple(str(sum(sizes[p, c, y] for c in categories)) for y in periods))
        for p in provinces])
    return (*rows, ("Totaal", "", *(str(sum(v for (_, _, y2), v in sizes.items() if y2 == y)) for y in periods)))


def _figures(provinces, categories, periods, sizes) -> dict:
    out = {}
    for y in periods:
        for p in provinces:
            for c in categories:
                out[y, p, c] = sizes[p, c, y]
            out[y, p, f"Totaal {p}"] = sum(sizes[p, c, y] for c in categories)  # (the block's closing line, by its words)
        out[y, None, "Totaal"] = sum(v for (_, _, y2), v in sizes.items() if y2 == y)
    return out


@given(block_answers())
def test_province_blocks_of_categories_report_exactly_the_changed_groups(drawn):
    provinces, categories, periods, groups, later, (earlier_form, later_form) = drawn
    header = ("Provincie", "Kenmerk", *periods)
    early = answer(earlier_form, "early", prose(51, "28 oktober 2021", STARTED), header,
                   _block_rows(provinces, categories, periods, groups))
    late = answer(later_form, "late", prose(12, "3 maart 2023", STARTED), header,
                  _block_rows(provinces, categories, periods, later))
    before, after = _figures(provinces, categories, periods, groups), _figures(provinces, categories, periods, later)
    expected = {(late.path, y, None, p, label, "info" if after[y, p, label] > old else "warning", after[y, p, label], old)
                for (y, p, label), old in before.items() if after[y, p, label] != old}
    assert revised([early, late]) == expected


def test_a_class_read_with_its_block_s_province_before_it_is_that_class():
    """Found by the property above: the first row of a block, ``Antwerpen -25 jaar 2``, keeps the
    province before its words; the revision is of ``-25 jaar`` in Antwerpen all the same (its
    label and message say so), and the province's own total is still the block's."""
    header = ("Provincie", "Kenmerk", "2021")
    rows = lambda young: (*_blocks(["Antwerpen"], [([("-25 jaar", str(young)), ("25-54 jaar", "1")],  # noqa: E731
                                                    (str(young + 1),))]), ("Totaal", "", str(young + 1)))
    early = answer("text", "early", prose(51, "28 oktober 2021", STARTED), header, rows(1))
    late = answer("text", "late", prose(12, "3 maart 2023", STARTED), header, rows(2))
    assert revised([early, late]) == {
        ("late.txt", "2021", None, "Antwerpen", "-25 jaar", "info", 2, 1),
        ("late.txt", "2021", None, "Antwerpen", "Totaal Antwerpen", "info", 3, 2),
        ("late.txt", "2021", None, None, "Totaal", "info", 3, 2),
    }
    (row,) = [f for f in audit([early, late]).by_rule("figure-revised") if f.label == "-25 jaar"]
    assert row.message.startswith("-25 jaar in Antwerpen for 2021"), row.message
