"""Settings from `[tool.okot-audit]` in the nearest `pyproject.toml`, merged with the command line.

```toml
[tool.okot-audit]
select = ["OK1", "code-unknown"]    # names, codes or code prefixes (a list, or "a,b")
ignore = ["partial-period"]
fail-on = "warning"                 # error | warning | info
catalogue = "extra-codes.csv"       # relative to this pyproject.toml
lang = "nl"                         # en | nl
sector = "zorg"
extend-exclude = ["drafts/", "*.notes.txt"]   # gitignore-style, relative to this file
```

`exclude` replaces the default patterns (:data:`DEFAULT_EXCLUDE`); `extend-exclude` adds to them.
`--config FILE` names the file instead: a `pyproject.toml` (its `[tool.okot-audit]` table) or a
TOML file that holds the settings at its top level (an `okot-audit.toml`).

The search starts in the current directory and goes up to the file-system root; the first
`pyproject.toml` that has a `[tool.okot-audit]` table wins (like ruff's `[tool.ruff]`).
Options given on the command line replace the configured value. A bad value raises
:class:`ConfigError`, whose text names the `pyproject.toml` — the CLI turns it into exit 2.
This module is light: `tomllib` only, no rules, no pandas.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TABLE = "okot-audit"
FAIL_LEVELS = ("error", "warning", "info")
LANGUAGES = ("en", "nl")
KEYS = ("select", "ignore", "fail-on", "catalogue", "lang", "sector", "exclude", "extend-exclude")
#: Folders a walk never enters and files it never reads, unless `exclude` replaces them (hidden
#: folders and files — `.git`, caches, `.venv` — are left out of folder walks as well).
DEFAULT_EXCLUDE = ("venv/", "node_modules/", "__pycache__/", "site-packages/")


class ConfigError(Exception):
    """A configuration value cannot be used; `str(error)` is one line naming the file."""


@dataclass(frozen=True)
class Config:
    """The `[tool.okot-audit]` values of one `pyproject.toml` (None: not set there)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    catalogue: Path | None = None
    lang: str | None = None
    sector: str | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Settings:
    """What one `okot-audit check` run uses, and where each value came from.

    `origin` maps a setting to a phrase for error messages: `--select`, or
    `/repo/pyproject.toml [tool.okot-audit] select`.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    catalogue: Path | None = None
    lang: str = "en"
    sector: str | None = None
    #: gitignore-style patterns of paths to leave out (default patterns included)
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    #: the folder `exclude` patterns are relative to (the configuration's folder, else the cwd)
    root: Path | None = None
    origin: dict[str, str] = field(default_factory=dict)


def find_pyproject(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest `pyproject.toml` (from `start`, default the cwd, upwards) with our table.

    Returns the file and its `[tool.okot-audit]` table, or None when no file has one.
    """
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        if not path.is_file():
            continue
        table = read_table(path)
        if table is not None:
            return path, table
    return None


def read_table(path: Path) -> dict | None:
    """The `[tool.okot-audit]` table of the `pyproject.toml` at `path` (None if absent)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it ({_reason(exc)})") from None
    table = data.get("tool", {}).get(TABLE) if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table of settings")
    return table


def load_config(start: Path | None = None, *, file: "str | Path | None" = None) -> Config:
    """The configuration in effect for `start` (default: the current directory).

    With `file` (``--config FILE``) that file is read instead of searching: its
    `[tool.okot-audit]` table, or its top level when it has no such table.
    """
    if file is not None:
        if not str(file).strip():  # (a script's unset variable: the nearest pyproject.toml is not what it meant)
            raise ConfigError("--config is empty: give the configuration file, or leave --config out to use "
                              "the nearest pyproject.toml")
        return parse_table(*read_config_file(Path(file)))
    found = find_pyproject(start)
    if found is None:
        return Config()
    return parse_table(*found)


def read_config_file(path: Path) -> tuple[Path, dict]:
    """The settings table of the file `--config` names (ConfigError when it cannot be used)."""
    if os.path.isdir(path):  # (os.path's: Path.is_dir raises on a name too long for the system)
        raise ConfigError(f"{path}: is a folder, not a configuration file (--config)")
    try:
        os.stat(path)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file (--config)") from None
    except OSError as exc:  # a name too long, a loop of links
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror or exc} (--config)") from None
    if not os.path.isfile(path):
        raise ConfigError(f"{path}: no such configuration file (--config)")
    table = read_table(path)
    if table is None:
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):  # read_table said why
            table = {}
        table.pop("project", None)
        if isinstance(table.get("tool"), dict) and not set(table) - {"tool"}:
            table = {}
    return path.resolve(), table


def parse_table(path: Path, table: dict) -> Config:
    """Check the values of a `[tool.okot-audit]` table and return them as a :class:`Config`."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: [tool.{TABLE}] has no setting {unknown[0]!r}; "
            f"the settings are {', '.join(KEYS)}"
        )

    def where(key: str) -> str:
        return f"{path}: [tool.{TABLE}] {key}"

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or value.strip().lower() not in allowed:
            raise ConfigError(f"{where(key)} must be one of {', '.join(allowed)}, not {value!r}")
        return value.strip().lower()

    catalogue = table.get("catalogue")
    if catalogue is not None:
        if not isinstance(catalogue, str) or not catalogue.strip():
            raise ConfigError(f"{where('catalogue')} must be the path of a CSV file, not {catalogue!r}")
        catalogue_path = (path.parent / catalogue).resolve()
        if not catalogue_path.is_file():
            raise ConfigError(f"{where('catalogue')}: no such file {str(catalogue_path)!r}")
    else:
        catalogue_path = None

    sector = table.get("sector")
    if sector is not None and (not isinstance(sector, str) or not sector.strip()):
        raise ConfigError(f"{where('sector')} must be a sector name such as \"zorg\", not {sector!r}")

    return Config(
        path=path,
        exclude=_patterns(table.get("exclude"), where("exclude")),
        extend_exclude=_patterns(table.get("extend-exclude"), where("extend-exclude")),
        select=_selectors(table.get("select"), where("select")),
        ignore=_selectors(table.get("ignore"), where("ignore")),
        fail_on=choice("fail-on", FAIL_LEVELS),
        catalogue=catalogue_path,
        lang=choice("lang", LANGUAGES),
        sector=sector.strip().lower() if sector else None,
    )


def split_selectors(values: "tuple[str, ...] | list[str]") -> tuple[str, ...]:
    """`("OK1,code-unknown", "OK3")` → `("OK1", "code-unknown", "OK3")`, blanks dropped."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def merge_settings(
    config: Config,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    fail_on: str | None = None,
    catalogue: str | None = None,
    lang: str | None = None,
    sector: str | None = None,
    exclude: tuple[str, ...] = (),
) -> Settings:
    """The settings of a run: each option given on the command line wins over `config`."""
    origin: dict[str, str] = {}

    def pick(name: str, option: str, given, configured):
        if given:
            origin[name] = option
            return given
        if configured is not None:
            key = name.replace("_", "-")
            origin[name] = f"{config.path} [tool.{TABLE}] {key}"
            return configured
        origin[name] = option
        return None

    chosen_select = pick("select", "--select", split_selectors(select), config.select)
    chosen_ignore = pick("ignore", "--ignore", split_selectors(ignore), config.ignore)
    if catalogue is not None and not catalogue.strip():  # (a script's unset variable: no silent default)
        raise ConfigError("--catalogue is empty: give the CSV file of extra training codes, or leave --catalogue out")
    chosen_catalogue = pick(
        "catalogue", "--catalogue", Path(catalogue) if catalogue else None, config.catalogue
    )
    chosen_sector = pick("sector", "--sector", sector.strip().lower() if sector else None, config.sector)
    given_exclude = check_patterns(split_selectors(exclude), "--exclude")
    chosen_exclude = pick("exclude", "--exclude", given_exclude, config.exclude)
    patterns = (DEFAULT_EXCLUDE if chosen_exclude is None else chosen_exclude) + (config.extend_exclude or ())
    return Settings(
        select=chosen_select or (),
        ignore=chosen_ignore or (),
        fail_on=pick("fail_on", "--fail-on", fail_on, config.fail_on) or "error",
        catalogue=chosen_catalogue,
        lang=pick("lang", "--lang", lang, config.lang) or "en",
        sector=chosen_sector or None,
        exclude=tuple(patterns),
        root=config.path.parent if config.path is not None else None,
        origin=origin,
    )


def _selectors(value, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of rule names or codes, not {value!r}")
    return split_selectors(value)


def _patterns(value, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of gitignore-style patterns, not {value!r}")
    return check_patterns(tuple(v.strip() for v in value if v.strip()), where)


def check_patterns(patterns: tuple[str, ...], where: str) -> tuple[str, ...]:
    """`patterns`, when each is a gitignore-style pattern; else ConfigError naming the first
    that is not (``!``, a lone ``\\``, a range such as ``[z-a]``), and `where` it was given."""
    if not patterns:
        return patterns
    import re

    import pathspec

    for pattern in patterns:
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern]).match_file("a")
        except (ValueError, re.error) as exc:  # pathspec's GitIgnorePatternError is a ValueError
            # (a regular expression's error says where in pathspec's expression, not the pattern)
            detail = " ".join((exc.msg if isinstance(exc, re.error) else str(exc)).split())
            raise ConfigError(f"{where}: {pattern!r} is not a gitignore-style pattern ({detail})") from None
    return patterns


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return getattr(exc, "strerror", None) or str(exc)
