"""Writing to a full disk (issue 12): every command's output, ``--help`` and ``--version``
included, fails with one line and exit 2 — never "internal error … a bug"."""

from __future__ import annotations

import os
import subprocess

import pytest

from clitools import OKOT, SEED_YEARS


@pytest.mark.parametrize("args", [
    ["--help"], ["--version"], ["check", "--help"], ["rules"], ["rule", "unreadable-table"],
    ["check", "--no-cache", str(SEED_YEARS)], ["extract", str(SEED_YEARS)],
])
def test_output_to_a_full_disk_is_one_line_exit_2(args, tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is not on this system")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    with open("/dev/full", "wb") as full:
        result = subprocess.run([str(OKOT), *args], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE,
                                env=env, timeout=300, check=False)
    text = result.stderr.decode()
    assert result.returncode == 2, text
    assert len(text.splitlines()) == 1 and text.startswith("okot-audit: error: cannot write "), text
    assert "No space left on device" in text and "internal error" not in text


def test_help_to_a_full_disk_speaks_dutch_when_asked(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is not on this system")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    with open("/dev/full", "wb") as full:
        result = subprocess.run([str(OKOT), "check", "--help", "--lang", "nl"], cwd=tmp_path, stdout=full,
                                stderr=subprocess.PIPE, env=env, timeout=300, check=False)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("okot-audit: fout: kan niet naar de standaarduitvoer schrijven: ")
