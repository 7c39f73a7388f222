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


def test_every_command_and_option_is_documented():
    """A command or option added to the CLI without a word in the README fails here."""
    import click

    from okot_audit.cli import cli

    for name, command in cli.commands.items():
        assert f"okot-audit {name}" in README, f"command {name!r} is not in the README"
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            for flag in [*param.opts, *param.secondary_opts]:
                if flag not in ("-h", "--help"):
                    assert flag in README, f"option {flag} of {name!r} is not in the README"
    assert "okot-audit --version" in README


def test_the_documented_finding_line_is_what_check_prints(tmp_path):
    """The README's sample line is copied from a real run, not made up."""
    import subprocess
    import sys

    sample = next(
        line for line in README.splitlines()
        if line.startswith("seeds/002_f58759045b60ed02.txt:72: OK103")
    )
    run = subprocess.run(
        [sys.executable, "-m", "okot_audit", "check", str(ROOT / "seeds"), "--no-cache"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    printed = [line.split("seeds/", 1)[-1] for line in run.stdout.splitlines()]
    assert sample.split("seeds/", 1)[-1] in printed


def test_the_documented_configuration_is_valid(tmp_path):
    from okot_audit.config import load_config

    block = re.search(r"```toml\n(.*?)```", README, re.S).group(1)
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    codes = (ROOT / "schemas" / "codes.csv").read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "extra-codes.csv").write_text(codes + "\n", encoding="utf-8")
    config = load_config(tmp_path)
    assert config.fail_on == "warning" and config.lang == "nl" and config.sector == "zorg"
    assert config.select == ("OK1", "code-unknown") and config.ignore == ("partial-period",)
    assert config.catalogue == (tmp_path / "extra-codes.csv").resolve()


def test_the_documented_hook_id_exists():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for hook_id in re.findall(r"- id: (\S+)", README):
        assert f"- id: {hook_id}" in hooks


def test_every_format_and_the_cache_variable_are_documented():
    from okot_audit.cache import CACHE_ENV
    from okot_audit.cli import EXTRACT_FORMATS
    from okot_audit.report import FORMATS

    check_formats = re.search(r"`--format ([^`]+)`", README).group(1).replace("\\|", "|").split("|")
    assert check_formats == list(FORMATS)
    assert f"--format {'|'.join(EXTRACT_FORMATS)}" in README
    assert CACHE_ENV in README
    assert "**shown by default**" in README  # the default of --show-info/--hide-info is said


def test_the_hook_is_documented_as_it_runs():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = re.search(r"entry: (.+)", hooks).group(1)
    assert entry == "okot-audit check --skip-non-answers" and "--skip-non-answers" in README
    for suffix in ("txt", "pdf", "xlsx"):
        assert suffix in re.search(r"files: (.+)", hooks).group(1) and f"`*.{suffix}`" in README


def test_the_documented_exclude_patterns_are_the_defaults():
    from okot_audit.config import DEFAULT_EXCLUDE

    for pattern in DEFAULT_EXCLUDE:
        assert f"`{pattern}`" in README
