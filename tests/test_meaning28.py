"""What columns and rows mean (session 28).

1. The blocks of a table named by sectors are said to be sectors by the run's catalogue: a
   user's catalogue with a sector okot-audit does not ship (``cultuur``) makes ``Cultuur`` …
   ``Subtotaal cultuur`` a sector block in the reports' outline of the table — main named
   block kinds from the shipped catalogue, and called such blocks ``other``.
"""

from __future__ import annotations

from clitools import okot, out

from okot_audit import audit, load_catalogue, read_text

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
