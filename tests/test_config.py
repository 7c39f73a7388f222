"""`[tool.okot-audit]` in pyproject.toml: found upwards from the cwd, checked, overridden by options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import SEED_YEARS, copy_seeds, err, okot, out, unknown_code_text

from okot_audit.config import Config, ConfigError, find_pyproject, load_config, merge_settings, split_selectors

EXTRA_CATALOGUE = (
    "code,label,programme,sector,stage,year,years,can_be_final\n"
    "908099,Educatieve bachelor voor kleuteronderwijs - 1ste jaar,Educatieve bachelor voor "
    "kleuteronderwijs,onderwijs,year,1,3,false\n"
)


def write_pyproject(folder: Path, body: str) -> Path:
    path = folder / "pyproject.toml"
    path.write_text(f'[project]\nname = "x"\n\n[tool.okot-audit]\n{body}\n', encoding="utf-8")
    return path


# --------------------------------------------------------------------------- reading


def test_no_pyproject_means_no_settings(tmp_path):
    assert load_config(tmp_path) == Config()


def test_the_nearest_pyproject_with_our_table_wins(tmp_path):
    outer = write_pyproject(tmp_path, 'fail-on = "info"')
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "no table here"\n', encoding="utf-8")
    assert find_pyproject(inner)[0] == outer
    write_pyproject(inner, 'fail-on = "warning"')
    config = load_config(inner)
    assert (config.path, config.fail_on) == (inner / "pyproject.toml", "warning")


def test_every_setting_is_read(tmp_path):
    (tmp_path / "codes").mkdir()
    (tmp_path / "codes" / "extra.csv").write_text(EXTRA_CATALOGUE, encoding="utf-8")
    write_pyproject(tmp_path, 'select = ["OK1", "code-unknown"]\nignore = "OK104, OK105"\n'
                              'fail-on = "Warning"\ncatalogue = "codes/extra.csv"\nlang = "nl"\nsector = "Zorg"')
    config = load_config(tmp_path)
    assert config.select == ("OK1", "code-unknown")
    assert config.ignore == ("OK104", "OK105")
    assert (config.fail_on, config.lang, config.sector) == ("warning", "nl", "zorg")
    assert config.catalogue == (tmp_path / "codes" / "extra.csv").resolve()


@pytest.mark.parametrize("body, words", [
    ('fail-on = "fatal"', ["fail-on", "error, warning, info", "fatal"]),
    ("fail-on = 1", ["fail-on"]),
    ('lang = "fr"', ["lang", "en, nl"]),
    ("select = 3", ["select", "list"]),
    ('ignore = ["OK1", 2]', ["ignore"]),
    ('catalogue = "missing.csv"', ["catalogue", "missing.csv"]),
    ("catalogue = 5", ["catalogue"]),
    ('sector = ""', ["sector"]),
    ('fail_on = "error"', ["fail_on", "fail-on"]),
])
def test_bad_values_name_the_file_and_the_setting(tmp_path, body, words):
    path = write_pyproject(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    for word in words:
        assert word in message


def test_invalid_toml_names_the_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.okot-audit\nselect = ", encoding="utf-8")
    with pytest.raises(ConfigError, match="pyproject.toml: not valid TOML"):
        load_config(tmp_path)


def test_a_non_table_setting_block_is_refused(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool]\nokot-audit = "strict"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool.okot-audit\] must be a table"):
        load_config(tmp_path)


def test_split_selectors():
    assert split_selectors(["OK1, code-unknown", "", "OK3,"]) == ("OK1", "code-unknown", "OK3")


def test_command_line_wins_and_origins_are_kept(tmp_path):
    path = write_pyproject(tmp_path, 'select = ["OK1"]\nfail-on = "info"\nlang = "nl"')
    config = load_config(tmp_path)
    settings = merge_settings(config, select=("OK3",), fail_on="error")
    assert settings.select == ("OK3",) and settings.fail_on == "error" and settings.lang == "nl"
    assert settings.origin["select"] == "--select"
    assert settings.origin["lang"] == f"{path} [tool.okot-audit] lang"
    defaults = merge_settings(Config())
    assert (defaults.select, defaults.ignore, defaults.fail_on, defaults.lang, defaults.sector) == (
        (), (), "error", "en", None)


# --------------------------------------------------------------------------- the command uses it


def test_fail_on_from_pyproject_and_its_override(tmp_path):
    copy_seeds(tmp_path)
    write_pyproject(tmp_path, 'fail-on = "info"')
    assert okot("check", "seeds", "--no-cache", cwd=tmp_path).returncode == 1
    assert okot("check", "seeds", "--no-cache", "--fail-on", "error", cwd=tmp_path).returncode == 0


def test_settings_apply_from_a_subfolder(tmp_path):
    copy_seeds(tmp_path)
    write_pyproject(tmp_path, 'select = ["partial-period"]\nlang = "nl"')
    result = okot("check", "../seeds", "--format", "json", "--no-cache", cwd=tmp_path / "seeds")
    findings = json.loads(out(result))["findings"]
    assert result.returncode == 0, err(result)
    assert {f["rule"] for f in findings} == {"partial-period"} and len(findings) == 3
    assert all("periode" in f["message"].lower() or "gedeeltelijk" in f["message"].lower() for f in findings)


def test_catalogue_from_pyproject_is_relative_to_it(tmp_path):
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "a.txt").write_text(unknown_code_text(), encoding="utf-8")
    args = ("check", "a.txt", "--no-cache", "--fail-on", "warning")
    without = okot(*args, cwd=tmp_path / "answers")
    assert without.returncode == 1 and "code-unknown" in out(without)
    (tmp_path / "extra.csv").write_text(EXTRA_CATALOGUE, encoding="utf-8")
    write_pyproject(tmp_path, 'catalogue = "extra.csv"')
    known = okot(*args, cwd=tmp_path / "answers")
    assert known.returncode == 0, out(known) + err(known)
    assert "code-unknown" not in out(known)


def test_sector_from_pyproject_overrides_the_title(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    write_pyproject(tmp_path, 'sector = "zorg"')
    result = okot("check", "a.txt", "--no-cache", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert "code-outside-sector" in {f["rule"] for f in json.loads(out(result))["findings"]}
    assert okot("check", "a.txt", "--no-cache", "--sector", "onderwijs", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("body, words", [
    ('fail-on = "fatal"', ["fail-on", "fatal"]),
    ('select = ["no-such-rule"]', ["select", "no-such-rule"]),
    ('ignore = ["OK999"]', ["ignore", "OK999"]),
    ('sector = "landbouw"', ["sector", "landbouw"]),
    ('colour = true', ["colour"]),
])
def test_bad_configuration_exits_2_naming_the_pyproject(tmp_path, body, words):
    copy_seeds(tmp_path)
    path = write_pyproject(tmp_path, body)
    result = okot("check", "seeds", cwd=tmp_path)
    text = err(result)
    assert result.returncode == 2 and result.stdout == b""
    assert text.startswith("okot-audit: error: ") and text.count("\n") == 1 and "Traceback" not in text
    assert str(path) in text
    for word in words:
        assert word in text


# --------------------------------------------------------------------------- exclude, --config


def test_exclude_and_extend_exclude(tmp_path):
    from okot_audit.config import DEFAULT_EXCLUDE

    write_pyproject(tmp_path, 'extend-exclude = ["drafts/", "*.notes.txt"]')
    config = load_config(tmp_path)
    assert config.extend_exclude == ("drafts/", "*.notes.txt") and config.exclude is None
    settings = merge_settings(config)
    assert settings.exclude == DEFAULT_EXCLUDE + ("drafts/", "*.notes.txt")
    assert settings.root == tmp_path.resolve()
    # --exclude replaces `exclude` (the defaults included); extend-exclude stays
    assert merge_settings(config, exclude=("old/,tmp/",)).exclude == ("old/", "tmp/", "drafts/", "*.notes.txt")
    write_pyproject(tmp_path, 'exclude = []')
    assert merge_settings(load_config(tmp_path)).exclude == ()
    assert merge_settings(Config()).exclude == DEFAULT_EXCLUDE and merge_settings(Config()).root is None


@pytest.mark.parametrize("body", ['exclude = 3', 'extend-exclude = ["a", 1]', 'exclude = {a = 1}'])
def test_bad_exclude_names_the_setting(tmp_path, body):
    write_pyproject(tmp_path, body)
    with pytest.raises(ConfigError, match="exclude must be a list of gitignore-style patterns"):
        load_config(tmp_path)


def test_config_file_is_read_instead_of_searching(tmp_path):
    write_pyproject(tmp_path, 'fail-on = "info"')
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[tool.okot-audit]\nlang = "nl"\n', encoding="utf-8")
    (other / "okot-audit.toml").write_text('lang = "nl"\nsector = "zorg"\n', encoding="utf-8")
    (other / "plain.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    from_pyproject = load_config(tmp_path, file=other / "pyproject.toml")
    assert (from_pyproject.lang, from_pyproject.fail_on) == ("nl", None)
    top_level = load_config(tmp_path, file=other / "okot-audit.toml")
    assert (top_level.lang, top_level.sector, top_level.path) == ("nl", "zorg", (other / "okot-audit.toml").resolve())
    assert load_config(file=other / "plain.toml").lang is None  # a file without settings sets nothing
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(file=other / "missing.toml")
