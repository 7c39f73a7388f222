"""What columns and rows mean (session 28).

1. The blocks of a table named by sectors are said to be sectors by the run's catalogue: a
   user's catalogue with a sector okot-audit does not ship (``cultuur``) makes ``Cultuur`` …
   ``Subtotaal cultuur`` a sector block in the reports' outline of the table — main named
   block kinds from the shipped catalogue, and called such blocks ``other``.
"""

from __future__ import annotations

from clitools import okot, out

from okot_audit import load_catalogue, read_text

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
