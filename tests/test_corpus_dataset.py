"""Many answers from the command line: figure-revised in `check`, and all cells as one dataset
(`extract --format csv|parquet|datapackage`), validated with frictionless and queried the way
the README's "Many answers" section shows."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
import yaml

from clitools import ROOT, copy_seeds, err, okot, out
from okot_audit.corpus.datapackage import FIELDS
from okot_audit.tables import TIDY_COLUMNS

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Many answers", 1)[1].split("\n## ", 1)[0]
PAIR = yaml.safe_load((ROOT / "tests" / "rule_cases" / "figure-revised.yaml").read_text(encoding="utf-8"))["cases"][0]


@pytest.fixture
def pair(tmp_path) -> Path:
    """b.txt (March 2023) and a.txt (October 2022, 2022 partial) of the first figure-revised case."""
    for answer in PAIR["answers"]:
        (tmp_path / answer["path"]).write_text(answer["text"], encoding="utf-8")
    return tmp_path


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder with the two seeds and the pair: four answers."""
    copy_seeds(tmp_path)
    for answer in PAIR["answers"]:
        (tmp_path / "seeds" / answer["path"]).write_text(answer["text"], encoding="utf-8")
    return tmp_path


def test_check_reports_revisions_across_the_files_given(pair):
    result = okot("check", "b.txt", "a.txt", "--no-cache", cwd=pair)
    assert result.returncode == 0, err(result)  # warnings only
    printed = out(result).splitlines()
    documented = [line for line in SECTION.splitlines() if line.startswith("b.txt:")]
    assert len(documented) == 2 and all(line in printed for line in documented), printed
    assert okot("check", "b.txt", "a.txt", "--no-cache", "--fail-on", "warning", cwd=pair).returncode == 1


def test_json_has_the_revisions_with_the_contract_keys_only(pair):
    result = okot("check", "a.txt", "b.txt", "--no-cache", "--format", "json", cwd=pair)
    report = json.loads(out(result))
    revised = [f for f in report["findings"] if f["rule"] == "figure-revised"]
    assert [(f["path"], f["line"], f["period"], f["severity"], f["stated"], f["observed"], f["difference"]) for f in revised] == [
        ("b.txt", 8, "2021", "warning", 38, 40, -2), ("b.txt", 8, "2022", "info", 41, 19, 22),
        ("b.txt", 10, "2021", "warning", 61, 63, -2), ("b.txt", 10, "2022", "info", 65, 43, 22)]
    assert all("related" not in f for f in report["findings"])
    assert report["summary"] == {"error": 0, "warning": 2, "info": 3}


def test_one_file_alone_reports_no_revision(pair):
    report = json.loads(out(okot("check", "b.txt", "--no-cache", "--format", "json", cwd=pair)))
    assert [f for f in report["findings"] if f["rule"] == "figure-revised"] == []


def test_extract_of_a_folder_is_one_table_in_csv_and_parquet(corpus):
    import pandas as pd

    text = out(okot("extract", "seeds", cwd=corpus))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(TIDY_COLUMNS)
    assert [p for p in dict.fromkeys(r["path"] for r in rows)] == [
        "seeds/000_699ad5193617b98e.txt", "seeds/002_f58759045b60ed02.txt", "seeds/a.txt", "seeds/b.txt"]
    assert len(rows) == 308 + 6 + 6
    result = okot("extract", "seeds", "--format", "parquet", "-o", "cells.parquet", cwd=corpus)
    assert result.returncode == 0, err(result)
    frame = pd.read_parquet(corpus / "cells.parquet")
    assert len(frame) == len(rows) and list(frame.columns) == list(TIDY_COLUMNS)
    assert frame["count"].astype(str).tolist() == [r["count"] for r in rows]


def test_datapackage_validates_with_frictionless(corpus):
    frictionless = pytest.importorskip("frictionless", reason="frictionless is in the test extra")
    result = okot("extract", "seeds", "--format", "datapackage", "-o", "cells", cwd=corpus)
    assert result.returncode == 0 and result.stdout == b"", err(result)
    descriptor = corpus / "cells" / "datapackage.json"
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(descriptor))
    rows = package.get_resource("cells").read_rows()
    assert len(rows) == 320
    partial = [r for r in rows if r["partial"]]
    assert partial and all(isinstance(r["partial"], bool) for r in rows)
    assert {r["semantics"] for r in rows if r["level"] != "row"} <= {"unique", "additive", None}
    assert all(r["semantics"] is None and r["page"] is None for r in rows if r["level"] == "row")
    # the same cells as the CSV of `extract`
    csv_text = out(okot("extract", "seeds", cwd=corpus))
    assert (corpus / "cells" / "cells.csv").read_text(encoding="utf-8") == csv_text


def test_datapackage_describes_every_column_with_its_type():
    from okot_audit.corpus.datapackage import descriptor

    fields = descriptor(["a.txt"], "0")["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(TIDY_COLUMNS) == list(FIELDS)
    types = {f["name"]: f["type"] for f in fields}
    assert types["count"] == types["line"] == types["page"] == "integer" and types["partial"] == "boolean"
    assert all(len(f["description"]) > 40 for f in fields)
    assert "max(parts) <= total <= sum(parts)" in next(f for f in fields if f["name"] == "semantics")["description"]


def test_a_broken_package_is_invalid(corpus):
    """The validation above can fail: a count that is not a number is caught."""
    frictionless = pytest.importorskip("frictionless", reason="frictionless is in the test extra")
    okot("extract", "seeds/a.txt", "--format", "datapackage", "-o", "cells", cwd=corpus)
    cells = corpus / "cells" / "cells.csv"
    lines = cells.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",40,8,", ",forty,8,")
    cells.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = frictionless.validate(str(corpus / "cells" / "datapackage.json"))
    assert not report.valid
    assert report.flatten(["rowNumber", "fieldName", "type"]) == [[2, "count", "type-error"]]


@pytest.mark.parametrize("args, words", [
    (["--format", "datapackage"], "--output FOLDER"),
    (["--format", "datapackage", "-o", "taken"], "cannot write the data package to taken"),
])
def test_datapackage_needs_a_folder(pair, args, words):
    (pair / "taken").write_text("a file, not a folder", encoding="utf-8")
    result = okot("extract", "a.txt", *args, cwd=pair)
    assert result.returncode == 2 and result.stdout == b""
    lines = err(result).splitlines()
    assert len(lines) == 1 and lines[0].startswith("okot-audit: error: ") and words in lines[0], lines


def test_the_readme_queries_run(corpus, capsys, monkeypatch):
    """The pandas example of "Many answers", on the Parquet file its command writes."""
    assert okot("extract", "seeds", "--format", "parquet", "-o", "cells.parquet", cwd=corpus).returncode == 0
    blocks = re.findall(r"```py\n(.*?)```", SECTION, re.S)
    assert len(blocks) == 1
    monkeypatch.chdir(corpus)
    exec(compile(blocks[0], "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "1472" in printed  # the 2020 started total of seed 000 (full year)
    assert "908001" in printed
