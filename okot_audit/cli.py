"""The `okot-audit` command: `check`, `extract`, `rules`, `rule`, `--version`.

Exit status (CONTRACT.md): `0` no finding reaches the fail level, `1` one does, `2` the input
could not be audited (missing, unreadable or unusable file, not an answer, bad option or
configuration). Every failure is one line on stderr, `okot-audit: error: …` — never a
traceback; an unexpected exception is reported as a bug in one line too (set
`OKOT_AUDIT_DEBUG=1` to see its traceback).

Start-up is light: this module imports click and the package's plain-data modules only. The
reader, the audit and pandas load inside the commands that need them, and a cached `check`
never loads pandas at all (:mod:`okot_audit.cache`).
"""

from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from okot_audit import __version__
from okot_audit.config import FAIL_LEVELS, LANGUAGES, ConfigError, Settings, load_config, merge_settings
from okot_audit.report import FORMATS
from okot_audit.source import MAX_FILE_BYTES, InputError

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.cache import Cache
    from okot_audit.catalogue import Catalogue
    from okot_audit.findings import Finding
    from okot_audit.rules import Rule
    from okot_audit.tables import Answer

PROG = "okot-audit"
EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
EXTRACT_FORMATS = ("csv", "json", "parquet", "datapackage")
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Failure(click.ClickException):
    """Stop with exit status 2 and this one line on stderr."""

    exit_code = EXIT_UNUSABLE

    def show(self, file=None) -> None:
        click.echo(error_line(self.format_message()), err=True)


@dataclass
class Run:
    """What `check` applies to every file: rules, catalogue, sector, language, cache."""

    rules: "tuple[Rule, ...]"
    catalogue: "Catalogue"
    sector: str | None
    lang: str
    cache: "Cache | None"


# --------------------------------------------------------------------------- commands


@click.group(context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Read the tables of published OKOT answers and report what does not hold together.

    \b
    okot-audit check seeds/              audit every *.txt answer below seeds/
    okot-audit extract a.txt -o a.csv    the tables as tidy data
    okot-audit rules                     what is checked
    """
    if ctx.invoked_subcommand is None:
        raise click.UsageError("missing command: check, extract, rules or rule", ctx)


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout.")
@click.option("--select", multiple=True, metavar="RULE",
              help="Only these rules: name, code or code prefix (repeat, or separate with commas).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Leave out these rules (same forms).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS),
              help="Exit 1 when a finding is this severe or worse.  [default: error]")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the messages.  [default: en]")
@click.option("--catalogue", metavar="FILE", help="Extra training codes (CSV, catalogue columns).")
@click.option("--sector", metavar="NAME", help="The answers' sector, instead of what the title says.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report.  [default: when stdout is a terminal and NO_COLOR is unset]")
@click.option("--no-cache", is_flag=True, help="Neither use nor fill .okot-audit-cache/.")
def check(paths, fmt, output, select, ignore, fail_on, lang, catalogue, sector, color, no_cache) -> int:
    """Audit answers (files, or folders: every *.txt below them) and print the findings.

    Exit status 0 when no finding reaches --fail-on, 1 when one does, 2 when the input could not
    be audited. Settings may also come from [tool.okot-audit] in pyproject.toml.
    """
    settings = read_settings(select=select, ignore=ignore, fail_on=fail_on, catalogue=catalogue,
                             lang=lang, sector=sector)
    run = prepare_run(settings, use_cache=not no_cache)
    files, errors = collect_files(paths)
    refuse_overwrite(output, files)
    answers, findings = [], []
    for name in files:
        try:
            answer, found = audit_file(name, run)
        except InputError as exc:
            errors.append(str(exc))
            continue
        answers.append(answer)
        findings.extend(found)
    if len(answers) > 1:  # rules across answers (figure-revised)
        from okot_audit.corpus.run import corpus_findings

        findings.extend(corpus_findings(answers, run.catalogue, run.rules, run.lang, sector=run.sector))
    if answers:
        from okot_audit.findings import Report
        from okot_audit.report import render

        report = Report(answers, findings)
        text = render(report, fmt, lang=run.lang, color=decide_color(color, output))
        emit(text, output)
    show_errors(errors)
    if errors or not answers:
        return EXIT_UNUSABLE
    return EXIT_FINDINGS if report.fails(settings.fail_on) else EXIT_CLEAN


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="csv", show_default=True,
              help="Output format (parquet needs --output and pyarrow; datapackage writes the folder "
                   "--output: cells.csv and a Frictionless datapackage.json).")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE (datapackage: a folder) instead of stdout.")
def extract(paths, fmt, output) -> int:
    """Print the answers' tables as tidy data: one line per non-blank cell, in document order.

    Columns: path, table, measure, level, province, code, label, period, partial, count, line.
    Nothing is written when any input cannot be read (exit status 2).
    """
    if fmt == "datapackage" and not output:
        raise Failure("datapackage writes a folder (cells.csv and datapackage.json): give it with --output FOLDER")
    if fmt == "parquet":
        if not output:
            raise Failure("parquet is a binary format: give the file to write with --output FILE")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise Failure('parquet output needs pyarrow: install okot-audit[parquet] '
                          '(pip install "okot-audit[parquet]")') from None
    from okot_audit.parse import read_answer

    files, errors = collect_files(paths)
    refuse_overwrite(output, files)
    answers = []
    for name in files:
        try:
            answers.append(read_answer(name))
        except InputError as exc:
            errors.append(str(exc))
    if errors:
        show_errors(errors)
        return EXIT_UNUSABLE
    records = [record for answer in answers for record in answer.records()]
    if fmt == "datapackage":
        from okot_audit.corpus.datapackage import write_datapackage

        try:
            write_datapackage(answers, output, __version__)
        except OSError as exc:
            raise Failure(f"cannot write the data package to {output}: {exc.strerror or exc}") from None
    elif fmt == "parquet":
        write_parquet(records, output)
    else:
        emit(records_csv(records) if fmt == "csv" else records_json(records), output)
    return EXIT_CLEAN


@cli.command("rules")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the summaries.  [default: en]")
def list_rules(lang: str | None) -> int:
    """List every rule: code, name, default severity and what it checks."""
    from okot_audit.i18n import language_of, severity
    from okot_audit.rules import all_rules

    lang = lang or language_of(None)
    rules = all_rules()
    name_width = max(len(r.name) for r in rules)
    severity_width = max(len(severity(r.severity, lang)) for r in rules)
    lines = [
        f"{r.code}  {r.name:<{name_width}}  {severity(r.severity, lang):<{severity_width}}  {r.summary_in(lang)}"
        for r in rules
    ]
    emit("\n".join(lines) + "\n", None)
    return EXIT_CLEAN


@cli.command("rule")
@click.argument("name_or_code", metavar="NAME_OR_CODE")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the documentation.  [default: en]")
def show_rule(name_or_code: str, lang: str | None) -> int:
    """Print the full documentation of one rule."""
    from okot_audit.i18n import language_of, severity, text
    from okot_audit.rules import all_rules, get_rule

    lang = lang or language_of(None)
    try:
        rule = get_rule(name_or_code)
    except KeyError:
        names = [r.name for r in all_rules()] + [r.code for r in all_rules()]
        close = difflib.get_close_matches(name_or_code, names, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise Failure(f"no rule called {name_or_code!r}{hint} ('{PROG} rules' lists them all)") from None
    heading = text("rule_heading", lang, code=rule.code, name=rule.name, severity=severity(rule.severity, lang))
    emit(f"{heading}\n\n{rule.documentation(lang).strip()}\n", None)
    return EXIT_CLEAN


# --------------------------------------------------------------------------- check's steps


def read_settings(**options) -> Settings:
    """Merge the command-line options with `[tool.okot-audit]` of the nearest pyproject.toml."""
    try:
        return merge_settings(load_config(), **options)
    except ConfigError as exc:
        raise Failure(str(exc)) from None


def prepare_run(settings: Settings, *, use_cache: bool) -> Run:
    """Resolve rules, catalogue and sector once; refuse what cannot be used (exit 2)."""
    from okot_audit.catalogue import load_catalogue
    from okot_audit.rules import select_rules

    try:
        rules = select_rules(list(settings.select), list(settings.ignore))
    except KeyError as exc:
        selector = exc.args[0]
        option = "select" if selector in settings.select else "ignore"
        raise Failure(f"{settings.origin[option]}: no rule matches {selector!r} "
                      f"(give a name, a code or a code prefix; '{PROG} rules' lists them)") from None
    try:
        catalogue = load_catalogue(settings.catalogue)
    except InputError as exc:
        raise Failure(f"{exc} (from {settings.origin['catalogue']})") from None
    if settings.sector is not None:
        known = {e.sector for e in catalogue.entries.values()} | {f.sector for f in catalogue.families}
        if settings.sector not in known:
            raise Failure(f"{settings.origin['sector']}: unknown sector {settings.sector!r}; "
                          f"the catalogue knows {', '.join(sorted(known))}")
    cache = open_cache(settings, rules) if use_cache else None
    return Run(rules, catalogue, settings.sector, settings.lang, cache)


def open_cache(settings: Settings, rules) -> "Cache":
    """The cache for these settings, in `.okot-audit-cache/` of the current directory."""
    from okot_audit.cache import Cache, digest_file, settings_key

    key = settings_key(
        version=__version__, rules=[r.code for r in rules], sector=settings.sector,
        lang=settings.lang, catalogue_digest=digest_file(settings.catalogue),
    )
    return Cache(Path.cwd(), key, __version__)


def collect_files(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The files to read, in order and once each, and one error per folder without answers.

    A folder stands for every `*.txt` below it, sorted, hidden folders (`.git`, caches) left
    out. A path that is not a folder is kept as given; reading it reports what is wrong.
    """
    files: list[str] = []
    errors: list[str] = []
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            found = answers_below(given)
            if not found:
                errors.append(f"no answers found in {given} (no *.txt file in it or below it)")
        else:
            found = [given]
        for name in found:
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                files.append(name)
    return files, errors


def answers_below(folder: str) -> list[str]:
    """Every `*.txt` file below `folder`, sorted by path, outside hidden folders."""
    base = Path(folder)
    found: list[Path] = []
    for root, dirs, names in os.walk(base):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        relative = Path(root).relative_to(base)
        found.extend(relative / n for n in names if n.endswith(".txt") and not n.startswith("."))
    return [str(base / r) for r in sorted(found, key=lambda p: p.parts)]


def audit_file(name: str, run: Run) -> "tuple[Answer, list[Finding]]":
    """The answer in file `name` and its findings, from the cache when the file is unchanged."""
    from okot_audit.audit import audit_answer
    from okot_audit.cache import digest_bytes
    from okot_audit.parse import parse_answer, read_answer
    from okot_audit.source import decode_source

    data = read_bytes(name)
    if data is None:  # the reader says what is wrong with the file (InputError)
        answer = read_answer(name)
        return answer, audit_answer(answer, run.catalogue, run.rules, sector=run.sector, lang=run.lang)
    digest = digest_bytes(data)
    if run.cache is not None:
        hit = run.cache.load(name, digest)
        if hit is not None:
            return hit
    answer = parse_answer(decode_source(data, name))
    findings = audit_answer(answer, run.catalogue, run.rules, sector=run.sector, lang=run.lang)
    if run.cache is not None:
        run.cache.store(name, digest, answer, findings)
    return answer, findings


def read_bytes(name: str) -> bytes | None:
    """The bytes of file `name`, or None when the reader must explain why it cannot have them."""
    try:
        path = Path(name)
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


# --------------------------------------------------------------------------- output


def decide_color(flag: bool | None, output: str | None) -> bool:
    """`--color/--no-color` if given; else colour only on a terminal without NO_COLOR."""
    if flag is not None:
        return flag
    if output:
        return False
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def refuse_overwrite(output: str | None, files: list[str]) -> None:
    """Refuse an --output that is one of the inputs: it would destroy the answer."""
    if output and os.path.realpath(output) in {os.path.realpath(f) for f in files}:
        raise Failure(f"--output {output} is one of the answers being read; choose another file")


def emit(text: str, output: str | None) -> None:
    """Write `text` as UTF-8 to `output`, or to stdout."""
    data = text.encode("utf-8")
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def show_errors(errors: list[str]) -> None:
    for error in errors:
        click.echo(error_line(error), err=True)


#: The language of error lines, set by :func:`main` from ``--lang`` or the configuration.
ERROR_LANG = {"lang": "en"}


def error_line(message: str) -> str:
    """``okot-audit: error: <message>`` in the language of the run (:mod:`okot_audit.i18n`)."""
    from okot_audit.i18n import error_line as localised

    return localised(message, ERROR_LANG["lang"])


def records_csv(records: list[dict]) -> str:
    """Tidy records as CSV (CONTRACT.md columns; `partial` as true/false; LF line ends)."""
    import csv
    import io

    from okot_audit.tables import TIDY_COLUMNS

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TIDY_COLUMNS)
    for record in records:
        writer.writerow(
            ("true" if record[c] else "false") if c == "partial" else record[c] for c in TIDY_COLUMNS
        )
    return buffer.getvalue()


def records_json(records: list[dict]) -> str:
    """Tidy records as a JSON list of objects (CONTRACT.md keys, in that order)."""
    import json

    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def write_parquet(records: list[dict], output: str) -> None:
    """Tidy records as a Parquet file (pandas dtypes of :func:`okot_audit.tables.tidy_frame`)."""
    from okot_audit.tables import tidy_frame

    try:
        tidy_frame(records).to_parquet(output, index=False, engine="pyarrow")
    except ValueError as exc:
        raise Failure(f"cannot write {output}: {exc}") from None
    except OSError as exc:
        raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> None:
    """Run the command line; always ends with `sys.exit` and one of the contract's statuses."""
    from okot_audit.i18n import language_of

    ERROR_LANG["lang"] = language_of(sys.argv[1:] if argv is None else argv)
    try:
        status = cli.main(args=argv, prog_name=PROG, standalone_mode=False)
    except click.UsageError as exc:
        status = fail(usage_line(exc))
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo(f"{PROG}: interrupted", err=True)
        status = 130
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        if os.environ.get("OKOT_AUDIT_DEBUG"):
            raise
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        status = fail(f"internal error ({detail}). This is a bug in okot-audit {__version__}; "
                      "please report it with the command you ran (OKOT_AUDIT_DEBUG=1 shows the traceback)")
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)


def usage_line(exc: click.UsageError) -> str:
    """Click's usage error as one line, with where to find help."""
    message = " ".join(exc.format_message().split())
    if message[:1].isupper() and not message[1:2].isupper():
        message = message[0].lower() + message[1:]
    if exc.ctx is not None:
        message = f"{message.rstrip('.')} (see '{exc.ctx.command_path} --help')"
    return message


def fail(message: str) -> int:
    click.echo(error_line(message), err=True)
    return EXIT_UNUSABLE
