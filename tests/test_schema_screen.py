"""The schema screen: plain Python that may only say "surely passes"; pandera decides the rest.

:func:`okot_audit.schemas.screen` spares a pre-commit hook the import of pandera and pandas for
clean tables. It must never pass a table that pandera fails, it must pass the clean tables
it is there for, and anything in a schema it does not understand sends the table to pandera.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_answer, read_text
from okot_audit import catalogue as catalogue_module
from okot_audit import schemas
from okot_audit.schemas import load_schema, screen
from okot_audit.tables import tidy_frame
from test_shapes import SHAPES, answer_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

#: Values a cell of each column may be given: the edges of every check in schemas/*.yaml.
EDGES = {
    "measure": ["started", "graduated", "unknown", "Started", "", None],
    "level": ["row", "subtotal", "total", "grand", "", None],
    "province": ["", "Antwerpen", "Brussel", "Gent", "antwerpen", None],
    "code": ["908001", "", "90800", "9080011", "90800a", None, " 908001"],
    "period": ["1990", "2022", "2049", "1989", "2050", "2202", "2022*", "22", None],
    "partial": [True, False, 1, "true", None],
    "count": [0, 1, 1_000_000, 1_000_001, -1, 2**63 - 1, True, 1.0, "12", None],
    "line": [1, 0, -5, 2**62, None],
    "label": ["x", "", None, 7],
    "table": ["started", "", None],
    "path": ["a.txt", "", None],
}


def seed_records() -> list[tuple[str, list[dict]]]:
    out = []
    for seed in SEEDS:
        answer = read_answer(seed)
        out += [(t.layout.name, t.records(answer.path)) for t in answer.tables]
    return out


def pandera_passes(layout: str, records: list[dict]) -> bool:
    import pandera.errors as pe

    try:
        frame = tidy_frame(records)
    except (ValueError, TypeError, OverflowError):
        return False  # a DataFrame cannot even hold it with the contract's dtypes
    try:
        load_schema(layout).validate(frame, lazy=True)
    except pe.SchemaErrors:
        return False
    return True


def test_clean_seed_tables_pass_the_screen():
    """Otherwise the screen saves nothing: every clean table would still import pandera."""
    tables = seed_records()
    assert len(tables) == 4
    for layout, records in tables:
        assert screen(layout, records), layout
        assert pandera_passes(layout, records)


@given(data=st.data())
def test_the_screen_never_passes_what_pandera_fails(data):
    """One seed table, one to three cells set to edge values: the screen agrees with pandera
    whenever it passes, and fails whatever pandera fails."""
    layout, records = data.draw(st.sampled_from(seed_records()))
    records = [dict(r) for r in records]
    for _ in range(data.draw(st.integers(1, 3))):
        row = data.draw(st.integers(0, len(records) - 1))
        column = data.draw(st.sampled_from(sorted(EDGES)))
        records[row][column] = data.draw(st.sampled_from(EDGES[column]))
    if screen(layout, records):
        assert pandera_passes(layout, records), records
    if not pandera_passes(layout, records):
        assert not screen(layout, records)


@pytest.mark.parametrize("column,value", [
    ("count", 1_000_001), ("count", -1), ("period", "2202"), ("province", "Gent"),
    ("code", "90800"), ("level", "grand"), ("line", 0), ("count", None),
])
def test_each_check_of_the_schema_stops_the_screen(column, value):
    layout, records = next(t for t in seed_records() if t[0] == "code_rows_by_province")
    records = [dict(r) for r in records]
    records[3][column] = value
    assert not screen(layout, records)
    assert not pandera_passes(layout, records)


def test_an_empty_table_goes_to_pandera():
    assert not screen("code_rows", [])


def test_a_schema_the_screen_does_not_understand_goes_to_pandera(tmp_path, monkeypatch):
    """A user's extended schema with a check the screen does not know: pandera decides."""
    for name in ("code_rows.yaml", "code_rows_by_province.yaml", "codes.csv", "families.csv"):
        text = (catalogue_module.schemas_dir() / name).read_text(encoding="utf-8")
        if name == "code_rows.yaml":
            text = text.replace("      greater_than_or_equal_to: 0\n",
                                "      greater_than_or_equal_to: 0\n      str_length: {min_value: 1}\n", 1)
            assert "str_length" in text
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(schemas, "schemas_dir", lambda: tmp_path)
    schemas._screen_plan.cache_clear()
    try:
        layout, records = next(t for t in seed_records() if t[0] == "code_rows")
        assert not screen(layout, records)
    finally:
        monkeypatch.undo()
        schemas._screen_plan.cache_clear()
    assert screen(layout, records)  # the shipped schema again


def test_a_count_too_large_for_a_dataframe_is_a_schema_violation():
    answer = read_text(
        "OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2019 2020\n"
        "908070: Verpleegkunde 99999999999999999999999 5\nTotaal 99999999999999999999999 5\n",
        "big.txt",
    )
    found = [f for f in audit(answer).findings if f.rule == "schema-violation"]
    assert [f.line for f in found] == [4, 5]
    assert all("99999999999999999999999" in f.message and "count" in f.message for f in found)


def check_modules(folder: Path, *paths: str) -> tuple[int, set[str]]:
    """Run `okot-audit check PATHS --no-cache` in a fresh Python; its exit and heavy imports."""
    code = (
        "import sys\n"
        "from okot_audit.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', *{list(paths)!r}])\n"
        "except SystemExit as exit:\n"
        "    status = exit.code\n"
        "heavy = sorted(m for m in ('pandas', 'pandera', 'numpy') if m in sys.modules)\n"
        "print(status, ','.join(heavy), file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True)
    status, _, heavy = run.stderr.strip().splitlines()[-1].partition(" ")
    return int(status), set(filter(None, heavy.split(",")))


def test_checking_clean_answers_imports_neither_pandas_nor_pandera(tmp_path):
    status, heavy = check_modules(tmp_path, *map(str, SEEDS))
    assert status == 0
    assert heavy == set()


def test_a_table_that_breaks_its_schema_is_judged_by_pandera(tmp_path):
    (tmp_path / "a.txt").write_text(
        "OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2019 2020\n"
        "908070: Verpleegkunde 2.000.000 5\nTotaal 2.000.000 5\n", encoding="utf-8",
    )
    status, heavy = check_modules(tmp_path, "a.txt")
    assert status == 1
    assert {"pandas", "pandera"} <= heavy


@settings(max_examples=25, deadline=None)
@given(shape=SHAPES)
def test_pandera_passes_a_clean_table_of_every_kind(shape):
    """pandera itself, not only the screen, passes the tidy cells of a clean table of every
    shape: a kind's YAML and the frame's dtypes agree (``partial`` is pandas' ``boolean``), so a
    table the screen sends to pandera for one real failure gets no spurious one besides."""
    answer = read_text(answer_text(shape), "shape.txt")
    for table in answer.tables:
        records = table.records(answer.path)
        assert screen(table.layout.name, records), table.layout.name
        assert pandera_passes(table.layout.name, records), table.layout.name
