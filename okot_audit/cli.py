"""The `okot-audit` command: `check`, `extract`, `rules`, `rule`, `--version`.

Exit status (CONTRACT.md): `0` no finding reaches the fail level, `1` one does, `2` an input
could not be audited (missing, unreadable or unusable file, not an answer, bad option or
configuration, a report that cannot be written). Every failure is one line on stderr,
`okot-audit: error: …` — never a traceback; with several inputs each unreadable one gets its
line and the others are still audited and reported (the status is the worst of all). An
unexpected exception is reported as a bug in one line too (`OKOT_AUDIT_DEBUG=1` shows its
traceback).

`check` and `extract` are thin: the inputs, the reading and the audit are the one audit run of
:mod:`okot_audit.run`, which the library's :func:`okot_audit.audit` uses as well.

Start-up is light: this module imports click and the package's plain-data modules only. The
reader, the audit and pandas load inside the commands that need them, and a cached `check`
never loads pandas at all (:mod:`okot_audit.cache`).
"""

from __future__ import annotations

import difflib
import errno
import itertools
import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import click

from okot_audit import __version__
from okot_audit.config import FAIL_LEVELS, LANGUAGES, ConfigError, Settings, load_config, merge_settings
from okot_audit.report import FORMATS
from okot_audit.source import InputError

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.cache import Cache
    from okot_audit.catalogue import Catalogue
    from okot_audit.outfile import Replacement
    from okot_audit.run import Inputs, Note, Setup

PROG = "okot-audit"
EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
EXTRACT_FORMATS = ("csv", "json", "parquet", "datapackage")
#: From this many files on, a run uses every core unless --jobs says otherwise.
PARALLEL_FROM = 64
#: From this many files on, a terminal shows a progress bar.
PROGRESS_FROM = 20
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Failure(click.ClickException):
    """Stop with exit status 2 and this one line on stderr."""

    exit_code = EXIT_UNUSABLE

    def show(self, file=None) -> None:
        click.echo(error_line(self.format_message()), err=True)


class ReaderGone(Failure):
    """Standard output's reader stopped reading (``okot-audit check … | head``): the user has
    what they wanted, so the run ends quietly, as ``grep`` or ``git log`` do — no line on
    stderr among the output they read — with status 2, as the report was not written whole."""

    def show(self, file=None) -> None:
        pass


def stdout_failure(exc: OSError, what: str = "the report") -> Failure:
    """The failure of a write of `what` to standard output (after :func:`silence_stdout`):
    quiet when the reader has gone (EPIPE), else one line."""
    silence_stdout()
    if exc.errno == errno.EPIPE:
        return ReaderGone("standard output was closed")
    where = f"{what} to standard output" if what else "to standard output"
    return Failure(f"cannot write {where}: {exc.strerror or exc}")


# --------------------------------------------------------------------------- commands


@click.group(context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name=PROG, message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Read the tables of published OKOT answers and report what does not hold together.

    \b
    okot-audit check seeds/              audit every answer (*.txt, *.pdf, *.xlsx) below seeds/
    okot-audit extract a.txt -o a.csv    the tables as tidy data
    okot-audit rules                     what is checked
    """
    if ctx.invoked_subcommand is None:
        raise click.UsageError("missing command: check, extract, rules or rule", ctx)


class Jobs(click.ParamType):
    """`--jobs N`: a whole number of processes, 0 for one per core."""

    name = "N"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                number = -1
        if number < 0:
            raise Failure(f"--jobs {value}: give the number of processes, 1 or more (0: one per core)")
        return number


JOBS = Jobs()


def input_options(function):
    """The options `check` and `extract` share: which files, read how."""
    for option in reversed([
        click.option("--config", "config_file", metavar="FILE",
                     help="Read the settings from FILE (a pyproject.toml, or a TOML file of settings) "
                          "instead of the nearest pyproject.toml."),
        click.option("--exclude", multiple=True, metavar="PATTERN",
                     help="Leave out paths matching these gitignore-style patterns (repeat, or separate "
                          "with commas); replaces the configured exclude."),
        click.option("--skip-non-answers", is_flag=True,
                     help="A named file that is not an answer is skipped with a note instead of exit 2 "
                          "(the pre-commit hook passes this)."),
        click.option("--jobs", "-j", type=JOBS, default=None, metavar="N",
                     help="Read and audit files in N processes (0: one per core; never more than the files, "
                          "nor more than two per core).  "
                          "[default: one per core for many files]"),
    ]):
        function = option(function)
    return function


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Report format.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout (-: stdout).")
@click.option("--select", multiple=True, metavar="RULE",
              help="Only these rules: name, code or code prefix (repeat, or separate with commas).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Leave out these rules (same forms).")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS),
              help="Exit 1 when a finding is this severe or worse.  [default: error]")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on "
              "(inputs that cannot be audited still exit 2).")
@click.option("--show-info/--hide-info", default=True, show_default=True,
              help="Show or leave out findings of severity info (they still count for --fail-on info).")
@click.option("--quiet", "-q", is_flag=True,
              help="Errors, warnings, skipped files and the summary only: no info findings, headings "
                   "or notes of excluded paths.")
@click.option("--statistics", is_flag=True, help="After the report, the number of findings per rule "
              "(text format).")
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the messages.  [default: en]")
@click.option("--catalogue", metavar="FILE", help="Extra training codes (CSV, catalogue columns).")
@click.option("--sector", metavar="NAME", help="The answers' sector, instead of what the title says.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report.  [default: when stdout is a terminal and NO_COLOR is unset]")
@click.option("--no-cache", is_flag=True, help="Neither use nor fill the result cache.")
@input_options
def check(paths, fmt, output, select, ignore, fail_on, exit_zero, show_info, quiet, statistics, lang,
          catalogue, sector, color, no_cache, config_file, exclude, skip_non_answers, jobs) -> int:
    """Audit answers (files; folders: every *.txt, *.pdf and *.xlsx below them; - for standard
    input) and print the findings.

    Exit status 0 when no finding reaches --fail-on, 1 when one does, 2 when an input could not
    be audited. Settings may also come from [tool.okot-audit] in pyproject.toml.
    """
    from okot_audit import run as audit_run

    output = standard_output(output)
    if statistics and fmt != "text":
        raise click.UsageError("--statistics goes with --format text", click.get_current_context())
    settings = read_settings(config_file, select=select, ignore=ignore, fail_on=fail_on,
                             catalogue=catalogue, lang=lang, sector=sector, exclude=exclude)
    setup = prepare_run(settings, use_cache=not no_cache)
    inputs = collect_inputs(paths, settings, output)
    from okot_audit.report.json_report import JsonStream
    from okot_audit.report.stream import write

    out = Output(output)
    json_stream = JsonStream(out.write) if fmt == "json" else None

    def written(audited) -> None:  # the JSON report's documents are written as they come
        if json_stream is not None:
            json_stream.document(audited.document)

    # the report is written as it goes: only compact records of each answer are kept, on disk
    try:
        with progress_bar(len(inputs.items), quiet) as advance, out, audit_run.stream(
            inputs, setup, skip_non_answers=skip_non_answers, jobs=job_count(jobs, len(inputs.items)),
            progress=advance, keep=audit_run.Keep(charts=fmt == "html", documents=json_stream is None),
            on_answer=written,
        ) as corpus:
            # (--quiet leaves out what the user's own exclude patterns left out, never a file skipped
            # as no answer: a skipped file is never invisible)
            show_notes([n for n in corpus.notes if not n.excluded] if quiet else corpus.notes, False, setup.lang)
            tally = None
            if corpus.answers or not corpus.failures:
                tally = write(corpus, fmt, out.write, lang=setup.lang, color=decide_color(color, output),
                              hide_info=quiet or not show_info, quiet=quiet, statistics=statistics,
                              json_stream=json_stream, skipped=corpus.notes)
            failures = corpus.failures
    except audit_run.SpillError as exc:  # a full temporary folder is not a failed report output
        raise Failure(f"cannot write the run's records to the temporary folder {exc.folder}: {exc.strerror}") from None
    show_failures(failures)
    if failures:
        return EXIT_UNUSABLE
    if tally is not None and tally.fails(settings.fail_on) and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="csv", show_default=True,
              help="Output format (parquet needs --output and pyarrow; datapackage writes the folder "
                   "--output: cells.csv and a Frictionless datapackage.json).")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE (datapackage: a folder) instead of stdout.")
@click.option("--catalogue", metavar="FILE",
              help="Extra training codes (CSV, catalogue columns): the answers are read knowing their names.")
@input_options
def extract(paths, fmt, output, catalogue, config_file, exclude, skip_non_answers, jobs) -> int:
    """Print the answers' tables as tidy data: one line per non-blank cell, in document order.

    Columns: path, table, measure, level, province, code, label, period, partial, count, line,
    page, semantics. An input that cannot be read is named on stderr (exit status 2); the cells
    of the others are written all the same.
    """
    output = standard_output(output)
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
    from okot_audit import run as audit_run

    settings = read_settings(config_file, exclude=exclude, catalogue=catalogue)
    known = run_catalogue(settings)  # (the answers are read knowing the user's codes' names, as check reads them)
    inputs = collect_inputs(paths, settings, output, output_folder=fmt == "datapackage")
    failures: list = []
    notes: "list[Note]" = []
    unread: list[str] = []
    withheld: list[str] = []

    def noting_unread(answers):
        """Pass answers on, remembering every table region and row that could not be read, and
        every count the answer withholds (none of them is a line of the output). A path whose
        bytes are no UTF-8 is written with those bytes as ``\\xNN``, as in every report: CSV,
        JSON, Parquet and a data package hold text."""
        from dataclasses import replace

        from okot_audit.report._escape import printable

        for answer in answers:
            if printable(answer.path) != answer.path:
                answer = replace(answer, path=printable(answer.path))
            for issue in answer.issues:
                if issue.kind == "unreadable-table":
                    unread.append(
                        f"{answer.path}:{issue.line}: a table could not be read here ({issue.reason}); "
                        "its figures are not in the output — okot-audit check says more")
                elif issue.kind == "ambiguous-alignment" and issue.unread:
                    unread.append(
                        f"{answer.path}:{issue.line}: a row could not be read here ({issue.reason}); "
                        "its figures are not in the output — okot-audit check says more")
                elif issue.kind == "count-withheld":
                    withheld.append(
                        f"{answer.path}:{issue.line}: a count is withheld here"
                        f"{' without a bound' if issue.reason == 'withheld-unbounded' else ''} ({issue.other}, "
                        f"{', '.join(issue.periods)}); it is not in the output")
            yield answer

    with progress_bar(len(inputs.items), False) as advance:
        answers = noting_unread(audit_run.iter_read(
            inputs, failures, notes, skip_non_answers=skip_non_answers,
            jobs=job_count(jobs, len(inputs.items)), progress=advance, lang=settings.lang,
            catalogue=known,
        ))
        if fmt == "datapackage":
            from okot_audit.corpus.datapackage import write_datapackage

            first = next(answers, None)  # (none: every input is read, and none was an answer)
            try:  # the cells are written as the answers are read
                if first is not None or not failures:  # no empty package over an earlier one
                    write_datapackage(itertools.chain([first] if first is not None else [], answers), output,
                                      __version__)
            except OSError as exc:
                raise Failure(f"cannot write the data package to {output}: {exc.strerror or exc}") from None
        elif fmt == "parquet":
            records = [record for answer in answers for record in answer.records()]
            unread.extend(_beyond_64_bits(records))
            if records or not failures:
                write_parquet(records, output)
        else:
            with RecordStream(fmt, output) as stream:  # each answer's cells written as it is read
                read = 0
                for answer in answers:
                    read += 1
                    stream.write(answer.records())
                if read or not failures:
                    stream.start()  # an empty table has its header
    show_notes(notes, False)  # (extract has no JSON report: --format json of check lists every skipped file)
    show_failures(failures)
    for line in unread:
        click.echo(safe_line(error_line(line)), err=True)
    if withheld:  # a note, not an error: the answer gives no figure there
        from okot_audit.i18n import text, translate

        lang = ERROR_LANG["lang"]
        for line in withheld:
            click.echo(safe_line(text("note", lang, message=translate(line, lang))), err=True)
    if failures:
        return EXIT_UNUSABLE
    return EXIT_FINDINGS if unread else EXIT_CLEAN


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


def read_settings(config_file: str | None = None, **options) -> Settings:
    """Merge the command-line options with `[tool.okot-audit]` (of `--config FILE`, else of the
    nearest pyproject.toml)."""
    try:
        return merge_settings(load_config(file=config_file), **options)
    except ConfigError as exc:
        raise Failure(str(exc)) from None


def prepare_run(settings: Settings, *, use_cache: bool) -> "Setup":
    """Resolve rules, catalogue and sector once; refuse what cannot be used (exit 2)."""
    from okot_audit.rules import select_rules
    from okot_audit.run import Setup

    try:
        rules = select_rules(list(settings.select), list(settings.ignore))
    except KeyError as exc:
        selector = exc.args[0]
        option = "select" if selector in settings.select else "ignore"
        raise Failure(f"{settings.origin[option]}: no rule matches {selector!r} "
                      f"(give a name, a code or a code prefix; '{PROG} rules' lists them)") from None
    catalogue = run_catalogue(settings)
    if settings.sector is not None:
        known = catalogue.sectors()
        if settings.sector not in known:
            raise Failure(f"{settings.origin['sector']}: unknown sector {settings.sector!r}; "
                          f"the catalogue knows {', '.join(sorted(known))}")
    cache = open_cache(settings, rules) if use_cache else None
    return Setup(tuple(rules), catalogue, settings.sector, settings.lang, cache)


def run_catalogue(settings: Settings) -> "Catalogue":
    """The catalogue of the run: the shipped one, extended by the user's (``--catalogue``, the
    config file's ``catalogue``) — what the answers are read and audited with (exit 2 when the
    user's cannot be read)."""
    from okot_audit.catalogue import load_catalogue

    try:
        return load_catalogue(settings.catalogue)
    except InputError as exc:
        raise Failure(f"{exc} (from {settings.origin['catalogue']})") from None


def open_cache(settings: Settings, rules) -> "Cache | None":
    """The cache for these settings, in the user's cache folder (None when there is none)."""
    from okot_audit.cache import open_cache as open_user_cache, settings_key

    key = settings_key(
        version=__version__, rules=[r.code for r in rules], sector=settings.sector,
        lang=settings.lang, catalogue_digest=digest_catalogue(settings.catalogue),
    )
    return open_user_cache(key, __version__)


def digest_catalogue(path: Path | None) -> str:
    from okot_audit.cache import digest_file

    try:
        return digest_file(path)
    except OSError as exc:
        raise Failure(f"{path}: cannot read the catalogue ({exc.strerror or exc})") from None


def collect_inputs(paths: tuple[str, ...], settings: Settings, output: str | None, *,
                   output_folder: bool = False) -> "Inputs":
    """The inputs of a run (folders walked, exclude patterns applied, `-` read from stdin)."""
    from okot_audit.run import Excluder, collect

    refuse_empty_output(output)
    if output is not None:
        (refuse_unwritable_folder if output_folder else refuse_unwritable_output)(output)

    if list(paths).count("-") > 1:
        raise Failure("standard input (-) can be read once only")
    excluder = Excluder(settings.exclude, settings.root)
    try:
        inputs = collect(paths, exclude=excluder, lang=settings.lang, typed=True)
    except OSError as exc:
        raise Failure(f"cannot read standard input: {exc.strerror or exc}") from None
    leave_out_output(inputs, output, settings.lang)
    refuse_overwrite(output, [item.name for item in inputs.items if item.data is None])
    return inputs


def leave_out_output(inputs: "Inputs", output: str | None, lang: str = "en") -> None:
    """Leave out of `inputs`, with a note, the --output file where a folder walk found it (a
    run's earlier ``cells.csv`` in the folder it reads: a ``.csv`` is walked as delimited text),
    never read it nor refuse to write it again; a file named among the paths is refused
    (:func:`refuse_overwrite`)."""
    if not output:
        return
    from okot_audit.run import Note, RealPaths, words

    resolve = RealPaths()
    target = resolve(output)
    written = [item for item in inputs.items if item.walked and item.data is None and resolve(item.name) == target]
    if written:
        inputs.items = [item for item in inputs.items if item not in written]
        inputs.notes.extend(Note(item.name, words(lang)["output"], lang, excluded=True) for item in written)


def standard_output(output: str | None) -> str | None:
    """``--output -`` is standard output, as ``-`` is standard input among the paths (a file
    named ``-`` was written); ``./-`` names such a file."""
    return None if output == "-" else output


def refuse_empty_output(output: str | None) -> None:
    """Refuse an --output that names nothing (``-o ""``, a script's unset variable): the report
    would go to standard output instead, unnoticed."""
    if output is not None and not output.strip():
        raise Failure("--output is empty: give the file to write, or leave --output out to write to standard output")


def refuse_unwritable_output(output: str) -> None:
    """Refuse, before any answer is read, an --output file that cannot be made: a folder, or a
    file in a folder that does not exist (the run read and audited everything, then failed)."""
    if os.path.isdir(output):
        raise Failure(f"cannot write {output}: it is a folder; name a file to write")
    folder = os.path.dirname(output) or os.curdir  # (``new/`` names a file in the folder new/, as open() reads it)
    if not os.path.isdir(folder):
        raise Failure(f"cannot write {output}: there is no folder {folder!r}")
    try:
        os.stat(output)
    except FileNotFoundError:
        pass
    except OSError as exc:  # a name too long, a loop of links: before any answer is read
        raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None


def refuse_unwritable_folder(output: str) -> None:
    """Refuse, before any answer is read, a data package's --output folder that cannot be made:
    a file, or a folder below a file (the run read every answer, then failed with the system's
    bare ``File exists`` or ``Not a directory``). A folder that does not exist yet is made."""
    where = f"cannot write the data package to {output}"
    here = named = os.path.normpath(output)  # (``out.csv/`` names the file out.csv as a folder)
    while True:
        try:
            status = os.stat(here)
        except (FileNotFoundError, NotADirectoryError):  # (a name below a file: that file is said)
            parent = os.path.dirname(here)
            if parent in ("", here):
                return
            here = parent
            continue
        except OSError as exc:  # a name too long, a loop of links
            raise Failure(f"{where}: {exc.strerror or exc}") from None
        if stat.S_ISDIR(status.st_mode):
            return
        if here == named:
            raise Failure(f"{where}: it is a file, not a folder; name a folder (cells.csv and datapackage.json "
                          "are written in it)")
        raise Failure(f"{where}: {here!r} is a file, not a folder")


def job_count(jobs: int | None, files: int) -> int:
    """Processes to use: `--jobs N` (0: one per core); by default one per core for many files.
    The run caps it (:func:`okot_audit.run.worker_count`): never more than the files, nor more
    than a few per core."""
    from okot_audit.run import cores, worker_count

    if jobs is None:
        jobs = cores() if files >= PARALLEL_FROM else 1
    return worker_count(cores() if jobs == 0 else jobs, files)


@contextmanager
def progress_bar(total: int, quiet: bool):
    """A progress bar on stderr for runs over many files, when stderr is a terminal."""
    if quiet or total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, label="okot-audit", file=sys.stderr, show_pos=True) as bar:
        yield bar.update


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
    if not output:
        return
    from okot_audit.run import RealPaths

    resolve = RealPaths()
    if resolve(output) in {resolve(f) for f in files}:
        raise Failure(f"--output {output} is one of the answers being read; choose another file")


def emit(text: str, output: str | None) -> None:
    """Write `text` as UTF-8 to `output`, or to stdout."""
    data = text.encode("utf-8", "backslashreplace")  # a lone surrogate must not lose the report
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None
        return
    try:
        sys.stdout.flush()
        write_whole(sys.stdout.buffer, data)
        flush_whole(sys.stdout.buffer)
    except OSError as exc:
        raise stdout_failure(exc) from None


def write_whole(handle: "BinaryIO", data: bytes) -> None:
    """Write every byte of `data` to `handle`. Standard output may be a raw stream
    (``PYTHONUNBUFFERED``, ``python -u``) whose one write takes only part of the bytes — to a
    pipe whose reader left half-way, or one the calling program left non-blocking — and the
    rest was lost without a word (a report cut short, exit status 0)."""
    view = memoryview(data)
    while view:
        try:
            written = handle.write(view)
        except BlockingIOError as exc:  # a buffered stream over a non-blocking pipe that is full
            written = exc.characters_written
            _wait_writable(handle)
        if written is None:  # a raw stream over a non-blocking pipe that is full: nothing taken
            _wait_writable(handle)
            written = 0
        view = view[written:]


def flush_whole(handle: "BinaryIO") -> None:
    """``handle.flush()``, waiting while a non-blocking pipe is full."""
    while True:
        try:
            handle.flush()
            return
        except BlockingIOError:
            _wait_writable(handle)


def _wait_writable(handle: "BinaryIO") -> None:
    import select

    select.select([], [handle.fileno()], [])


def silence_stdout() -> None:
    """After a failed write, point stdout at the null device so that Python's final flush of
    what is still buffered cannot fail again (and print a traceback) at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def show_failures(failures) -> None:
    """One `okot-audit: error:` line per input that could not be audited."""
    from dataclasses import replace

    from okot_audit.report._escape import path_text
    from okot_audit.run import failure_line

    for failure in failures:
        failure = replace(failure, path=path_text(failure.path, short=True))  # (a line break in a name: \n)
        click.echo(safe_line(error_line(failure_line(failure, ERROR_LANG["lang"]))), err=True)


#: From this many skipped files on, the terminal names the first :data:`NOTES_SHOWN` and counts
#: the others by kind (a folder of 10,000 empty files is not 10,000 lines); the JSON report lists
#: every one.
NOTES_FROM = 20
NOTES_SHOWN = 10


def show_notes(notes: "list[Note]", quiet: bool, lang: str | None = None) -> None:
    """One `okot-audit: note:` line per skipped file (none with `quiet`); from
    :data:`NOTES_FROM` files on, the first :data:`NOTES_SHOWN` and one line that counts the
    others by kind."""
    from okot_audit.i18n import text
    from okot_audit.report._escape import path_text
    from okot_audit.run import words

    if quiet:
        return
    lang = lang or ERROR_LANG["lang"]
    shown = notes if len(notes) < NOTES_FROM else notes[:NOTES_SHOWN]
    for note in shown:
        line = f"{path_text(note.path, short=True)}: {words(lang)['skipped']}: {note.reason}" if hasattr(note, "path") else note
        click.echo(text("note", lang, message=safe_line(line)), err=True)
    if len(shown) < len(notes):
        kinds: dict[str, int] = {}
        for note in notes[len(shown):]:
            kind = getattr(note, "kind", "")
            kinds[kind] = kinds.get(kind, 0) + 1
        counted = "; ".join(f"{kind}: {n:,}" for kind, n in kinds.items())
        more = words(lang)["skipped_more"].format(n=len(notes) - len(shown), kinds=counted)
        click.echo(text("note", lang, message=safe_line(more)), err=True)


def safe_line(text: str) -> str:
    """A message for the terminal: one line, control and bidi characters made visible."""
    from okot_audit.report.text import safe

    return safe(text)


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
    from okot_audit.tables import records_csv as as_csv

    return as_csv(records)


def records_json(records: list[dict]) -> str:
    """Tidy records as a JSON list of objects (CONTRACT.md keys, in that order)."""
    import json

    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


class Output:
    """The report's destination, written piece by piece as UTF-8: the file `path` (made at the
    first write, so that a run that writes nothing leaves no file, and put in place only when
    the report is whole: :class:`okot_audit.outfile.Replacement`), or stdout."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: "BinaryIO | None" = None
        self.target: "Replacement | None" = None

    def __enter__(self) -> "Output":
        return self

    def write(self, text: str) -> None:
        data = text.encode("utf-8", "backslashreplace")  # a lone surrogate must not lose the report
        try:
            if self.handle is None:
                if self.path:
                    from okot_audit.outfile import Replacement

                    self.target = Replacement(self.path)
                    self.handle = self.target.open()
                else:
                    sys.stdout.flush()
                    self.handle = sys.stdout.buffer
            write_whole(self.handle, data)
        except OSError as exc:
            self._fail(exc)

    def _fail(self, exc: OSError) -> None:
        if self.path:
            raise Failure(f"cannot write {self.path}: {exc.strerror or exc}") from None
        raise stdout_failure(exc) from None

    def __exit__(self, kind, error, trace) -> None:
        if self.handle is None:
            return
        handle, self.handle = self.handle, None
        target, self.target = self.target, None
        if target is not None and kind is not None:  # the run stopped half-way: no half a report
            target.discard()
            return
        try:
            if target is None:
                flush_whole(handle)
            else:
                target.commit()
        except OSError as exc:
            if kind is None:
                self._fail(exc)


class RecordStream:
    """Tidy records written as they come, as CSV or as a JSON list; byte-identical to
    :func:`records_csv` / :func:`records_json` of all records at once. Nothing is written
    (not even a header) until :meth:`write` or :meth:`start` is called."""

    def __init__(self, fmt: str, output: str | None) -> None:
        self.fmt, self.output = fmt, output
        self.handle: "BinaryIO | None" = None
        self.target: "Replacement | None" = None  # the --output file, put in place when whole
        self.count = 0

    def __enter__(self) -> "RecordStream":
        return self

    def start(self) -> None:
        if self.handle is not None:
            return
        if self.output:
            from okot_audit.outfile import Replacement

            self.target = Replacement(self.output)
            try:
                self.handle = self.target.open()
            except OSError as exc:
                raise Failure(f"cannot write {self.output}: {exc.strerror or exc}") from None
        else:
            sys.stdout.flush()
            self.handle = sys.stdout.buffer
        self._put(records_csv([]) if self.fmt == "csv" else "[")

    def write(self, records: list[dict]) -> None:
        if not records:
            return
        self.start()
        if self.fmt == "csv":
            self._put(records_csv(records).split("\n", 1)[1])
            return
        import json

        parts = []
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            parts.append(("," if self.count else "") + "\n  " + text)
            self.count += 1
        self._put("".join(parts))

    def _put(self, text: str) -> None:
        assert self.handle is not None  # start() opened it
        try:
            write_whole(self.handle, text.encode("utf-8", "backslashreplace"))
        except OSError as exc:
            if self.output is None:
                raise stdout_failure(exc, "the tidy data") from None
            raise Failure(f"cannot write the tidy data to {self.output}: {exc.strerror or exc}") from None

    def __exit__(self, kind, error, trace) -> None:
        if self.handle is None:
            return
        if kind is not None and self.target is not None:  # stopped half-way: no half the cells
            self.target.discard()
            return
        try:
            if kind is None and self.fmt == "json":
                self._put("\n]\n" if self.count else "]\n")
            if self.target is None:
                try:
                    flush_whole(self.handle)
                except OSError as exc:
                    failure = stdout_failure(exc, "the tidy data")
                    if kind is None:
                        raise failure from None
            else:
                try:
                    self.target.commit()
                except OSError as exc:
                    raise Failure(f"cannot write the tidy data to {self.output}: {exc.strerror or exc}") from None
        except BaseException:
            if self.target is not None:
                self.target.discard()
            raise


def _beyond_64_bits(records: list[dict]) -> list[str]:
    """The counts of `records` that a Parquet file's 64-bit integer column cannot hold (a
    misread figure of 20 digits: no count of persons), each left empty in its record — its
    cell is written all the same, as in CSV and JSON — and named in a line of their own for
    stderr: the figure is not in the output, as a table that could not be read is not."""
    lines = []
    for record in records:
        count = record["count"]
        if isinstance(count, int) and not -(2**63) <= count < 2**63:
            lines.append(f"{record['path'] or '<text>'}:{record['line']}: count {count} does not fit Parquet's "
                         "64-bit integer column; its cell is written with the count empty — it cannot be a count "
                         "of persons, okot-audit check says more")
            record["count"] = None
    return lines


def write_parquet(records: list[dict], output: str) -> None:
    """Tidy records as a Parquet file (pandas dtypes of :func:`okot_audit.tables.tidy_frame`)."""
    from okot_audit.outfile import Replacement
    from okot_audit.tables import tidy_frame

    try:
        frame = tidy_frame(records)
        with Replacement(output) as handle:  # in place only when whole: no file without its footer
            frame.to_parquet(handle, index=False, engine="pyarrow")
    except ValueError as exc:
        raise Failure(f"cannot write {output}: {exc}") from None
    except OSError as exc:
        raise Failure(f"cannot write {output}: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------- entry point


#: Errors of a write that failed for want of room or reader (a full disk, a closed pipe, a
#: standard output closed before the command started).
_WRITE_ERRORS = frozenset(getattr(errno, name) for name in ("ENOSPC", "EPIPE", "EIO", "EFBIG", "EDQUOT", "EBADF")
                          if hasattr(errno, name))


class ClosedStream:
    """Standard input or output that was closed when the command started (``okot-audit check
    a.txt >&-``, ``check - <&-``): Python leaves ``sys.stdout`` None, and the first write was an
    internal error. Every use raises the OSError of a closed descriptor instead, which the
    command turns into its one line and status 2 as for any failed read or write — never a
    report lost in silence. Flushing does nothing: nothing was ever written to flush (and
    Python's own flush at exit must not fail)."""

    closed = False  # (click would refuse a closed stream with a ValueError, not this OSError)

    def __init__(self, name: str) -> None:
        self.name = name
        self.buffer = self

    def _closed(self, *args: object, **kwargs: object):
        dutch = {"input": "de standaardinvoer is gesloten", "output": "de standaarduitvoer is gesloten"}
        raise OSError(errno.EBADF, dutch[self.name] if ERROR_LANG["lang"] == "nl" else f"standard {self.name} is closed")

    write = read = readline = fileno = _closed

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _stand_in_for_closed_streams() -> None:
    """:class:`ClosedStream` where standard input or output was closed (None in ``sys``)."""
    if sys.stdin is None:
        sys.stdin = ClosedStream("input")
    if sys.stdout is None:
        sys.stdout = ClosedStream("output")


class Terminated(BaseException):
    """SIGTERM (``kill``, ``timeout``, a cancelled CI job) in the middle of a command: it
    stops the run as Ctrl-C does — workers ended, files closed — where Python's default would
    end the process on the spot (a half-written ``--output`` left behind)."""


def _on_terminate(signum, frame) -> None:
    raise Terminated()


def _catch_terminate() -> None:
    """Turn SIGTERM into :class:`Terminated` (the command itself, in the main thread only)."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_terminate)


def _end_interrupted(status: int = 130) -> None:
    """Exit `status` (130 after Ctrl-C, 143 after SIGTERM) at once, once every ``with`` block
    has closed its files: the interpreter's own exit would wake the worker pool's manager
    thread, whose pipe Python 3.11 may have closed already (``Exception ignored in: <module
    'threading'> … Bad file descriptor`` after the one line). The report is not written on an
    interrupt; its temporary files are unlinked already."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def main(argv: list[str] | None = None) -> None:
    """Run the command line; always ends with `sys.exit` and one of the contract's statuses."""
    from okot_audit.i18n import language_of

    ERROR_LANG["lang"] = language_of(sys.argv[1:] if argv is None else argv)
    _stand_in_for_closed_streams()
    if argv is None:
        _catch_terminate()
    try:
        try:
            if argv is None:  # Ctrl-C is the KeyboardInterrupt below from now on
                from okot_audit._startup import release

                release()
            status = cli.main(args=argv, prog_name=PROG, standalone_mode=False)
        except OSError as exc:
            if exc.errno not in _WRITE_ERRORS or os.environ.get("OKOT_AUDIT_DEBUG"):
                raise
            # printing --help or --version to a full disk or a closed pipe
            failure = stdout_failure(exc, "")
            failure.show()
            status = failure.exit_code
    except click.UsageError as exc:
        status = fail(usage_line(exc, sys.argv[1:] if argv is None else argv))
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except (click.Abort, KeyboardInterrupt, Terminated) as exc:
        from okot_audit.i18n import text

        stopped = isinstance(exc, Terminated)
        status = 143 if stopped else 130
        click.echo(text("terminated" if stopped else "interrupted", ERROR_LANG["lang"]), err=True)
        if argv is None:  # the command itself (not a caller's in-process run): end now
            _end_interrupted(status)
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
        if os.environ.get("OKOT_AUDIT_DEBUG"):
            raise
        lost = sys.modules.get("okot_audit.run")  # (loaded by any run that has workers)
        if lost is not None and isinstance(exc, lost.WorkerLost):  # not a bug: a killed worker
            sys.exit(fail(str(exc)))
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        status = fail(f"internal error ({detail}). This is a bug in okot-audit {__version__}; "
                      "please report it with the command you ran (OKOT_AUDIT_DEBUG=1 shows the traceback)")
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)


def usage_line(exc: click.UsageError, argv: list[str] | None = None) -> str:
    """Click's usage error as one line, with where to find help. An unknown option that is the
    name of a file (``-x``, ``--foo.txt``) says how to give it as one."""
    message = " ".join(exc.format_message().split())
    if message[:1].isupper() and not message[1:2].isupper():
        message = message[0].lower() + message[1:]
    named = file_taken_for_option(exc, argv or [])
    if named is not None:
        command = exc.ctx.command_path if exc.ctx is not None else PROG
        return (f"no such option {getattr(exc, 'option_name', named)!r}, but {named!r} is a file: to read it, "
                f"write './{named}' or put '--' before the paths ('{command} -- {named}')")
    if exc.ctx is not None:
        message = f"{message.rstrip('.')} (see '{exc.ctx.command_path} --help')"
    return message


def file_taken_for_option(exc: click.UsageError, argv: list[str]) -> str | None:
    """The argument click read as an unknown option (`exc`) when it names a file or folder:
    ``-x`` (or ``-xy``, read as ``-x``, or ``--foo.txt``); None otherwise."""
    option = getattr(exc, "option_name", None)
    if not isinstance(exc, click.NoSuchOption) or not option:
        return None
    if exc.ctx is None or exc.ctx.command.name not in ("check", "extract"):
        return None  # (only these take paths)
    for arg in argv:
        if arg == "--":
            break
        if arg.startswith(option) and arg != "-" and os.path.lexists(arg):
            return arg
    return None


def fail(message: str) -> int:
    click.echo(error_line(message), err=True)
    return EXIT_UNUSABLE
