"""Odd and bad inputs, round 18: signals while the command starts, reports of huge answers,
and what a failure says."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clitools import ROOT, SEED_PROVINCES
from okot_audit._startup import is_command

POSIX = pytest.mark.skipif(os.name != "posix", reason="sends POSIX signals")


# --------------------------------------------------------------------------- Ctrl-C at start-up

#: A sitecustomize that sends this process SIGINT (or the signal in OKOT_TEST_SIGNAL) the moment
#: Python looks for the module named in OKOT_TEST_SIGNAL_AT: a Ctrl-C at a chosen moment of
#: start-up, the same on a busy machine as on an idle one.
SIGNAL_AT_IMPORT = textwrap.dedent('''
    import importlib.abc, os, signal, sys

    class SignalAt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == os.environ.get("OKOT_TEST_SIGNAL_AT") and not getattr(self, "sent", False):
                self.sent = True
                os.kill(os.getpid(), int(os.environ.get("OKOT_TEST_SIGNAL", int(signal.SIGINT))))
            return None

    sys.meta_path.insert(0, SignalAt())
''')


def _start_with_signal(tmp_path: Path, command: list[str], module: str, signum: int = signal.SIGINT):
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SIGNAL_AT_IMPORT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env["OKOT_TEST_SIGNAL_AT"], env["OKOT_TEST_SIGNAL"] = module, str(int(signum))
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)


#: Moments of start-up: the package's first import, the reader's modules, click, the command
#: module, and the audit run the command loads.
MOMENTS = ["okot_audit.audit", "okot_audit.parse.regions", "okot_audit.tables", "click", "okot_audit.cli",
           "okot_audit.run"]


@POSIX
@pytest.mark.parametrize("module", MOMENTS)
@pytest.mark.parametrize("how", ["script", "module"])
def test_ctrl_c_while_the_command_starts_is_one_line_and_status_130(tmp_path, module, how):
    # A Ctrl-C in the first few tenths of a second (while the package imports) printed a
    # KeyboardInterrupt traceback of the imports.
    command = [sys.executable, "-m", "okot_audit"]
    if how == "script":  # what the installed console script holds
        (tmp_path / "okot-audit").write_text("import sys\nfrom okot_audit.cli import main\nsys.exit(main())\n")
        command = [sys.executable, str(tmp_path / "okot-audit")]
    result = _start_with_signal(tmp_path, [*command, "check", "--no-cache", str(SEED_PROVINCES)], module)
    stderr = result.stderr.decode()
    assert result.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip() == "okot-audit: interrupted", stderr
    assert not result.stdout


@POSIX
def test_ctrl_c_while_the_command_starts_speaks_dutch_when_asked(tmp_path):
    result = _start_with_signal(tmp_path, [sys.executable, "-m", "okot_audit", "check", "--lang", "nl",
                                           str(SEED_PROVINCES)], "okot_audit.parse.regions")
    assert result.returncode == 130
    assert result.stderr.decode().strip() == "okot-audit: onderbroken"


@POSIX
@pytest.mark.parametrize("module", ["okot_audit.parse.regions", "click"])
def test_sigterm_while_the_command_starts_is_its_line_and_status_143(tmp_path, module):
    result = _start_with_signal(tmp_path, [sys.executable, "-m", "okot_audit", "check", str(SEED_PROVINCES)],
                                module, signal.SIGTERM)
    assert result.returncode == 143, result.stderr
    assert result.stderr.decode().strip() == "okot-audit: stopped (terminated)"


@POSIX
def test_after_start_up_ctrl_c_is_the_commands_own_again(tmp_path):
    # The start-up handler ends the process on the spot; once the command runs, Ctrl-C must
    # again stop it through its own handling (workers ended, no half a report left behind).
    script = textwrap.dedent(f'''
        import signal, sys
        sys.argv = ["okot-audit", "--version"]
        import okot_audit
        from okot_audit._startup import _stop
        assert signal.getsignal(signal.SIGINT) is _stop
        assert signal.getsignal(signal.SIGTERM) is _stop
        from okot_audit import cli
        try:
            cli.main()
        except SystemExit:
            pass
        print(signal.getsignal(signal.SIGINT) is signal.default_int_handler,
              signal.getsignal(signal.SIGTERM) is cli._on_terminate)
    ''')
    result = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[-1] == "True True"


@POSIX
def test_importing_the_library_changes_no_signal_handler(tmp_path):
    script = ("import signal, okot_audit; "
              "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, "
              "signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)")
    result = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, timeout=120, check=False)
    assert result.stdout.decode().strip() == "True True", result.stderr


@POSIX
def test_a_command_started_with_ctrl_c_ignored_keeps_ignoring_it(tmp_path):
    # A background job's Ctrl-C is ignored from the start; the start-up guard must not undo that.
    script = ("import signal, sys; sys.argv = ['okot-audit']; import okot_audit; "
              "print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)")
    result = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, timeout=120, check=False,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert result.stdout.decode().strip() == "True", result.stderr


@pytest.mark.parametrize(("argv", "orig_argv", "expected"), [
    (["/usr/bin/okot-audit", "check"], ["/usr/bin/python3", "/usr/bin/okot-audit", "check"], True),
    (["-m", "check"], ["python", "-m", "okot_audit", "check"], True),
    (["-m"], ["python", "-X", "importtime", "-mokot_audit"], True),
    (["-m"], ["python", "-u", "-m", "okot_audit.cli"], True),
    (["-m"], ["python", "-m", "pytest", "-q"], False),
    (["-c"], ["python", "-c", "import okot_audit", "-m", "okot_audit"], False),
    (["script.py"], ["python", "script.py", "-m", "okot_audit"], False),
    ([], [], False),
])
def test_the_command_is_told_from_a_library_user(argv, orig_argv, expected):
    assert is_command(argv, orig_argv) is expected


# --------------------------------------------------------------------------- SARIF a result at a time

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from okot_audit.findings import Finding, InputFailure, Report  # noqa: E402
from okot_audit.report import render  # noqa: E402
from okot_audit.report import sarif  # noqa: E402

PATHS = st.sampled_from(["a.txt", "sub/b c.txt", "../elders/d.txt", "-", "é/ü #1.txt", "/abs/x.txt"])
SEVERITY = st.sampled_from([("parts-exceed-total", "OK103", "info"), ("total-exceeds-parts", "OK101", "error"),
                            ("figure-revised", "OK401", "warning")])


@st.composite
def findings(draw) -> Finding:
    rule, code, severity = draw(SEVERITY)
    stated = draw(st.integers(0, 10**6))
    observed = draw(st.integers(0, 10**6))
    related = tuple(draw(st.lists(st.tuples(PATHS, st.none() | st.integers(1, 500), st.none() | st.integers(1, 9)),
                                  max_size=2)))
    return Finding(rule, code, severity, draw(PATHS), draw(st.none() | st.integers(0, 900)),
                   draw(st.sampled_from([None, "t1", "t2"])), "started", draw(st.sampled_from([None, "2021"])),
                   None, draw(st.sampled_from([None, "908001"])), stated, observed, observed - stated,
                   draw(st.text(max_size=30)), related=related)


@settings(max_examples=60, deadline=None)
@given(found=st.lists(findings(), max_size=12),
       documents=st.lists(st.fixed_dictionaries({"path": PATHS, "encoding": st.sampled_from(["", "utf-8", "cp1252"])}),
                          max_size=4),
       failures=st.lists(st.builds(InputFailure, PATHS, st.none() | st.integers(1, 9), st.text(max_size=20)),
                         max_size=2),
       lang=st.sampled_from(["en", "nl"]), cap=st.sampled_from([3, 25_000]))
def test_sarif_written_a_result_at_a_time_is_the_whole_log_byte_for_byte(found, documents, failures, lang, cap):
    # `--format sarif` built its whole log in memory before writing it (191 MB for a 2 MB answer,
    # where the JSON report takes 76 MB): now it is written a result at a time — the same bytes.
    report = Report([_Described(d) for d in documents], found, failures)
    pieces: list[str] = []
    original = sarif.MAX_RESULTS
    sarif.MAX_RESULTS = cap
    try:
        expected = render(report, "sarif", lang=lang)
        sarif.write(documents, lambda: iter(report.findings), failures, pieces.append, lang=lang)
    finally:
        sarif.MAX_RESULTS = original
    assert "".join(pieces) == expected
    results = min(len(found), cap)
    assert len(pieces) == (results + 2 if results else 1)  # head, each result, tail


class _Described:
    """An answer as the report needs it: its ``describe()`` data."""

    def __init__(self, document: dict) -> None:
        self.document, self.path = document, document["path"]

    def describe(self) -> dict:
        return self.document


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "answers"
    folder.mkdir()
    years = SEED_PROVINCES.parent / "000_699ad5193617b98e.txt"
    for n in range(3):
        (folder / f"p{n}.txt").write_bytes(SEED_PROVINCES.read_bytes())
        (folder / f"y{n}.txt").write_bytes(years.read_bytes().replace(b"Totaal 439 834", b"Totaal 539 834"))
    return folder


@pytest.mark.parametrize("options", [[], ["--hide-info"]])
def test_the_commands_sarif_is_written_a_result_at_a_time(tmp_path, monkeypatch, options):
    from okot_audit import audit, cli

    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = audit(["answers", "missing.txt"], errors="collect")
    if options:
        report = Report(report.answers, [f for f in report.findings if f.severity != "info"], report.failures)
    sizes: list[int] = []
    write = cli.Output.write

    def measured(self, text: str) -> None:
        sizes.append(len(text))
        write(self, text)

    monkeypatch.setattr(cli.Output, "write", measured)
    with pytest.raises(SystemExit) as ended:
        cli.main(["check", str(folder.name), "missing.txt", "--format", "sarif", "--no-cache", "-o", "r.sarif",
                  *options])
    assert ended.value.code == 2
    whole = (tmp_path / "r.sarif").read_text(encoding="utf-8")
    assert whole == render(report, "sarif")
    assert len(report.findings) > 2 and len(sizes) == len(report.findings) + 2
    assert max(sizes[1:]) < 5_000  # each result on its own, after the log's head


def test_results_beyond_githubs_limit_still_count_for_the_exit_status(tmp_path, monkeypatch):
    # The SARIF log keeps GitHub's limit of results; the exit status counts every finding.
    from okot_audit import audit, cli

    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sarif, "MAX_RESULTS", 2)
    report = audit(["answers"], errors="collect")
    errors_after_cap = [f for f in report.findings[2:] if f.severity == "error"]
    assert errors_after_cap and all(f.severity != "error" for f in report.findings[:2])
    with pytest.raises(SystemExit) as ended:
        cli.main(["check", "answers", "--format", "sarif", "--no-cache", "-o", "r.sarif"])
    assert ended.value.code == 1
    log = (tmp_path / "r.sarif").read_text(encoding="utf-8")
    assert log == render(report, "sarif") and len(__import__("json").loads(log)["runs"][0]["results"]) == 2


# --------------------------------------------------------------------------- glued figures counted

GLUED_HEAD = ["Schriftelijke vraag nr. 12 van 3 maart 2023", "VDAB OKOT", "ANTWOORD"]


@pytest.mark.parametrize(("rows", "lines", "digits"), [
    (["Antwerpen577601640", "Limburg529540555560", "Totaal3.0583.1202.5802.301"], 3, 9 + 12 + 16),
    (["640601577Antwerpen", "560555540529Limburg", "2.3012.5803.1203.058Totaal"], 3, 9 + 12 + 16),
])
def test_a_table_of_glued_figures_says_how_many_lines_and_digits_went_unread(rows, lines, digits):
    # Its figures cannot be counted (which digits make which figure is lost), and the finding
    # said only "nothing there was checked": not how much that was.
    from okot_audit import audit, read_text

    answer = read_text("\n".join([*GLUED_HEAD, "Provincie2019202020212022", *rows, "Bron: VDAB."]) + "\n", "a.txt")
    en = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    nl = [f for f in audit(answer, lang="nl").findings if f.rule == "unreadable-table"]
    assert [f.line for f in en] == [4]
    assert en[0].message.endswith(f"nothing there was checked: {lines} lines of figures, {digits} digits in all")
    assert nl[0].message.endswith(f"daar is niets gecontroleerd: {lines} regels met cijfers, samen {digits} cijfertekens")


# --------------------------------------------------------------------------- a huge table's schema check

def _big_delimited(rows: int) -> str:
    """A table of `rows` programmes printed with semicolons; its total breaks the schema's
    bound of a million (a count no answer can mean)."""
    lines = ["Schriftelijke vraag nr. 74 van 14 oktober 2022", "OKOT's zorg", "ANTWOORD", "",
             "Opleiding;2021;2022;2023"]
    totals = [0, 0, 0]
    for i in range(rows):
        values = [(i * 7 + k * 5) % 90 + 1 for k in range(3)]
        totals = [t + v for t, v in zip(totals, values)]
        lines.append(f"Opleiding nummer {i};{values[0]};{values[1]};{values[2]}")
    lines.append("Totaal;{};{};{}".format(*totals))
    return "\n".join(lines) + "\n"


def test_a_huge_table_that_breaks_its_schema_gives_pandera_only_the_cells_in_doubt(monkeypatch):
    # Every cell of a table the screen doubted went to pandera as a DataFrame (and a dict per
    # cell before it): 40,000 rows took 180 MB more for one total too large. Pandera now sees
    # the doubted cells only; the failures are the same as when it saw them all.
    from okot_audit import read_text, schemas

    answer = read_text(_big_delimited(40_000), "big.txt")
    [table] = answer.tables
    assert len(table.cells) == 120_003
    whole = schemas._pandera_failures(answer.path, table, table.records(answer.path))
    seen: list[int] = []
    load = schemas.load_schema

    class Spy:
        def __init__(self, schema) -> None:
            self.schema = schema

        def validate(self, frame, **options):
            seen.append(len(frame))
            return self.schema.validate(frame, **options)

    monkeypatch.setattr(schemas, "load_schema", lambda kind: Spy(load(kind)))
    failures = schemas.validate_answer(answer)
    assert failures == whole and len(failures) == 3
    assert [f.line for f in failures] == [40_006] * 3 and seen == [3]
    assert schemas.validate_table(answer.path, table) == whole and seen == [3, 3]


# --------------------------------------------------------------------------- odd paths

@pytest.mark.skipif(sys.platform != "linux", reason="a file name of bytes that are no UTF-8 (Linux)")
def test_sarif_of_a_file_whose_name_is_no_utf8_quotes_its_bytes(tmp_path):
    # `--format sarif` of `bad\xff.txt` was "internal error (UnicodeEncodeError …)": the URI
    # and the fingerprint encoded the name as UTF-8. The URI now quotes the name's bytes.
    import json

    folder = os.fsencode(tmp_path) + b"/dir\xfe"
    os.mkdir(folder)
    with open(folder + b"/bad\xff.txt", "wb") as handle:
        handle.write(SEED_PROVINCES.read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-m", "okot_audit", "check", "--no-cache", "--format", "sarif",
                             b"dir\xfe"], cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert not result.stderr
    log = json.loads(result.stdout)
    [artifact] = log["runs"][0]["artifacts"]
    assert artifact["location"]["uri"] == "dir%FE/bad%FF.txt"
    results = log["runs"][0]["results"]
    assert results and {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
        "dir%FE/bad%FF.txt"}


# --------------------------------------------------------------------------- workbooks with XML entities

def _workbook_with_strings(strings_xml: str) -> bytes:
    """A one-sheet workbook whose shared strings part is `strings_xml`."""
    import io
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0"?><Relationships xmlns="{package}"><Relationship Id="rId1" '
                        f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0"?><Relationships xmlns="{package}"><Relationship Id="rId1" Type="{rel}/worksheet" '
            f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
            '<c r="B1"><v>2021</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>5</v></c></row>'
            '</sheetData></worksheet>'),
        "xl/sharedStrings.xml": strings_xml,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>')


@pytest.mark.parametrize("strings", [LAUGHS, EXTERNAL], ids=["billion-laughs", "external-entity"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_workbook_that_declares_xml_entities_is_refused_in_one_clear_line(tmp_path, strings, lang):
    # Such a workbook was refused with openpyxl's words cut off mid-word: "not a readable Excel
    # workbook (damaged or incomplete: Unable to read workbook: could not read strings from None.
    # This is most probably because the workbook source files conta)".
    from okot_audit import cli

    (tmp_path / "annex.xlsx").write_bytes(_workbook_with_strings(strings))
    result = subprocess.run([sys.executable, "-m", "okot_audit", "check", "--no-cache", "--lang", lang, "annex.xlsx"],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                            timeout=120, check=False)
    stderr = result.stderr.decode()
    assert result.returncode == cli.EXIT_UNUSABLE and len(stderr.splitlines()) == 1, stderr
    expected = {"en": "okot-audit: error: annex.xlsx: the workbook's part xl/sharedStrings.xml declares XML entities",
                "nl": "okot-audit: fout: annex.xlsx: het onderdeel xl/sharedStrings.xml van de werkmap declareert "
                      "XML-entiteiten"}[lang]
    assert stderr.startswith(expected), stderr


def test_a_workbook_without_a_doctype_is_read_as_before():
    from okot_audit.read.xlsx import read_xlsx

    plain = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<si><t>Antwerpen</t></si></sst>')
    source = read_xlsx(_workbook_with_strings(plain), "annex.xlsx")
    assert "Antwerpen" in source.text and "2021" in source.text


# --------------------------------------------------------------------------- HTML: a table in a table's cell

NESTED_PAGE = """<html><head><script>var x = "Antwerpen 12 13";</script></head><body>
<p>Schriftelijke vraag nr. 5 van 3 maart 2023 over OKOT's (VDAB): unieke cursisten gestart</p>
<table><tr><td>Tabel 1</td></tr><tr><td>
<table><tr><th>Provincie</th><th>2021</th><th>2022</th></tr>
<tr><td>Antwerpen</td><td>5</td><td>6</td></tr>
<tr><td>Limburg</td><td>7</td><td>8</td></tr>
<tr><td>Totaal</td><td>{total}</td><td>14</td></tr></table>
</td><td><iframe src="https://example.org"></iframe></td></tr><tr><td>Bron: VDAB</td></tr></table>
<noscript>Totaal 99 98</noscript>
</body></html>
"""


@pytest.mark.parametrize(("total", "status"), [(12, 0), (20, 1)])
def test_a_table_inside_a_tables_cell_is_read_and_checked(tmp_path, total, status):
    # A page laid out with a table holding the answer's table in one of its cells: the inner
    # table's words ran together in the outer cell ("Provincie 2021 2022 Antwerpen 5 6 …"), no
    # table was read, and the page passed as clean (exit 0) whatever its totals said.
    from okot_audit import audit, read_answer

    path = tmp_path / "answer.html"
    path.write_text(NESTED_PAGE.format(total=total), encoding="utf-8")
    answer = read_answer(path)
    [table] = answer.tables
    cells = [(c.level, c.label, c.period, c.count, c.line) for c in table.cells]
    assert cells == [("row", "Antwerpen", "2021", 5, 5), ("row", "Antwerpen", "2022", 6, 5),
                     ("row", "Limburg", "2021", 7, 6), ("row", "Limburg", "2022", 8, 6),
                     ("total", "Totaal", "2021", total, 7), ("total", "Totaal", "2022", 14, 7)]
    errors = [(f.rule, f.line, f.stated, f.observed) for f in audit(answer).findings if f.severity == "error"]
    assert errors == ([] if status == 0 else [("total-exceeds-parts", 7, 20, 12)])



def test_the_outer_tables_rows_keep_their_place_around_the_inner_table():
    from okot_audit.read.html import read_html

    source = read_html(NESTED_PAGE.format(total=12), "answer.html")
    words = [line.split()[0] for line in source.lines if line.strip()]
    assert words == ["Schriftelijke", "Tabel", "Provincie", "Antwerpen", "Limburg", "Totaal", "Bron:"]
    assert list(source.line_numbers) == sorted(source.line_numbers)
