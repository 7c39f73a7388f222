"""Tables the reader refused (loud) that a person reads without doubt, read now (loud35).

1. A header of provinces whose narrow cells wrap a name inside its first three letters
   (``Li`` / ``mburg``, ``A`` / ``ntwerpen``), or over three lines (``Oost-`` / ``Vlaander`` /
   ``en``): session 34 (wrapprov34) joined a wrapped cell only where its first line held three
   letters of a name at least and its second line completed it; now a name's first one or two
   letters wait too where a capital opens them (as a name's cell begins), and a piece that leaves
   the name's first letters still is its cell's middle line (parse/headwords.py ``names_joined``).
   Still only where every piece completes a name and the line read so is a header of provinces.

The answers are built from persons (test_ageprov34's ``build``, test_unseen24's
``province_columns_answer``); the truth is what the persons give.
"""

from __future__ import annotations

import re

import pytest

from okot_audit import audit
from okot_audit.parse.headwords import names_joined
from test_ageprov34 import FIRST_ROW, build, cells, read, truth

# -- 1. a province's name wrapped inside its first three letters ---------------------------------


def _cut_at(short: dict[str, int]):
    """A narrow cell's cut: each name of `short` after its first so many letters, the others as
    test_wrapprov34 cuts them (a name of two words at its space, else whole)."""
    def cut(name: str) -> tuple[str, str]:
        if name in short:
            return name[:short[name]], name[short[name]:]
        if " " in name:
            head, rest = name.split(" ", 1)
            return head, rest
        return name, ""
    return cut


def _wrapped(attribute: str, form: str, cut, seed: int = 351):
    """test_wrapprov34's forms of a wrapped header of provinces, cut by `cut`: ``single`` (the
    rests in order on one line: pdfplumber), ``laid`` (each rest under its word: ``pdftotext
    -layout``), ``lines`` (each cell's lines one after the other: pypdf)."""
    built = build(attribute, seed=seed, laid=form == "laid")
    lines = built.text.split("\n")
    rows = lines[FIRST_ROW - 1:]
    pieces = [cut(name) for name in [*built.provinces, "Vlaams Gewest"]]
    if form == "single":
        block = [" ".join([attribute, *(h for h, _ in pieces)]), " ".join(r for _, r in pieces if r)]
    elif form == "laid":  # (each cell right-aligned in its column, where the rows' figures end)
        ends = [m.end() for m in re.finditer(r"\S+", rows[0])][-len(pieces):]
        top, below = attribute, ""
        for (head, rest), end in zip(pieces, ends):
            top, below = top.ljust(end - len(head)) + head, below.ljust(end - len(rest)) + rest
        block = [top, below]
    else:
        block = [attribute]
        for head, rest in pieces:
            block += [head] + ([rest] if rest else [])
    return built, "\n".join(lines[:FIRST_ROW - 2] + block + rows)


SHORT_CUTS = {
    "Li": {"Limburg": 2},
    "A": {"Antwerpen": 1},
    "An and Li": {"Antwerpen": 2, "Limburg": 2},
    "every name": {"Antwerpen": 2, "Limburg": 1, "Oost-Vlaanderen": 2, "Vlaams-Brabant": 2, "West-Vlaanderen": 1},
}


@pytest.mark.parametrize("form", ["single", "laid", "lines"])
@pytest.mark.parametrize("case", list(SHORT_CUTS))
def test_a_name_wrapped_inside_its_first_three_letters_is_read(case, form):
    """Every cell as the persons give it, nothing wrong said (main: ``unreadable-table``, no cell)."""
    built, text = _wrapped("Leeftijd", form, _cut_at(SHORT_CUTS[case]))
    assert "Limburg" not in text or "Antwerpen" not in text  # (a name wrapped indeed)
    answer = read(text)
    assert cells(answer) == truth(built, "Leeftijd")
    assert not [f.message for f in audit(answer).findings if f.severity != "info"]


def test_a_short_start_whose_piece_completes_no_name_is_no_join():
    """``Li`` over ``mbrug`` (no province): nothing joined, the table said, no cell guessed."""
    _, text = _wrapped("Leeftijd", "single", _cut_at({"Limburg": 2}))
    text = text.replace("\nmburg Gewest\n", "\nmbrug Gewest\n")
    assert "\nmbrug Gewest\n" in text
    lines = tuple(text.split("\n"))
    assert names_joined(lines) == lines
    answer = read(text)
    assert not [c for c in cells(answer) if c[1]]
    assert "unreadable-table" in {f.rule for f in audit(answer).findings if f.severity == "error"}


@pytest.mark.parametrize("word", ["li", "LI"])
def test_a_short_start_not_written_as_a_names_cell_begins_waits_for_nothing(word):
    """``li`` or ``LI`` (no capital and small letters, as a name's cell begins): no name's first
    letters — nothing joined."""
    _, text = _wrapped("Leeftijd", "single", _cut_at({"Limburg": 2}))
    text = text.replace(" Li ", f" {word} ", 1)
    lines = tuple(text.split("\n"))
    assert names_joined(lines) == lines


def test_a_name_wrapped_over_three_lines_is_read():
    """``Oost-`` / ``Vlaander`` / ``en`` (the cell's middle line a name's first letters still),
    pieces in order on the lines below (pdfplumber): read (main: said)."""
    built = build("Leeftijd", seed=352)
    lines = built.text.split("\n")
    text = "\n".join(lines[:FIRST_ROW - 2] + [
        "Leeftijd Antwerpen Limburg Oost- Vlaams- West- Vlaams", "Vlaander Brabant Vlaander Gewest", "en en",
        *lines[FIRST_ROW - 1:]])
    answer = read(text)
    assert cells(answer) == truth(built, "Leeftijd")
    assert not [f.message for f in audit(answer).findings if f.severity != "info"]


def test_a_middle_line_that_never_ends_is_no_join():
    """``Oost-`` / ``Vlaander`` and no ``en`` below: the name waits for a piece that never comes —
    nothing joined."""
    lines = ("", "Leeftijd Antwerpen Limburg Oost- Vlaams", "Vlaander Gewest", "-25 jaar 10 20 30 55")
    assert names_joined(lines) == lines


def test_a_prose_line_with_a_short_capital_word_is_no_header():
    """``We`` (West-Vlaanderen's first letters) opening a prose line above a table: no join."""
    lines = ("We geven de cijfers per provincie.", "Vlaanderen ontbreekt.", "Provincie 2021 2022",
             "Antwerpen 10 12", "Totaal 10 12")
    assert names_joined(lines) == lines


# -- the same in a PDF and its extractors' text ------------------------------------------------------

from generate.extract import available, extract  # noqa: E402
from test_unseen24 import PROVINCES, Style, fold, province_columns_answer, write_pdf  # noqa: E402

PDF_FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]


@pytest.mark.parametrize("form", PDF_FORMS)
@pytest.mark.parametrize("header", [
    ("Ant\nwerpen", "Li\nmburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Vlaams Gewest"),
    ("A\nntwerpen", "Li\nmburg", "Oost-\nVlaanderen", "Vlaams-\nBrabant", "West-\nVlaanderen", "Vlaams Gewest"),
], ids=["Li", "three-lines"])
def test_a_pdfs_header_wrapped_inside_a_names_first_letters_is_read_in_every_form(header, form):
    """The provinces' cells broken inside a name's first three letters (``Li`` / ``mburg``) and, in
    columns this narrow, over three lines (``Oost-`` / ``Vlaander`` / ``en``): each cell its row's
    programme, its column's province and the truth's count, nothing wrong said (main: an
    ``unreadable-table`` error in every extractor's text)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = province_columns_answer()
    answer.tables[0].columns = list(header)
    data = write_pdf(answer, Style(label_width=55, column_width=19))
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "p.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "p.txt")
    got = parse_answer(source)
    errors = {f.rule for f in audit(got).findings if f.severity == "error"}
    found = sorted((fold(c.label), c.province or "", c.period, c.count) for t in got.tables for c in t.cells)
    expected = sorted((fold(row.label), province, "2022", count) for row in answer.tables[0].rows
                      for province, count in zip([*PROVINCES, ""], row.values) if count is not None)
    assert (found, errors) == (expected, set())


# -- 2. a category table of one period under a title that ends in the year ---------------------------

import random  # noqa: E402

from test_unseen24 import QUESTION, Answer, Row, Table  # noqa: E402

AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]


def _categories_answer(columns: tuple[str, ...], caption: str, seed: int = 353) -> tuple[Answer, list[tuple]]:
    """Persons of one age class and one value of `columns` each (gender, or a province), the table
    ``Leeftijd <columns> Totaal`` of one period (2023, named by the caption alone): every total a
    sum (a partition). Returns the answer and its truth: (age class or ``Totaal``, column, count)."""
    rng = random.Random(seed)
    persons = [(rng.choice(AGES), rng.choice(columns)) for _ in range(rng.randint(300, 600))]
    of = {(a, c): sum(1 for p in persons if p == (a, c)) for a in AGES for c in columns}
    rows = [Row(a, [*(of[a, c] for c in columns), sum(of[a, c] for c in columns)]) for a in AGES]
    rows.append(Row("Totaal", [*(sum(of[a, c] for a in AGES) for c in columns), len(persons)], level="total"))
    answer = Answer(
        title="OKOT’s in de zorg: de starters naar leeftijd",
        before=[QUESTION.format(n=141, date="20 april 2024", who="Els Ampe"),
                "Hoeveel cursisten startten een OKOT in de zorg, naar leeftijd?", "Antwoord",
                "De tabel geeft de aantallen unieke cursisten."],
        tables=[Table(caption=caption, heads=["Leeftijd"], columns=[*columns, "Totaal"],
                      keys=[("started", "2023")] * (len(columns) + 1), rows=rows, additive=True)],
        between=[["Bron: VDAB."]])
    truth = sorted((row.label, column, count) for row in rows for column, count in zip([*columns, "Totaal"], row.values))
    return answer, truth


@pytest.mark.parametrize("form", [*PDF_FORMS, "pdftotext"])
@pytest.mark.parametrize("caption", ["Tabel 1. Gestarte cursisten naar leeftijd en geslacht in 2023",
                                     "Gestarte cursisten in 2023"])
def test_a_category_table_of_one_period_reads_its_period_from_the_title(caption, form):
    """``Leeftijd Man Vrouw Totaal`` under a title that ends in ``2023`` (the prose names no year, the
    question's date 2024): every cell as the persons give it, in 2023, nothing wrong said — also in
    plain ``pdftotext``'s text, each cell a paragraph (main: ``one-figure-per-line``, no cell)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer, expected = _categories_answer(("Man", "Vrouw"), caption)
    data = write_pdf(answer, Style())
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "p.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "p.txt")
    got = parse_answer(source)
    assert sorted((c.label, t.column, c.count) for t in got.tables for c in t.cells) == expected
    assert {c.period for t in got.tables for c in t.cells} == {"2023"}
    assert not [f.message for f in audit(got).findings if f.severity != "info"]


@pytest.mark.parametrize("form", ["pdf", "pdftotext"])
def test_a_province_column_table_of_one_period_in_plain_pdftotext(form):
    """The same with provinces for columns, wide enough to stand whole (``Leeftijd`` / ``Antwerpen``
    / ``Limburg`` / ``Totaal``, each a paragraph): each cell its row's age class and its column's
    province (main: ``one-figure-per-line`` in plain ``pdftotext``)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer, expected = _categories_answer(("Antwerpen", "Limburg"), "Tabel 1. Gestarte cursisten per provincie in 2023")
    data = write_pdf(answer, Style(column_width=30))
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "p.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "p.txt")
    got = parse_answer(source)
    assert sorted((c.label, c.province or "Totaal", c.count) for t in got.tables for c in t.cells) == expected
    assert not [f.message for f in audit(got).findings if f.severity != "info"]


PARAGRAPHS = ("Antwoord\n\nTabel 1. Gestarte cursisten in 2023\n\n{corner}Man\n\nVrouw\n\nTotaal\n\n"
              "-25 jaar\n\n40\n\n31\n\n71\n\n25-54 jaar\n\n120\n\n97\n\n217\n\nTotaal\n\n160\n\n128\n\n{grand}\n\nBron: VDAB.\n")


def test_a_header_of_names_in_paragraphs_is_checked_as_any_table():
    """Plain ``pdftotext``'s paragraphs read so are checked: a grand total one above the sum of its
    column's rows and of its row's columns is an error at its row's line (the line of the row's first
    figure, as every row set back from paragraphs is reported) — never a clean answer."""
    text = PARAGRAPHS.format(corner="Leeftijd\n\n", grand=289)
    answer = read(text)
    assert len([c for t in answer.tables for c in t.cells]) == 9
    errors = [(f.rule, f.line, f.stated, f.observed) for f in audit(answer).findings if f.severity == "error"]
    assert errors == [("total-exceeds-parts", text.split("\n").index("160") + 1, 289, 288)] * 2


def test_names_in_paragraphs_without_a_corner_stay_said():
    """``Man`` / ``Vrouw`` / ``Totaal`` right under the caption, no corner's word (the rows' key
    unnamed: the paragraphs may be a row's labels as well as a header): left as printed, said."""
    answer = read(PARAGRAPHS.format(corner="", grand=288))
    assert not [c for t in answer.tables for c in t.cells]
    assert "unreadable-table" in {f.rule for f in audit(answer).findings if f.severity == "error"}


# -- 3. the names under each period: the header's first cell on the names' line, a total column --------

import textwrap  # noqa: E402

from test_namesunder34 import CODES, LABEL_WIDTH, _row  # noqa: E402
from test_redb32 import _coded  # noqa: E402

NAMES = ("Inschrijvingen", "Unieke cursisten")


def _names_laid(periods: list[str], corner_below: bool, total: bool, width: int = 14, seed: int = 354) -> tuple[str, dict]:
    """test_namesunder34's laid-out answer (``pdftotext -layout``): ``Inschrijvingen`` and ``Unieke
    cursisten`` under each period, ``Unieke`` / ``cursisten`` wrapped in its narrow column —
    `corner_below`: the header's first cell ``Opleiding`` on the names' first line (the header's
    cells set to the row's bottom) instead of the periods'; `total`: a ``Totaal`` column after the
    periods with the same names under it (the enrolments' sum over the periods, the persons once).
    Returns the text and its truth ((name, code or ``Totaal``, period) → count)."""
    codes = [c for c, _ in CODES]
    heads = [*periods, *(["Totaal"] if total else [])]
    rng = random.Random(seed)
    counts: dict = {}
    for j, name in enumerate(NAMES):
        persons = _coded(seed + j, codes, periods, 30, 140, 0.06)
        enrolments = name == "Inschrijvingen"
        for y in periods:
            for c in codes:
                counts[name, c, y] = persons.count(c, y) + (rng.randint(0, 6) if enrolments else 0)
            counts[name, "Totaal", y] = (sum(counts[name, c, y] for c in codes) if enrolments
                                         else persons.count(set(codes), y))
        for c in [*codes, "Totaal"] if total else ():
            counts[name, c, "Totaal"] = (sum(counts[name, c, y] for y in periods) if enrolments
                                         else persons.count(set(codes) if c == "Totaal" else c))
    n = len(NAMES)
    ends = [LABEL_WIDTH + (k * n + j + 1) * (width + 1) for k in range(len(heads)) for j in range(n)]
    wrapped = [textwrap.wrap(name, width) for _ in heads for name in NAMES]
    depth = max(len(w) for w in wrapped)
    lines = [_row("" if corner_below else "Opleiding", [(ends[(k + 1) * n - 1], y) for k, y in enumerate(heads)])]
    for i in range(depth):
        lines.append(_row("Opleiding" if corner_below and i == 0 else "", [(end, w[i]) for end, w in zip(ends, wrapped) if i < len(w)]))
    for code, title in [*CODES, ("Totaal", "")]:
        label = f"{code}: {title}" if title else code
        figures = [(end, str(counts[NAMES[j], code, y])) for k, y in enumerate(heads) for j, end in
                   enumerate(ends[k * n:(k + 1) * n])]
        first, _, rest = label.rpartition(" - ") if len(label) > LABEL_WIDTH - 2 else (label, "", "")
        lines.append(_row(first + (" -" if rest else ""), figures))
        if rest:
            lines.append(rest)
    text = ("OKOT's tot leerkracht\nSchriftelijke vraag nr. 1302 van 10 maart 2025.\nAntwoord\n"
            "De tabel geeft per opleiding en per jaar het aantal inschrijvingen en het aantal unieke cursisten.\n"
            "Tabel 1. Inschrijvingen en unieke cursisten in gestarte OKOT'(s) per opleiding\n\n" + "\n".join(lines)
            + "\n\n\nBron: VDAB, datawarehouse.\n")
    return text, counts


@pytest.mark.parametrize("periods", [["2021", "2022"], ["2021", "2022", "2023"]])
@pytest.mark.parametrize(("corner_below", "total"), [(True, False), (False, True), (True, True)])
def test_names_under_the_periods_with_the_corner_below_or_a_total_column(corner_below, total, periods):
    """Each name's table, every cell its truth's (the ``Totaal`` column's as the total over the
    periods), each total checked by its meaning, no error (main: every row ``unreadable-table``,
    no cell)."""
    text, expected = _names_laid(periods, corner_below, total)
    got = read(text)
    cells_read = {(t.column, c.code or c.label, c.period): c.count for t in got.tables for c in t.cells}
    assert cells_read == expected
    findings = audit(got).findings
    assert not [f.message for f in findings if f.severity == "error"]
    assert {f.rule for f in findings} <= {"parts-exceed-total", "error-located", "stage-not-final"}


def test_a_row_under_the_periods_is_no_corner():
    """A coded row's first line right under the line of periods (no names between): its code is no
    header's first cell — the lines as they were, the row read under the periods."""
    text = ("Antwoord\nTabel 1. Unieke cursisten\n\n" + _row("", [(70, "2021"), (80, "2022")]) + "\n"
            + _row("908001: Educatieve bachelor", [(70, "40"), (80, "50")]) + "\n"
            + _row("908002: Educatieve master", [(70, "30"), (80, "20")]) + "\n" + _row("Totaal", [(70, "68"), (80, "70")]) + "\n")
    got = read(text)
    assert sorted((c.code or c.label, c.period, c.count) for t in got.tables for c in t.cells) == sorted([
        ("908001", "2021", 40), ("908001", "2022", 50), ("908002", "2021", 30), ("908002", "2022", 20),
        ("Totaal", "2021", 68), ("Totaal", "2022", 70)])


# -- 4. a note between a table of printed periods and one whose period comes from words --------------

from okot_audit import read_text  # noqa: E402
from test_notes34 import _HEAD, _NOTE, _between, _partial, _rows  # noqa: E402

#: A table of one period that prints none (a category table: its period from the words above it).
_WORDED = "Leeftijd Man Vrouw Totaal\n-25 jaar 40 30 70\n25-54 jaar 100 90 190\nTotaal 140 120 260\n"


def _above_and_worded(first: str, between: str) -> str:
    return (_HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n\n" + _rows(first) + "\n" + between + "\n\n"
            + _WORDED + "\nBron: VDAB, datawarehouse.\n")


def test_a_note_between_is_weighed_for_a_table_whose_period_comes_from_words():
    """The table above prints 2023, the one below names none (its 2023 from the note's words): the
    note may be either's — neither's 2023 is moved and a ``note-between`` record says so, naming
    both tables (main: the lower table's 2023 partial, silently)."""
    text = _above_and_worded("2021 2022 2023", _NOTE)
    answer = read_text(text, "a.txt")
    assert _partial(answer) == [set()] * len(answer.tables)
    assert [p.label for t in answer.tables[1:] for p in t.periods] == ["2023"] * (len(answer.tables) - 1)
    [issue] = _between(answer)
    assert (issue.line, issue.periods, issue.text) == (text.splitlines().index(_NOTE) + 1, ("2023",), _NOTE)
    assert issue.other_line == answer.tables[0].header_line
    [en] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert "which of the two tables" in en.message and en.severity == "info"


@pytest.mark.parametrize("between, expected_lower", [
    (_NOTE, True),  # the table above has no 2023: the note is the lower table's
    ("In onderstaande tabel vindt u de starters naar leeftijd. " + _NOTE, True),  # placed by words pointing forward
], ids=["above-without-the-period", "led-in"])
def test_a_note_that_only_the_worded_table_can_own_stays_its(between, expected_lower):
    first = "2021 2022" if between == _NOTE else "2021 2022 2023"
    answer = read_text(_above_and_worded(first, between), "a.txt")
    assert _partial(answer)[0] == set()
    assert all(p == ({"2023"} if expected_lower else set()) for p in _partial(answer)[1:])
    assert _between(answer) == []


@pytest.mark.parametrize("name, writer", [("a.xlsx", "write_xlsx"), ("a.html", "write_html")])
def test_a_category_table_of_one_period_in_an_annex_and_a_web_page(name, writer):
    """The same table as an ``.xlsx`` annex and a web page (their cells whole): every cell under
    2023, the caption's year (read before this session too: the forms agree)."""
    import test_unseen23 as u23
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer, expected = _categories_answer(("Man", "Vrouw"), "Tabel 1. Gestarte cursisten naar leeftijd in 2023")
    table = answer.tables[0]
    model = u23.Answer(title=answer.title, before=answer.before[2:], between=answer.between, sector="zorg", tables=[
        u23.Table(caption=table.caption, head="Leeftijd", columns=table.columns, periods=["2023"] * 3,
                  rows=[u23.Row(r.label, r.values, level=r.level) for r in table.rows])])
    got = parse_answer(source_from_bytes(getattr(u23, writer)(model), name))
    assert sorted((c.label, t.column, c.count) for t in got.tables for c in t.cells) == expected
    assert {c.period for t in got.tables for c in t.cells} == {"2023"}
    assert not [f.message for f in audit(got).findings if f.severity != "info"]


def _wrapped_pdf_text() -> tuple[str, list]:
    answer = province_columns_answer()
    answer.tables[0].columns = ["Ant\nwerpen", "Li\nmburg", "Oost-\nVlaanderen", "Vlaams-\nBrabant", "West-\nVlaanderen",
                                "Vlaams Gewest"]
    data = write_pdf(answer, Style(label_width=55, column_width=19))
    if not available("pdftotext"):
        pytest.skip("pdftotext is not installed")
    expected = sorted((fold(row.label), province, "2022", count) for row in answer.tables[0].rows
                      for province, count in zip([*PROVINCES, ""], row.values) if count is not None)
    return extract(data, "pdftotext"), expected


@pytest.mark.xfail(strict=True, reason=(
    "plain pdftotext prints a wrapped header cell as a paragraph of its lines and runs the lines of cells "
    "beside each other together, glued (`Li` / `Oostmburg Vlaander` / `en`, `VlaamsWestBrabant Vlaander`): "
    "the paragraphs reader (read/paragraphs.py) takes one-line names only, and the glued words are no "
    "name's pieces any reader could part without a guess"))
def test_a_wrapped_header_of_provinces_in_plain_pdftotext_is_read():
    text, expected = _wrapped_pdf_text()
    got = read(text)
    assert sorted((fold(c.label), c.province or "", c.period, c.count) for t in got.tables for c in t.cells) == expected


def test_a_wrapped_header_of_provinces_in_plain_pdftotext_is_said_never_guessed():
    """Meanwhile: no cell made up, an ``unreadable-table`` error (never a clean answer)."""
    text, _ = _wrapped_pdf_text()
    got = read(text)
    assert not [c for t in got.tables for c in t.cells]
    assert "unreadable-table" in {f.rule for f in audit(got).findings if f.severity == "error"}
