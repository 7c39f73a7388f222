"""Dutch throughout: error lines, `rules`, `rule NAME` (okot_audit.i18n and the rule pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clitools import SEED_YEARS, err, okot, out
from okot_audit.i18n import ERRORS, error_line, language_of, translate

# One English message for every entry of the catalogue, with its Dutch.
EXAMPLES = [
    ("big.txt: file is 99,000,000 bytes; an answer is far smaller (limit 50,000,000)",
     "big.txt: het bestand is 99,000,000 bytes; een antwoord is veel kleiner (grens 50,000,000)"),
    ("d: is a folder, not a file", "d: is een map, geen bestand"),
    ("a.txt: no such file or folder", "a.txt: bestand of map bestaat niet"),
    ("a.txt: permission denied: cannot read the file", "a.txt: geen toegang: het bestand kan niet gelezen worden"),
    ("a.txt: cannot read the file: I/O error", "a.txt: het bestand kan niet gelezen worden: I/O error"),
    ("a.txt: file is empty", "a.txt: het bestand is leeg"),
    ("a.txt: file holds only white space", "a.txt: het bestand bevat alleen witruimte"),
    ("a.txt:1: binary data (NUL byte); expected the text of an answer",
     "a.txt:1: binaire gegevens (NUL-byte); verwacht werd de tekst van een antwoord"),
    ("a.txt:3: binary data (12 control characters); expected the text of an answer",
     "a.txt:3: binaire gegevens (12 stuurtekens); verwacht werd de tekst van een antwoord"),
    ("a.txt:2: line is 20,000 characters long; not the text of an answer",
     "a.txt:2: de regel is 20,000 tekens lang; dit is niet de tekst van een antwoord"),
    ("a.txt: byte 0x81 decodes in none of UTF-8, UTF-16 or Windows-1252",
     "a.txt: byte 0x81 is geldig in UTF-8, UTF-16 noch Windows-1252"),
    ("n.txt: not an OKOT answer: no table of training codes and no mention of OKOT or VDAB",
     "n.txt: geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT of VDAB"),
    ("a.html: not an OKOT answer: no table of training codes and no mention of OKOT or VDAB; the page embeds or "
     "links a document ('bijlage.pdf'): give okot-audit that file itself",
     "a.html: geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT of VDAB; de pagina "
     "bevat of linkt een document ('bijlage.pdf'): geef okot-audit dat bestand zelf"),
    ("n.txt: not an OKOT answer: something new", "n.txt: geen OKOT-antwoord: something new"),
    ("n.txt: not an OKOT answer", "n.txt: geen OKOT-antwoord"),
    ("c.csv:1: catalogue lacks the column(s) code, sector", "c.csv:1: de catalogus mist de kolom(men) code, sector"),
    ("c.csv: catalogue file not found", "c.csv: catalogusbestand niet gevonden"),
    ("--exclude: '!' is not a gitignore-style pattern (Invalid git pattern: '!')",
     "--exclude: '!' is geen gitignore-patroon (Invalid git pattern: '!')"),
    ("c.csv: catalogue is not UTF-8 text", "c.csv: de catalogus is geen UTF-8-tekst"),
    ("c.csv:4: catalogue code '12' is not six digits", "c.csv:4: cataloguscode '12' heeft geen zes cijfers"),
    ("c.csv:4: catalogue column can_be_final must be true or false, not 'x'",
     "c.csv:4: cataloguskolom can_be_final moet true of false zijn, niet 'x'"),
    ("c.csv:4: catalogue column year must be a whole number, not 'x'",
     "c.csv:4: cataloguskolom year moet een geheel getal zijn, niet 'x'"),
    ("c.csv:4: catalogue column sector is empty: give the code's sector (onderwijs, zorg, …)",
     "c.csv:4: cataloguskolom sector is leeg: geef de sector van de code (onderwijs, zorg, …)"),
    ("c.csv:4: catalogue column stage must be year, track, module or whole, not 'jaar'",
     "c.csv:4: cataloguskolom stage moet year, track, module of whole zijn, niet 'jaar'"),
    ("c.csv:4: catalogue row gives year 3 of a programme of 2 year(s)",
     "c.csv:4: de catalogusrij geeft jaar 3 van een opleiding van 2 jaar"),
    ("pyproject.toml: not valid TOML (Expected '=' (at line 2, column 5))",
     "pyproject.toml: geen geldige TOML (Expected '=' (at line 2, column 5))"),
    ("pyproject.toml: cannot read it (permission denied)", "pyproject.toml: kan niet gelezen worden (permission denied)"),
    ("pyproject.toml: [tool.okot-audit] must be a table of settings",
     "pyproject.toml: [tool.okot-audit] moet een tabel met instellingen zijn"),
    ("pyproject.toml: [tool.okot-audit] has no setting 'colour'; the settings are select, ignore",
     "pyproject.toml: [tool.okot-audit] heeft geen instelling 'colour'; de instellingen zijn select, ignore"),
    ("pyproject.toml: [tool.okot-audit] catalogue must be the path of a CSV file, not 3",
     "pyproject.toml: [tool.okot-audit] catalogue moet het pad van een CSV-bestand zijn, niet 3"),
    ("pyproject.toml: [tool.okot-audit] sector must be a sector name such as \"zorg\", not 3",
     "pyproject.toml: [tool.okot-audit] sector moet een sectornaam zijn, zoals \"zorg\", niet 3"),
    ("pyproject.toml: [tool.okot-audit] select must be a list of rule names or codes, not 3",
     "pyproject.toml: [tool.okot-audit] select moet een lijst van namen of codes van controles zijn, niet 3"),
    ("pyproject.toml: [tool.okot-audit] lang must be one of en, nl, not 'fr'",
     "pyproject.toml: [tool.okot-audit] lang moet een van en, nl zijn, niet 'fr'"),
    ("pyproject.toml: [tool.okot-audit] catalogue: no such file 'x.csv'",
     "pyproject.toml: [tool.okot-audit] catalogue: bestand 'x.csv' bestaat niet"),
    ("no answers found in d (no *.txt file in it or below it)", "geen antwoorden gevonden in d (geen *.txt-bestand erin of eronder)"),
    ("no answers found in d", "geen antwoorden gevonden in d"),
    ("--select: no rule matches 'x' (give a name, a code or a code prefix; 'okot-audit rules' lists them)",
     "--select: geen controle past bij 'x' (geef een naam, een code of het begin van een code; "
     "'okot-audit rules' toont ze allemaal)"),
    ("no rule called 'x'; did you mean duplicate-row? ('okot-audit rules' lists them all)",
     "geen controle met de naam 'x'; bedoelde u duplicate-row? ('okot-audit rules' toont ze allemaal)"),
    ("no rule called 'x' ('okot-audit rules' lists them all)",
     "geen controle met de naam 'x' ('okot-audit rules' toont ze allemaal)"),
    ("--sector: unknown sector 'xx'; the catalogue knows onderwijs, zorg",
     "--sector: onbekende sector 'xx'; de catalogus kent onderwijs, zorg"),
    ("--output is empty: give the file to write, or leave --output out to write to standard output",
     "--output is leeg: geef het bestand om te schrijven, of laat --output weg om naar de standaarduitvoer te schrijven"),
    ("--output a.txt is one of the answers being read; choose another file",
     "--output a.txt is een van de antwoorden die gelezen worden; kies een ander bestand"),
    ("parquet is a binary format: give the file to write with --output FILE",
     "parquet is een binair formaat: geef met --output FILE het bestand om te schrijven"),
    ('parquet output needs pyarrow: install okot-audit[parquet] (pip install "okot-audit[parquet]")',
     'parquet-uitvoer heeft pyarrow nodig: installeer okot-audit[parquet] (pip install "okot-audit[parquet]")'),
    ("cannot write out/r.json: No such file or directory", "kan out/r.json niet schrijven: No such file or directory"),
    ("cannot write the data package to out: Permission denied", "kan het datapakket niet naar out schrijven: Permission denied"),
    ("cannot write the data package to out.csv: it is a file, not a folder; name a folder (cells.csv and "
     "datapackage.json are written in it)",
     "kan het datapakket niet naar out.csv schrijven: het is een bestand, geen map; geef een map (cells.csv en "
     "datapackage.json worden erin geschreven)"),
    ("cannot write the data package to a/b/dp: 'a/b' is a file, not a folder",
     "kan het datapakket niet naar a/b/dp schrijven: 'a/b' is een bestand, geen map"),
    ("cannot write the tidy data to standard output: Broken pipe",
     "kan de tabelgegevens niet naar de standaarduitvoer schrijven: Broken pipe"),
    ("cannot write the tidy data to x.csv: Read-only file system",
     "kan de tabelgegevens niet naar x.csv schrijven: Read-only file system"),
    ("cannot write the report to standard output: Broken pipe",
     "kan het rapport niet naar de standaarduitvoer schrijven: Broken pipe"),
    ("cannot write to standard output: No space left on device",
     "kan niet naar de standaarduitvoer schrijven: No space left on device"),
    ("datapackage writes a folder (cells.csv and datapackage.json): give it with --output FOLDER",
     "datapackage schrijft een map (cells.csv en datapackage.json): geef ze met --output FOLDER"),
    ("--statistics goes with --format text (see 'okot-audit check --help')",
     "--statistics hoort bij --format text (zie 'okot-audit check --help')"),
    ("a worker process ended abruptly (killed, or out of memory); the report stops before a/b.txt: it and the "
     "files after it are not reported — run again, or with --jobs 1 to find the file",
     "een werkproces stopte plots (afgebroken, of zonder geheugen); het rapport stopt vóór a/b.txt: dat bestand en "
     "de volgende staan er niet in — voer de run opnieuw uit, of met --jobs 1 om het bestand te vinden"),
    ("standard input (-) can be read once only", "de standaardinvoer (-) kan maar één keer gelezen worden"),
    ("cannot read standard input: Bad file descriptor", "kan de standaardinvoer niet lezen: Bad file descriptor"),
    ("c.csv: cannot read the catalogue (permission denied)", "c.csv: kan de catalogus niet lezen (permission denied)"),
    ("-: input is 60,000,000 bytes; an answer is far smaller (limit 50,000,000)",
     "-: de invoer is 60,000,000 bytes; een antwoord is veel kleiner (grens 50,000,000)"),
    ("a.txt:7: count 99999999999999999999999 does not fit Parquet's 64-bit integer column; its cell is written "
     "with the count empty — it cannot be a count of persons, okot-audit check says more",
     "a.txt:7: het aantal 99999999999999999999999 past niet in de 64-bit-gehele-getallenkolom van Parquet; de cel wordt "
     "geschreven zonder aantal — het kan geen aantal personen zijn, okot-audit check zegt meer"),
    ("a.txt:5: a table could not be read here (no-period); its figures are not in the output — okot-audit check says more",
     "a.txt:5: hier kon een tabel niet gelezen worden (geen periode); de cijfers ervan staan niet in de uitvoer — "
     "okot-audit check zegt meer"),
    ("a.txt:6: a row could not be read here (no-fit); its figures are not in the output — okot-audit check says more",
     "a.txt:6: hier kon een rij niet gelezen worden (no-fit); de cijfers ervan staan niet in de uitvoer — "
     "okot-audit check zegt meer"),
    ("a.txt:7: a count is withheld here (<5, 2020); it is not in the output",
     "a.txt:7: hier wordt een aantal niet gegeven (<5, 2020); het staat niet in de uitvoer"),
    ("a.txt:7: a count is withheld here without a bound ((a), 2020); it is not in the output",
     "a.txt:7: hier wordt een aantal niet gegeven, zonder grens ((a), 2020); het staat niet in de uitvoer"),
    ("a.txt:7: a count is withheld here (* (<5), 2020); it is not in the output",
     "a.txt:7: hier wordt een aantal niet gegeven (* (<5), 2020); het staat niet in de uitvoer"),
    ("internal error (ValueError: x). This is a bug in okot-audit 1.0; please report it with the command you "
     "ran (OKOT_AUDIT_DEBUG=1 shows the traceback)",
     "interne fout (ValueError: x). Dit is een fout in okot-audit 1.0; meld ze samen met het commando dat u gaf "
     "(OKOT_AUDIT_DEBUG=1 toont de traceback)"),
    ("no such option '--foo'. (Did you mean one of: '--color', '--format'?) (see 'okot-audit check --help')",
     "onbekende optie '--foo' (bedoelde u een van: '--color', '--format'?) (zie 'okot-audit check --help')"),
    ("no such option '--fom'. Did you mean '--format'? (see 'okot-audit check --help')",
     "onbekende optie '--fom' (bedoelde u '--format'?) (zie 'okot-audit check --help')"),
    ("no such option: -x", "onbekende optie -x"),
    ("no such command 'bogus' (see 'okot-audit --help')", "onbekend commando 'bogus' (zie 'okot-audit --help')"),
    ("missing argument 'PATH...' (see 'okot-audit check --help')",
     "argument 'PATH...' ontbreekt (zie 'okot-audit check --help')"),
    ("missing command: check, extract, rules or rule (see 'okot-audit --help')",
     "commando ontbreekt: check, extract, rules of rule (zie 'okot-audit --help')"),
    ("invalid value for '--format': 'xml' is not one of 'text', 'json' (see 'okot-audit check --help')",
     "ongeldige waarde voor '--format': 'xml' is geen van 'text', 'json' (zie 'okot-audit check --help')"),
    ("invalid value for '--jobs': 'x' is not a valid integer", "ongeldige waarde voor '--jobs': 'x' is not a valid integer"),
    ("option '--output' requires an argument.", "optie '--output' vereist een argument"),
    ("cannot write out.json: it is a folder; name a file to write",
     "kan out.json niet schrijven: het is een map; geef een bestand om te schrijven"),
    ("cannot write a/b.json: there is no folder 'a'", "kan a/b.json niet schrijven: de map 'a' bestaat niet"),
    ("cannot write the run's records to the temporary folder /tmp: No space left on device",
     "kan de gegevens van de run niet in de tijdelijke map /tmp schrijven: No space left on device"),
    ("x: catalogue is a folder, not a CSV file", "x: de catalogus is een map, geen CSV-bestand"),
    ("x.csv:3: catalogue holds binary data (NUL byte), not CSV text",
     "x.csv:3: de catalogus bevat binaire gegevens (NUL-byte), geen CSV-tekst"),
    ("x.csv:2: catalogue is not CSV that can be read (field larger than field limit (131072))",
     "x.csv:2: de catalogus is geen leesbare CSV (field larger than field limit (131072))"),
    ("--catalogue is empty: give the CSV file of extra training codes, or leave --catalogue out",
     "--catalogue is leeg: geef het CSV-bestand met extra opleidingscodes, of laat --catalogue weg"),
    ("--config is empty: give the configuration file, or leave --config out to use the nearest pyproject.toml",
     "--config is leeg: geef het configuratiebestand, of laat --config weg om de dichtstbijzijnde pyproject.toml "
     "te gebruiken"),
    ("conf: is a folder, not a configuration file (--config)", "conf: is een map, geen configuratiebestand (--config)"),
    ("x.toml: no such configuration file (--config)", "x.toml: configuratiebestand bestaat niet (--config)"),
    ("x.toml: cannot read the configuration file: File name too long (--config)",
     "x.toml: het configuratiebestand kan niet gelezen worden: File name too long (--config)"),
    ("--jobs -1: give the number of processes, 1 or more (0: one per core)",
     "--jobs -1: geef het aantal processen, 1 of meer (0: één per kern)"),
    ("no such option '-x', but '-x' is a file: to read it, write './-x' or put '--' before the paths "
     "('okot-audit check -- -x')",
     "onbekende optie '-x', maar '-x' is een bestand: schrijf './-x' of zet '--' voor de paden om het te lezen "
     "('okot-audit check -- -x')"),
    ("a.txt:9: a table could not be read here (cell-count); its figures are not in the output — okot-audit check "
     "says more",
     "a.txt:9: hier kon een tabel niet gelezen worden (aantal cellen); de cijfers ervan staan niet in de uitvoer — "
     "okot-audit check zegt meer"),
    ("got unexpected extra argument (x)", "onverwachte extra argumenten (x)"),
]


@pytest.mark.parametrize("english, dutch", EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_every_known_error_has_its_dutch(english, dutch):
    assert translate(english, "nl") == dutch
    assert translate(english, "en") == english
    assert error_line(english, "nl") == f"okot-audit: fout: {dutch}"
    assert error_line(english, "en") == f"okot-audit: error: {english}"


def test_every_catalogue_entry_has_an_example():
    """A pattern added without an example fails here; so does one no example reaches."""
    used = set()
    for english, _ in EXAMPLES:
        prefix = english
        for suffix in (re.compile(r" \(see '[^']+ --help'\)$"), re.compile(r" \(from [^()]+\)$")):
            prefix = suffix.sub("", prefix)
        used.add(next(i for i, (pattern, _) in enumerate(ERRORS) if pattern.search(prefix)))
    assert used == set(range(len(ERRORS)))


def test_an_unknown_message_stays_as_it_is():
    assert translate("a.txt: something nobody foresaw", "nl") == "a.txt: something nobody foresaw"
    assert translate("x.csv: catalogue file not found (from pyproject.toml [tool.okot-audit] catalogue)", "nl") == (
        "x.csv: catalogusbestand niet gevonden (uit pyproject.toml [tool.okot-audit] catalogue)")


def test_language_comes_from_the_option_then_the_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert language_of(["check", "--lang", "nl", "a.txt"]) == "nl"
    assert language_of(["check", "--lang=nl"]) == "nl"
    assert language_of(["check", "--lang", "fr"]) == "en"
    assert language_of(["check", "--", "--lang", "nl"]) == "en"
    (tmp_path / "pyproject.toml").write_text('[tool.okot-audit]\nlang = "nl"\n', encoding="utf-8")
    assert language_of(["check", "a.txt"]) == "nl"
    assert language_of(["check", "--lang", "en"]) == "en"
    (tmp_path / "pyproject.toml").write_text("[tool.okot-audit\n", encoding="utf-8")
    assert language_of(["check"]) == "en"  # a broken configuration: its own error says so


# --------------------------------------------------------------------------- the real command

ENGLISH_WORDS = re.compile(r"\b(no such|cannot|not an|missing|must|file is|invalid|unknown|error|lists them)\b")


def error_cases(folder: Path) -> list[list[str]]:
    (folder / "notes.txt").write_text("hello\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "empty").mkdir()
    return [
        ["check", "absent.txt"], ["check", "notes.txt"], ["check", "empty.txt"], ["check", "empty"],
        ["check", "--format", "xml", str(SEED_YEARS)], ["check", "--select", "nope", str(SEED_YEARS)],
        ["check", "--sector", "xx", str(SEED_YEARS)], ["rule", "total-exeeds-parts"], ["bogus"],
        ["check", "--no-such-option", str(SEED_YEARS)],
    ]


def test_cli_error_lines_in_dutch(tmp_path):
    for args in error_cases(tmp_path):
        english = okot(*args, "--lang", "en", cwd=tmp_path)
        dutch = okot(*args, "--lang", "nl", cwd=tmp_path)
        assert english.returncode == dutch.returncode == 2, args
        (en_line,), (nl_line,) = err(english).splitlines(), err(dutch).splitlines()
        assert en_line.startswith("okot-audit: error: "), en_line
        assert nl_line.startswith("okot-audit: fout: "), nl_line
        assert not ENGLISH_WORDS.search(nl_line.split(": fout: ", 1)[1]), nl_line


def test_configuration_makes_errors_dutch(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.okot-audit]\nlang = "nl"\n', encoding="utf-8")
    result = okot("check", "missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert err(result) == "okot-audit: fout: missing.txt: bestand of map bestaat niet\n"


def test_rules_and_rule_in_dutch(tmp_path):
    english = out(okot("rules", cwd=tmp_path))
    dutch = out(okot("rules", "--lang", "nl", cwd=tmp_path))
    assert len(english.splitlines()) == len(dutch.splitlines())
    assert "OK201  duplicate-row" in dutch and "Eén opleidingscode staat twee keer in hetzelfde blok." in dutch
    assert re.search(r"OK101 +total-exceeds-parts +fout +Een totaal is groter", dutch)
    page = out(okot("rule", "duplicate-row", "--lang", "nl", cwd=tmp_path))
    assert page.startswith("OK201 duplicate-row (fout)\n\nEén opleidingscode")
    for heading in ("## Wat het doet", "## Waarom het ertoe doet", "## Voorbeeld"):
        assert heading in page
    assert "## What it does" in out(okot("rule", "duplicate-row", cwd=tmp_path))
    (tmp_path / "pyproject.toml").write_text('[tool.okot-audit]\nlang = "nl"\n', encoding="utf-8")
    assert "## Wat het doet" in out(okot("rule", "OK201", cwd=tmp_path))
