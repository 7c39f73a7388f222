"""The seeds' gold cells (tests/data/gold/) and the same shape from a read answer."""

from __future__ import annotations

import csv
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "gold"
MEASURES = {"started": "started", "graduated": "graduated", "stopped": "stopped_or_failed"}


def fold(text: str) -> str:
    return " ".join(text.split())


def gold_cells(seed: str) -> set[tuple]:
    """(measure, level, code, label, province, period, count) of every non-blank gold cell."""
    out = set()
    for path in sorted(GOLD.glob(f"{seed}.*.csv")):
        name = path.name.split(".")[1]
        with open(path, encoding="utf-8") as handle:
            records = list(csv.DictReader(handle))
        if name.endswith("_by_province"):
            measure = MEASURES[name.removesuffix("_by_province")]
            for r in records:
                level = "total" if r["province"] == "ALL" else "subtotal" if r["code"] == "TOTAL" else "row"
                code = r["code"] if level == "row" else None
                province = None if level == "total" else r["province"]
                label = fold(r["label"]) if level == "row" else ""
                out.add((measure, level, code, label, province, "2020", int(r["count"])))
            continue
        measure = MEASURES[name]
        periods = [k for k in records[0] if k not in ("code", "label")]
        for r in records:
            level = "total" if r["code"] == "TOTAL" else "row"
            for period in periods:
                if r[period]:
                    out.add((measure, level, r["code"] if level == "row" else None,
                             fold(r["label"]) if level == "row" else "", None, period, int(r[period])))
    return out


def answer_cells(answer) -> set[tuple]:
    return {
        (t.measure, c.level, c.code, fold(c.label) if c.level == "row" else "", c.province, c.period, c.count)
        for t in answer.tables for c in t.cells
    }
