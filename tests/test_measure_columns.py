"""Measures as the columns of one period, and row-number columns — in every form an answer comes
in (single-spaced text, text laid out by position as ``pdftotext -layout`` prints it, a PDF,
``pdftotext -layout`` of that PDF, an ``.xlsx`` annex):

1. A header that names what each column counts and no period (``Provincie Gestart Geslaagd
   Gestopt``, ``Opleiding Ingeschreven Gestart Uitgestroomd``, ``Code Instroom Uitstroom``),
   one row per province or training code, the period in the prose (``in 2023``), in a caption
   above the header (``Schooljaar 2022-2023``, ``Cijfers 2023``) or in the answer's title. One
   table per column, of the measure its name says, over the same rows and the one period; its
   ``Totaal`` line checked as the words of the table say (unique persons, or enrolments that add
   up). A column whose name says no measure beside ones that do (``Uitstroom``) is a table of
   measure ``unknown``, read and checked, and said so (``measure-unknown``). No period anywhere:
   ``unreadable-table``, ``measures-without-period``.
2. A first column that numbers the rows (``Nr.``, ``#``, ``Volgnr.``: 1, 2, 3, …): the row
   keys' ordinals, set aside — never a period, a count or a part of the row's label; an
   ``.xlsx`` column hidden in the sheet (a ``controle`` column) left out of the table and said
   so (``column-not-checked``).

Main's reader reported the first as ``unreadable-table`` (``columns-without-periods``, or every
row ``more-figures-than-periods`` under a caption's one period): its figures were lost. It read
rows numbered before their training codes with the ordinal in the label and no code (no sector
or catalogue check), and rows numbered before their provinces not at all.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.cli import main as cli_main
from test_category_columns import FORMS, NAMES, _bare, single_spaced


def _read(form, paragraphs, caption, label, names, rows):
    return read_text(FORMS[form](paragraphs, caption, label, names, rows), NAMES.get(form, "a.txt"))


def _tables(answer) -> list[tuple]:
    return [(_bare(t.id), t.measure, t.column, [p.label for p in t.periods], t.unique_persons) for t in answer.tables]


def _cells(answer) -> list[tuple]:
    return [(_bare(t.id), c.level, c.code or c.province or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _findings(answer, severity=None) -> list[tuple]:
    return sorted((f.rule, _bare(f.table), f.province or f.training_code or f.label, f.period, f.stated, f.observed,
                   f.severity) for f in audit(answer).findings if severity is None or f.severity == severity)


def _expected(ids, rows, period, semantics="unique", key=lambda label: label):
    """Every figure of `rows` in the table of its column (`ids`), in the tables' order."""
    out = []
    for j, table in enumerate(ids):
        for label, *values in rows:
            if values[j] is None:
                continue
            level = "total" if label == "Totaal" else "row"
            out.append((table, level, key(label), period, values[j], semantics if level == "total" else None))
    return out


# 1. Measures as the columns of one period ------------------------------------------------------

PROSE = ["ANTWOORD", "op vraag nr. 412 van 3 april 2024",
         "1. Het aantal unieke cursisten met een OKOT in de zorgsector in 2023, per provincie."]
PROVINCE_ROWS = (
    ("Antwerpen", 260, 120, 40),
    ("Limburg", 117, 50, 20),
    ("Oost-Vlaanderen", 219, 100, 30),
    ("Vlaams-Brabant", 76, 30, 10),
    ("West-Vlaanderen", 181, 80, 25),
    ("Totaal", 850, 380, 125),
)
MEASURES = (None, "Provincie", ["Gestart", "Geslaagd", "Gestopt"])
PROVINCE_IDS = ("started_by_province", "graduated_by_province", "stopped_or_failed_by_province")


@pytest.mark.parametrize("form", FORMS)
def test_provinces_by_measure_in_one_year_named_in_the_prose(form):
    answer = _read(form, PROSE, *MEASURES, PROVINCE_ROWS)
    assert _tables(answer) == [
        ("started_by_province", "started", "Gestart", ["2023"], True),
        ("graduated_by_province", "graduated", "Geslaagd", ["2023"], True),
        ("stopped_or_failed_by_province", "stopped_or_failed", "Gestopt", ["2023"], True),
    ]
    assert _cells(answer) == _expected(PROVINCE_IDS, PROVINCE_ROWS, "2023")
    assert answer.issues == []
    # unique persons: the starters' rows sum to 853 over a Totaal of 850 (people move)
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 850, 853, "info"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_measure_column_s_total_above_its_rows_is_one_error(form):
    """The graduates' Totaal printed 381 where their rows sum to 380: more persons than the
    provinces hold — an error of that column only."""
    rows = list(PROVINCE_ROWS)
    rows[-1] = ("Totaal", 850, 381, 125)
    answer = _read(form, PROSE, *MEASURES, rows)
    assert _findings(answer, "error") == [
        ("total-exceeds-parts", "graduated_by_province", "Totaal", "2023", 381, 380, "error"),
    ]
    [error] = [f for f in audit(answer).findings if f.severity == "error"]
    assert "Geslaagd" in error.message


@pytest.mark.parametrize("form", FORMS)
def test_provinces_by_measure_under_a_caption_with_a_blank_cell(form):
    """``Cijfers 2023`` above the header, nothing of the year in the prose; Vlaams-Brabant has no
    graduates' figure (a blank cell, no zero): no cell, and the graduates' Totaal 350 is its
    four rows' sum."""
    rows = list(PROVINCE_ROWS)
    rows[3] = ("Vlaams-Brabant", 76, None, 10)
    rows[-1] = ("Totaal", 850, 350, 125)
    answer = _read(form, CODES, "Cijfers 2023", *MEASURES[1:], rows)
    assert [t for t in _tables(answer)] == [
        ("started_by_province", "started", "Gestart", ["2023"], True),
        ("graduated_by_province", "graduated", "Geslaagd", ["2023"], True),
        ("stopped_or_failed_by_province", "stopped_or_failed", "Gestopt", ["2023"], True),
    ]
    assert _cells(answer) == _expected(PROVINCE_IDS, rows, "2023")
    assert answer.issues == []
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 850, 853, "info"),
    ]


ENROLMENTS = ["ANTWOORD", "op vraag nr. 414 van 3 april 2024",
              "1. Het aantal inschrijvingen voor een OKOT in de zorgsector in 2023, per provincie."]


@pytest.mark.parametrize("form", FORMS)
def test_enrolments_as_the_table_s_unit_add_up_in_every_measure_column(form):
    """The prose says the table counts enrolments (``inschrijvingen``): each column's Totaal is
    its rows' sum exactly — the starters' 850 under 853 is an error, not double counting."""
    answer = _read(form, ENROLMENTS, *MEASURES, PROVINCE_ROWS)
    assert [t.unique_persons for t in answer.tables] == [False, False, False]
    assert _cells(answer) == _expected(PROVINCE_IDS, PROVINCE_ROWS, "2023", "additive")
    assert _findings(answer, "error") == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 850, 853, "error"),
    ]


CODES = ["ANTWOORD", "op vraag nr. 413 van 3 april 2024",
         "1. Het aantal unieke cursisten met een OKOT in de zorgsector, per opleiding."]
CODE_ROWS = (
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", 120, 100, 15),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 60, 52, 20),
    ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 45, 40, 8),
    ("Totaal", 225, 190, 43),
)
CODE_IDS = ("enrolled", "started", "unknown")


def _code(label: str) -> str:
    return label.split(":")[0]


@pytest.mark.parametrize("form", FORMS)
def test_training_codes_by_measure_under_a_school_year_caption(form):
    """``Schooljaar 2022-2023`` above ``Opleiding Ingeschreven Gestart Uitgestroomd``:
    ``Ingeschreven`` counts the persons enrolled, ``Gestart`` the starters; ``Uitgestroomd``
    names no measure of okot-audit — its figures are read and checked all the same, and said
    to count what no word says."""
    answer = _read(form, CODES, "Schooljaar 2022-2023", "Opleiding", ["Ingeschreven", "Gestart", "Uitgestroomd"],
                   CODE_ROWS)
    assert _tables(answer) == [
        ("enrolled", "enrolled", "Ingeschreven", ["2022-2023"], True),
        ("started", "started", "Gestart", ["2022-2023"], True),
        ("unknown", "unknown", "Uitgestroomd", ["2022-2023"], True),
    ]
    assert _cells(answer) == _expected(CODE_IDS, CODE_ROWS, "2022-2023", key=_code)
    assert answer.issues == []
    assert _findings(answer) == [
        ("measure-unknown", "unknown", None, None, None, None, "info"),
        ("parts-exceed-total", "started", "Totaal", "2022-2023", 190, 192, "info"),
    ]
    [unknown] = [f for f in audit(answer).findings if f.rule == "measure-unknown"]
    assert "the column 'Uitgestroomd' that the table" in unknown.message
    assert "prints beside 'Ingeschreven', 'Gestart' does not say what it counts" in unknown.message


TITLED = ["Aantal unieke cursisten met een OKOT in de zorgsector in 2023, per opleiding", "Antwoord van de minister",
          "De cijfers per opleiding vindt u hieronder."]
INFLOW_ROWS = (
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", 120, 15),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 60, 20),
    ("Totaal", 180, 36),
)


@pytest.mark.parametrize("form", FORMS)
def test_code_instroom_uitstroom_with_the_year_in_the_title(form):
    """The answer's title says the year (an annex's: its sheet's first row); the Uitstroom
    column's Totaal 36 over rows of 35 is an error, the figures that may be wrong located."""
    paragraphs = TITLED[::-1] if form == "xlsx" else TITLED  # (the sheet's first row: the last paragraph)
    answer = _read(form, paragraphs, None, "Code", ["Instroom", "Uitstroom"], INFLOW_ROWS)
    assert _tables(answer) == [
        ("started", "started", "Instroom", ["2023"], True),
        ("unknown", "unknown", "Uitstroom", ["2023"], True),
    ]
    assert _cells(answer) == _expected(("started", "unknown"), INFLOW_ROWS, "2023", key=_code)
    assert answer.issues == []
    assert _findings(answer) == [
        ("error-located", "unknown", "900124", "2023", 20, None, "info"),
        ("error-located", "unknown", "900611", "2023", 15, None, "info"),
        ("error-located", "unknown", "Totaal", "2023", 36, None, "info"),
        ("measure-unknown", "unknown", None, None, None, None, "info"),
        ("total-exceeds-parts", "unknown", "Totaal", "2023", 36, 35, "error"),
    ]


def test_names_of_several_words_each_single_spaced():
    """``Provincie Gestarte cursisten Geslaagde cursisten``: the fewest names that each say what
    they count, each beginning in a capital — not ``Provincie Gestarte cursisten``."""
    rows = (("Antwerpen", 260, 120), ("Limburg", 117, 50), ("Totaal", 370, 170))
    answer = read_text(single_spaced(PROSE, None, "Provincie", ["Gestarte cursisten", "Geslaagde cursisten"], rows),
                       "a.txt")
    assert _tables(answer) == [
        ("started_by_province", "started", "Gestarte cursisten", ["2023"], True),
        ("graduated_by_province", "graduated", "Geslaagde cursisten", ["2023"], True),
    ]
    assert _cells(answer) == _expected(("started_by_province", "graduated_by_province"), rows, "2023")
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 370, 377, "info"),
    ]


@pytest.mark.parametrize("form", ["single-spaced", "laid-out", "xlsx"])
def test_measures_as_columns_with_no_period_anywhere_are_reported_as_such(form):
    paragraphs = [PROSE[0], PROSE[1], "1. Het aantal unieke cursisten met een OKOT in de zorgsector, per provincie."]
    answer = _read(form, paragraphs, *MEASURES, PROVINCE_ROWS)
    assert answer.tables == []
    assert [(i.reason, i.other) for i in answer.issues] == [("measures-without-period", "Gestart, Geslaagd, Gestopt")]
    [found] = audit(answer).findings
    assert (found.rule, found.severity) == ("unreadable-table", "error")
    assert "its header names what each column counts (Gestart, Geslaagd, Gestopt) and no period" in found.message
    assert "260, 120, 40, 117" in found.message
    [nl] = audit(answer, lang="nl").findings
    assert "de hoofding noemt wat elke kolom telt (Gestart, Geslaagd, Gestopt) en geen periode" in nl.message


def test_extract_writes_every_figure_of_a_table_of_measures(tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_text(single_spaced(PROSE, *MEASURES, PROVINCE_ROWS), encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        cli_main(["extract", str(path)])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + 3 * len(PROVINCE_ROWS)
    assert lines[1].split(",")[1:] == [
        "started_by_province", "started", "row", "Antwerpen", "", "Antwerpen", "2023", "false", "260", "7", "", "",
    ]
    assert lines[-1].split(",")[1:] == [
        "stopped_or_failed_by_province", "stopped_or_failed", "total", "", "", "Totaal", "2023", "false", "125", "12",
        "", "unique",
    ]


# 2. A row-number column ------------------------------------------------------------------------


def _is_figure(text: str) -> bool:
    return text.replace(".", "").isdigit()


def _single_spaced_grid(paragraphs, header, rows) -> str:
    lines = [" ".join(c for c in header if c)] + [" ".join(c for c in row if c) for row in rows]
    return "\n".join([*paragraphs, "", *lines]) + "\n"


def _laid_out_grid(paragraphs, header, rows) -> str:
    """Each column as wide as its widest cell and three spaces: figures right-aligned, words left."""
    widths = [max(len(r[j]) for r in [header, *rows]) for j in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [(c.rjust(w) if _is_figure(c) or (row is header and j > 1) else c.ljust(w))
                 for j, (c, w) in enumerate(zip(row, widths))]
        lines.append("   ".join(cells).rstrip())
    return "\n".join([*paragraphs, "", *lines]) + "\n"


def _pdf_grid(paragraphs, header, rows) -> bytes:
    from test_unseen_pdfs import autofit_pdf

    return autofit_pdf(paragraphs, header, [list(r) for r in rows], left_columns=(0, 1))


def _pdftotext_grid(paragraphs, header, rows) -> str:
    from generate.extract import available, extract

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext (poppler) is not installed")
    return extract(_pdf_grid(paragraphs, header, rows), "pdftotext-layout")


def _xlsx_grid(paragraphs, header, rows, hidden: str | None = None) -> bytes:
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    sheet.append([paragraphs[-1].removeprefix("1. ")])
    sheet.append([])
    for row in [header, *rows]:
        sheet.append([int(c.replace(".", "")) if _is_figure(c) else (c or None) for c in row])
    if hidden:
        sheet.column_dimensions[hidden].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GRID_FORMS = {"single-spaced": _single_spaced_grid, "laid-out": _laid_out_grid, "pdf": _pdf_grid,
              "pdftotext-layout": _pdftotext_grid, "xlsx": _xlsx_grid}


def _grid(form, paragraphs, header, rows):
    return read_text(GRID_FORMS[form](paragraphs, header, rows), NAMES.get(form, "a.txt"))


NUMBERED_PROSE = ["ANTWOORD", "op vraag nr. 415 van 3 april 2024", "",
                  "1. Het aantal unieke cursisten dat een OKOT in de zorgsector startte, per provincie."]
NUMBERED_PROVINCES = (
    ("1", "Antwerpen", "260", "281", "301"),
    ("2", "Limburg", "117", "120", "131"),
    ("3", "Oost-Vlaanderen", "219", "230", "244"),
    ("4", "Vlaams-Brabant", "76", "80", "85"),
    ("5", "West-Vlaanderen", "181", "190", "200"),
    ("", "Totaal", "850", "898", "958"),
)
YEARS = ["2021", "2022", "2023"]


def _numbered_cells(table_id, rows, key=lambda label: label):
    return [(table_id, "total" if label == "Totaal" else "row", key(label), period, int(v),
             "unique" if label == "Totaal" else None)
            for _, label, *values in rows for period, v in zip(YEARS, values)]


@pytest.mark.parametrize("word", ["Nr.", "#", "Volgnr."])
@pytest.mark.parametrize("form", GRID_FORMS)
def test_a_row_number_column_before_provinces_is_set_aside(form, word):
    """``Nr.  Provincie  2021 2022 2023`` over ``1 Antwerpen …``: the ordinals are no figures —
    no cell, no period, no part of the province's name; every province and Totaal read."""
    answer = _grid(form, NUMBERED_PROSE, [word, "Provincie", *YEARS], NUMBERED_PROVINCES)
    assert [(_bare(t.id), t.layout.rows, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started_by_province", "province", YEARS),
    ]
    assert _cells(answer) == _numbered_cells("started_by_province", NUMBERED_PROVINCES)
    assert answer.issues == []
    assert _findings(answer) == [
        ("parts-exceed-total", "started_by_province", "Totaal", "2021", 850, 853, "info"),
        ("parts-exceed-total", "started_by_province", "Totaal", "2022", 898, 901, "info"),
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 958, 961, "info"),
    ]


NUMBERED_CODES = (
    ("1", "900611: Professionele bachelor verpleegkunde - 1ste jaar", "20", "25", "30"),
    ("2", "900124: Tweedekansonderwijs zorgkundige - tweede jaar", "10", "12", "14"),
    ("3", "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", "8", "9", "10"),
    ("", "Totaal", "38", "46", "54"),
)


@pytest.mark.parametrize("form", GRID_FORMS)
def test_a_row_number_column_before_training_codes_is_set_aside(form):
    """``Nr. Opleiding 2021 2022 2023`` over ``1 900611: …``: each row keeps its training code
    (checked against the catalogue and the sector) and its label without the ordinal."""
    answer = _grid(form, NUMBERED_PROSE, ["Nr.", "Opleiding", *YEARS], NUMBERED_CODES)
    assert [(_bare(t.id), t.layout.rows) for t in answer.tables] == [("started", "code")]
    assert _cells(answer) == _numbered_cells("started", NUMBERED_CODES, key=_code)
    assert [c.label for c in answer.tables[0].cells if c.code][::3] == [
        "Professionele bachelor verpleegkunde - 1ste jaar", "Tweedekansonderwijs zorgkundige - tweede jaar",
        "Hoger beroepsonderwijs verpleegkunde - 1ste jaar",
    ]
    assert answer.issues == []
    assert _findings(answer) == []


def test_row_numbers_out_of_order_are_not_set_aside():
    """``1``, ``3``: no numbering of rows — the lines stay as printed (and are reported as
    before: a table that could not be read, never a clean pass)."""
    rows = (("1", "Antwerpen", "260", "281", "301"), ("3", "Limburg", "117", "120", "131"),
            ("", "Totaal", "377", "401", "432"))
    answer = _grid("single-spaced", NUMBERED_PROSE, ["Nr.", "Provincie", *YEARS], rows)
    assert answer.tables == []
    assert [f.rule for f in audit(answer).findings] == ["unreadable-table"]


# An .xlsx column hidden in its sheet ------------------------------------------------------------

CONTROL_ROWS = tuple((label, *values, str(sum(map(int, values)))) for _, label, *values in NUMBERED_PROVINCES)


def test_a_hidden_check_column_of_an_annex_is_left_out_and_said_so():
    """A ``Controle`` column a statistician hid beside the periods (each row's sum): the table
    its reader sees is read — provinces by year — and the hidden column is reported with its
    letter, its header and its figures, never read as a period's figures nor lost."""
    data = _xlsx_grid(NUMBERED_PROSE, ["Provincie", *YEARS, "Controle"], CONTROL_ROWS, hidden="E")
    answer = read_text(data, "a.xlsx")
    assert [(_bare(t.id), [p.label for p in t.periods]) for t in answer.tables] == [("started_by_province", YEARS)]
    assert _cells(answer) == _numbered_cells("started_by_province", NUMBERED_PROVINCES)
    assert [(i.kind, i.reason, i.line, i.other_line, i.text, i.other, _bare(i.table)) for i in answer.issues] == [
        ("column-not-checked", "hidden-column", 4, 9, "Controle", "842 368 693 241 571 2706", "started_by_province"),
    ]
    assert _findings(answer) == [
        ("column-not-checked", "started_by_province", None, None, None, None, "info"),
        ("parts-exceed-total", "started_by_province", "Totaal", "2021", 850, 853, "info"),
        ("parts-exceed-total", "started_by_province", "Totaal", "2022", 898, 901, "info"),
        ("parts-exceed-total", "started_by_province", "Totaal", "2023", 958, 961, "info"),
    ]
    [hidden] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "has a column hidden in its sheet, column E ('Controle'), rows 4–9, with figures (842 368" in hidden.message
    [nl] = [f for f in audit(answer, lang="nl").findings if f.rule == "column-not-checked"]
    assert "heeft een kolom die in het werkblad verborgen is, kolom E ('Controle'), rijen 4–9" in nl.message


def test_the_same_annex_without_a_hidden_column_reads_every_column():
    """Shown, the ``Controle`` column is a column of the table (and, naming no period, makes it
    unreadable as before): hiding is what sets it aside."""
    data = _xlsx_grid(NUMBERED_PROSE, ["Provincie", *YEARS, "Controle"], CONTROL_ROWS)
    answer = read_text(data, "a.xlsx")
    assert not any(i.reason == "hidden-column" for i in answer.issues)
    assert "unreadable-table" in {f.rule for f in audit(answer).findings}


def test_a_hidden_column_of_words_only_is_left_out_without_a_finding():
    """A hidden column of notes holds no figure: nothing of the table is lost."""
    rows = tuple((*row[:4], "nagekeken") for row in CONTROL_ROWS)
    data = _xlsx_grid(NUMBERED_PROSE, ["Provincie", *YEARS, "Opmerking"], rows, hidden="E")
    answer = read_text(data, "a.xlsx")
    assert _cells(answer) == _numbered_cells("started_by_province", NUMBERED_PROVINCES)
    assert answer.issues == []
