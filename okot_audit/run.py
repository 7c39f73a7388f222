"""One audit run: inputs → answers → per-answer findings → cross-answer findings → a Report.

Every way in goes through here: `okot-audit check` and `extract`, the pre-commit hook (which is
`check --skip-non-answers`) and the library's :func:`okot_audit.audit`. The steps:

1. :func:`collect` turns what the user named (files, folders, ``-`` for standard input) into
   :class:`Item` s — folders are walked for answer files (:data:`ANSWER_SUFFIXES`), excluded
   paths are left out with a note, and a path named twice is read once.
2. :func:`read_item` reads one item's bytes and turns them into an :class:`~okot_audit.tables.Answer`
   (the format is recognised from the bytes); what cannot be read raises
   :class:`~okot_audit.source.InputError`.
3. :func:`audit_item` adds the answer's own findings (from the cache when the bytes, the
   settings and the code are unchanged).
4. :func:`run` does 2 and 3 for every item — one unreadable input becomes an
   :class:`~okot_audit.findings.InputFailure` and never stops the others — and returns an
   :class:`Outcome` whose report holds the answers, their findings and the failures. The
   findings that compare answers with each other are added in :func:`run` once every answer
   has been read (``all answers`` below), at the one place marked "cross-answer findings".
5. :func:`stream` is :func:`run` for many answers (``okot-audit check``): it keeps no answer,
   only compact records on disk (:class:`CorpusRun`), and pairs the figures across answers in
   a :class:`~okot_audit.corpus.revisions.FigureIndex`; the reports written from it
   (:mod:`okot_audit.report.stream`) are those of :func:`run`, byte for byte.

The module is light to import: the reader, the rules and pandas load when first needed.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from okot_audit.findings import FINDING_FIELDS, Finding, InputFailure, Report
from okot_audit.source import MAX_FILE_BYTES, InputError

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.cache import Cache
    from okot_audit.catalogue import Catalogue
    from okot_audit.rules import Rule
    from okot_audit.source import Source
    from okot_audit.tables import Answer

#: The files a folder walk reads as answers (a ``.csv`` is text whose rows are delimited, which
#: the reader recognises from its bytes as it does a ``.txt``).
ANSWER_SUFFIXES = (".txt", ".pdf", ".xlsx", ".html", ".htm", ".xlsm", ".csv")
#: The files a folder walk leaves out with a note, and why (their key in :data:`WORDS`): a
#: workbook in a format the reader does not read, which may well hold an annex's tables.
NOTED_SUFFIXES = {".xls": "old_excel", ".ods": "opendocument"}
#: The argument that stands for standard input, and the name its answer is reported under.
STDIN_ARGUMENT = "-"
STDIN_NAME = "<stdin>"

#: The run's own words (the reasons come from the reader), in English and Dutch.
WORDS = {
    "en": {
        "skipped": "skipped",
        "excluded": "excluded by the exclude patterns",
        "skipped_more": "and {n:,} more files skipped ({kinds}); 'okot-audit check --format json' lists every one",
        "all_excluded": "no answers found: the exclude patterns leave out every answer file in this folder or below it ({n:,})",
        "no_answers": "no answers found (no {kinds} file in this folder or below it)",
        "output": "the file this run writes (--output)",
        "old_excel": "an old Excel workbook (.xls), which is not read: save it as .xlsx to have it checked",
        "opendocument": "an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx to have it checked",
    },
    "nl": {
        "skipped": "overgeslagen",
        "excluded": "uitgesloten door de exclude-patronen",
        "skipped_more": "en nog {n:,} overgeslagen bestanden ({kinds}); 'okot-audit check --format json' noemt ze allemaal",
        "all_excluded": "geen antwoorden gevonden: de exclude-patronen sluiten elk antwoordbestand in deze map of eronder uit ({n:,})",
        "no_answers": "geen antwoorden gevonden (geen {kinds}-bestand in deze map of eronder)",
        "output": "het bestand dat deze run schrijft (--output)",
        "old_excel": "een oude Excel-werkmap (.xls), die niet gelezen wordt: bewaar ze als .xlsx om ze te laten nakijken",
        "opendocument": "een OpenDocument-rekenblad (.ods), dat niet gelezen wordt: bewaar het als .xlsx om het te laten nakijken",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


_FOLDER_NAME = re.compile(r"[A-Za-z0-9_.-]+/")
#: The reasons (their start) for which a file is "not an answer" rather than a broken answer:
#: it holds no answer's words (text, a readable PDF or workbook), nothing at all, or bytes that
#: are no text (a binary file named ``.txt``: no extractor writes NUL bytes or control
#: characters). A file in an answer's own format that cannot be read — a damaged, encrypted or
#: scanned PDF, a broken workbook — may be an answer, and one that cannot be checked: it stays
#: a failure, in a folder walk and with ``--skip-non-answers`` (the pre-commit hook) too.
_NOT_AN_ANSWER = ("not an OKOT answer", "file is empty", "file holds only white space", "binary data (")


@dataclass(frozen=True, slots=True)  # (slots: a run over many files holds one per file)
class Item:
    """One input to read: a file's path as the user (or a folder walk) gave it, or stdin."""

    name: str
    walked: bool = False  # found in a folder walk rather than named
    data: bytes | None = None  # the bytes, when they do not come from a file (stdin)
    answer: "Answer | None" = None  # an answer already read (the library's audit(answer))
    typed: bool = False  # named on a command line: a path, never an answer's text given as one


class Note(str):
    """A file a run left out on purpose, as its one line (``path: skipped: why``), with
    `path`, `reason` (``file is empty``, ``excluded by the exclude patterns``) and whether the
    exclude patterns left it out (`excluded`) apart: a run over thousands of such files
    summarises their lines, and the JSON report lists each (``skipped``)."""

    path: str
    reason: str
    lang: str
    excluded: bool
    #: A workbook in a format the reader does not read (:data:`NOTED_SUFFIXES`): no "no answer",
    #: and summed up as what it is.
    workbook: bool

    def __new__(cls, path: str, reason: str, lang: str = "en", *, excluded: bool = False,
                workbook: bool = False) -> "Note":
        note = super().__new__(cls, f"{path}: {words(lang)['skipped']}: {reason}")
        note.path, note.reason, note.lang, note.excluded, note.workbook = path, reason, lang, excluded, workbook
        return note

    def __getnewargs_ex__(self):  # (pickled and copied whole, not as a plain str)
        return (self.path, self.reason, self.lang), {"excluded": self.excluded, "workbook": self.workbook}

    @property
    def kind(self) -> str:
        """What kind of file it is, the reason's first words (``not an OKOT answer``)."""
        return self.reason.split(": ", 1)[0].split(" (", 1)[0]


@dataclass
class Inputs:
    """What :func:`collect` made of the arguments: items to read, failures, notes."""

    items: list[Item] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass
class Setup:
    """What every answer of a run is audited with."""

    rules: "tuple[Rule, ...]"
    catalogue: "Catalogue"
    sector: str | None = None
    lang: str = "en"
    cache: "Cache | None" = None


@dataclass
class Outcome:
    """A finished run: the report (answers, findings, failures) and the notes on skipped files."""

    report: Report
    notes: list[Note] = field(default_factory=list)


# --------------------------------------------------------------------------- 1. inputs


class Excluder:
    """gitignore-style patterns (pathspec), matched against paths relative to `root`."""

    def __init__(self, patterns: Iterable[str], root: "str | Path | None" = None) -> None:
        self.patterns = tuple(p for p in patterns if p.strip())
        self.root = Path(root or Path.cwd()).resolve()
        self._spec = None
        # `name/` patterns alone (the defaults) are folder names anywhere: no need for pathspec
        self._folders = {p[:-1] for p in self.patterns if _FOLDER_NAME.fullmatch(p)}
        if len(self._folders) < len(self.patterns):
            import pathspec

            self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)

    def relative(self, path: str, folder: bool = False) -> str:
        """`path` relative to the root (as given when it lies outside), with `/` separators."""
        absolute = Path(os.path.abspath(path))
        try:
            text = absolute.relative_to(self.root).as_posix()
        except ValueError:
            text = Path(path).as_posix()
        return text + "/" if folder and not text.endswith("/") else text

    def excludes(self, path: str, folder: bool = False) -> bool:
        """Whether a pattern leaves `path` (a file, or a folder with `folder=True`) out."""
        if self._spec is None:
            if not self._folders:
                return False
            parts = self.relative(path, folder).split("/")
            return any(part in self._folders for part in parts[:-1])
        return self._spec.match_file(self.relative(path, folder))


def collect(
    paths: Iterable[str], *, exclude: Excluder | None = None, stdin: "Callable[[], bytes] | None" = None,
    lang: str = "en", stdin_argument: str | None = STDIN_ARGUMENT, typed: bool = False,
) -> Inputs:
    """The items to read, in the order given (folders sorted inside), each path once.

    A folder stands for every answer file (:data:`ANSWER_SUFFIXES`) below it, hidden folders
    and files left out; a folder without any is a failure. A workbook below it in a format
    that is not read (:data:`NOTED_SUFFIXES`: ``.xls``, ``.ods``) is left out with a note that
    says so, never in silence. A path matching `exclude` is left out
    with a note — a file named on the command line too, so that pre-commit's file list obeys
    the configuration. ``-`` (`stdin_argument`; None for none: the library's paths are
    files, and a program's standard input is not the library's to read) reads standard input
    (through `stdin`, once). `typed`: the paths were typed on a command line (they are
    paths, never an answer's text given as one).
    """
    inputs = Inputs()
    seen: set[str] = set()
    # one byte more than an answer may have tells it is too long, without reading an endless stream
    read_stdin = stdin or (lambda: sys.stdin.buffer.read(MAX_FILE_BYTES + 1))
    resolve = RealPaths()

    def add(item: Item) -> None:
        key = item.name if item.data is not None else resolve(item.name)
        if key not in seen:
            seen.add(key)
            inputs.items.append(item)

    for given in paths:
        if stdin_argument is not None and given == stdin_argument:
            if STDIN_NAME not in seen:
                add(Item(STDIN_NAME, data=read_stdin()))
            continue
        if not given.strip():  # (an unset variable in a script: "" is no folder, not the current one)
            inputs.failures.append(InputFailure(repr(given), None, "an empty path; name a file or a folder",
                                                "een leeg pad; geef een bestand of een map"))
            continue
        if exclude is not None and exclude.excludes(given, os.path.isdir(given)):
            inputs.notes.append(Note(given, words(lang)["excluded"], lang, excluded=True))
            continue
        if os.path.isdir(given):
            unread: list[OSError] = []
            noted: list[tuple[str, str]] = []
            found = answers_below(given, exclude, unread, noted)
            inputs.notes.extend(Note(name, words(lang)[why], lang, workbook=True) for name, why in noted)
            for error in unread:  # a folder the walk could not enter hides its answers: never clean
                why = error.strerror or str(error)
                inputs.failures.append(InputFailure(
                    str(error.filename or given), None, f"cannot read the folder: {why}",
                    f"de map kan niet gelezen worden: {why}"))
            left_out = len(answers_below(given)) if not found and not unread and exclude is not None else 0
            if left_out:  # (not "no answer file in this folder": there are, and the patterns leave every one out)
                inputs.failures.append(InputFailure(
                    given, None, words("en")["all_excluded"].format(n=left_out),
                    words("nl")["all_excluded"].format(n=left_out)))
            elif not found and not unread:
                kinds = ", ".join(f"*{s}" for s in ANSWER_SUFFIXES)
                inputs.failures.append(InputFailure(
                    given, None, words(lang)["no_answers"].format(kinds=kinds)))
            for name in found:
                add(Item(name, walked=True))
        else:
            add(Item(given, typed=typed))
    return inputs


class RealPaths:
    """``os.path.realpath`` of many files, each folder resolved once: a file that is no
    symbolic link, in a folder that resolves (every part of it there, no loop of links),
    resolves to its folder's real path joined with its name. ``realpath`` itself looks up every
    component of every path (five ``lstat`` calls a file in a folder walk). Make one per batch
    of paths: the folders' real paths are kept for its lifetime."""

    def __init__(self) -> None:
        self._folders: dict[str, str | None] = {}

    def __call__(self, name: str) -> str:
        folder, base = os.path.split(name)
        if base in ("", ".", ".."):
            return os.path.realpath(name)
        if folder in self._folders:
            real = self._folders[folder]
        else:
            try:
                real = os.path.realpath(folder or os.curdir, strict=True)
            except OSError:  # a part missing, a loop of links: realpath's own answer, path by path
                real = None
            self._folders[folder] = real
        if real is None or os.path.islink(name):
            return os.path.realpath(name)
        return os.path.join(real, base)


def answers_below(folder: str, exclude: Excluder | None = None, errors: list[OSError] | None = None,
                  noted: list[tuple[str, str]] | None = None) -> list[str]:
    """Every answer file below `folder`, sorted by path, outside hidden and excluded folders.
    A folder that cannot be listed (no permission) is appended to `errors`; a file of
    :data:`NOTED_SUFFIXES` to `noted`, with the key of its reason (sorted by path too)."""
    base = Path(folder)
    found: list[tuple[str, ...]] = []  # each file's path below `folder`, as its parts (plain strings)
    others: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, names in os.walk(base, onerror=errors.append if errors is not None else None):
        dirs[:] = [d for d in dirs if not d.startswith(".")
                   and not (exclude and exclude.excludes(os.path.join(root, d), folder=True))]
        relative = Path(root).relative_to(base).parts
        found.extend(
            (*relative, n) for n in names
            if n.lower().endswith(ANSWER_SUFFIXES) and not n.startswith(".")
            and not (exclude and exclude.excludes(os.path.join(root, n)))
        )
        if noted is not None:
            others.extend(
                ((*relative, n), NOTED_SUFFIXES[os.path.splitext(n)[1].lower()]) for n in names
                if os.path.splitext(n)[1].lower() in NOTED_SUFFIXES and not n.startswith(".")
                and not (exclude and exclude.excludes(os.path.join(root, n)))
            )
    found.sort()
    if noted is not None:
        noted.extend((str(base.joinpath(*parts)), why) for parts, why in sorted(others))
    return [str(base.joinpath(*parts)) for parts in found]


# --------------------------------------------------------------------------- 2. reading


def item_bytes(item: Item) -> bytes:
    """The bytes of `item` (InputError naming the file when they cannot be had)."""
    if item.data is not None:
        if len(item.data) > MAX_FILE_BYTES:
            raise InputError(item.name, f"input is more than {MAX_FILE_BYTES:,} bytes; an answer is far smaller",
                             dutch=f"de invoer is meer dan {MAX_FILE_BYTES:,} bytes; een antwoord is veel kleiner")
        return item.data
    from okot_audit.source import read_bytes

    return read_bytes(item.name, walked=item.walked, typed=item.typed)


def source_of(data: bytes, name: str, catalogue: "Catalogue | None" = None) -> "Source":
    """The one place where bytes become a :class:`~okot_audit.source.Source`.

    The format (PDF, ``.xlsx``, text in any supported encoding) is recognised from the bytes;
    `catalogue` is the run's (the shipped one when None).
    """
    from okot_audit import source

    return source.source_from_bytes(data, name, catalogue=catalogue)


def answer_of(data: bytes, name: str, catalogue: "Catalogue | None" = None) -> "Answer":
    """The answer the bytes `data` of the input `name` hold (InputError when none), read with
    `catalogue` — the run's, the one its answers are audited with (the shipped one when None)."""
    from okot_audit.parse import parse_answer

    return parse_answer(source_of(data, name, catalogue), catalogue)


def read_item(item: Item, catalogue: "Catalogue | None" = None) -> "Answer":
    """Read one input into an :class:`~okot_audit.tables.Answer` (with `catalogue`: :func:`answer_of`)."""
    if item.answer is not None:
        return item.answer
    return answer_of(item_bytes(item), item.name, catalogue)


# --------------------------------------------------------------------------- 3. auditing


def audit_item(item: Item, setup: Setup) -> "tuple[Answer, list[Finding]]":
    """The answer of `item` and its own findings, from the cache when nothing changed."""
    from okot_audit.audit import audit_answer

    if item.answer is not None:
        return item.answer, audit_answer(item.answer, setup.catalogue, setup.rules,
                                         sector=setup.sector, lang=setup.lang)
    data = item_bytes(item)
    cache = setup.cache if item.data is None else None
    digest = None
    if cache is not None:
        from okot_audit.cache import digest_bytes

        digest = digest_bytes(data)
        hit = cache.load(item.name, digest)
        if hit is not None:
            return hit
    answer = answer_of(data, item.name, setup.catalogue)
    findings = audit_answer(answer, setup.catalogue, setup.rules, sector=setup.sector, lang=setup.lang)
    if cache is not None and digest is not None:
        cache.store(item.name, digest, answer, findings)
    return answer, findings


def _audit_one(args: "tuple[Item, Setup]"):
    """:func:`audit_item`, with what goes wrong as an :class:`InputFailure` value (a worker
    process sends it back as it is)."""
    item, setup = args
    return _contained(audit_item, item, setup)


def _read_one(args: "tuple[Item, Catalogue | None]"):
    item, catalogue = args
    return _contained(read_item, item, catalogue)


def _contained(work: Callable, item: Item, *args):
    """`work(item, *args)`; an InputError, or any exception the input caused, as a failure
    that names the input — one input never stops the others."""
    try:
        return work(item, *args)
    except InputError as error:
        return failure_of(error)
    except Exception as error:  # noqa: BLE001 - a bug must not hide the other inputs
        if os.environ.get("OKOT_AUDIT_DEBUG"):
            raise
        detail = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        return InputFailure(item.name, None, f"could not be audited: internal error ({detail}); "
                                             "this is a bug in okot-audit, please report it with the file",
                            f"kon niet gecontroleerd worden: interne fout ({detail}); dit is een fout in "
                            "okot-audit, meld ze samen met het bestand")


#: At most this many worker processes per core: reading and auditing keep a core busy, so more
#: processes than cores only cost memory and start-up (``--jobs 1000`` started a thousand).
JOBS_PER_CORE = 2


def cores() -> int:
    """The cores this process may run on (a container's or ``taskset``'s share, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # (not on every system)
        return os.cpu_count() or 1


def worker_count(jobs: int, items: int) -> int:
    """The processes `jobs` asks for, capped at the number of items and at
    :data:`JOBS_PER_CORE` per core; 1 means no pool."""
    return max(1, min(jobs, items, JOBS_PER_CORE * cores()))


def _results(work: Callable, items: list, jobs: int, progress: "Callable[[int], None] | None") -> Iterator:
    """`work(item)` for every item, in order; in `jobs` processes when more than one (capped by
    :func:`worker_count`).

    Work is sent in chunks, and only a few chunks per process are out at a time: results never
    pile up in memory when the caller is slower than the workers."""
    jobs = worker_count(jobs, len(items))
    if jobs > 1:
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        size = max(1, min(16, len(items) // (jobs * 4)))
        chunks = (items[i:i + size] for i in range(0, len(items), size))
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(os.getpid(),)) as pool:
            pending: deque = deque()
            chunk: list = []
            try:
                for chunk in chunks:
                    pending.append((pool.submit(_each, work, chunk), chunk))
                    if len(pending) >= jobs * 3:
                        yield from _chunk_results(pending[0][0], progress)
                        pending.popleft()
                while pending:
                    yield from _chunk_results(pending[0][0], progress)
                    pending.popleft()
            except BrokenProcessPool:  # a worker killed (out of memory, a signal): say where, not "a bug"
                _stop(pool)
                raise WorkerLost(_name_of((pending[0][1] if pending else chunk)[0])) from None
            except BaseException:  # Ctrl-C, or the caller stopped: no waiting for the work sent out
                _stop(pool)
                raise
        return
    for item in items:
        result = work(item)
        if progress:
            progress(1)
        yield result


class WorkerLost(RuntimeError):
    """A worker process of a ``--jobs`` run ended abruptly (killed by a signal or for want of
    memory): the run cannot go on. Nothing is reported from `first` on (the first input whose
    result had not come back; which file the lost worker held, the pool does not say)."""

    def __init__(self, first: str) -> None:
        self.first = first
        super().__init__(
            f"a worker process ended abruptly (killed, or out of memory); the report stops before {first}: "
            "it and the files after it are not reported — run again, or with --jobs 1 to find the file")


def _name_of(item) -> str:
    """The input's name of a unit of work: an :class:`Item`, or a tuple that starts with one."""
    first = item[0] if isinstance(item, tuple) else item
    return str(getattr(first, "name", first))


def _worker_start(parent: int) -> None:
    """A worker leaves Ctrl-C to the main process, which stops it (:func:`_stop`): a worker
    interrupted on its own would print a traceback of its own. SIGTERM ends it (the main
    process's own handler, which it inherits, would only fail the chunk at hand), and so does
    the end of the main process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with(parent)


#: ``prctl`` option: the signal a process gets when the one that started it ends (Linux).
_PR_SET_PDEATHSIG = 1


def _end_with(parent: int) -> None:
    """Have this worker killed when the main process `parent` ends, however it ends (killed,
    terminated, out of memory): left behind, a worker blocks for ever on a pipe that nobody
    reads, and holds the output of the command that started okot-audit open (`timeout`, a CI
    step, a caller's ``subprocess.run`` waited for ever). Linux only; elsewhere a worker ends
    when it next asks for work."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
    except (OSError, AttributeError):  # (a libc without prctl)
        return
    if os.getppid() != parent:  # the main process ended before the line above
        os._exit(1)


def _stop(pool) -> None:
    """End the workers of `pool` now: the chunks they read and the ones still queued are
    dropped (an interrupted run reports nothing, so their results are not waited for)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # (shutdown forgets them)
    results = getattr(pool, "_result_queue", None)  # (and this)
    manager = getattr(pool, "_executor_manager_thread", None)  # (and this)
    for process in workers:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    # A worker ended while it was sending a chunk's results leaves half a message in the
    # results pipe, and the pool's manager thread would wait for the rest for ever — and the
    # interpreter's exit with it (a report piped to `head`, a full disk: the one line, then a
    # hang). Once every worker is gone, this process holds the pipe's last writing end:
    # closing it ends that read, and the manager winds the pool up as broken.
    for process in workers:
        process.join()
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
    # Then wait for the manager to wind up. Left running, it closes its wake-up pipe while the
    # interpreter's exit writes to that pipe to wake it (Python 3.11 takes no lock for the two):
    # "Exception ignored … OSError: [Errno 9] Bad file descriptor" after the command's last
    # line, seen under load. The join is bounded: a run that is stopping never hangs on it.
    if manager is not None:
        manager.join(timeout=_MANAGER_WAIT)


#: Seconds :func:`_stop` waits at most for the pool's manager thread to end.
_MANAGER_WAIT = 10.0


def _each(work: Callable, chunk: list) -> list:
    """`work` on every item of a chunk (in a worker process)."""
    return [work(item) for item in chunk]


def _chunk_results(future, progress: "Callable[[int], None] | None") -> Iterator:
    for result in future.result():
        if progress:
            progress(1)
        yield result


def failure_of(error: InputError) -> InputFailure:
    """The report's record of an input that could not be audited."""
    return InputFailure(error.path, error.line, error.reason, getattr(error, "dutch", None))


def failure_line(failure: InputFailure, lang: str = "en") -> str:
    """``path:line: why`` — the one line a failure is shown as (the reader's Dutch with nl)."""
    where = f"{failure.path}:{failure.line}" if failure.line is not None else failure.path
    return f"{where}: {failure.dutch if lang == 'nl' and failure.dutch else failure.message}"


def _sort_out(item: Item, failure: InputFailure, skip_non_answers: bool, failures: list, notes: list,
              lang: str = "en") -> None:
    """A failure, or a note when the input is no answer and came from a walk or the hook."""
    if (item.walked or skip_non_answers) and failure.message.startswith(_NOT_AN_ANSWER):
        notes.append(Note(item.name, failure.message_in(lang), lang))
    else:
        failures.append(failure)


def run(
    inputs: Inputs, setup: Setup, *, skip_non_answers: bool = False, jobs: int = 1,
    progress: "Callable[[int], None] | None" = None,
) -> Outcome:
    """Read and audit every item of `inputs`; the report carries what could not be audited."""
    answers: list[Answer] = []
    findings: list[Finding] = []
    failures = list(inputs.failures)
    notes = list(inputs.notes)
    work = [(item, setup) for item in inputs.items]
    for (item, _), result in zip(work, _results(_audit_one, work, jobs, progress)):
        if isinstance(result, InputFailure):
            _sort_out(item, result, skip_non_answers, failures, notes, setup.lang)
            continue
        answer, found = result
        answers.append(answer)
        findings.extend(found)
    # all answers are read: cross-answer findings (figures compared between answers)
    from okot_audit.corpus.run import corpus_findings

    findings.extend(corpus_findings(answers, setup.catalogue, setup.rules, setup.lang, sector=setup.sector))
    return Outcome(Report(answers, findings, failures), notes)


def iter_read(
    inputs: Inputs, failures: list[InputFailure], notes: list[Note], *, skip_non_answers: bool = False,
    jobs: int = 1, progress: "Callable[[int], None] | None" = None, lang: str = "en",
    catalogue: "Catalogue | None" = None,
) -> "Iterator[Answer]":
    """Read every item (no audit, for `extract`), yielding each answer as soon as it is read;
    what cannot be read is appended to `failures` (or `notes`) as it comes. `catalogue`: the
    one the answers are read with (the shipped one when None; :func:`answer_of`)."""
    failures.extend(inputs.failures)
    notes.extend(inputs.notes)
    work = [(item, catalogue) for item in inputs.items]
    for item, result in zip(inputs.items, _results(_read_one, work, jobs, progress)):
        if isinstance(result, InputFailure):
            _sort_out(item, result, skip_non_answers, failures, notes, lang)
        else:
            yield result


def read_all(
    inputs: Inputs, *, skip_non_answers: bool = False, jobs: int = 1,
    progress: "Callable[[int], None] | None" = None, catalogue: "Catalogue | None" = None,
) -> "tuple[list[Answer], list[InputFailure], list[Note]]":
    """Read every item (no audit, with `catalogue`: :func:`iter_read`): the answers, the failures and the notes."""
    failures: list[InputFailure] = []
    notes: list[Note] = []
    answers = list(iter_read(inputs, failures, notes, skip_non_answers=skip_non_answers, jobs=jobs,
                             progress=progress, catalogue=catalogue))
    return answers, failures, notes


# --------------------------------------------------------------------------- 5. a run that streams


@dataclass(frozen=True)
class Keep:
    """What a streaming run keeps of each answer besides its description and findings."""

    figures: bool = True  # the figures the corpus rules compare (on disk: a FigureIndex)
    charts: bool = False  # the chart bars of each table (the HTML report)
    #: Each answer's description on disk, for :meth:`CorpusRun.groups` and
    #: :meth:`CorpusRun.documents` (a JSON report that writes them as they come needs none:
    #: its groups then carry None for each).
    documents: bool = True


@dataclass
class Audited:
    """What a streaming run keeps of one audited answer: plain data, never the answer itself.

    Small enough to send back from a worker process and to write to disk as it comes."""

    path: str
    date: str | None  # the question date, ISO
    document: dict  # Answer.describe(): the JSON report's document
    findings: "list[Finding]"
    figures: "tuple | None" = None  # okot_audit.corpus.revisions.figure_rows()
    charts: "dict[str, list] | None" = None  # table id → chart bars


@dataclass
class Group:
    """One path of a report: its answers' descriptions (first one first) and every finding at
    that path — its own and those comparing it with other answers — in the report's order."""

    path: str
    documents: list[dict]
    findings: "list[Finding]"
    charts: "list[dict[str, list] | None]"


def summarise(answer: "Answer", findings: "list[Finding]", setup: Setup, keep: Keep) -> Audited:
    """The compact record of one audited answer."""
    from okot_audit.corpus.revisions import figure_rows, iso_date

    charts = None
    if keep.charts:  # (the bars each table's chart shows, computed once: okot_audit.charts)
        charts = {table.id: list(table.chart_bars) for table in answer.tables}
    return Audited(answer.path, iso_date(answer.question_date), answer.describe(), findings,
                   figure_rows(answer, setup.sector, setup.catalogue) if keep.figures else None, charts)


def _audit_compact(args: "tuple[Item, Setup, Keep]"):
    item, setup, keep = args
    return _contained(lambda one: summarise(*audit_item(one, setup), setup, keep), item)


#: A finding's fields in order, as one tuple (``Finding(*row)`` makes it again).
_FINDING_ROW = attrgetter(*FINDING_FIELDS)


class SpillError(OSError):
    """The temporary file of a streaming run (:class:`CorpusRun`, in the system's temporary
    folder) could not be written or read back: a full disk there. Not the report's output."""

    def __init__(self, exc: OSError) -> None:
        import tempfile

        super().__init__(exc.errno, exc.strerror or str(exc))
        self.folder = tempfile.gettempdir()


class CorpusRun:
    """The answers of a streaming run, as they were audited: on disk, not in memory.

    Each answer's description and findings go to a temporary file as the answer comes (only its
    path and where its record starts are held), its figures to a
    :class:`~okot_audit.corpus.revisions.FigureIndex`. Once every answer is added,
    :meth:`finish` pairs the figures across answers, and :meth:`groups` reads the answers back
    one path at a time with the cross-answer findings at their places — the findings in the
    order of :class:`~okot_audit.findings.Report`, byte for byte what a report holding all the
    answers would say. Memory is bounded by the largest answer, not by the run.

    The corpus rules (``figure-revised``) run here on each answer's revisions
    (:class:`~okot_audit.corpus.revisions.Revisions`): they run after every answer was read,
    because a later answer by question date may come first in file order.
    """

    def __init__(self, setup: Setup, keep: Keep = Keep()) -> None:
        import tempfile

        self.setup, self.keep = setup, keep
        self.failures: list[InputFailure] = []
        self.notes: list[Note] = []
        self._spill = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self._entries: list[tuple[str, int, int]] = []  # per answer: path, offset, size
        self._corpus_rules = [r for r in setup.rules if r.scope == "corpus"]
        self._index = None
        if keep.figures and self._corpus_rules:
            from okot_audit.corpus.revisions import FigureIndex

            self._index = FigureIndex()

    @property
    def answers(self) -> int:
        """The number of answers read."""
        return len(self._entries)

    def add(self, audited: Audited) -> None:
        """Keep one audited answer (in file order)."""
        import pickle

        rows = list(map(_FINDING_ROW, audited.findings))  # plain data: each finding's fields as a tuple
        document = audited.document if self.keep.documents else None
        data = pickle.dumps((document, rows, audited.charts), pickle.HIGHEST_PROTOCOL)
        try:
            offset = self._spill.tell()
            self._spill.write(data)
        except OSError as exc:
            raise SpillError(exc) from None
        self._entries.append((audited.path, offset, len(data)))
        if self._index is not None and audited.figures is not None:
            refs, rows = audited.figures
            self._index.add(audited.path, audited.date, refs, rows,
                            question=(audited.document or {}).get("question_number"))

    def finish(self) -> None:
        """Every answer is added: pair the figures across answers."""
        if self._index is not None:
            self._index.finish()

    def _load(self, entry: int) -> "tuple[dict, list[Finding], dict | None]":
        import pickle

        _, offset, size = self._entries[entry]
        try:
            self._spill.seek(offset)  # (writes what the buffer still holds)
            data = self._spill.read(size)
        except OSError as exc:
            raise SpillError(exc) from None
        document, rows, charts = pickle.loads(data)
        return document, [Finding(*row) for row in rows], charts

    def _corpus_findings(self, entry: int) -> "list[Finding]":
        if self._index is None or len(self._entries) < 2:
            return []
        from okot_audit.corpus.revisions import Revisions
        from okot_audit.rules import AuditContext

        found = self._index.revisions_of(entry)
        if not found:
            return []
        context = AuditContext(catalogue=self.setup.catalogue, sector=self.setup.sector)
        return [f for rule in self._corpus_rules
                for f in rule.corpus_findings(Revisions(found), context, self.setup.lang)]

    def documents(self) -> Iterator[dict]:
        """Every answer's ``describe()`` data, in file order."""
        for entry in range(len(self._entries)):
            yield self._load(entry)[0]

    def groups(self, order: str = "answers") -> Iterator[Group]:
        """One :class:`Group` per path: in the order the answers came (``answers``: the text
        report's files), or sorted by path (``paths``: the order of the report's findings)."""
        from okot_audit.findings import Finding

        by_path: dict[str, list[int]] = {}
        for entry, (path, _, _) in enumerate(self._entries):
            by_path.setdefault(path, []).append(entry)
        paths = sorted(by_path) if order == "paths" else list(by_path)
        for path in paths:
            entries = by_path.pop(path)
            documents, findings, charts = [], [], []
            for entry in entries:
                document, own, chart = self._load(entry)
                documents.append(document)
                findings.extend(own)
                charts.append(chart)
            for entry in entries:
                findings.extend(self._corpus_findings(entry))
            findings.sort(key=Finding.sort_key)
            yield Group(path, documents, findings, charts)

    def close(self) -> None:
        try:
            self._spill.close()
        except OSError:  # what it still buffered is not needed: the file is deleted unread
            pass
        if self._index is not None:
            self._index.close()

    def __enter__(self) -> "CorpusRun":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def stream(
    inputs: Inputs, setup: Setup, *, skip_non_answers: bool = False, jobs: int = 1,
    progress: "Callable[[int], None] | None" = None, keep: Keep = Keep(),
    on_answer: "Callable[[Audited], None] | None" = None,
) -> CorpusRun:
    """Read and audit every item of `inputs` like :func:`run`, keeping compact records only.

    `on_answer` sees each answer's record as it comes, in file order (the JSON report writes
    its document then). Close the returned :class:`CorpusRun` (a context manager) when done.
    """
    if len(inputs.items) < 2:  # one answer revises nothing: no figure index to open
        keep = replace(keep, figures=False)
    corpus = CorpusRun(setup, keep)
    try:
        corpus.failures.extend(inputs.failures)
        corpus.notes.extend(inputs.notes)
        work = [(item, setup, keep) for item in inputs.items]
        for item, result in zip(inputs.items, _results(_audit_compact, work, jobs, progress)):
            if isinstance(result, InputFailure):
                _sort_out(item, result, skip_non_answers, corpus.failures, corpus.notes, setup.lang)
                continue
            corpus.add(result)
            if on_answer is not None:
                on_answer(result)
        corpus.finish()
    except BaseException:
        corpus.close()
        raise
    return corpus
