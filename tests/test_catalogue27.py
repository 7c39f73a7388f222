"""The user's catalogue reaches the reader: an answer is read with the catalogue it is audited
with (``--catalogue FILE``, the config file's ``catalogue``, ``audit(…, catalogue=…)``,
``read_answer(…, catalogue=…)``), not with the shipped one alone.

Two readings depend on the catalogue's names: a word a narrow cell broke at its edge is read
whole where its pieces make a word of a programme's name (``Magazijnlogistiekheft`` /
``ruckbesturing``), and a number a code's name ends in (``- module 5``) is the label's, not a
count, where the totals leave both readings. A user's code the shipped catalogue does not know
was read as if it were unknown to the run too (the label broken in two, the row said
ambiguous) while the rules knew it. Without the user's catalogue the reading is as before; the
result cache never gives one reading for the other."""

from __future__ import annotations

import json

import pytest
from clitools import okot, out
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

from okot_audit import audit, load_catalogue, read_answer, read_text

#: Two codes the shipped catalogue does not know: one programme, its first year and its module 5.
USER_CODES = (
    "code,label,programme,sector,stage,year,years,can_be_final\n"
    "909951,Magazijnlogistiekheftruckbesturing - 1ste jaar,Magazijnlogistiekheftruckbesturing,zorg,year,1,2,false\n"
    "909955,Magazijnlogistiekheftruckbesturing - module 5,Magazijnlogistiekheftruckbesturing,zorg,module,,,true\n"
)
#: The same file without the module: its name does not tell the 5 from a count.
USER_CODES_FIRST_YEAR = "\n".join(USER_CODES.splitlines()[:2]) + "\n"
NAME = "Magazijnlogistiekheftruckbesturing"
FIRST_YEAR, MODULE = f"{NAME} - 1ste jaar", f"{NAME} - module 5"

HEAD = "OKOT's in de zorg\n\nAntwoord\n\n1. Het aantal gestarte unieke cursisten.\n\n"
#: Single-spaced text (pdfplumber, pypdf): 909951's name broken by its narrow cell (line 9 / 10);
#: 909955's ``module 5 13`` is the label's 5 and the count 13 in 2020, or 5 in 2019 and 13 in
#: 2020 — both fit the total (7 <= 4 + 3 + 5, 13 <= 23): only the code's name tells.
TEXT = HEAD + (
    "Opleiding 2019 2020\n"
    "900711: Verpleegkunde 4 6\n"
    "909951: Magazijnlogistiekheft\n"
    "ruckbesturing - 1ste jaar 3 4\n"
    f"909955: {MODULE} 13\n"
    "Totaal 7 23\n"
)
READ_RIGHT = {
    (8, "900711", "Verpleegkunde", "2019", 4), (8, "900711", "Verpleegkunde", "2020", 6),
    (10, "909951", FIRST_YEAR, "2019", 3), (10, "909951", FIRST_YEAR, "2020", 4),
    (11, "909955", MODULE, "2020", 13),
}


def rows(answer) -> set[tuple]:
    return {(c.line, c.code, c.label, c.period, c.count) for t in answer.tables for c in t.rows()}


@pytest.fixture
def files(tmp_path):
    (tmp_path / "answer.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "codes.csv").write_text(USER_CODES, encoding="utf-8")
    return tmp_path


def test_the_users_catalogue_reads_the_broken_word_and_the_modules_number():
    catalogue = load_catalogue_text(USER_CODES)
    answer = read_text(TEXT, "answer.txt", catalogue=catalogue)
    assert answer.issues == []
    assert rows(answer) == READ_RIGHT


def test_without_the_users_catalogue_the_answer_reads_as_before():
    """The shipped catalogue knows neither name: the pieces keep their space, the row is said."""
    answer = read_text(TEXT, "answer.txt")
    labels = {c.label for t in answer.tables for c in t.rows() if c.code == "909951"}
    assert labels == {"Magazijnlogistiekheft ruckbesturing - 1ste jaar"}
    assert [(i.kind, i.line, i.code) for i in answer.issues] == [("ambiguous-alignment", 11, "909955")]


def test_read_answer_takes_the_catalogues_path_or_the_catalogue(files):
    for given in (files / "codes.csv", str(files / "codes.csv"), load_catalogue(files / "codes.csv")):
        answer = read_answer(files / "answer.txt", catalogue=given)
        assert answer.issues == [] and rows(answer) == READ_RIGHT, given


def test_read_text_of_bytes_takes_the_catalogue(files):
    answer = read_text(TEXT.encode("utf-8"), "answer.txt", catalogue=files / "codes.csv")
    assert answer.issues == [] and rows(answer) == READ_RIGHT


def test_the_library_audit_reads_with_its_catalogue(files):
    """``audit(path, catalogue=…)``: the rules and the reader know the same codes."""
    report = audit(files / "answer.txt", catalogue=files / "codes.csv")
    assert rows(report.answers[0]) == READ_RIGHT
    assert not [f for f in report.findings if f.rule in ("ambiguous-alignment", "code-unknown")]
    plain = audit(files / "answer.txt")
    assert "ambiguous-alignment" in {f.rule for f in plain.findings}


def test_only_the_code_of_the_run_decides_the_modules_number():
    """A catalogue that knows the programme's first year and not its module 5: the 5 stays
    undecided — the name of that code, not any name of the programme, tells."""
    answer = read_text(TEXT, "answer.txt", catalogue=load_catalogue_text(USER_CODES_FIRST_YEAR))
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", 11)]
    assert {c.label for t in answer.tables for c in t.rows() if c.code == "909951"} == {FIRST_YEAR}


def narrow_pdf() -> bytes:
    """An unruled PDF table whose label cell (45 mm) breaks 909951's name inside its one long word."""
    table = PdfTable("Opleiding", ["2019", "2020"], [
        PdfRow("900711: Verpleegkunde", [4, 6]), PdfRow(f"909951: {FIRST_YEAR}", [3, 13]),
        PdfRow("Totaal", [7, 19], level="total"),
    ])
    document = Document(["Antwoord", "1. Het aantal gestarte unieke cursisten in de zorg (OKOT).", table])
    return write_pdf(document, PdfStyle(ruled=False, label_width=45.0))


def test_a_pdfs_narrow_cell_is_mended_with_the_users_names(tmp_path):
    path = tmp_path / "answer.pdf"
    path.write_bytes(narrow_pdf())
    (tmp_path / "codes.csv").write_text(USER_CODES, encoding="utf-8")
    labels = {c.label for t in read_answer(path, catalogue=tmp_path / "codes.csv").tables
              for c in t.rows() if c.code == "909951"}
    assert labels == {FIRST_YEAR}
    before = {c.label for t in read_answer(path).tables for c in t.rows() if c.code == "909951"}
    assert before == {"Magazijnlogistiekheftruckbest uring - 1ste jaar"}  # (as before: no word it knows)


def check_json(*args, cwd) -> dict:
    result = okot("check", *args, "--format", "json", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(out(result))


def ambiguous(report: dict) -> list[int]:
    return sorted(f["line"] for f in report["findings"] if f["rule"] == "ambiguous-alignment")


def test_check_with_catalogue_reads_the_users_names(files):
    assert ambiguous(check_json("answer.txt", "--no-cache", "--catalogue", "codes.csv", cwd=files)) == []
    assert ambiguous(check_json("answer.txt", "--no-cache", cwd=files)) == [11]


def test_the_config_files_catalogue_reaches_extract(files):
    (files / "pyproject.toml").write_text('[tool.okot-audit]\ncatalogue = "codes.csv"\n', encoding="utf-8")
    result = okot("extract", "answer.txt", cwd=files)
    assert result.returncode == 0, result.stderr
    assert f",909951,{FIRST_YEAR}," in out(result) and f",909955,{MODULE},2020," in out(result)


def test_extract_takes_catalogue(files):
    given = okot("extract", "answer.txt", "--catalogue", "codes.csv", cwd=files)
    plain = okot("extract", "answer.txt", cwd=files)
    assert given.returncode == 0 and f",909955,{MODULE},2020," in out(given)
    assert "909955" not in out(plain)  # (the row is not read without it: said on stderr)


def test_the_cache_keeps_the_readings_of_two_catalogues_apart(files):
    """A run with the user's catalogue, one without, and again: each gives its own reading, and
    an edited catalogue under the same name is read again (its content is in the cache key)."""
    with_codes = check_json("answer.txt", "--catalogue", "codes.csv", cwd=files)
    assert ambiguous(with_codes) == []
    assert ambiguous(check_json("answer.txt", cwd=files)) == [11]
    assert check_json("answer.txt", "--catalogue", "codes.csv", cwd=files) == with_codes
    (files / "codes.csv").write_text(USER_CODES_FIRST_YEAR, encoding="utf-8")
    assert ambiguous(check_json("answer.txt", "--catalogue", "codes.csv", cwd=files)) == [11]


def test_jobs_read_with_the_catalogue_as_one_process_does(files):
    (files / "second.txt").write_text(TEXT, encoding="utf-8")
    runs = [okot("check", "answer.txt", "second.txt", "--no-cache", "--catalogue", "codes.csv",
                 "--format", "json", "--jobs", jobs, cwd=files) for jobs in ("1", "2")]
    assert runs[0].stdout == runs[1].stdout
    assert ambiguous(json.loads(out(runs[1]))) == []
    read = [okot("extract", "answer.txt", "second.txt", "--catalogue", "codes.csv", "--jobs", jobs, cwd=files)
            for jobs in ("1", "2")]
    assert read[0].stdout == read[1].stdout and out(read[1]).count(f",909955,{MODULE},2020,") == 2


def load_catalogue_text(text: str):
    """A catalogue extended by the CSV `text` (written to a file of its own)."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "codes.csv"
        path.write_text(text, encoding="utf-8")
        return load_catalogue(path)
