"""End to end: an answer read from its PDF, from any extractor's text or from its annex gives
exactly the seeds' gold cells.

Cases marked ``xfail(strict=True)`` need the positional parser (the lead's rework of
okot_audit/parse/ that uses :mod:`okot_audit.parse.columns` on positional sources and reads
every extractor's text); strict, so that each one that starts to pass is noticed and its mark
removed. The extracted texts are fixtures made by ``python tests/generate/extract.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generate.extract import EXTRACTORS, FIXTURES, POPPLER, extract, fixture_name, fixture_styles
from generate.pdf import Document, seed_document, write_pdf
from generate.xlsx import write_xlsx
from goldcells import answer_cells, gold_cells
from okot_audit import read_answer, read_text
from test_read_pdf import SEEDS, STYLES, seed_pdf

NEEDS_PARSER = pytest.mark.xfail(strict=True, reason="needs the positional parser (lead's rework)")
YEARS, PROVINCES = SEEDS


def assert_gold(answer, seed: str) -> None:
    got, want = answer_cells(answer), gold_cells(seed)
    missing, extra = sorted(want - got, key=repr), sorted(got - want, key=repr)
    assert (missing[:5], extra[:5], len(missing), len(extra)) == ([], [], 0, 0)
    assert answer.issues == []


def _case(seed: str, name: str, passes_today: bool):
    return pytest.param(seed, name, id=f"{seed[:3]}-{name}", marks=() if passes_today else NEEDS_PARSER)


@pytest.mark.parametrize("seed,style", [
    *(_case(YEARS, style, True) for style in sorted(STYLES)),
    *(_case(PROVINCES, style, True) for style in sorted(STYLES)),
])
def test_the_pdf_reads_to_the_gold_cells(tmp_path, seed, style):
    path = tmp_path / f"{seed}.pdf"
    path.write_bytes(seed_pdf(seed, style))
    assert_gold(read_answer(path), seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_cells_read_from_a_pdf_carry_their_page(tmp_path, seed):
    """Every cell carries the page its line stands on (CONTRACT.md ``page``)."""
    from okot_audit.read.pdf import read_pdf

    data = seed_pdf(seed, "ruled-top")
    path = tmp_path / f"{seed}.pdf"
    path.write_bytes(data)
    source = read_pdf(data, str(path))
    answer = read_answer(path)
    cells = [c for t in answer.tables for c in t.cells]
    assert cells and all(c.page == source.page_of(c.line) for c in cells)
    assert len({c.page for c in cells}) > 1


@pytest.mark.parametrize("seed,kind", [_case(YEARS, "xlsx", True), _case(PROVINCES, "xlsx", True)])
def test_the_annex_reads_to_the_gold_cells(tmp_path, seed, kind):
    data, _ = write_xlsx(Document(seed_document(seed).tables), numbers_as_text=True)
    path = tmp_path / f"{seed}.xlsx"
    path.write_bytes(data)
    assert_gold(read_answer(path), seed)


#: Extracted texts the current parser already reads exactly (every other one needs the rework).
READ_TODAY: set[tuple[str, str, str]] = set()


def _extracted_cases():
    for seed in SEEDS:
        for style in fixture_styles():
            for extractor in EXTRACTORS:
                yield pytest.param(
                    seed, style, extractor, id=f"{seed[:3]}-{style}-{extractor}",
                    marks=() if (seed, style, extractor) in READ_TODAY else NEEDS_PARSER,
                )


@pytest.mark.parametrize("seed,style,extractor", list(_extracted_cases()))
def test_every_extractors_text_reads_to_the_gold_cells(seed, style, extractor):
    path = FIXTURES / fixture_name(seed, style, extractor)
    if not path.exists():
        pytest.skip(f"fixture {path.name} missing: run python tests/generate/extract.py")
    assert_gold(read_text(path.read_text(encoding="utf-8"), path.name), seed)


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_the_fixtures_are_what_the_extractors_give(extractor):
    """The committed texts are the extractors' output for the PDFs generated today (so the
    parser is tested on real extractor output, not on hand-made text)."""
    if extractor in POPPLER and shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    pytest.importorskip("pdfplumber" if extractor.startswith("pdfplumber") else "pypdf" if extractor == "pypdf" else "okot_audit")
    style = "ruled-top"
    data = write_pdf(seed_document(PROVINCES), fixture_styles()[style])
    text = extract(data, extractor)
    fixture = (FIXTURES / fixture_name(PROVINCES, style, extractor)).read_text(encoding="utf-8")
    assert text == fixture


#: What reading a PDF or a workbook (and making one) imports; text input must not pay for it.
FORMAT_LIBRARIES = {"pypdfium2", "pdfplumber", "pdfminer", "openpyxl", "fpdf", "pypdf"}


def test_checking_text_does_not_import_the_pdf_or_excel_libraries(tmp_path):
    from clitools import copy_seeds, err, imported_modules, okot

    copy_seeds(tmp_path)
    result = okot("check", "seeds/", "--no-cache", cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, err(result)
    modules = imported_modules(err(result))
    assert "okot_audit" in modules  # the profile is really there
    assert not modules & FORMAT_LIBRARIES, sorted(modules & FORMAT_LIBRARIES)


def test_reading_a_pdf_imports_pdfium_only_then(tmp_path):
    """The positive control of the test above: the import profile does show a PDF read."""
    import subprocess
    import sys

    from clitools import imported_modules

    path = tmp_path / "answer.pdf"
    path.write_bytes(seed_pdf(PROVINCES, "ruled-top"))
    code = "import sys; from okot_audit import read_answer; read_answer(sys.argv[1])"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    modules = imported_modules(result.stderr)
    assert "pypdfium2" in modules and "openpyxl" not in modules
