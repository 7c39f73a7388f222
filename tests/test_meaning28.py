"""What columns and rows mean (session 28).

0. Age classes written in words as a table's columns (``jonger dan 25 jaar``, ``25 tot 50
   jaar``, ``50 jaar en ouder``; ``tussen 25 en 49 jaar``; ``van 25 tot en met 49 jaar``), as
   the columns of one period or under each period, are categories of persons in every form
   (text single-spaced and laid out, PDF, its ``pdftotext -layout`` text, an ``.xlsx`` annex):
   one table per class, a ``Totaal`` column their partition (main left the table unread).
0. A column's name that says more than a measure (``Geslaagd extra``, ``Gestart Q1``) is never
   read as the bare measure: main read ``Geslaagd extra`` as graduates, silently.
0. A sentence with a year in it (``Er startten in 2022 meer dan`` / ``120``) is prose, no
   header: main read it, since the column names that say more than a measure, as a header of
   one period with the columns ``startten in`` and ``meer dan`` after the head ``Er``, and
   said its figure below a row without a label (a false ``unreadable-table`` error).
1. The blocks of a table named by sectors are said to be sectors by the run's catalogue: a
   user's catalogue with a sector okot-audit does not ship (``cultuur``) makes ``Cultuur`` …
   ``Subtotaal cultuur`` a sector block in the reports' outline of the table — main named
   block kinds from the shipped catalogue, and called such blocks ``other``.
"""

from __future__ import annotations

import pytest
from clitools import okot, out

import test_category_columns as category_columns

from okot_audit import audit, load_catalogue, read_text
from okot_audit.parse.subcolumns import meaning, periods_and_names

#: A user's catalogue with a sector the shipped one does not know (``cultuur``).
USER_CODES = (
    "code,label,programme,sector,stage,year,years,can_be_final\n"
    "909961,Podiumtechnicus - 1ste jaar,Podiumtechnicus,cultuur,year,1,2,false\n"
    "909962,Decorbouwer - 1ste jaar,Decorbouwer,cultuur,year,1,2,false\n"
)
SECTOR_BLOCKS = (
    "Antwoord\n\n1. Het aantal gestarte unieke cursisten.\n\n"
    "Opleiding 2019 2020\n"
    "Cultuur\n"
    "909961: Podiumtechnicus - 1ste jaar 4 6\n"
    "909962: Decorbouwer - 1ste jaar 3 4\n"
    "Subtotaal cultuur 7 10\n"
    "Zorg\n"
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 5 5\n"
    "Subtotaal zorg 5 5\n"
    "Totaal 12 15\n"
)


def _catalogue(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text(USER_CODES, encoding="utf-8")
    return path


def test_sector_blocks_of_the_runs_catalogue_are_sector_blocks(tmp_path):
    catalogue = load_catalogue(_catalogue(tmp_path))
    [table] = read_text(SECTOR_BLOCKS, "a.txt", catalogue=catalogue).tables
    assert table.layout.name == "code_rows_by_sector"
    assert {c.block for c in table.cells if c.block} == {"cultuur", "zorg"}
    assert table.outline() == {"total_only": False, "block_kind": "sector"}
    # the shipped catalogue knows no ``cultuur``: blocks named by something else
    [shipped] = read_text(SECTOR_BLOCKS, "a.txt").tables
    assert shipped.outline()["block_kind"] == "other"


def test_the_report_says_sector_blocks_with_the_runs_catalogue(tmp_path):
    (tmp_path / "answer.txt").write_text(SECTOR_BLOCKS, encoding="utf-8")
    _catalogue(tmp_path)
    result = okot("check", "answer.txt", "--catalogue", "codes.csv", "--format", "markdown", "--no-cache",
                  cwd=tmp_path)
    assert result.returncode == 0
    assert "rows by training code, in sector blocks" in out(result)
    assert "warning" not in out(result).replace("0 warnings", "")


# 3. A row without a code among coded rows is checked by its name ---------------------------------

CODED = (
    "Schriftelijke vraag over OKOT in de zorgsector\n\nAntwoord\n\n"
    "1. Het aantal gestarte unieke cursisten in de zorg.\n\n"
    "Opleiding 2021 2022\n"
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 12 14\n"
    "900124: Tweedekansonderwijs zorgkundige - tweede jaar 10 9\n"
    "{row}\n"
    "Totaal 40 41\n"
)


def _found(answer, **kwargs) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.label) for f in audit(answer, **kwargs).findings]


def test_a_row_without_a_code_among_coded_rows_whose_name_the_catalogue_lacks_is_a_warning():
    answer = read_text(CODED.format(row="Bachelor kinderzorg 18 18"), "a.txt")
    [table] = answer.tables
    assert [(c.code, c.label) for c in table.rows()][-1] == (None, "Bachelor kinderzorg")
    assert _found(answer) == [("code-unknown", "warning", 10, "Bachelor kinderzorg")]
    [en] = audit(answer).findings
    assert en.message == (
        "the row 'Bachelor kinderzorg' has no training code, unlike the other rows of its table, and no programme "
        "of the catalogue has this name; its sector and stage cannot be verified — check whether its code was "
        "lost, or add the programme to an extra catalogue")
    [nl] = audit(answer, lang="nl").findings
    assert nl.message.startswith("de rij 'Bachelor kinderzorg' heeft geen opleidingscode, anders dan de andere "
                                 "rijen van haar tabel")


def test_a_row_without_a_code_among_coded_rows_named_as_another_sectors_programme_is_outside_the_sector():
    answer = read_text(CODED.format(row="Educatieve bachelor kleuteronderwijs 18 18"), "a.txt")
    assert _found(answer) == [("code-outside-sector", "error", 10, "Educatieve bachelor kleuteronderwijs")]


def test_a_row_without_a_code_among_coded_rows_the_runs_catalogue_names_is_checked_with_it(tmp_path):
    """The run's catalogue (a user's programme of sector zorg) knows the name: nothing to say."""
    path = tmp_path / "codes.csv"
    path.write_text("code,label,programme,sector,stage,year,years,can_be_final\n"
                    "909971,Bachelor kinderzorg,Bachelor kinderzorg,zorg,,,,true\n", encoding="utf-8")
    catalogue = load_catalogue(path)
    answer = read_text(CODED.format(row="Bachelor kinderzorg 18 18"), "a.txt", catalogue=catalogue)
    assert _found(answer, catalogue=catalogue) == []
    # (of another sector by the run's catalogue: outside the answer's)
    path.write_text(path.read_text().replace(",zorg,", ",onderwijs,"), encoding="utf-8")
    other = load_catalogue(path)
    answer = read_text(CODED.format(row="Bachelor kinderzorg 18 18"), "a.txt", catalogue=other)
    assert _found(answer, catalogue=other) == [("code-outside-sector", "error", 10, "Bachelor kinderzorg")]


def test_a_row_without_a_code_among_coded_rows_that_names_no_programme_is_not_checked_as_one():
    for row in ("Overige opleidingen 18 18", "Onbekend 18 18"):
        assert _found(read_text(CODED.format(row=row), "a.txt")) == []


# 1. Age classes in words as a table's columns ------------------------------------------------------

#: Age classes as answers write them in words, each with its ``Totaal``: a person has one age.
AGE_WORDS = (
    ["jonger dan 25 jaar", "25 tot 50 jaar", "50 jaar en ouder"],
    ["onder 25 jaar", "tussen 25 en 49 jaar", "50 jaar of ouder"],
    ["jonger dan 25", "van 25 tot en met 49 jaar", "50 of meer"],
)


def _slugged(name: str) -> str:
    return "_".join(name.replace("-", " ").split()).lower()


@pytest.mark.parametrize("form", category_columns.FORMS)
@pytest.mark.parametrize("names", AGE_WORDS, ids=lambda n: n[1])
def test_age_classes_in_words_as_the_columns_of_one_period_are_a_partition(form, names):
    """``Provincie  jonger dan 25 jaar  25 tot 50 jaar  50 jaar en ouder  Totaal`` under a
    caption that names the year: one table per class and the Totaal column their sum. Main left
    every row unread (``more-figures-than-periods``, ``table-like-lines``: the ages in the
    header's names were taken for figures, or its line for a row's label)."""
    rows = category_columns.AGE_ROWS
    answer = category_columns._read(form, category_columns.PROSE["age"], "Cijfers 2022", "Provincie",
                                     [*names, "Totaal"], rows)
    ids = tuple(f"started_by_province_{_slugged(n)}" for n in names) + ("started_by_province",)
    assert [(category_columns._bare(t.id), t.column, t.categories, [p.label for p in t.periods])
            for t in answer.tables] == [
        *((table, name, (), ["2022"]) for table, name in zip(ids, names)),
        ("started_by_province", "Totaal", tuple(names), ["2022"]),
    ]
    assert category_columns._cells(answer) == category_columns._expected(ids, rows, "2022")
    assert answer.issues == []
    assert category_columns._findings(answer, "error") == []
    wrong = list(rows)
    wrong[2] = ("Oost-Vlaanderen", 50, 160, 9, 221)  # (50 + 160 + 9 = 219)
    [error] = [f for f in audit(category_columns._read(form, category_columns.PROSE["age"], "Cijfers 2022",
                                                        "Provincie", [*names, "Totaal"], wrong)).findings
               if f.severity == "error"]
    assert (error.rule, error.province, error.stated, error.observed) == ("total-exceeds-parts", "Oost-Vlaanderen",
                                                                          221, 219)
    assert "must equal the sum of its categories exactly" in error.message


@pytest.mark.parametrize("form", ["single-spaced", "laid-out", "pdf-cells", "pdf-merged", "xlsx"])
@pytest.mark.parametrize("names", AGE_WORDS[:2], ids=lambda n: n[1])
def test_age_classes_in_words_under_each_period(form, names):
    """``2022`` / ``2023`` over ``jonger dan 25 jaar  25 tot 50 jaar  50 jaar en ouder``: one
    table per class over both years (main: one unread table)."""
    rows = category_columns.AGE_UNDER_ROWS
    answer = category_columns._two_level(form, rows, names)
    assert [(category_columns._bare(t.id), t.column, [p.label for p in t.periods]) for t in answer.tables] == [
        (f"started_{_slugged(n)}", n, ["2022", "2023"]) for n in names]
    assert answer.issues == []
    want = []
    for j, name in enumerate(names):
        for key, *values in rows:
            for p, period in enumerate(("2022", "2023")):
                want.append((f"started_{_slugged(name)}", "total" if key == "Totaal" else "row", key.split(":")[0],
                             period, values[3 * p + j]))
    assert [(category_columns._bare(t.id), c.level, c.code or c.label, c.period, c.count)
            for t in answer.tables for c in t.cells] == want
    assert category_columns._findings(answer, "error") == []


def test_age_classes_in_words_and_their_totaal_under_each_period_are_checked_as_a_partition():
    names = AGE_WORDS[0]
    rows = tuple((key, *v[:3], sum(v[:3]), *v[3:], sum(v[3:])) for key, *v in category_columns.AGE_UNDER_ROWS)
    wrong = list(rows)
    wrong[1] = (wrong[1][0], 10, 36, 4, 51, 12, 34, 4, 50)  # (the Totaal of 2022: 10 + 36 + 4 = 50)
    answer = category_columns._two_level("single-spaced", tuple(wrong), [*names, "Totaal"])
    assert [(category_columns._bare(t.id), t.categories) for t in answer.tables][-1] == ("started", tuple(names))
    assert category_columns._findings(answer, "error") == [
        ("total-exceeds-parts", "started", "900124", "2022", 51, 50, "error")]


# 2. A column's name that says more than its measure ---------------------------------------------

MEASURES_HEAD = "Antwoord\n\n1. Het aantal unieke cursisten in 2022 in de zorg, OKOT.\n\n"


def _measure_columns(names: list[str], spaced: bool) -> str:
    gap = "  " if spaced else " "
    rows = [("Antwerpen", 10, 11), ("Limburg", 20, 21), ("Totaal", 30, 32)]
    return MEASURES_HEAD + "\n".join([gap.join(["Provincie", *names]),
                                      *(gap.join([key, *map(str, values)]) for key, *values in rows)]) + "\n"


@pytest.mark.parametrize("name, said", [
    ("Gestart", ("started", None)), ("Gestarte cursisten", ("started", "unieke cursisten")),
    ("Aantal geslaagde OKOT's", ("graduated", None)), ("Geslaagd (1)", ("graduated", None)),
    ("Inschrijvingen", ("unknown", "inschrijvingen")), ("Gestart Q1", None), ("Geslaagd extra", None),
    ("Geslaagd 2022 extra", None), ("Gestart nieuw", None), ("Gestopt wegens werk", None),
])
def test_a_columns_name_means_its_measure_only_when_it_says_no_more(name, said):
    assert meaning(name) == said


@pytest.mark.parametrize("spaced", [True, False], ids=["laid-out", "single-spaced"])
def test_a_measure_with_extra_words_beside_a_bare_measure_is_read_as_counting_what_no_word_says(spaced):
    """``Gestart  Geslaagd extra``: main read the second column as graduates (``graduated``),
    silently; its figures count what ``extra`` says, which okot-audit does not know."""
    answer = read_text(_measure_columns(["Gestart", "Geslaagd extra"], spaced), "a.txt")
    assert [(t.measure, t.column) for t in answer.tables] == [("started", "Gestart"), ("unknown", "Geslaagd extra")]
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("measure-unknown", "info")]


@pytest.mark.parametrize("spaced", [True, False], ids=["laid-out", "single-spaced"])
def test_measures_each_with_extra_words_are_no_bare_measures(spaced):
    """``Gestart extra  Geslaagd extra``: main read two tables, ``started`` and ``graduated``;
    what the columns count is not what their measures alone say — the table is said unread."""
    answer = read_text(_measure_columns(["Gestart extra", "Geslaagd extra"], spaced), "a.txt")
    assert not any(t.measure in ("started", "graduated") for t in answer.tables)
    assert "unreadable-table" in [f.rule for f in audit(answer).findings if f.severity == "error"]


PROSE_HEAD = "Antwoord op vraag nr. 123 van 5 maart 2024 over de OKOT-opleidingen.\n"


@pytest.mark.parametrize("sentence", [
    "Er startten in 2022 meer dan", "Er startten in 2022 ongeveer", "Er startten in 2022 jonger dan 25 jaar",
    "In 2022 startten er in totaal", "Er waren in 2021 in totaal", "In 2022 startten er meer cursisten dan",
    "Het aantal gestarte cursisten in 2022 bedroeg", "Er zijn in 2023 geslaagd", "In 2021 waren er gestart",
    "Geslaagd in 2022 waren er", "Dit jaar (2022) startten",
])
def test_a_sentence_with_its_year_over_one_figure_is_prose_no_header(sentence):
    """A sentence's date (``in 2022``, the sentence going on in lower case after it) is no
    header's period: main read ``Er startten in 2022 meer dan`` / ``120`` as a header of one
    period, its columns ``startten in`` and ``meer dan`` after the head ``Er``, and said a row
    without a label — an error on prose (the other sentences: prose that no form reads as a
    header, kept so)."""
    answer = read_text(f"{PROSE_HEAD}{sentence}\n120\n", "p.txt")
    assert (answer.tables, answer.issues) == ([], [])
    assert not [f.rule for f in audit(answer).findings if f.severity == "error"]


@pytest.mark.parametrize("sentence", [
    "Er startten in 2022 meer dan", "Er startten in 2022 ongeveer", "Er startten in 2022 jonger dan 25 jaar",
])
def test_a_sentences_date_has_no_columns_under_it(sentence):
    assert periods_and_names(sentence, 2) is None


@pytest.mark.parametrize("header, measure", [("Provincie Gestart in 2022", "started"),
                                             ("Stand op 2021 Provincie Aantal", "unknown")])
def test_a_headers_period_after_a_preposition_stays_a_headers(header, measure):
    """The period after a preposition that ends the header, or that a header's cell in a
    capital follows, is the header's: its rows are read."""
    answer = read_text(f"{PROSE_HEAD}\n{header}\nAntwerpen 12\nLimburg 10\n", "p.txt")
    assert [(t.measure, len(t.cells)) for t in answer.tables] == [(measure, 2)]
    assert answer.issues == []


def test_a_two_digit_count_after_a_measures_name_is_no_age():
    """meaning28 let a bare two-digit figure be an age class's word anywhere: a table on its side
    (``Jaar 2015`` / ``Gestopte cursisten 37`` / ``Gestarte cursisten 1``) read its 37 into the
    columns' names, the starters and graduates as unknown measures, and two rows said (found by
    test_newer_shapes_property in CI). A bare age is a name's word only beside an age's words."""
    text = (
        "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector\n\n"
        "ANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n3. Onderstaande tabel geeft een overzicht van de\n"
        "OKOT-trajecten.\n\nJaar 2015\nGestopte cursisten 37\nGestarte cursisten 1\nGeslaagde cursisten 1\n\n")
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert [t.measure for t in answer.tables] == ["stopped_or_failed", "started", "graduated"]
