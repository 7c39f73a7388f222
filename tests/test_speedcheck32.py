"""benchmarks/check_parts.py: the CPU seconds of `check` per part, timed without changing the run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "check_parts.py"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_parts_timed_and_report_unchanged(tmp_path: Path) -> None:
    """Over the seeds: every part of the script is found in okot-audit (a part renamed or moved
    fails here, not silently as 0 s), the reader and the rules take time, the shares add up, and
    the report written with the timing in place is byte for byte the command line's own."""
    timed_report, plain_report = tmp_path / "timed.json", tmp_path / "plain.json"
    done = subprocess.run([sys.executable, str(SCRIPT), str(ROOT / "seeds"), "-o", str(timed_report)],
                          capture_output=True, text=True, env=_env(), cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    subprocess.run([sys.executable, "-m", "okot_audit", "check", str(ROOT / "seeds"), "--format", "json",
                    "--no-cache", "--jobs", "1", "-o", str(plain_report)],
                   capture_output=True, env=_env(), cwd=tmp_path, timeout=600)
    assert timed_report.read_bytes() == plain_report.read_bytes()
    seconds = {name.strip(): float(value) for value, name in
               re.findall(r"^\s*([0-9.]+) s\s+[0-9.]+%\s+(.+)$", done.stdout, re.M)}
    whole = float(re.search(r"([0-9.]+) CPU s", done.stdout).group(1))
    assert seconds["reader: parse"] > 0 and seconds["audit (all rules)"] > 0
    assert any(name.startswith("rule ") for name in seconds)
    reader = seconds["reader: decode and lay out"] + seconds["reader: parse"]
    assert abs(seconds["the reader in all"] - reader) < 0.002
    assert abs(seconds["the reader in all"] + seconds["everything after the reader"] - whole) < 0.002


def test_every_part_names_a_function() -> None:
    """Each part of :data:`PARTS` is a function of okot-audit today."""
    import importlib

    kept = list(sys.path)
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        parts = importlib.import_module("check_parts").PARTS
    finally:
        sys.path[:] = kept  # (the script puts the tests' folder first for its generator)
    for module_name, path, _ in parts:
        owner = importlib.import_module(module_name)
        for attribute in path.split("."):
            owner = getattr(owner, attribute)
        assert callable(owner), (module_name, path)
