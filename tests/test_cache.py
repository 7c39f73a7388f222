"""The result cache: a hit gives the same bytes as a fresh audit, without pandas; misses are safe;
nothing in the working tree and no forged entry can change a result."""

from __future__ import annotations

import json
import os

import pytest
from clitools import SEED_YEARS, copy_seeds, err, imported_modules, okot, out, cache_dir_for, wrong_total_text

from okot_audit import __version__, read_answer
from okot_audit.cache import (
    CACHE_ENV,
    KEY_FILE,
    Cache,
    answer_from_data,
    answer_to_data,
    cache_root,
    open_cache,
    settings_key,
)
from okot_audit.findings import Finding
from okot_audit.rules import select_rules


@pytest.fixture
def seeds(tmp_path):
    copy_seeds(tmp_path)
    return tmp_path


def entries(cwd):
    return sorted(cache_dir_for(cwd).glob("*/*.json"))


def working_tree(folder):
    return sorted(p.relative_to(folder) for p in folder.rglob("*"))


def test_a_hit_renders_byte_identical_output_in_every_format(seeds):
    okot("check", "seeds", cwd=seeds)  # fills the cache
    assert len(entries(seeds)) == 2
    for fmt in ("json", "text", "markdown", "html", "sarif", "github"):
        fresh = okot("check", "seeds", "--format", fmt, "--no-cache", cwd=seeds)
        hit = okot("check", "seeds", "--format", fmt, cwd=seeds)
        assert fresh.returncode == hit.returncode == 0, fmt
        assert fresh.stdout == hit.stdout, fmt
        assert fresh.stderr == hit.stderr == b"", fmt


def test_a_hit_imports_neither_pandas_nor_pandera(seeds):
    """An answer that breaks its schema needs pandera on a miss, and nothing heavy on a hit."""
    (seeds / "seeds" / "huge.txt").write_text(
        "OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2019 2020\n"
        "908070: Verpleegkunde 2.000.000 5\nTotaal 2.000.000 5\n", encoding="utf-8",
    )
    profile = {"PYTHONPROFILEIMPORTTIME": "1"}
    miss = okot("check", "seeds", "--format", "json", cwd=seeds, env=profile)
    hit = okot("check", "seeds", "--format", "json", cwd=seeds, env=profile)
    assert miss.returncode == hit.returncode == 1
    assert miss.stdout == hit.stdout and b"schema-violation" in hit.stdout
    assert {"pandas", "pandera"} <= imported_modules(err(miss))  # the profile would see them
    assert not imported_modules(err(hit)) & {"pandas", "pandera", "numpy", "pyarrow", "jinja2"}


def test_the_cache_lives_outside_the_working_tree(seeds):
    before = working_tree(seeds)
    okot("check", "seeds", cwd=seeds)
    assert working_tree(seeds) == before  # nothing written beside the answers
    top = cache_dir_for(seeds)
    assert len(entries(seeds)) == 2
    assert "*" in (top / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert (top / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    if os.name == "posix":
        assert (top / KEY_FILE).stat().st_mode & 0o077 == 0  # the key is its owner's only


def test_the_default_folder_is_the_users_cache_folder(monkeypatch):
    from platformdirs import user_cache_dir

    monkeypatch.delenv(CACHE_ENV, raising=False)
    assert cache_root() == __import__("pathlib").Path(user_cache_dir("okot-audit", appauthor=False))
    monkeypatch.setenv(CACHE_ENV, "/somewhere/else")
    assert str(cache_root()) == "/somewhere/else"


def test_no_cache_neither_reads_nor_writes(seeds):
    okot("check", "seeds", "--no-cache", cwd=seeds)
    assert not cache_dir_for(seeds).exists()


def test_an_edited_answer_is_audited_again(tmp_path):
    answer = tmp_path / "answer.txt"
    answer.write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    assert okot("check", "answer.txt", cwd=tmp_path).returncode == 0
    answer.write_text(wrong_total_text(), encoding="utf-8")
    result = okot("check", "answer.txt", cwd=tmp_path)
    assert result.returncode == 1 and "OK101" in out(result)
    assert len(entries(tmp_path)) == 1  # the entry of the path was replaced, not added to


def test_other_settings_do_not_share_entries(seeds):
    everything = okot("check", "seeds", "--format", "json", cwd=seeds)
    chosen = okot("check", "seeds", "--format", "json", "--select", "OK301", cwd=seeds)
    dutch = okot("check", "seeds", "--format", "json", "--lang", "nl", cwd=seeds)
    assert json.loads(out(everything))["summary"]["info"] == 20
    assert json.loads(out(chosen))["summary"]["info"] == 3
    assert {f["message"] for f in json.loads(out(dutch))["findings"]}.isdisjoint(
        {f["message"] for f in json.loads(out(everything))["findings"]})
    assert len(entries(seeds)) == 6


def test_a_corrupt_entry_is_a_miss(seeds):
    fresh = okot("check", "seeds", "--format", "json", cwd=seeds)
    for damage in (b"", b"{not json", b'{"format": 2}', b"[]", b'{"format": 2, "answer": 3}', b"\xff\xfe",
                   b"0" * 64 + b"\n{}"):
        for entry in entries(seeds):
            entry.write_bytes(damage)
        again = okot("check", "seeds", "--format", "json", cwd=seeds)
        assert again.returncode == 0 and again.stderr == b"", damage
        assert again.stdout == fresh.stdout, damage


def cli_cache(cwd, monkeypatch) -> Cache:
    """The cache `okot-audit check` (default settings) uses in `cwd`, opened the CLI's way."""
    from okot_audit.cli import open_cache as cli_open_cache
    from okot_audit.config import Settings

    monkeypatch.setenv(CACHE_ENV, str(cache_dir_for(cwd)))
    return cli_open_cache(Settings(), select_rules())


def test_a_forged_entry_does_not_change_the_exit_status(tmp_path, monkeypatch):
    """An entry planted under the key the CLI computes, saying "no findings", is not believed."""
    (tmp_path / "answer.txt").write_text(wrong_total_text(), encoding="utf-8")
    real = cli_cache(tmp_path, monkeypatch)
    digest = __import__("hashlib").sha256((tmp_path / "answer.txt").read_bytes()).hexdigest()
    clean = read_answer(SEED_YEARS)
    # the forger knows every function of the project, but not the key in the user's cache folder
    forger = Cache(real.top, real.key, __version__, secret=b"f" * 32)
    forger.store("answer.txt", digest, clean, [])
    planted = real.entry_path("answer.txt")
    assert planted == forger.entry_path("answer.txt") and planted.is_file()
    assert real.load("answer.txt", digest) is None  # the MAC does not verify
    # the old place in the working tree holds a forged entry too
    old = tmp_path / ".okot-audit-cache" / __version__
    old.mkdir(parents=True)
    (old / planted.name).write_bytes(planted.read_bytes())
    result = okot("check", "answer.txt", cwd=tmp_path)
    assert result.returncode == 1 and "answer.txt:107: OK101" in out(result), out(result) + err(result)
    assert real.load("answer.txt", digest) is not None  # the run replaced it with a true entry


def test_an_entry_of_another_file_replayed_is_a_miss(tmp_path, monkeypatch):
    """A genuine entry (valid MAC) of a clean answer copied over the entry of a broken one."""
    (tmp_path / "clean.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answer.txt").write_text(wrong_total_text(), encoding="utf-8")
    assert okot("check", "clean.txt", "answer.txt", cwd=tmp_path).returncode == 1
    real = cli_cache(tmp_path, monkeypatch)
    real.entry_path("answer.txt").write_bytes(real.entry_path("clean.txt").read_bytes())
    result = okot("check", "answer.txt", cwd=tmp_path)
    assert result.returncode == 1 and "OK101" in out(result)


def test_a_symlinked_cache_folder_is_not_followed(tmp_path):
    (tmp_path / "answer.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "cache-link"
    link.symlink_to(target, target_is_directory=True)
    for _ in range(2):
        result = okot("check", "answer.txt", cwd=tmp_path, env={CACHE_ENV: str(link)})
        assert result.returncode == 0 and result.stderr == b"", err(result)
    assert list(target.iterdir()) == []  # nothing written through the link


def test_a_symlinked_version_folder_or_key_is_not_followed(tmp_path):
    (tmp_path / "answer.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"
    target = tmp_path / "elsewhere"
    target.mkdir()
    cache.mkdir()
    (cache / __version__).symlink_to(target, target_is_directory=True)
    okot("check", "answer.txt", cwd=tmp_path, env={CACHE_ENV: str(cache)})
    assert list(target.iterdir()) == []
    (cache / __version__).unlink()
    (target / "key").write_bytes(b"k" * 32)
    (cache / KEY_FILE).unlink()
    (cache / KEY_FILE).symlink_to(target / "key")
    assert open_cache("k", __version__, cache) is None
    result = okot("check", "answer.txt", cwd=tmp_path, env={CACHE_ENV: str(cache)})
    assert result.returncode == 0 and result.stderr == b""
    assert not (cache / __version__).exists()


def test_an_unwritable_cache_is_skipped(seeds):
    cache_dir_for(seeds).parent.mkdir(parents=True, exist_ok=True)
    cache_dir_for(seeds).write_text("a file where the folder should be", encoding="utf-8")
    try:
        result = okot("check", "seeds", cwd=seeds)
        assert result.returncode == 0 and result.stderr == b""
        assert "20 info" in out(result)
    finally:
        cache_dir_for(seeds).unlink()


def test_answers_survive_the_round_trip_exactly():
    for path in ("seeds/000_699ad5193617b98e.txt", "seeds/002_f58759045b60ed02.txt"):
        answer = read_answer(SEED_YEARS.parent.parent / path)
        data = json.loads(json.dumps(answer_to_data(answer)))
        assert answer_from_data(data) == answer


def test_store_then_load_in_process(tmp_path):
    answer = read_answer(SEED_YEARS)
    finding = Finding("partial-period", "OK301", "info", str(SEED_YEARS), 143, "graduated", "graduated",
                      "2022", None, None, None, None, None, "period 2022 is partial")
    key = settings_key(version="0", rules=["OK301"], sector=None, lang="en", catalogue_digest="")
    cache = open_cache(key, "0", tmp_path / "cache")
    assert cache.load("a.txt", "abc") is None
    cache.store("a.txt", "abc", answer, [finding])
    assert cache.load("a.txt", "abc") == (answer, [finding])
    assert cache.load("a.txt", "other content") is None
    assert cache.load("b.txt", "abc") is None
    again = open_cache(key, "0", tmp_path / "cache")  # the key is kept: a later run hits
    assert again.load("a.txt", "abc") == (answer, [finding])
    other = open_cache(key, "0", tmp_path / "other")  # another folder, another key
    other.entry_path("a.txt").parent.mkdir(parents=True)
    other.entry_path("a.txt").write_bytes(cache.entry_path("a.txt").read_bytes())
    assert other.load("a.txt", "abc") is None


def test_the_settings_key_covers_every_setting():
    codes = [r.code for r in select_rules()]
    base = dict(version="1", rules=codes, sector=None, lang="en", catalogue_digest="", fingerprint="f")
    keys = {
        settings_key(**base),
        settings_key(**{**base, "version": "2"}),
        settings_key(**{**base, "rules": codes[:-1]}),
        settings_key(**{**base, "sector": "zorg"}),
        settings_key(**{**base, "lang": "nl"}),
        settings_key(**{**base, "catalogue_digest": "abc"}),
        settings_key(**{**base, "fingerprint": "g"}),
    }
    assert len(keys) == 7
    assert settings_key(**base) == settings_key(**{**base, "rules": list(reversed(codes))})
