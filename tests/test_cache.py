"""The result cache: a hit gives the same bytes as a fresh audit, without pandas; misses are safe."""

from __future__ import annotations

import json

import pytest
from clitools import SEED_YEARS, copy_seeds, err, imported_modules, okot, out, wrong_total_text

from okot_audit import read_answer
from okot_audit.cache import CACHE_DIR, Cache, answer_from_data, answer_to_data, settings_key
from okot_audit.findings import Finding
from okot_audit.rules import select_rules


@pytest.fixture
def seeds(tmp_path):
    copy_seeds(tmp_path)
    return tmp_path


def entries(folder):
    return sorted((folder / CACHE_DIR).glob("*/*.json"))


def test_a_hit_renders_byte_identical_output_in_every_format(seeds):
    okot("check", "seeds", cwd=seeds)  # fills the cache
    assert len(entries(seeds)) == 2
    for fmt in ("json", "text", "markdown", "html", "sarif"):
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


def test_the_cache_folder_ignores_itself_in_git(seeds):
    okot("check", "seeds", cwd=seeds)
    top = seeds / CACHE_DIR
    assert top.is_dir()
    assert "*" in (top / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_no_cache_neither_reads_nor_writes(seeds):
    okot("check", "seeds", "--no-cache", cwd=seeds)
    assert not (seeds / CACHE_DIR).exists()


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
    for damage in (b"", b"{not json", b'{"format": 1}', b"[]", b'{"format": 1, "answer": 3}', b"\xff\xfe"):
        for entry in entries(seeds):
            entry.write_bytes(damage)
        again = okot("check", "seeds", "--format", "json", cwd=seeds)
        assert again.returncode == 0 and again.stderr == b"", damage
        assert again.stdout == fresh.stdout, damage


def test_an_entry_with_a_tampered_key_is_a_miss(seeds):
    fresh = okot("check", "seeds", "--format", "json", cwd=seeds)
    for entry in entries(seeds):
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["findings"] = []
        data["key"] = "someone else's"
        entry.write_text(json.dumps(data), encoding="utf-8")
    assert okot("check", "seeds", "--format", "json", cwd=seeds).stdout == fresh.stdout


def test_an_unwritable_cache_is_skipped(seeds):
    (seeds / CACHE_DIR).write_text("a file where the folder should be", encoding="utf-8")
    result = okot("check", "seeds", cwd=seeds)
    assert result.returncode == 0 and result.stderr == b""
    assert "20 info" in out(result)


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
    cache = Cache(tmp_path, key, "0")
    assert cache.load("a.txt", "abc") is None
    cache.store("a.txt", "abc", answer, [finding])
    assert cache.load("a.txt", "abc") == (answer, [finding])
    assert cache.load("a.txt", "other content") is None
    assert cache.load("b.txt", "abc") is None


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
