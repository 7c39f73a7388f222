"""Settings from `[tool.okot-audit]` in the nearest `pyproject.toml`, merged with the command line.

```toml
[tool.okot-audit]
select = ["OK1", "code-unknown"]    # names, codes or code prefixes (a list, or "a,b")
ignore = ["partial-period"]
fail-on = "warning"                 # error | warning | info
catalogue = "extra-codes.csv"       # relative to this pyproject.toml
lang = "nl"                         # en | nl
sector = "zorg"
```

The search starts in the current directory and goes up to the file-system root; the first
`pyproject.toml` that has a `[tool.okot-audit]` table wins (like ruff's `[tool.ruff]`).
Options given on the command line replace the configured value. A bad value raises
:class:`ConfigError`, whose text names the `pyproject.toml` — the CLI turns it into exit 2.
This module is light: `tomllib` only, no rules, no pandas.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TABLE = "okot-audit"
FAIL_LEVELS = ("error", "warning", "info")
LANGUAGES = ("en", "nl")
KEYS = ("select", "ignore", "fail-on", "catalogue", "lang", "sector")


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


def load_config(start: Path | None = None) -> Config:
    """The configuration in effect for `start` (default: the current directory)."""
    found = find_pyproject(start)
    if found is None:
        return Config()
    return parse_table(*found)


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
    chosen_catalogue = pick(
        "catalogue", "--catalogue", Path(catalogue) if catalogue else None, config.catalogue
    )
    chosen_sector = pick("sector", "--sector", sector.strip().lower() if sector else None, config.sector)
    return Settings(
        select=chosen_select or (),
        ignore=chosen_ignore or (),
        fail_on=pick("fail_on", "--fail-on", fail_on, config.fail_on) or "error",
        catalogue=chosen_catalogue,
        lang=pick("lang", "--lang", lang, config.lang) or "en",
        sector=chosen_sector or None,
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


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return getattr(exc, "strerror", None) or str(exc)
