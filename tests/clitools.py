"""Helpers for tests that drive the installed `okot-audit` console script in a subprocess."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from okot_audit.cache import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_YEARS = SEEDS / "000_699ad5193617b98e.txt"
SEED_PROVINCES = SEEDS / "002_f58759045b60ed02.txt"
#: The console script the project's installation put next to this Python.
OKOT = Path(sys.executable).parent / ("okot-audit.exe" if os.name == "nt" else "okot-audit")
HEAVY = ("pandas", "pandera", "numpy", "jinja2", "pyarrow", "scipy")

#: The 2018 total of the started table; its rows sum to 441.
STARTED_TOTAL = "Totaal 439 834 1472 1480"


def okot(*args: str, cwd: Path, env: dict | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run `okot-audit ARGS` in `cwd`; stdout and stderr come back as UTF-8 text."""
    assert OKOT.exists(), f"the okot-audit console script is not installed next to {sys.executable}"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    environment[CACHE_ENV] = str(cache_dir_for(cwd))
    environment.update(env or {})
    return subprocess.run(
        [str(OKOT), *args], cwd=cwd, env=environment, input=stdin, capture_output=True,
        timeout=300, check=False,
    )


def cache_dir_for(cwd: Path) -> Path:
    """The result cache of runs in `cwd`: a folder of the temp dir of its own, so that tests
    neither share entries nor write into the user's cache folder."""
    digest = hashlib.sha256(str(Path(cwd).resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "okot-audit-test-cache" / digest


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode("utf-8")


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8")


def copy_seeds(folder: Path) -> Path:
    """Copy the seed answers into `folder/seeds` and return that folder."""
    target = folder / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def wrong_total_text() -> str:
    """Seed 000 with its 2018 started total raised from 439 to 450 (above the rows' 441)."""
    text = SEED_YEARS.read_text(encoding="utf-8")
    assert text.count(STARTED_TOTAL) == 1
    return text.replace(STARTED_TOTAL, "Totaal 450 834 1472 1480")


def unknown_code_text() -> str:
    """Seed 000 with its first 908001 row renamed 908099, a code the catalogue lacks."""
    text = SEED_YEARS.read_text(encoding="utf-8")
    old = "908001: Educatieve bachelor voor \n"
    assert old in text
    return text.replace(old, "908099: Educatieve bachelor voor \n", 1)


def imported_modules(stderr: str) -> set[str]:
    """Top-level module names in `python -X importtime` output."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def stop_once_written(command: list[str], cwd: Path, env: dict, folder: Path, signal_name: str) -> tuple[int, str]:
    """Run `command`, send it the signal `signal_name` once its output has begun — a temporary
    file (``.NAME.xxxxxxxx.part``) with bytes in it in `folder` — and return its exit status
    and standard error."""
    import signal
    import time

    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):  # (a minute at most, on a busy machine)
            if any(p.name.endswith(".part") and p.stat().st_size > 0 for p in folder.iterdir()):
                break
            time.sleep(0.05)
        else:
            raise AssertionError("the output was not started")
        process.send_signal(getattr(signal, signal_name))
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, stderr.decode("utf-8", "replace")


def zipped(members: dict[str, str]) -> bytes:
    """A zip archive of `members` (name → text): a workbook's or another document's container,
    or one that is none."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()
