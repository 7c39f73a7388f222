"""A per-file result cache, so `okot-audit check` on an unchanged answer costs almost nothing.

The cache can only save time, never change a result:

- Entries live in the user's cache folder (``platformdirs.user_cache_dir("okot-audit")``, e.g.
  ``~/.cache/okot-audit``; ``OKOT_AUDIT_CACHE_DIR`` names another folder), never in the working
  tree: nothing committed to a repository of answers can plant an entry.
- Every entry is authenticated with an HMAC-SHA256 under a random key kept in that folder
  (``key``, created once, readable by its owner only). An entry whose MAC does not verify —
  forged, damaged, written under another key — is a miss, and the file is audited afresh.
- A cache folder, version folder or key that is a symbolic link is not used at all: a link
  could send reads and writes anywhere. The cache is then simply off for the run.

One entry per file and settings: the entry's name hashes the path as given and the settings
key; inside, the sha256 of the file's bytes says whether the entry still describes the file.
The settings key covers everything that changes the findings: the tool version, a fingerprint
of the installed code and shipped catalogue/schemas (so an edited rule never serves stale
results in a development checkout), the selected rule codes, the sector override, the
language, and the content of an extra catalogue.

An entry stores the whole :class:`~okot_audit.tables.Answer` (plain dataclasses as JSON) and the
findings as dicts. A hit rebuilds the same objects without reading, parsing or importing
pandas/pandera, so every renderer gives byte-identical output from a hit and from a miss.
A corrupt, unreadable or foreign entry is a miss; a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import asdict
from pathlib import Path

from okot_audit.findings import Finding
from okot_audit.tables import Answer, Asked, Cell, Deferral, HiddenFigure, Layout, ParseIssue, Period, Subset, Table, Withheld

#: The environment variable that names the cache folder instead of the user's cache folder.
CACHE_ENV = "OKOT_AUDIT_CACHE_DIR"
APP_NAME = "okot-audit"
#: Bumped when the layout of an entry changes.
ENTRY_FORMAT = 5  # 5: findings store their role, the findings a suspect explains and their group
KEY_FILE = "key"
KEY_BYTES = 32
_GITIGNORE = "# Created by okot-audit: this folder is a cache and never belongs in git.\n*\n"
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file marks the okot-audit cache folder (https://bford.info/cachedir/).\n"
)


def cache_root() -> Path:
    """The folder that holds the cache: `$OKOT_AUDIT_CACHE_DIR`, else the user's cache folder."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def open_cache(key: str, version: str, root: Path | None = None) -> "Cache | None":
    """The cache for settings `key` in `root` (default :func:`cache_root`), or None when it
    cannot be used safely (a symlinked folder or key, no key can be made or read)."""
    top = Path(root) if root is not None else cache_root()
    try:
        secret = _secret(top)
    except OSError:
        return None
    if secret is None:
        return None
    return Cache(top, key, version, secret)


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def _secret(top: Path) -> bytes | None:
    """The HMAC key of the cache in `top`, made on first use (None: the cache is not safe)."""
    if _is_link(top):
        return None
    if not top.is_dir():
        top.mkdir(parents=True, exist_ok=True, mode=0o700)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            with contextlib.suppress(FileExistsError):
                with open(top / name, "x", encoding="utf-8") as handle:
                    handle.write(text)
    if _is_link(top):
        return None
    path = top / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    # write the key to a temporary file, then link it into place: a reader never sees half a key
    descriptor, temporary = tempfile.mkstemp(dir=top, prefix=".key-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(os.urandom(KEY_BYTES))
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return _read_key(path)


def _read_key(path: Path) -> bytes | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        return None  # a symbolic link (ELOOP) or unreadable: no cache
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return None
        secret = handle.read(KEY_BYTES + 1)
    return secret if len(secret) == KEY_BYTES else None


def digest_bytes(data: bytes) -> str:
    """The sha256 of `data`, as hex."""
    return hashlib.sha256(data).hexdigest()


def digest_file(path: Path | None) -> str:
    """The sha256 of the file at `path` ("" for None)."""
    return digest_bytes(path.read_bytes()) if path is not None else ""


def code_fingerprint() -> str:
    """A hash of every module and shipped data file of the package: their names relative to
    the package (or schemas) folder and their contents — so the same okot-audit gives the same
    key wherever it is installed, and any change to it is a miss."""
    from okot_audit.catalogue import schemas_dir

    package = Path(__file__).resolve().parent
    folders = [package]
    try:
        folders.append(schemas_dir())
    except FileNotFoundError:
        pass
    parts = []
    for index, folder in enumerate(folders):
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "schemas"))
            for name in sorted(files):
                if name.endswith((".py", ".csv", ".yaml", ".yml", ".md")):
                    full = os.path.join(root, name)
                    with open(full, "rb") as handle:
                        content = digest_bytes(handle.read())
                    parts.append(f"{index}:{os.path.relpath(full, folder)}:{content}")
    return digest_bytes("\n".join(parts).encode())


def settings_key(
    *, version: str, rules: "tuple[str, ...] | list[str]", sector: str | None, lang: str,
    catalogue_digest: str, fingerprint: str | None = None,
) -> str:
    """One hash for everything besides the file itself that decides its findings."""
    fields = {
        "format": ENTRY_FORMAT, "version": version, "rules": sorted(rules), "sector": sector,
        "lang": lang, "catalogue": catalogue_digest,
        "code": code_fingerprint() if fingerprint is None else fingerprint,
    }
    return digest_bytes(json.dumps(fields, sort_keys=True).encode())


class Cache:
    """The entries of one settings key inside `top/<version>/`, authenticated with `secret`.

    Use :func:`open_cache`, which makes or reads the secret and refuses an unsafe folder.
    """

    def __init__(self, top: Path, key: str, version: str, secret: bytes) -> None:
        self.top = Path(top)
        self.folder = self.top / version
        self.key = key
        self._secret = secret

    def _mac(self, payload: bytes) -> str:
        import hmac

        return hmac.new(self._secret, payload, hashlib.sha256).hexdigest()

    def entry_path(self, path: str) -> Path:
        """Where the entry for the file named `path` (as the user gave it) lives."""
        name = digest_bytes(f"{self.key}\0{path}".encode())
        return self.folder / f"{name}.json"

    def load(self, path: str, digest: str) -> tuple[Answer, list[Finding]] | None:
        """The answer and findings stored for `path` with content `digest`, or None (a miss)."""
        if _is_link(self.top) or _is_link(self.folder):
            return None
        try:
            raw = self.entry_path(path).read_bytes()
            mac, _, payload = raw.partition(b"\n")
            import hmac

            if not hmac.compare_digest(mac, self._mac(payload).encode()):
                return None  # not written by this cache: forged, damaged or another key's
            data = json.loads(payload.decode("utf-8"))
            if (data.get("format"), data.get("key"), data.get("path"), data.get("sha256")) != (
                ENTRY_FORMAT, self.key, path, digest,
            ):
                return None
            return answer_from_data(data["answer"]), [Finding.from_stored(f) for f in data["findings"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def store(self, path: str, digest: str, answer: Answer, findings: list[Finding]) -> None:
        """Remember the result for `path`; silently does nothing when the cache is not writable."""
        entry = {
            "format": ENTRY_FORMAT, "key": self.key, "path": path, "sha256": digest,
            "answer": answer_to_data(answer), "findings": [f.stored() for f in findings],
        }
        try:
            payload = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (TypeError, ValueError, UnicodeEncodeError):
            return
        try:
            if _is_link(self.top) or _is_link(self.folder):
                return
            self.folder.mkdir(exist_ok=True, mode=0o700)
            if _is_link(self.folder):
                return
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(self._mac(payload).encode() + b"\n" + payload)
            os.replace(temporary, self.entry_path(path))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def answer_to_data(answer: Answer) -> dict:
    """An :class:`Answer` as JSON-ready data (every field, nested dataclasses as dicts)."""
    data = asdict(answer)
    if answer.question_date is not None:
        data["question_date"] = answer.question_date.isoformat()
    return data


def answer_from_data(data: dict) -> Answer:
    """Rebuild the :class:`Answer` that :func:`answer_to_data` stored."""
    tables = [
        Table(**{
            **table,
            "periods": tuple(Period(**{**p, "months": tuple(p.get("months", ()))}) for p in table["periods"]),
            "layout": Layout(**table["layout"]),
            "cells": [Cell(**c) for c in table["cells"]],
            "withheld": [Withheld(**w) for w in table.get("withheld", ())],
            "subsets": [Subset(**s) for s in table.get("subsets", ())],
            "hidden": [HiddenFigure(**h) for h in table.get("hidden", ())],
            "categories": tuple(table.get("categories", ())),
            "note_marks": tuple(table.get("note_marks", ())),
            "measures_named": tuple(table.get("measures_named", ())),
            "units_said": tuple(table.get("units_said", ())),
            "column_more": tuple(table.get("column_more", ())),
            "line_units": {label: tuple(unit) for label, unit in table.get("line_units", {}).items()},
        })
        for table in data["tables"]
    ]
    issues = [
        ParseIssue(**{**i, "numbers": tuple(i["numbers"]), "values": tuple(i["values"]), "periods": tuple(i["periods"]),
                       "digits": tuple(i.get("digits", ())), "rows": tuple(tuple(r) for r in i.get("rows", ()))})
        for i in data["issues"]
    ]
    asked = tuple(Asked(**{**a, "periods": tuple(a["periods"])}) for a in data.get("asked", ()))
    deferred = tuple(Deferral(**{**d, "counts": tuple(d.get("counts", ()))}) for d in data.get("deferred", ()))
    when = data.get("question_date")
    return Answer(**{**data, "tables": tables, "issues": issues, "asked": asked, "deferred": deferred,
                     "question_date": datetime.date.fromisoformat(when) if when else None})
