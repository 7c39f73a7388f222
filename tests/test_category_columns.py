"""Categories of persons as a table's columns — in every form an answer comes in (single-spaced
text, text laid out by position as ``pdftotext -layout`` prints it, a PDF, ``pdftotext -layout``
of that PDF, an ``.xlsx`` annex):

1. A province × category cross-table for one period: rows are provinces closed by ``Vlaams
   Gewest`` or ``Totaal``, columns are categories (``Man Vrouw Totaal``, ``-25 jaar 25-54 jaar
   55+ jaar Totaal``), the period named in the prose (``in 2022``) or in a caption above the
   header (``Cijfers 2022``). One table per category, over the same rows and the one period; the
   ``Totaal`` column is the table of all its persons. The provinces' total counts unique persons
   (``max <= total <= sum``); each figure of the ``Totaal`` column is the sum of its categories'
   at the same line (a partition: exactly).
2. Rows that name measures (``Gestart``, ``Geslaagd``, ``Gestopt``) under categories as columns
   (``Man Vrouw Totaal``), one period: one table per measure and category, each ``Totaal``
   figure the sum of the same measure's categories.
3. Age classes as the columns under each period (``2022`` / ``2023`` over ``-25 jaar 25-54 jaar
   55+ jaar``): names that hold figures.

Main's reader reported the first two as ``unreadable-table`` (``columns-without-periods``,
``table-like-lines``, or every row ``more-figures-than-periods`` under a caption's one period)
and every row of the third as ``more-figures-than-periods``.
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text
from okot_audit.cli import main as cli_main
from test_unseen_pdfs import autofit_pdf

PROSE = {
    "gender": ["ANTWOORD", "op vraag nr. 312 van 14 maart 2023",
               "1. Het aantal unieke cursisten dat in 2022 een OKOT in de zorgsector startte, per provincie en "
               "naar geslacht."],
    "age": ["ANTWOORD", "op vraag nr. 313 van 14 maart 2023",
            "1. Het aantal unieke cursisten met een gestarte OKOT in de zorgsector, per provincie en naar leeftijd."],
    "measures": ["ANTWOORD", "op vraag nr. 98 van 2 februari 2023",
                 "1. Het aantal unieke cursisten met een OKOT in de zorgsector in 2022, naar geslacht."],
    "programmes": ["ANTWOORD", "op vraag nr. 518 van 20 november 2024",
                   "1. Het aantal unieke cursisten dat in de zorgsector een OKOT startte, per opleiding en naar "
                   "leeftijd."],
}


def _value(value) -> str:
    return "" if value is None else str(value)


def _head(paragraphs: list[str]) -> str:
    return "\n".join([paragraphs[0], paragraphs[1], "", paragraphs[2], "", ""])


# The forms of a table whose header names categories as its columns (perhaps under a caption) --


def single_spaced(paragraphs, caption, label, names, rows) -> str:
    lines = ([caption] if caption else []) + [f"{label} {' '.join(names)}".strip()]
    lines += [f"{key} {' '.join(_value(v) for v in values)}" for key, *values in rows]
    return _head(paragraphs) + "\n".join(lines) + "\n"


def laid_out(paragraphs, caption, label, names, rows) -> str:
    width = max(9, max(map(len, names)) + 3)
    lead = max(len(key) for key, *_ in rows) + 6
    lines = ([caption, ""] if caption else [])
    lines.append(f"{label:<{lead}}" + "".join(f"{n:>{width}}" for n in names))
    lines += [f"{key:<{lead}}" + "".join(f"{_value(v):>{width}}" for v in values) for key, *values in rows]
    return _head(paragraphs) + "\n".join(lines) + "\n"


def pdf(paragraphs, caption, label, names, rows) -> bytes:
    return autofit_pdf(paragraphs + ([caption] if caption else []), [label, *names],
                       [[key, *(_value(v) for v in values)] for key, *values in rows])


def pdftotext_layout(paragraphs, caption, label, names, rows) -> str:
    from generate.extract import available, extract

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext (poppler) is not installed")
    return extract(pdf(paragraphs, caption, label, names, rows), "pdftotext-layout")


def xlsx(paragraphs, caption, label, names, rows) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    sheet.append([paragraphs[-1].removeprefix("1. ")])
    sheet.append([])
    if caption:
        sheet.append([caption])
    sheet.append([label or None, *names])
    for key, *values in rows:
        sheet.append([key, *values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FORMS = {"single-spaced": single_spaced, "laid-out": laid_out, "pdf": pdf, "pdftotext-layout": pdftotext_layout,
         "xlsx": xlsx}
NAMES = {"pdf": "a.pdf", "xlsx": "a.xlsx"}


def _read(form, paragraphs, caption, label, names, rows):
    return read_text(FORMS[form](paragraphs, caption, label, names, rows), NAMES.get(form, "a.txt"))


def _bare(table_id: str | None) -> str:
    return (table_id or "").split("/")[-1]  # (an annex's tables are named after their sheet)


def _cells(answer) -> list[tuple]:
    return [(_bare(t.id), c.level, c.province or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _findings(answer, severity=None) -> list[tuple]:
    return sorted((f.rule, _bare(f.table), f.province or f.training_code or f.label, f.period, f.stated, f.observed,
                   f.severity) for f in audit(answer).findings if severity is None or f.severity == severity)


def _expected(ids, rows, period, total_levels=("total",), totals=("Vlaams Gewest", "Totaal")):
    """Every figure of `rows` in the table of its column (`ids`), in the tables' order."""
    out = []
    for j, table in enumerate(ids):
        for key, *values in rows:
            if values[j] is None:
                continue
            level = "total" if key in totals else "row"
            out.append((table, level, key, period, values[j], "unique" if level in total_levels and level != "row"
                        else None))
    return out


# 1. A province × category cross-table for one period -------------------------------------------

GENDER_ROWS = (
    ("Antwerpen", 48, 212, 260),
    ("Limburg", 21, 96, 117),
    ("Oost-Vlaanderen", 39, 180, 219),
    ("Vlaams-Brabant", 12, 64, 76),
    ("West-Vlaanderen", 30, 151, 181),
    ("Vlaams Gewest", 148, 700, 848),
)
GENDER = (None, "Provincie", ["Man", "Vrouw", "Totaal"])
GENDER_IDS = ("started_by_province_man", "started_by_province_vrouw", "started_by_province")


@pytest.mark.parametrize("form", FORMS)
def test_provinces_by_gender_in_one_year_named_in_the_prose(form):
    answer = _read(form, PROSE["gender"], *GENDER, GENDER_ROWS)
    assert [(_bare(t.id), t.measure, t.column, t.categories, [p.label for p in t.periods], t.layout.rows)
            for t in answer.tables] == [
        ("started_by_province_man", "started", "Man", (), ["2022"], "province"),
        ("started_by_province_vrouw", "started", "Vrouw", (), ["2022"], "province"),
        ("started_by_province", "started", "Totaal", ("Man", "Vrouw"), ["2022"], "province"),
    ]
    assert _cells(answer) == _expected(GENDER_IDS, GENDER_ROWS, "2022")
    assert answer.issues == []
    # the provinces' total counts unique persons: rows may sum to more (people move); each
    # Totaal figure is Man + Vrouw exactly
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Vlaams Gewest", "2022", 848, 853, "info"),
        ("parts-exceed-total", "started_by_province_man", "Vlaams Gewest", "2022", 148, 150, "info"),
        ("parts-exceed-total", "started_by_province_vrouw", "Vlaams Gewest", "2022", 700, 703, "info"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_totaal_column_figure_that_is_not_its_categories_sum_is_one_error(form):
    """Limburg's Totaal printed 116 (21 + 96 = 117): every person has one gender."""
    rows = list(GENDER_ROWS)
    rows[1] = ("Limburg", 21, 96, 116)
    answer = _read(form, PROSE["gender"], *GENDER, rows)
    assert _findings(answer, "error") == [
        ("parts-exceed-total", "started_by_province", "Limburg", "2022", 116, 117, "error"),
    ]
    [error] = [f for f in audit(answer).findings if f.severity == "error"]
    assert "every person has one gender" in error.message
    assert error.line == next(c.line for t in answer.tables for c in t.cells if c.province == "Limburg")


@pytest.mark.parametrize("form", FORMS)
def test_a_provinces_total_above_its_rows_sum_is_an_error(form):
    """``Vlaams Gewest`` of the Vrouw column printed 704 where its rows sum to 703: more
    persons than the provinces hold — and the Totaal column's 848 no longer Man + Vrouw."""
    rows = list(GENDER_ROWS)
    rows[-1] = ("Vlaams Gewest", 148, 704, 848)
    answer = _read(form, PROSE["gender"], *GENDER, rows)
    assert _findings(answer, "error") == [
        ("parts-exceed-total", "started_by_province", "Vlaams Gewest", "2022", 848, 852, "error"),
        ("total-exceeds-parts", "started_by_province_vrouw", "Vlaams Gewest", "2022", 704, 703, "error"),
    ]


NESTED_ROWS = (
    ("Antwerpen", 48, 212, 260),
    ("Limburg", 21, 96, 117),
    ("Vlaams Gewest", 68, 306, 374),
    ("Brussel", 5, 7, 12),
    ("Totaal", 73, 312, 385),
)


@pytest.mark.parametrize("form", FORMS)
def test_vlaams_gewest_then_brussel_then_totaal_under_categories(form):
    """``Vlaams Gewest`` over the provinces above it, ``Brussel``, and a ``Totaal`` over both:
    in each category's table the same nested totals as in a table of periods; every line's
    Totaal figure (68 + 306 = 374, 73 + 312 = 385) is its categories' sum."""
    answer = _read(form, PROSE["gender"], *GENDER, NESTED_ROWS)
    assert [(_bare(t.id), c.level, c.province or c.label, c.count) for t in answer.tables for c in t.cells] == [
        (table, level, key, values[j])
        for j, table in enumerate(GENDER_IDS)
        for (key, *values), level in zip(NESTED_ROWS, ("row", "row", "subtotal", "row", "total"))
    ]
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2022", 385, 386, "info"),
        ("parts-exceed-total", "started_by_province", "Vlaams Gewest", "2022", 374, 377, "info"),
        ("parts-exceed-total", "started_by_province_man", "Vlaams Gewest", "2022", 68, 69, "info"),
        ("parts-exceed-total", "started_by_province_vrouw", "Totaal", "2022", 312, 313, "info"),
        ("parts-exceed-total", "started_by_province_vrouw", "Vlaams Gewest", "2022", 306, 308, "info"),
    ]


AGE_ROWS = (
    ("Antwerpen", 60, 190, 10, 260),
    ("Limburg", 25, 88, 4, 117),
    ("Oost-Vlaanderen", 50, 160, 9, 219),
    ("Vlaams-Brabant", 16, 57, 3, 76),
    ("West-Vlaanderen", 41, 133, 7, 181),
    ("Totaal", 190, 626, 32, 848),
)
AGE = ("Cijfers 2022", "Provincie", ["-25 jaar", "25-54 jaar", "55+ jaar", "Totaal"])
AGE_IDS = ("started_by_province_under_25_jaar", "started_by_province_25_54_jaar", "started_by_province_55_plus_jaar",
           "started_by_province")


@pytest.mark.parametrize("form", FORMS)
def test_provinces_by_age_class_under_a_caption_that_names_the_year(form):
    answer = _read(form, PROSE["age"], *AGE, AGE_ROWS)
    assert [(_bare(t.id), t.column, t.categories, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started_by_province_under_25_jaar", "-25 jaar", (), ["2022"]),
        ("started_by_province_25_54_jaar", "25-54 jaar", (), ["2022"]),
        ("started_by_province_55_plus_jaar", "55+ jaar", (), ["2022"]),
        ("started_by_province", "Totaal", ("-25 jaar", "25-54 jaar", "55+ jaar"), ["2022"]),
    ]
    assert _cells(answer) == _expected(AGE_IDS, AGE_ROWS, "2022")
    assert answer.issues == []
    assert _findings(answer, "error") == []
    wrong = list(AGE_ROWS)
    wrong[2] = ("Oost-Vlaanderen", 50, 160, 9, 221)  # (50 + 160 + 9 = 219)
    assert _findings(_read(form, PROSE["age"], *AGE, wrong), "error") == [
        ("total-exceeds-parts", "started_by_province", "Oost-Vlaanderen", "2022", 221, 219, "error"),
    ]


def test_the_year_only_in_the_prose_and_categories_in_the_header_speak_dutch():
    rows = list(GENDER_ROWS)
    rows[1] = ("Limburg", 21, 96, 116)
    answer = read_text(single_spaced(PROSE["gender"], *GENDER, rows), "a.txt")
    [error] = [f for f in audit(answer, lang="nl").findings if f.severity == "error"]
    assert error.message.startswith("de kolom Totaal van Limburg in 2022 is 116, maar de categorieën tellen op tot 117")


def test_extract_writes_every_figure_of_a_cross_table(tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_text(single_spaced(PROSE["gender"], *GENDER, GENDER_ROWS), encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        cli_main(["extract", str(path)])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + 3 * len(GENDER_ROWS)
    assert lines[1].split(",")[1:] == [
        "started_by_province_man", "started", "row", "Antwerpen", "", "Antwerpen", "2022", "false", "48", "7", "", "",
    ]
    assert lines[-1].split(",")[1:] == [
        "started_by_province", "started", "total", "", "", "Vlaams Gewest", "2022", "false", "848", "12", "", "unique",
    ]


def test_categories_as_columns_with_no_period_anywhere_are_reported_as_such():
    """No year in the prose, none in a caption: which period the figures are of is not said."""
    paragraphs = [PROSE["gender"][0], PROSE["gender"][1],
                  "1. Het aantal unieke cursisten met een OKOT in de zorgsector, per provincie en naar geslacht."]
    answer = read_text(single_spaced(paragraphs, *GENDER, GENDER_ROWS), "a.txt")
    assert answer.tables == []
    assert [(i.reason, i.other) for i in answer.issues] == [("categories-without-period", "Man, Vrouw, Totaal")]
    [found] = audit(answer).findings
    assert (found.rule, found.line, found.severity) == ("unreadable-table", 6, "error")
    assert "its header names categories of persons as its columns (Man, Vrouw, Totaal) and no period" in found.message
    assert "48, 212, 260" in found.message
    [nl] = audit(answer, lang="nl").findings
    assert "de hoofding noemt categorieën van personen als kolommen (Man, Vrouw, Totaal) en geen periode" in nl.message


# 2. Rows that name measures, categories as columns, one period --------------------------------

MEASURE_ROWS = (
    ("Gestart", 148, 700, 848),
    ("Geslaagd", 61, 290, 351),
    ("Gestopt", 30, 122, 152),
)
MEASURES = (None, "", ["Man", "Vrouw", "Totaal"])


@pytest.mark.parametrize("form", FORMS)
def test_measures_as_rows_under_categories_as_columns(form):
    answer = _read(form, PROSE["measures"], *MEASURES, MEASURE_ROWS)
    assert [(_bare(t.id), t.measure, t.column, t.categories, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started_man", "started", "Man", (), ["2022"]),
        ("graduated_man", "graduated", "Man", (), ["2022"]),
        ("stopped_or_failed_man", "stopped_or_failed", "Man", (), ["2022"]),
        ("started_vrouw", "started", "Vrouw", (), ["2022"]),
        ("graduated_vrouw", "graduated", "Vrouw", (), ["2022"]),
        ("stopped_or_failed_vrouw", "stopped_or_failed", "Vrouw", (), ["2022"]),
        ("started", "started", "Totaal", ("Man", "Vrouw"), ["2022"]),
        ("graduated", "graduated", "Totaal", ("Man", "Vrouw"), ["2022"]),
        ("stopped_or_failed", "stopped_or_failed", "Totaal", ("Man", "Vrouw"), ["2022"]),
    ]
    assert [(_bare(t.id), c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (f"{measure}{suffix}", "row", key, "2022", values[j])
        for j, suffix in enumerate(("_man", "_vrouw", ""))
        for measure, (key, *values) in zip(("started", "graduated", "stopped_or_failed"), MEASURE_ROWS)
    ]
    assert answer.issues == []
    assert _findings(answer) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_measure_s_totaal_is_checked_against_its_own_categories_only(form):
    """Geslaagd's Totaal printed 352 (61 + 290 = 351): one error, of the graduates — not
    checked against the starters' or the drop-outs' Man and Vrouw."""
    rows = list(MEASURE_ROWS)
    rows[1] = ("Geslaagd", 61, 290, 352)
    answer = _read(form, PROSE["measures"], *MEASURES, rows)
    assert _findings(answer, "error") == [
        ("total-exceeds-parts", "graduated", "Geslaagd", "2022", 352, 351, "error"),
    ]
    assert "the Totaal column of Geslaagd in 2022 is 352" in next(
        f.message for f in audit(answer).findings if f.rule == "total-exceeds-parts")
    # the figures that can be wrong are the graduates' only: their Totaal, or their Man or Vrouw
    located = [f for f in audit(answer).findings if f.severity != "error"]
    assert sorted((f.rule, _bare(f.table), f.stated, f.suggestion) for f in located) == [
        ("error-located", "graduated", 352, 351), ("error-located", "graduated_man", 61, 62),
        ("error-located", "graduated_vrouw", 290, 291),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_measures_as_rows_under_a_caption_that_names_the_year(form):
    """The year in a caption above the header, none in the prose; the header's first cell
    names what the rows are (``Status``)."""
    paragraphs = [PROSE["measures"][0], PROSE["measures"][1],
                  "1. Het aantal unieke cursisten met een OKOT in de zorgsector, naar geslacht."]
    answer = _read(form, paragraphs, "Resultaten 2022", "Status", MEASURES[2], MEASURE_ROWS)
    assert [(_bare(t.id), c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (f"{measure}{suffix}", key, "2022", values[j])
        for j, suffix in enumerate(("_man", "_vrouw", ""))
        for measure, (key, *values) in zip(("started", "graduated", "stopped_or_failed"), MEASURE_ROWS)
    ]
    assert answer.issues == []
    rows = list(MEASURE_ROWS)
    rows[2] = ("Gestopt", 30, 122, 150)  # (30 + 122 = 152)
    wrong = _read(form, paragraphs, "Resultaten 2022", "Status", MEASURES[2], rows)
    assert _findings(wrong, "error") == [
        ("parts-exceed-total", "stopped_or_failed", "Gestopt", "2022", 150, 152, "error"),
    ]
    # (the figures that can be wrong: the drop-outs' Totaal, Man or Vrouw — error-located)
    assert sorted((f.rule, _bare(f.table), f.stated, f.suggestion) for f in audit(wrong).findings
                  if f.severity != "error") == [
        ("error-located", "stopped_or_failed", 150, 152), ("error-located", "stopped_or_failed_man", 30, 28),
        ("error-located", "stopped_or_failed_vrouw", 122, 120),
    ]


# 3. Age classes as the columns under each period ---------------------------------------------

AGE_UNDER_ROWS = (
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", 20, 50, 7, 25, 55, 8),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 10, 36, 4, 12, 34, 4),
    ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 8, 22, 3, 9, 25, 3),
    ("Totaal", 37, 106, 14, 45, 112, 15),
)
AGE_UNDER = ("Opleiding", ["2022", "2023"], ["-25 jaar", "25-54 jaar", "55+ jaar"])
AGE_UNDER_IDS = ("started_under_25_jaar", "started_25_54_jaar", "started_55_plus_jaar")


def _two_level(form, rows, subs=AGE_UNDER[2]):
    import test_two_level_headers as two

    return two._read(form, PROSE["programmes"], AGE_UNDER[0], AGE_UNDER[1], subs, rows)


# (``pdftotext -layout`` of the merged-cell PDF is left out: six columns of this width run off its page)
@pytest.mark.parametrize("form", ["single-spaced", "laid-out", "pdf-cells", "pdf-merged", "xlsx"])
def test_age_classes_under_each_period(form):
    answer = _two_level(form, AGE_UNDER_ROWS)
    assert [(_bare(t.id), t.column, t.categories, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started_under_25_jaar", "-25 jaar", (), ["2022", "2023"]),
        ("started_25_54_jaar", "25-54 jaar", (), ["2022", "2023"]),
        ("started_55_plus_jaar", "55+ jaar", (), ["2022", "2023"]),
    ]
    want = []
    for j, table in enumerate(AGE_UNDER_IDS):
        for key, *values in AGE_UNDER_ROWS:
            level = "total" if key == "Totaal" else "row"
            for p, period in enumerate(("2022", "2023")):
                want.append((table, level, key.split(":")[0], period, values[3 * p + j],
                             "unique" if level == "total" else None))
    assert [(_bare(t.id), c.level, c.code or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells] == want
    assert answer.issues == []
    assert _findings(answer) == [
        ("parts-exceed-total", "started_25_54_jaar", "Totaal", "2022", 106, 108, "info"),
        ("parts-exceed-total", "started_25_54_jaar", "Totaal", "2023", 112, 114, "info"),
        ("parts-exceed-total", "started_under_25_jaar", "Totaal", "2022", 37, 38, "info"),
        ("parts-exceed-total", "started_under_25_jaar", "Totaal", "2023", 45, 46, "info"),
    ]
    wrong = list(AGE_UNDER_ROWS)
    wrong[-1] = ("Totaal", 37, 106, 14, 45, 112, 16)  # (the 55+ rows of 2023 sum to 15)
    assert _findings(_two_level(form, wrong), "error") == [
        ("total-exceeds-parts", "started_55_plus_jaar", "Totaal", "2023", 16, 15, "error"),
    ]


@pytest.mark.parametrize("form", ["single-spaced", "laid-out", "pdf-cells", "xlsx"])
def test_age_classes_and_their_totaal_under_each_period(form):
    """``-25 jaar 25-54 jaar 55+ jaar Totaal`` under each year: the Totaal column their partition."""
    rows = tuple((key, *v[:3], sum(v[:3]), *v[3:], sum(v[3:])) for key, *v in AGE_UNDER_ROWS)
    answer = _two_level(form, rows, [*AGE_UNDER[2], "Totaal"])
    assert [(_bare(t.id), t.categories) for t in answer.tables] == [
        ("started_under_25_jaar", ()), ("started_25_54_jaar", ()), ("started_55_plus_jaar", ()),
        ("started", ("-25 jaar", "25-54 jaar", "55+ jaar")),
    ]
    assert answer.issues == []
    assert _findings(answer, "error") == []
    wrong = list(rows)
    wrong[1] = (wrong[1][0], 10, 36, 4, 51, 12, 34, 4, 50)  # (the Totaal of 2022: 10 + 36 + 4 = 50)
    assert _findings(_two_level(form, wrong, [*AGE_UNDER[2], "Totaal"]), "error") == [
        ("total-exceeds-parts", "started", "900124", "2022", 51, 50, "error"),
    ]
