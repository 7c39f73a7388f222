"""Outputs a run stopped half-way must not leave, and what the pre-commit hook skips or refuses
(robust16).

`--output` was written in place: a run stopped by Ctrl-C, SIGTERM, a full disk or an input
that broke it half-way removed the half-written CSV or JSON — and with it the earlier good
output it had already overwritten — and left a Parquet file without its footer, or a data
package whose `cells.csv` was cut short beside an earlier run's `datapackage.json`."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clitools import ROOT, SEED_PROVINCES, SEED_YEARS

#: Each way of writing a file with --output: the command's arguments before the paths, and the
#: name of the file (or, for datapackage, folder) written.
OUTPUTS = [
    (["extract"], "cells.csv"),
    (["extract", "--format", "json"], "cells.json"),
    (["extract", "--format", "parquet"], "cells.parquet"),
    (["extract", "--format", "datapackage"], "package"),
    (["check", "--no-cache", "--format", "json"], "report.json"),
    (["check", "--no-cache", "--format", "text"], "report.txt"),
    (["check", "--no-cache", "--format", "html"], "report.html"),
    (["check", "--no-cache", "--format", "sarif"], "report.sarif"),
]
IDS = [" ".join(args[args.index("--format") + 1:] if "--format" in args else ["csv"]) + f" {args[0]}"
       for args, _ in OUTPUTS]


def _snapshot(path: Path) -> dict[str, bytes]:
    """The bytes of the output `path` (a file, or a data package's folder)."""
    if path.is_dir():
        return {child.name: child.read_bytes() for child in sorted(path.iterdir())}
    return {path.name: path.read_bytes()}


def _leftovers(folder: Path, output: Path) -> list[str]:
    """Files a run left beside (or in) its output other than the output itself."""
    names = [p.name for p in folder.iterdir() if p != output and p.name != "answers" and p.suffix != ".py"]
    if output.is_dir():
        names += [p.name for p in output.iterdir() if p.name not in ("cells.csv", "datapackage.json")]
    return names


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _earlier(args: list[str], output: Path) -> dict[str, bytes]:
    """A good output of an earlier run (of one answer) at `output`."""
    result = subprocess.run([sys.executable, "-m", "okot_audit", *args, "-o", str(output), str(SEED_PROVINCES)],
                            cwd=output.parent, env=_env(), capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return _snapshot(output)


@pytest.fixture(scope="module")
def answers(tmp_path_factory) -> Path:
    """40 answers: every output of them is far larger than one answer's."""
    folder = tmp_path_factory.mktemp("answers")
    for n in range(20):
        shutil.copy(SEED_PROVINCES, folder / f"care{n:02}.txt")
        shutil.copy(SEED_YEARS, folder / f"education{n:02}.txt")
    return folder


# --------------------------------------------------------------------------- a full disk


def _limit_file_size(limit: int):
    def limit_it() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file size limit (RLIMIT_FSIZE, Linux)")
@pytest.mark.parametrize("args, name", OUTPUTS[:4], ids=IDS[:4])
def test_a_write_that_fails_half_way_keeps_the_earlier_output(args, name, answers, tmp_path):
    # A full disk half-way (here: a file size limit, which fails the write as a full disk
    # does): CSV and JSON were removed, with the earlier good output they had overwritten;
    # Parquet was left without its footer; a data package kept a cells.csv cut short beside
    # the earlier run's datapackage.json.
    output = tmp_path / name
    before = _earlier(args, output)
    limit = 2048 if "parquet" in args else 4096  # (the earlier output was made without it)
    result = subprocess.run([sys.executable, "-m", "okot_audit", *args, "-j", "1", "-o", str(output), str(answers)],
                            cwd=tmp_path, env=_env(), capture_output=True, timeout=300, check=False,
                            preexec_fn=_limit_file_size(limit))
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert stderr.startswith("okot-audit: error: cannot write ") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file size limit (RLIMIT_FSIZE, Linux)")
@pytest.mark.parametrize("lang, line", [
    ("en", "okot-audit: error: cannot write the run's records to the temporary folder {}: File too large"),
    ("nl", "okot-audit: fout: kan de gegevens van de run niet in de tijdelijke map {} schrijven: File too large"),
])
def test_a_full_temporary_folder_is_named_not_taken_for_standard_output(lang, line, answers, tmp_path):
    # `check` keeps each answer's records in a temporary file: a full disk there was reported
    # as "cannot write to standard output: File too large" — with --output given.
    output = tmp_path / "report.txt"
    before = _earlier(["check", "--no-cache"], output)
    env = {**_env(), "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "okot_audit", "check", "--no-cache", "--lang", lang, "-j", "1",
                             "-o", str(output), str(answers)], cwd=tmp_path, env=env, capture_output=True,
                            timeout=300, check=False, preexec_fn=_limit_file_size(4096))
    assert result.returncode == 2
    assert result.stderr.decode() == line.format(tmp_path) + "\n"
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


@pytest.mark.parametrize("args, name", [OUTPUTS[0], OUTPUTS[1], *OUTPUTS[4:]], ids=[*IDS[:2], *IDS[4:]])
def test_an_output_that_fills_the_disk_keeps_the_earlier_one(args, name, tmp_path, monkeypatch):
    # (Parquet and the data package: test_a_write_that_fails_half_way_keeps_the_earlier_output.)
    from okot_audit import cli

    output = tmp_path / name
    before = _earlier(args, output)
    whole = cli.write_whole

    def filling(handle, data):  # the disk is full half-way through the first write
        whole(handle, data[:len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli, "write_whole", filling)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        cli.main([*args, "-j", "1", "-o", str(output), str(SEED_YEARS), str(SEED_PROVINCES)])
    assert ended.value.code == 2
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


def test_a_new_output_that_cannot_be_written_whole_is_not_made(answers, tmp_path):
    output = tmp_path / "package"
    result = subprocess.run([sys.executable, "-m", "okot_audit", "extract", "--format", "datapackage", "-j", "1",
                             "-o", str(output), str(answers)], cwd=tmp_path, env=_env(), capture_output=True,
                            timeout=300, check=False, preexec_fn=_limit_file_size(16384))
    assert result.returncode == 2, result.stderr.decode()
    assert not output.exists() and _leftovers(tmp_path, output) == []


# --------------------------------------------------------------------------- a run that breaks half-way


class _Broken(Exception):
    """What an input that breaks the run (not the reader: the run itself) raises."""


@pytest.mark.parametrize("stop", [KeyboardInterrupt, _Broken], ids=["ctrl-c", "broken"])
@pytest.mark.parametrize("args, name", OUTPUTS, ids=IDS)
def test_a_run_that_stops_after_some_answers_keeps_the_earlier_output(args, name, stop, answers, tmp_path,
                                                                      monkeypatch):
    from okot_audit import cli, run

    output = tmp_path / name
    before = _earlier(args, output)
    results = run._results

    def stopping(*given):
        for number, result in enumerate(results(*given)):
            if number == 3:
                raise stop()
            yield result

    monkeypatch.setattr(run, "_results", stopping)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        cli.main([*args, "-j", "1", "-o", str(output), str(answers)])
    assert ended.value.code == (130 if stop is KeyboardInterrupt else 2)
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


@pytest.mark.skipif(os.name != "posix", reason="sends signals (POSIX)")
@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("args, name", [OUTPUTS[0], OUTPUTS[3], OUTPUTS[4]], ids=[IDS[0], IDS[3], IDS[4]])
def test_a_signal_half_way_keeps_the_earlier_output(args, name, signal_name, tmp_path):
    output = tmp_path / name
    before = _earlier(args, output)
    many = tmp_path / "answers"
    many.mkdir()
    big = SEED_PROVINCES.read_text(encoding="utf-8") * 60
    for n in range(64):
        (many / f"answer{n:02}.txt").write_text(big, encoding="utf-8")
    folder = output if output.is_dir() else tmp_path
    process = subprocess.Popen([sys.executable, "-m", "okot_audit", *args, "-j", "1", "-o", str(output), str(many)],
                               cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):  # the new output started beside the old one
            if any(p.name.endswith(".part") and p.stat().st_size > 0 for p in folder.iterdir()):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the output was not started")
        process.send_signal(getattr(signal, signal_name))
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == (130 if signal_name == "SIGINT" else 143), stderr
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


# --------------------------------------------------------------------------- what stays as it was


def test_a_whole_run_replaces_the_output_and_keeps_its_permissions(tmp_path):
    output = tmp_path / "cells.csv"
    output.write_text("old\n", encoding="utf-8")
    output.chmod(0o640)
    result = subprocess.run([sys.executable, "-m", "okot_audit", "extract", "-o", str(output), str(SEED_PROVINCES)],
                            cwd=tmp_path, env=_env(), capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert output.read_text(encoding="utf-8").startswith("path,table,")
    assert output.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path, output) == []


@pytest.mark.skipif(os.name != "posix", reason="symbolic links (POSIX)")
def test_an_output_through_a_symbolic_link_replaces_the_linked_file(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "cells.csv"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = subprocess.run([sys.executable, "-m", "okot_audit", "extract", "-o", str(link), str(SEED_PROVINCES)],
                            cwd=tmp_path, env=_env(), capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("path,table,")
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["cells.csv"]
