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
from pathlib import Path

import pytest

from clitools import ROOT, SEED_PROVINCES, SEED_YEARS, stop_once_written

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
    folder = output if output.is_dir() else tmp_path  # (where the new output is begun)
    command = [sys.executable, "-m", "okot_audit", *args, "-j", "1", "-o", str(output), str(many)]
    status, stderr = stop_once_written(command, tmp_path, _env(), folder, signal_name)
    assert status == (130 if signal_name == "SIGINT" else 143), stderr
    assert _snapshot(output) == before
    assert _leftovers(tmp_path, output) == []


# --------------------------------------------------------------------------- what stays as it was


@pytest.mark.parametrize("args, name", OUTPUTS, ids=IDS)
def test_a_run_that_reads_no_answer_writes_nothing_over_the_earlier_output(args, name, tmp_path):
    # A data package of a run whose every input failed (exit 2) replaced an earlier package by
    # an empty one; the other formats write nothing then.
    output = tmp_path / name
    before = _earlier(args, output)
    (tmp_path / "broken.pdf").write_bytes(BROKEN["damaged.pdf"][0])
    result = subprocess.run([sys.executable, "-m", "okot_audit", *args, "-o", str(output), "broken.pdf"],
                            cwd=tmp_path, env=_env(), capture_output=True, timeout=300, check=False)
    assert result.returncode == 2, result.stderr.decode()
    assert _snapshot(output) == before


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


# --------------------------------------------------------------------------- the pre-commit hook


def _hook_entry() -> list[str]:
    """The hook's command after `okot-audit` (`.pre-commit-hooks.yaml`'s entry)."""
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = hooks[0]["entry"].split()
    assert entry[0] == "okot-audit"
    return entry[1:]


def _hook(files: list[str], cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    """The hook run on `files` as pre-commit runs it: the entry, then the staged files' names."""
    return subprocess.run([sys.executable, "-m", "okot_audit", *_hook_entry(), "--no-cache", *extra, *files],
                          cwd=cwd, env=_env(), capture_output=True, timeout=300, check=False)


def _workbook(cells: dict[str, object]) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for where, value in cells.items():
        book.active[where] = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # what a scan is to a text reader: no characters
    return bytes(pdf.output())


#: Files that are no answer: the hook skips each with a note, and the commit goes through.
NON_ANSWERS = {
    "requirements.txt": (b"click>=8.1\n", "not an OKOT answer"),
    "logo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data (NUL byte)"),
    "dump.txt": (b"name\x01\x02\x03\x04value\n" * 20, "binary data (4 control characters)"),
    "budget.xlsx": (None, "not an OKOT answer"),
}

#: Files in an answer's own format that cannot be read: each may be an answer that cannot be
#: checked, so the hook refuses it (exit 2), one line each, saying why.
BROKEN = {
    "damaged.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj garbage", "not a readable PDF (damaged or incomplete: "),
    "scan.pdf": (None, "the PDF has no text layer (a scanned PDF?)"),
    "annex.xlsx": (None, "a damaged or incomplete zip archive (a broken .xlsx workbook?) that cannot be opened"),
    "letter.xlsx": (None, "a zip archive that is not an Excel workbook (.xlsx)"),
}


@pytest.fixture()
def repository(tmp_path) -> Path:
    import io
    import zipfile

    (tmp_path / "answer.txt").write_bytes(SEED_PROVINCES.read_bytes())
    for name, (data, _) in {**NON_ANSWERS, **BROKEN}.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    (tmp_path / "budget.xlsx").write_bytes(_workbook({"A1": "Begroting", "B2": 1250}))
    (tmp_path / "scan.pdf").write_bytes(_scanned_pdf())
    whole = _workbook({"A1": "Opleiding", "B1": 2020})
    (tmp_path / "annex.xlsx").write_bytes(whole[:len(whole) // 2])  # a download cut short
    letter = io.BytesIO()
    with zipfile.ZipFile(letter, "w") as archive:  # a Word document named .xlsx
        archive.writestr("word/document.xml", "<w:document/>")
    (tmp_path / "letter.xlsx").write_bytes(letter.getvalue())
    return tmp_path


def test_the_hook_skips_files_that_are_no_answer_each_on_its_line(repository):
    # A binary file named .txt (an image, a dump) blocked the commit with exit 2 as "binary
    # data", though it is no answer — the hook skips a requirements.txt the same way.
    result = _hook(["answer.txt", *NON_ANSWERS], repository)
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    lines = stderr.splitlines()
    assert len(lines) == len(NON_ANSWERS), stderr
    for line, (name, (_, why)) in zip(lines, NON_ANSWERS.items()):
        assert line.startswith(f"okot-audit: note: {name}: skipped: {why}"), line


def test_the_hook_refuses_each_damaged_or_unreadable_file_on_its_line(repository):
    # A damaged, scanned PDF or a broken workbook may be an answer that cannot be checked:
    # the commit is blocked (exit 2), each file on one line with why; a workbook cut short was
    # called "a zip archive that is not an Excel workbook", a damaged PDF's reason ended ".)".
    result = _hook(["answer.txt", *BROKEN, *NON_ANSWERS], repository)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("okot-audit: error: ")]
    notes = [line for line in stderr.splitlines() if line.startswith("okot-audit: note: ")]
    assert len(errors) == len(BROKEN) and len(notes) == len(NON_ANSWERS), stderr
    assert len(errors) + len(notes) == len(stderr.splitlines()), stderr
    for line, (name, (_, why)) in zip(errors, BROKEN.items()):
        assert line.startswith(f"okot-audit: error: {name}: {why}"), line
        assert ".)" not in line and "Traceback" not in line, line
    nl = _hook(["answer.txt", *BROKEN], repository, "--lang", "nl").stderr.decode().splitlines()
    assert len(nl) == len(BROKEN) and all(line.startswith("okot-audit: fout: ") for line in nl)
    assert "beschadigd of onvolledig zip-archief" in nl[2], nl


def test_a_folder_walk_skips_a_binary_text_file_as_the_hook_does(repository):
    folder = repository / "answers"
    folder.mkdir()
    (folder / "answer.txt").write_bytes(SEED_PROVINCES.read_bytes())
    (folder / "logo.txt").write_bytes(NON_ANSWERS["logo.txt"][0])
    result = subprocess.run([sys.executable, "-m", "okot_audit", "check", "--no-cache", "answers"], cwd=repository,
                            env=_env(), capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr.decode() == ("okot-audit: note: answers/logo.txt: skipped: binary data (NUL byte); "
                                      "expected the text of an answer\n")
    named = subprocess.run([sys.executable, "-m", "okot_audit", "check", "--no-cache", "answers/logo.txt"],
                           cwd=repository, env=_env(), capture_output=True, timeout=300, check=False)
    assert named.returncode == 2  # named without --skip-non-answers: still no answer, exit 2
