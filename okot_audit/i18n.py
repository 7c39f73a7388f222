"""The command line's own words in English and Dutch: a catalogue, no logic.

:func:`text` gives a line of the command line by key (``text("rule_heading", "nl", code=…, name=…, severity=…)``).
:func:`error_line` gives the one line an error shows on stderr, in the chosen language: the
reader, the configuration and click say what is wrong in English; :data:`ERRORS` holds the
Dutch for each of their messages (an English pattern and its Dutch template), so that
``--lang nl`` (or ``lang = "nl"``) speaks Dutch from the first line to the last. A message the
catalogue does not know is shown as it is — never lost.

Finding messages are not here: each rule carries its own (``MESSAGES`` in its module).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

LANGUAGES = ("en", "nl")

#: The command line's lines by key and language (``str.format`` templates).
TEXTS: dict[str, dict[str, str]] = {
    "error": {"en": "okot-audit: error: {message}", "nl": "okot-audit: fout: {message}"},
    "note": {"en": "okot-audit: note: {message}", "nl": "okot-audit: opmerking: {message}"},
    "rule_heading": {"en": "{code} {name} ({severity})", "nl": "{code} {name} ({severity})"},
    "interrupted": {"en": "okot-audit: interrupted", "nl": "okot-audit: onderbroken"},
    "terminated": {"en": "okot-audit: stopped (terminated)", "nl": "okot-audit: gestopt (beëindigd)"},
}

SEVERITIES = {
    "en": {"error": "error", "warning": "warning", "info": "info"},
    "nl": {"error": "fout", "warning": "waarschuwing", "info": "info"},
}


def text(key: str, lang: str, **values: object) -> str:
    """The line `key` in `lang` (English when the language is unknown), filled with `values`."""
    templates = TEXTS[key]
    return templates.get(lang, templates["en"]).format(**values)


def severity(name: str, lang: str) -> str:
    """``error`` → ``fout`` in Dutch; the name itself in English."""
    return SEVERITIES.get(lang, SEVERITIES["en"]).get(name, name)


# English message (a regular expression matching the END of the line) → Dutch template.
# More specific patterns come first; named groups carry the values over.
_ERRORS: Sequence[tuple[str, str]] = (
    # reading a file (okot_audit.source, okot_audit.parse)
    (r"file is (?P<size>[\d,.]+) bytes; an answer is far smaller \(limit (?P<limit>[\d,.]+)\)",
     "het bestand is {size} bytes; een antwoord is veel kleiner (grens {limit})"),
    (r"is a folder, not a file", "is een map, geen bestand"),
    (r"no such file or folder", "bestand of map bestaat niet"),
    (r"permission denied: cannot read the file", "geen toegang: het bestand kan niet gelezen worden"),
    (r"cannot read the file: (?P<why>.+)", "het bestand kan niet gelezen worden: {why}"),
    (r"file is empty", "het bestand is leeg"),
    (r"file holds only white space", "het bestand bevat alleen witruimte"),
    (r"binary data \(NUL byte\); expected the text of an answer",
     "binaire gegevens (NUL-byte); verwacht werd de tekst van een antwoord"),
    (r"binary data \((?P<n>\d+) control characters\); expected the text of an answer",
     "binaire gegevens ({n} stuurtekens); verwacht werd de tekst van een antwoord"),
    (r"line is (?P<n>[\d,.]+) characters long; not the text of an answer",
     "de regel is {n} tekens lang; dit is niet de tekst van een antwoord"),
    (r"byte 0x(?P<byte>[0-9a-fA-F]{2}) decodes in none of UTF-8, UTF-16 or Windows-1252",
     "byte 0x{byte} is geldig in UTF-8, UTF-16 noch Windows-1252"),
    (r"not an OKOT answer: no table of training codes and no mention of OKOT or VDAB",
     "geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT of VDAB"),
    (r"not an OKOT answer: no table of training codes and no mention of OKOT or VDAB; the page embeds or links "
     r"a document \('(?P<name>.+)'\): give okot-audit that file itself",
     "geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT of VDAB; de pagina bevat of "
     "linkt een document ('{name}'): geef okot-audit dat bestand zelf"),
    (r"not an OKOT answer: (?P<why>.+)", "geen OKOT-antwoord: {why}"),
    (r"not an OKOT answer", "geen OKOT-antwoord"),
    # the catalogue (okot_audit.catalogue)
    (r"catalogue lacks the column\(s\) (?P<columns>.+)", "de catalogus mist de kolom(men) {columns}"),
    (r"(?P<pattern>'.*') is not a gitignore-style pattern \((?P<why>.*)\)$",
     "{pattern} is geen gitignore-patroon ({why})"),
    (r"catalogue file not found", "catalogusbestand niet gevonden"),
    (r"catalogue is a folder, not a CSV file", "de catalogus is een map, geen CSV-bestand"),
    (r"catalogue holds binary data \(NUL byte\), not CSV text",
     "de catalogus bevat binaire gegevens (NUL-byte), geen CSV-tekst"),
    (r"catalogue is not CSV that can be read \((?P<why>.+)\)", "de catalogus is geen leesbare CSV ({why})"),
    (r"^--catalogue is empty: give the CSV file of extra training codes, or leave --catalogue out",
     "--catalogue is leeg: geef het CSV-bestand met extra opleidingscodes, of laat --catalogue weg"),
    (r"^--config is empty: give the configuration file, or leave --config out to use the nearest pyproject\.toml",
     "--config is leeg: geef het configuratiebestand, of laat --config weg om de dichtstbijzijnde "
     "pyproject.toml te gebruiken"),
    (r"is a folder, not a configuration file \(--config\)", "is een map, geen configuratiebestand (--config)"),
    (r"no such configuration file \(--config\)", "configuratiebestand bestaat niet (--config)"),
    (r"cannot read the configuration file: (?P<why>.+) \(--config\)",
     "het configuratiebestand kan niet gelezen worden: {why} (--config)"),
    (r"catalogue is not UTF-8 text", "de catalogus is geen UTF-8-tekst"),
    (r"catalogue code (?P<code>.+) is not six digits", "cataloguscode {code} heeft geen zes cijfers"),
    (r"catalogue column can_be_final must be true or false, not (?P<value>.+)",
     "cataloguskolom can_be_final moet true of false zijn, niet {value}"),
    (r"catalogue column (?P<key>\w+) must be a whole number, not (?P<value>.+)",
     "cataloguskolom {key} moet een geheel getal zijn, niet {value}"),
    (r"catalogue column sector is empty: give the code's sector \((?P<examples>.+)\)",
     "cataloguskolom sector is leeg: geef de sector van de code ({examples})"),
    (r"catalogue column stage must be (?P<stages>.+) or (?P<last>\w+), not (?P<value>.+)",
     "cataloguskolom stage moet {stages} of {last} zijn, niet {value}"),
    (r"catalogue row gives year (?P<year>\d+) of a programme of (?P<years>\d+) year\(s\)",
     "de catalogusrij geeft jaar {year} van een opleiding van {years} jaar"),
    # the configuration (okot_audit.config)
    (r"not valid TOML \((?P<why>.+)\)", "geen geldige TOML ({why})"),
    (r"cannot read it \((?P<why>.+)\)", "kan niet gelezen worden ({why})"),
    (r"must be a table of settings", "moet een tabel met instellingen zijn"),
    (r"has no setting (?P<key>.+); the settings are (?P<keys>.+)",
     "heeft geen instelling {key}; de instellingen zijn {keys}"),
    (r"must be the path of a CSV file, not (?P<value>.+)", "moet het pad van een CSV-bestand zijn, niet {value}"),
    (r"must be a sector name such as \"zorg\", not (?P<value>.+)",
     "moet een sectornaam zijn, zoals \"zorg\", niet {value}"),
    (r"must be a list of rule names or codes, not (?P<value>.+)",
     "moet een lijst van namen of codes van controles zijn, niet {value}"),
    (r"must be one of (?P<allowed>.+), not (?P<value>.+)", "moet een van {allowed} zijn, niet {value}"),
    (r"no such file (?P<path>'.+')", "bestand {path} bestaat niet"),
    # the command line (okot_audit.cli)
    (r"^no answers found in (?P<folder>.+) \(no \*\.txt file in it or below it\)",
     "geen antwoorden gevonden in {folder} (geen *.txt-bestand erin of eronder)"),
    (r"^no answers found in (?P<folder>.+)", "geen antwoorden gevonden in {folder}"),
    (r"no rule matches (?P<selector>'.*') \(give a name, a code or a code prefix; 'okot-audit rules' lists them\)",
     "geen controle past bij {selector} (geef een naam, een code of het begin van een code; "
     "'okot-audit rules' toont ze allemaal)"),
    (r"^no rule called (?P<name>'.*'); did you mean (?P<close>\S+)\? \('okot-audit rules' lists them all\)",
     "geen controle met de naam {name}; bedoelde u {close}? ('okot-audit rules' toont ze allemaal)"),
    (r"^no rule called (?P<name>'.*') \('okot-audit rules' lists them all\)",
     "geen controle met de naam {name} ('okot-audit rules' toont ze allemaal)"),
    (r"unknown sector (?P<sector>'.*'); the catalogue knows (?P<known>.+)",
     "onbekende sector {sector}; de catalogus kent {known}"),
    (r"^--output is empty: give the file to write, or leave --output out to write to standard output",
     "--output is leeg: geef het bestand om te schrijven, of laat --output weg om naar de standaarduitvoer te schrijven"),
    (r"^--output (?P<output>.+) is one of the answers being read; choose another file",
     "--output {output} is een van de antwoorden die gelezen worden; kies een ander bestand"),
    (r"^parquet is a binary format: give the file to write with --output FILE",
     "parquet is een binair formaat: geef met --output FILE het bestand om te schrijven"),
    (r"^parquet output needs pyarrow: install okot-audit\[parquet\] (?P<how>.+)",
     "parquet-uitvoer heeft pyarrow nodig: installeer okot-audit[parquet] {how}"),
    (r"^cannot write the data package to (?P<output>.+?): it is a file, not a folder; name a folder \(cells\.csv "
     r"and datapackage\.json are written in it\)",
     "kan het datapakket niet naar {output} schrijven: het is een bestand, geen map; geef een map (cells.csv en "
     "datapackage.json worden erin geschreven)"),
    (r"^cannot write the data package to (?P<output>.+?): (?P<file>'.*') is a file, not a folder",
     "kan het datapakket niet naar {output} schrijven: {file} is een bestand, geen map"),
    (r"^cannot write the data package to (?P<output>.+?): (?P<why>.+)",
     "kan het datapakket niet naar {output} schrijven: {why}"),
    (r"^cannot write the run's records to the temporary folder (?P<folder>.+?): (?P<why>.+)",
     "kan de gegevens van de run niet in de tijdelijke map {folder} schrijven: {why}"),
    (r"^cannot write the tidy data to standard output: (?P<why>.+)",
     "kan de tabelgegevens niet naar de standaarduitvoer schrijven: {why}"),
    (r"^cannot write the tidy data to (?P<output>.+?): (?P<why>.+)",
     "kan de tabelgegevens niet naar {output} schrijven: {why}"),
    (r"^cannot write the report to standard output: (?P<why>.+)",
     "kan het rapport niet naar de standaarduitvoer schrijven: {why}"),
    (r"^cannot write to standard output: (?P<why>.+)", "kan niet naar de standaarduitvoer schrijven: {why}"),
    (r"^cannot write (?P<output>.+?): it is a folder; name a file to write",
     "kan {output} niet schrijven: het is een map; geef een bestand om te schrijven"),
    (r"^cannot write (?P<output>.+?): there is no folder (?P<folder>'.*')",
     "kan {output} niet schrijven: de map {folder} bestaat niet"),
    (r"^cannot write (?P<output>.+?): (?P<why>.+)", "kan {output} niet schrijven: {why}"),
    (r"^datapackage writes a folder \(cells\.csv and datapackage\.json\): give it with --output FOLDER",
     "datapackage schrijft een map (cells.csv en datapackage.json): geef ze met --output FOLDER"),
    (r"^--statistics goes with --format text", "--statistics hoort bij --format text"),
    (r"^--jobs (?P<value>.*): give the number of processes, 1 or more \(0: one per core\)",
     "--jobs {value}: geef het aantal processen, 1 of meer (0: één per kern)"),
    (r"^a worker process ended abruptly \(killed, or out of memory\); the report stops before (?P<first>.+?): "
     r"it and the files after it are not reported — run again, or with --jobs 1 to find the file",
     "een werkproces stopte plots (afgebroken, of zonder geheugen); het rapport stopt vóór {first}: dat bestand en "
     "de volgende staan er niet in — voer de run opnieuw uit, of met --jobs 1 om het bestand te vinden"),
    (r"^standard input \(-\) can be read once only", "de standaardinvoer (-) kan maar één keer gelezen worden"),
    (r"^cannot read standard input: (?P<why>.+)", "kan de standaardinvoer niet lezen: {why}"),
    (r"cannot read the catalogue \((?P<why>.+)\)", "kan de catalogus niet lezen ({why})"),
    (r"input is (?P<size>[\d,.]+) bytes; an answer is far smaller \(limit (?P<limit>[\d,.]+)\)",
     "de invoer is {size} bytes; een antwoord is veel kleiner (grens {limit})"),
    (r"a table could not be read here \((?P<reason>[^()]+)\); its figures are not in the output — "
     r"okot-audit check says more",
     "hier kon een tabel niet gelezen worden ({reason}); de cijfers ervan staan niet in de uitvoer — "
     "okot-audit check zegt meer"),
    (r"a row could not be read here \((?P<reason>[^()]+)\); its figures are not in the output — "
     r"okot-audit check says more",
     "hier kon een rij niet gelezen worden ({reason}); de cijfers ervan staan niet in de uitvoer — "
     "okot-audit check zegt meer"),
    (r"count (?P<count>-?\d+) does not fit Parquet's 64-bit integer column; its cell is written with the count "
     r"empty — it cannot be a count of persons, okot-audit check says more",
     "het aantal {count} past niet in de 64-bit-gehele-getallenkolom van Parquet; de cel wordt geschreven zonder aantal "
     "— het kan geen aantal personen zijn, okot-audit check zegt meer"),
    (r"a count is withheld here \((?P<what>(?:[^()]|\([^()]*\))+)\); it is not in the output",
     "hier wordt een aantal niet gegeven ({what}); het staat niet in de uitvoer"),
    (r"a count is withheld here without a bound \((?P<what>(?:[^()]|\([^()]*\))+)\); it is not in the output",
     "hier wordt een aantal niet gegeven, zonder grens ({what}); het staat niet in de uitvoer"),
    (r"^internal error \((?P<detail>.*)\)\. This is a bug in okot-audit (?P<version>\S+); please report it "
     r"with the command you ran \(OKOT_AUDIT_DEBUG=1 shows the traceback\)",
     "interne fout ({detail}). Dit is een fout in okot-audit {version}; meld ze samen met het commando "
     "dat u gaf (OKOT_AUDIT_DEBUG=1 toont de traceback)"),
    # click's usage errors (as okot_audit.cli.usage_line words them)
    (r"^no such option (?P<option>'[^']+'), but (?P<file>'.+') is a file: to read it, write (?P<dotted>'.+') "
     r"or put '--' before the paths (?P<example>\('.+'\))",
     "onbekende optie {option}, maar {file} is een bestand: schrijf {dotted} of zet '--' voor de paden "
     "om het te lezen {example}"),
    (r"^no such option (?P<option>'[^']+')\.?(?: \(Did you mean one of: (?P<many>.+)\?\))?",
     "onbekende optie {option}{many}"),
    (r"^no such option (?P<option>'[^']+')\.? \(?Did you mean (?P<one>'[^']+')\?\)?",
     "onbekende optie {option} (bedoelde u {one}?)"),
    (r"^no such option: (?P<option>\S+)", "onbekende optie {option}"),
    (r"^no such command (?P<command>'[^']+')\.?", "onbekend commando {command}"),
    (r"^missing argument (?P<argument>'[^']+')\.?", "argument {argument} ontbreekt"),
    (r"^missing command: (?P<commands>.+) or (?P<last>\S+)", "commando ontbreekt: {commands} of {last}"),
    (r"^invalid value for (?P<option>'[^']+'): (?P<value>'.*') is not one of (?P<choices>.+?)\.?",
     "ongeldige waarde voor {option}: {value} is geen van {choices}"),
    (r"^invalid value for (?P<option>'[^']+'): (?P<why>.+)", "ongeldige waarde voor {option}: {why}"),
    (r"^option (?P<option>'[^']+') requires an argument\.?", "optie {option} vereist een argument"),
    (r"^got unexpected extra arguments? \((?P<arguments>.+)\)", "onverwachte extra argumenten ({arguments})"),
)


@lru_cache(maxsize=1)
def _errors() -> tuple[tuple[re.Pattern[str], str], ...]:
    """:data:`ERRORS`, compiled when first needed: only an error line in Dutch reads them, and
    compiling some sixty patterns cost every start of the command a few milliseconds."""
    return tuple((re.compile(f"(?:{p})$"), t) for p, t in _ERRORS)


def __getattr__(name: str) -> object:
    """``ERRORS``: each pattern (compiled, matching the end of the message) and its Dutch
    template — made on first use (:func:`_errors`)."""
    if name == "ERRORS":
        return _errors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: Why a table region could not be read (``ParseIssue.reason`` of ``unreadable-table``), in Dutch.
UNREAD_REASONS_NL = {
    "no-period": "geen periode", "categories-without-period": "categorieën zonder periode",
    "measures-without-period": "tellingen zonder periode", "row-without-counts": "rij zonder aantallen",
    "row-without-label": "rij zonder label", "total-without-numbers": "totaalregel zonder getallen", "figures-in-total-label": "cijfers tussen de woorden van een totaalregel",
    "not-a-count": "een waarde die geen aantal is",
    "block-not-closed": "blok zonder afsluitend totaal", "table-like-lines": "regels die op een tabel lijken",
    "one-figure-per-line": "één cijfer per regel", "figures-glued": "cijfers zonder spatie aan elkaar", "footer-glued": "voettekst aan een rij vast", "table-beside-prose": "tabel naast een kolom tekst", "prose-beside-table": "kolom tekst naast een tabel", "page-without-text": "pagina zonder tekst", "page-with-image": "pagina met een afbeelding", "page-of-outlines": "pagina met tekst als contouren", "image-without-table": "afbeelding zonder gelezen tabel", "embedded-document": "ingebed document zonder gelezen tabel", "table-announced": "aangekondigde tabel niet gelezen", "page-damaged": "beschadigde pagina", "page-cut-short": "pagina afgebroken door schade", "rows-unclear": "rijen niet te onderscheiden", "text-mirrored": "gespiegelde tekst", "more-figures-than-periods": "meer cijfers dan perioden",
    "blanks-overflow": "lege cellen laten geen plaats voor de cijfers",
    "shares-only": "enkel aandelen of wijzigingen", "amounts-only": "enkel geldbedragen", "columns-without-periods": "kolommen zonder perioden",
    "cell-count": "aantal cellen", "merged-figure": "cijfer in samengevoegde cellen", "merged-figure-rows": "cijfer in samengevoegde rijen", "year-as-date": "jaar als datum", "formula-without-value": "formule zonder getal", "delimiter-unclear": "onduidelijk scheidingsteken",
    "columns-per-period": "meerdere kolommen per periode", "header-columns-per-period": "meerdere kolommen per periode",
    "periods-repeated": "dezelfde perioden meer dan eens", "side-by-side": "tabellen naast elkaar",
    "quarter-periods": "kwartalen als perioden", "quarter-columns": "kwartalen als kolommen", "quarter-lines": "kwartalen als regels",
    "rows-after-total": "rijen onder het totaal", "figures-below-rows": "cijfers zonder label onder de rijen", "fewer-figures-below-rows": "minder cijfers zonder label onder de rijen", "figures-above-header": "cijfers zonder label boven de hoofding", "periods-above-header": "perioden boven de hoofding", "row-after-total": "rij onder het totaal",
    "periods-unclear": "onduidelijke periode",
    "row-under-header": "rij onder een hoofding zonder tabel", "thousands-unclear": "onduidelijke duizendtallen",
    "code-after-prose": "opleidingscode na tekst in een rij",
    "continuation-other-header": "vervolg onder een andere hoofding", "columns-unplaced": "cijfers niet onder hun kolommen te plaatsen",
}

_SEE_HELP = re.compile(r" \(see '(?P<command>[^']+) --help'\)$")
_FROM = re.compile(r" \(from (?P<origin>[^()]+)\)$")


def translate(message: str, lang: str) -> str:
    """An error message (without the ``okot-audit: error:`` prefix) in `lang`.

    English is returned as it is; in Dutch the part the catalogue knows is replaced (a path or
    a setting in front of it stays), and a message it does not know stays English.
    """
    if lang != "nl":
        return message
    suffix = ""
    for pattern, template in ((_SEE_HELP, " (zie '{command} --help')"), (_FROM, " (uit {origin})")):
        match = pattern.search(message)
        if match:
            suffix = template.format(**match.groupdict()) + suffix
            message = message[: match.start()]
    for pattern, template in _errors():
        match = pattern.search(message)
        if match:
            values = {k: v or "" for k, v in match.groupdict().items()}
            if values.get("reason") in UNREAD_REASONS_NL:
                values["reason"] = UNREAD_REASONS_NL[values["reason"]]
            if "many" in values and values["many"]:
                values["many"] = f" (bedoelde u een van: {values['many']}?)"
            return message[: match.start()] + template.format(**values) + suffix
    return message + suffix


#: The few words the reader writes itself into the data it reports (okot_audit.parse): a
#: table's title when it has no header, a period's note when a star has no footnote. Every
#: other title, label and note is the answer's own text and is never translated.
READER_WORDS: dict[str, tuple[re.Pattern[str], str]] = {
    "no-header": (re.compile(r"^\(no header\)$"), "(geen hoofding)"),
    "unexplained-star": (re.compile(r"^marked (?P<stars>\S+) without an explaining footnote$"),
                         "gemarkeerd met {stars} zonder verklarende voetnoot"),
}


def reader_text(text: str, lang: str) -> str:
    """A title or note as the reader reported it, in `lang`: the reader's own words
    (:data:`READER_WORDS`) in Dutch; the answer's words as they are."""
    if lang != "nl":
        return text
    for pattern, template in READER_WORDS.values():
        match = pattern.match(text or "")
        if match:
            return template.format(**match.groupdict())
    return text


def error_line(message: str, lang: str) -> str:
    """The line stderr shows for an error: ``okot-audit: fout: …`` in Dutch."""
    return text("error", lang, message=translate(message, lang))


def language_of(argv: Sequence[str] | None) -> str:
    """The language the command line speaks: ``--lang X`` / ``--lang=X`` in `argv`, else
    ``lang`` of ``[tool.okot-audit]``, else English. Never fails: errors must still be shown."""
    args = list(argv or [])
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1] if args[i + 1] in LANGUAGES else "en"
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else "en"
    try:
        from okot_audit.config import load_config

        configured = load_config().lang
    except Exception:  # noqa: BLE001 - a broken configuration is reported by the command itself
        return "en"
    return configured if configured in LANGUAGES else "en"
