"""A per-file result cache, so `okot-audit check` on an unchanged answer costs almost nothing.

Like ruff's `.ruff_cache`, results live in `.okot-audit-cache/` in the current directory
(created with a `.gitignore` holding `*`, so it never gets committed). One entry per file and
settings: the entry's name hashes the path as given and the settings key; inside, the sha256 of
the file's bytes says whether the entry still describes the file.

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
import tempfile
from dataclasses import asdict
from pathlib import Path

from okot_audit.findings import Finding
from okot_audit.tables import Answer, Asked, Cell, Deferral, Layout, ParseIssue, Period, Table

CACHE_DIR = ".okot-audit-cache"
#: Bumped when the layout of an entry changes.
ENTRY_FORMAT = 2
_GITIGNORE = "# Created by okot-audit: this folder is a cache and never belongs in git.\n*\n"
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file marks .okot-audit-cache as a cache folder (https://bford.info/cachedir/).\n"
)


def digest_bytes(data: bytes) -> str:
    """The sha256 of `data`, as hex."""
    return hashlib.sha256(data).hexdigest()


def digest_file(path: Path | None) -> str:
    """The sha256 of the file at `path` ("" for None)."""
    return digest_bytes(path.read_bytes()) if path is not None else ""


def code_fingerprint() -> str:
    """Name, size and mtime of every module and shipped data file of the installed package."""
    from okot_audit.catalogue import schemas_dir

    package = Path(__file__).resolve().parent
    folders = [package]
    try:
        folders.append(schemas_dir())
    except FileNotFoundError:
        pass
    parts = []
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".csv", ".yaml", ".yml")):
                    stat = os.stat(os.path.join(root, name))
                    parts.append(f"{os.path.join(root, name)}:{stat.st_size}:{stat.st_mtime_ns}")
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
    """The entries of one settings key inside `root/.okot-audit-cache/<version>/`."""

    def __init__(self, root: Path, key: str, version: str) -> None:
        self.top = Path(root) / CACHE_DIR
        self.folder = self.top / version
        self.key = key

    def entry_path(self, path: str) -> Path:
        """Where the entry for the file named `path` (as the user gave it) lives."""
        name = digest_bytes(f"{self.key}\0{path}".encode())
        return self.folder / f"{name}.json"

    def load(self, path: str, digest: str) -> tuple[Answer, list[Finding]] | None:
        """The answer and findings stored for `path` with content `digest`, or None (a miss)."""
        try:
            data = json.loads(self.entry_path(path).read_text(encoding="utf-8"))
            if (data.get("format"), data.get("key"), data.get("path"), data.get("sha256")) != (
                ENTRY_FORMAT, self.key, path, digest,
            ):
                return None
            return answer_from_data(data["answer"]), [Finding(**f) for f in data["findings"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def store(self, path: str, digest: str, answer: Answer, findings: list[Finding]) -> None:
        """Remember the result for `path`; silently does nothing when the cache is not writable."""
        entry = {
            "format": ENTRY_FORMAT, "key": self.key, "path": path, "sha256": digest,
            "answer": answer_to_data(answer), "findings": [f.as_dict() for f in findings],
        }
        try:
            self._prepare()
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, self.entry_path(path))
        except (OSError, TypeError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def _prepare(self) -> None:
        """Create the folders, with `.gitignore` and `CACHEDIR.TAG` at the top."""
        if not self.top.is_dir():
            self.top.mkdir(exist_ok=True)
            for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
                try:
                    with open(self.top / name, "x", encoding="utf-8") as handle:
                        handle.write(text)
                except FileExistsError:
                    pass
        self.folder.mkdir(exist_ok=True)


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
            "periods": tuple(Period(**p) for p in table["periods"]),
            "layout": Layout(**table["layout"]),
            "cells": [Cell(**c) for c in table["cells"]],
        })
        for table in data["tables"]
    ]
    issues = [
        ParseIssue(**{**i, "numbers": tuple(i["numbers"]), "values": tuple(i["values"]), "periods": tuple(i["periods"])})
        for i in data["issues"]
    ]
    asked = tuple(Asked(**{**a, "periods": tuple(a["periods"])}) for a in data.get("asked", ()))
    deferred = tuple(Deferral(**d) for d in data.get("deferred", ()))
    when = data.get("question_date")
    return Answer(**{**data, "tables": tables, "issues": issues, "asked": asked, "deferred": deferred,
                     "question_date": datetime.date.fromisoformat(when) if when else None})
