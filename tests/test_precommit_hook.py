"""The pre-commit hook, run by the real pre-commit tool, fails on a wrong total and passes a seed.

`pre-commit run` installs this project into its own environment from git and runs the hook of
`.pre-commit-hooks.yaml` on a throw-away repository whose configuration names the project as a
remote repository at a commit, as a user's `.pre-commit-config.yaml` does. The project's working
tree (tracked files with their uncommitted changes, and new files git does not ignore — the code
these tests import) is first committed to a snapshot repository. All cases share one
PRE_COMMIT_HOME, so the hook environment is built once for the module (`pre-commit try-repo`
would build a fresh one in a temporary store for every run). Needs git and access to PyPI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_YEARS = ROOT / "seeds" / "000_699ad5193617b98e.txt"
SEED_PROVINCES = ROOT / "seeds" / "002_f58759045b60ed02.txt"
GIT_IDENTITY = ["-c", "user.name=okot-audit tests", "-c", "user.email=tests@example.invalid",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(["git", *GIT_IDENTITY, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"git {' '.join(args)} failed in {cwd}:\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """A git repository holding the project's tracked files as they are in the working tree."""
    if shutil.which("git") is None:
        pytest.fail("git is not installed; the pre-commit hook test needs it")
    probe = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True)
    if probe.returncode != 0 or Path(probe.stdout.strip()).resolve() != ROOT:
        pytest.fail(f"{ROOT} is not a git checkout, so pre-commit cannot install the hook from it: "
                    f"run the tests from a clone of the repository ({probe.stderr.strip()})")
    snapshot = tmp_path_factory.mktemp("okot-audit-snapshot")
    tracked = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file(), ".pre-commit-hooks.yaml is not tracked by git"
    assert (snapshot / "okot_audit" / "cli.py").is_file(), "okot_audit/cli.py is not tracked by git"
    git("init", "-q", cwd=snapshot)
    git("add", "-A", cwd=snapshot)
    git("commit", "-q", "-m", "snapshot of the working tree", cwd=snapshot)
    return snapshot


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    """One PRE_COMMIT_HOME for the module, so the hook environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def run_hook(hook_repo: Path, pre_commit_home: Path, work: Path, answers: dict[str, str]):
    """Commit `answers` to a fresh repository in `work` and run the hook on all its files."""
    git("init", "-q", cwd=work)
    for name, text in answers.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text, encoding="utf-8")
    rev = git("rev-parse", "HEAD", cwd=hook_repo).strip()
    config = work / ".pre-commit-config.yaml"
    config.write_text(f"repos:\n  - repo: {hook_repo.as_uri()}\n    rev: {rev}\n"
                      "    hooks:\n      - id: okot-audit\n", encoding="utf-8")
    git("add", "-A", cwd=work)
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1",
           "OKOT_AUDIT_CACHE_DIR": str(work.parent / f"{work.name}-okot-cache")}
    env.pop("PRE_COMMIT", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "okot-audit", "--all-files", "--color", "never"],
        cwd=work, env=env, capture_output=True, text=True, timeout=1800,
    )


def test_hook_fails_on_a_total_above_its_rows(hook_repo, pre_commit_home, tmp_path):
    text = SEED_YEARS.read_text(encoding="utf-8")
    assert text.count("Totaal 439 834 1472 1480") == 1
    wrong = text.replace("Totaal 439 834 1472 1480", "Totaal 450 834 1472 1480")  # rows sum to 441
    result = run_hook(hook_repo, pre_commit_home, tmp_path, {"answer.txt": wrong})
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "okot-audit" in output and "Failed" in output, output
    assert "answer.txt:107" in output, output
    assert "OK101" in output and "total-exceeds-parts" in output, output
    assert "450" in output and "441" in output, output


def test_hook_passes_a_clean_answer(hook_repo, pre_commit_home, tmp_path):
    answers = {"seed.txt": SEED_PROVINCES.read_text(encoding="utf-8"), "notes.md": "not an answer\n"}
    result = run_hook(hook_repo, pre_commit_home, tmp_path, answers)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "okot-audit" in output and "Passed" in output, output


REQUIREMENTS = "click>=8.1\npandas>=2.2\n"
NOTES = "Notes for the next question to parliament.\nAsk for 2023 as well.\n"


def test_hook_in_a_real_repository_passes_clean_answers_beside_other_text_files(hook_repo, pre_commit_home, tmp_path):
    """A requirements.txt and notes beside the answers are skipped, not exit 2."""
    files = {
        "answers/2022/education.txt": SEED_YEARS.read_text(encoding="utf-8"),
        "answers/2020/care.txt": SEED_PROVINCES.read_text(encoding="utf-8"),
        "requirements.txt": REQUIREMENTS,
        "notes.txt": NOTES,
        "docs/empty.txt": "",
    }
    result = run_hook(hook_repo, pre_commit_home, tmp_path, files)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "okot-audit" in output and "Passed" in output, output


def test_hook_in_a_real_repository_blocks_a_broken_answer(hook_repo, pre_commit_home, tmp_path):
    text = SEED_YEARS.read_text(encoding="utf-8")
    wrong = text.replace("Totaal 439 834 1472 1480", "Totaal 450 834 1472 1480")
    files = {
        "answers/2022/education.txt": wrong,
        "answers/2020/care.txt": SEED_PROVINCES.read_text(encoding="utf-8"),
        "requirements.txt": REQUIREMENTS,
        "notes.txt": NOTES,
    }
    result = run_hook(hook_repo, pre_commit_home, tmp_path, files)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Failed" in output and "answers/2022/education.txt:107: OK101" in output, output
    assert "requirements.txt: skipped: not an OKOT answer" in output, output  # a note, not an error
    assert "error: requirements.txt" not in output, output


def test_hook_obeys_the_configured_exclude(hook_repo, pre_commit_home, tmp_path):
    """A broken draft under an excluded folder does not block the commit."""
    text = SEED_YEARS.read_text(encoding="utf-8")
    files = {
        "answers/education.txt": text,
        "drafts/education.txt": text.replace("Totaal 439 834 1472 1480", "Totaal 450 834 1472 1480"),
        "pyproject.toml": '[tool.okot-audit]\nextend-exclude = ["drafts/"]\n',
    }
    result = run_hook(hook_repo, pre_commit_home, tmp_path, files)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Passed" in output, output
