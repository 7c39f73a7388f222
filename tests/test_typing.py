"""A library that types: py.typed, an annotated public API that mypy understands, and frames
with the same nullable dtypes whether they hold rows or not."""

from __future__ import annotations

import datetime
import importlib.util
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import okot_audit
from okot_audit import Report, audit, read_answer, read_text
from okot_audit.findings import JSON_KEYS
from okot_audit.tables import TIDY_COLUMNS, tidy_frame

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_699ad5193617b98e.txt"
PROVINCES = ROOT / "seeds" / "002_f58759045b60ed02.txt"


def test_the_package_says_it_is_typed():
    assert (Path(okot_audit.__file__).parent / "py.typed").is_file()


def unannotated(obj, name: str) -> list[str]:
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return []
    missing = [f"{name}({p})" for p, v in signature.parameters.items()
               if p not in ("self", "cls") and v.annotation is inspect.Parameter.empty]
    if signature.return_annotation is inspect.Signature.empty:
        missing.append(f"{name} -> ?")
    return missing


def test_every_public_function_and_method_is_annotated():
    missing = []
    for name in okot_audit.__all__:
        obj = getattr(okot_audit, name)
        if inspect.isfunction(obj):
            missing += unannotated(obj, name)
        elif inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if attr.startswith("_") and attr != "__init__":
                    continue
                value = value.fget if isinstance(value, property) else value
                value = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                if inspect.isfunction(value):
                    missing += unannotated(value, f"{name}.{attr}")
    assert missing == []


USER_CODE = '''
import datetime
from okot_audit import audit, read_answer, Report, Answer

answer = read_answer("a.txt")
reveal_type(answer)
reveal_type(audit(answer))
reveal_type(audit(answer).findings[0].stated)
when: datetime.date | None = answer.question_date
audit(answer, lang=3)
'''


def test_mypy_sees_the_types_of_the_public_api(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (it comes with the test extra)")
    script = tmp_path / "user.py"
    script.write_text(USER_CODE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=tmp_path, check=False, timeout=600,
    )
    output = result.stdout
    assert 'Revealed type is "okot_audit.tables.Answer"' in output, output
    assert 'Revealed type is "okot_audit.findings.Report"' in output, output
    assert re.search(r'Revealed type is "(builtins\.)?int \| None"', output), output
    # A wrong call is caught: the package is not `Any` to mypy.
    assert 'Argument "lang" to "audit" has incompatible type "int"' in output, output
    assert "missing library stubs or py.typed marker" not in output
    assert output.count("error:") == 1, output


# --------------------------------------------------------------------------- frames

NULLABLE = {"string", "Int64", "boolean"}


def test_cells_frame_has_the_same_dtypes_empty_or_not():
    full = read_answer(str(SEED)).frame()
    empty = tidy_frame([])
    assert list(full.columns) == list(empty.columns) == list(TIDY_COLUMNS)
    assert full.dtypes.to_dict() == empty.dtypes.to_dict()
    assert {str(d) for d in full.dtypes} <= NULLABLE
    assert str(full["partial"].dtype) == "boolean" and str(full["count"].dtype) == "Int64"
    assert str(full["code"].dtype) == "string" and str(full["page"].dtype) == "Int64"
    assert len(full) > 0


def test_findings_frame_has_the_same_dtypes_empty_or_not():
    full = audit(str(SEED)).frame()
    empty = Report([]).frame()
    assert len(full) > 0 and len(empty) == 0
    assert list(full.columns) == list(empty.columns) == list(JSON_KEYS)
    assert full.dtypes.to_dict() == empty.dtypes.to_dict()
    assert {str(d) for d in empty.dtypes} <= NULLABLE  # never `object`
    assert str(full["line"].dtype) == "Int64" and str(full["message"].dtype) == "string"


def test_cells_and_findings_share_dtypes_for_shared_columns():
    cells = read_answer(str(PROVINCES)).frame()
    findings = audit(str(PROVINCES)).frame()
    for column in ("path", "table", "measure", "period", "province", "label", "line", "page"):
        assert cells[column].dtype == findings[column].dtype, column


# --------------------------------------------------------------------------- question_date

def test_question_date_is_a_date_and_json_keeps_the_iso_string():
    answer = read_answer(str(SEED))
    assert answer.question_date == datetime.date(2022, 10, 14)
    assert answer.describe()["question_date"] == "2022-10-14"
    report = json.loads(json.dumps(audit(answer).to_dict("x")))
    assert report["documents"][0]["question_date"] == "2022-10-14"


def test_question_date_survives_the_cache(tmp_path):
    from okot_audit.cache import answer_from_data, answer_to_data

    answer = read_answer(str(SEED))
    data = json.loads(json.dumps(answer_to_data(answer)))
    assert data["question_date"] == "2022-10-14"
    assert answer_from_data(data).question_date == datetime.date(2022, 10, 14)
    assert answer_from_data(data) == answer
