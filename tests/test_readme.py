"""The README's examples run, and its first screen gives the two commands."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_library_example_runs(capsys):
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert blocks, "the README must carry a Python example"
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "zorg ['started_by_province']" in out
    assert "577" in out and "591" in out


def test_first_screen_gives_the_two_commands():
    first_screen = "\n".join(README.splitlines()[:24])
    assert "okot-audit check seeds/" in first_screen
    assert "pip install \".[test]\"" in first_screen and "pytest" in first_screen
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install --quiet ".[test]"' in ci and "pytest" in ci
