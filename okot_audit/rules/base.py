"""What a rule is: a code, a name, a default severity, a documentation page and a check.

A rule module's docstring is its documentation (sections ``## What it does``,
``## Why it matters``, ``## Example``): it is what ``okot-audit rule NAME`` prints and what
SARIF reports carry as help. The check only *yields* :class:`Hit` records — numbers and where
they stand. :meth:`Rule.findings` turns them into :class:`~okot_audit.findings.Finding` with the
message in the chosen language. A rule never renders a report.
"""

from __future__ import annotations

import inspect
import re
import string
import sys
import weakref
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from okot_audit.findings import Finding
from okot_audit.quick import quick_init, replace  # (replace: dataclasses.replace, quicker for hits)

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.catalogue import Catalogue
    from okot_audit.tables import Answer, Table

LANGUAGES = ("en", "nl")
DOC_SECTIONS = ("## What it does", "## Why it matters", "## Example")
#: The sections of a rule's documentation, by language (the Dutch page has the same three).
SECTIONS = {
    "en": DOC_SECTIONS,
    "nl": ("## Wat het doet", "## Waarom het ertoe doet", "## Voorbeeld"),
}
#: Where the Dutch pages live: ``okot_audit/rules/docs/nl/<rule-name>.md``.
DOCS_PACKAGE = "okot_audit.rules"


@dataclass
class AuditContext:
    """What rules may consult besides the answer itself.

    What a rule needs computed first is computed on first use and kept for the other rules:
    :attr:`schema_failures` validates the answer against the pandera schemas only when a rule
    (``schema-violation``) asks for it — the audit run never tests for a rule's name.
    """

    catalogue: "Catalogue"
    sector: str | None = None  # overrides the sector read from the title
    answer: "Answer | None" = None  # the answer the per-answer rules are run on
    _schema_failures: list | None = field(default=None, repr=False)

    @property
    def schema_failures(self) -> list:
        """The schema failures of :attr:`answer` (okot_audit.schemas), computed once."""
        if self._schema_failures is None:
            from okot_audit.schemas import validate_answer

            self._schema_failures = validate_answer(self.answer) if self.answer is not None else []
        return self._schema_failures


class Meaning(str):
    """A message template in two parts: what was found, then — a part of its own — what it
    means for the reader of the answer (``… 14 persons counted in more than one row — `` and
    ``do not add up the rows``). It is the whole template as a ``str``; the finding's message
    is the two filled in, one after the other, and :attr:`Finding.meaning` the second, so that
    a report can say a meaning many findings share once
    (:func:`okot_audit.report._common.shared_endings`) without splitting sentences at their
    punctuation. Made by :func:`said`."""

    found: str
    meaning: str

    def __new__(cls, found: str, meaning: str) -> "Meaning":
        template = super().__new__(cls, found + meaning)
        template.found, template.meaning = found, meaning
        return template

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # (pickled to the worker processes of -j)
        return self.found, self.meaning


def said(found: str, meaning: str) -> Meaning:
    """A message template whose closing clause says what the finding means: `found` ends with
    the words that join the two (``" — "``, ``"; "``), `meaning` is the clause itself."""
    return Meaning(found, meaning)


@quick_init
@dataclass(frozen=True)
class Hit:
    """One violation as a rule sees it: where, which numbers, and which message."""

    line: int | None
    table: "Table | None" = None
    period: str | None = None
    province: str | None = None
    training_code: str | None = None
    label: str | None = None  # the row or total line (beside its province), where no code names it (tables.finding_label)
    page: int | None = None
    suggestion: int | None = None
    stated: int | None = None
    observed: int | None = None
    difference: int | None = None
    severity: str | None = None  # None: the rule's default
    variant: str = "default"  # which message template of the rule
    related: tuple[tuple[str, int | None, int | None], ...] = ()  # other places: (path, line, page)
    rank: int | None = None  # among several hits about one figure, 1 is preferred
    group: int | None = None  # hits of one group (in one answer) are alternatives of each other (Finding.group)
    sheet: str | None = None  # xlsx input: the sheet `line` is a row of (else the table's)
    args: dict[str, Any] = field(default_factory=dict)


Check = Callable[["Answer", AuditContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    messages: dict[str, dict[str, str]]  # variant -> language -> template (a :class:`Meaning`: its meaning apart)
    check: Check
    doc: str
    #: ``answer``: ``check(answer, context)`` sees one answer. ``corpus``: ``check(answers,
    #: context)`` sees all answers of a run at once and yields ``(answer, Hit)`` pairs (the
    #: answer is anything with a ``path``); it runs once per run (:meth:`corpus_findings`).
    scope: str = "answer"
    #: What the rule's findings are to others' (:attr:`Finding.role`): ``total`` (whether a total
    #: holds), ``suspect`` (a printed figure that may be wrong; :func:`link_suspects` links each
    #: to the ``total`` findings it would explain), or "".
    role: str = ""

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0].strip()

    def section(self, heading: str, lang: str = "en") -> str:
        """The text under one ``## heading`` of the documentation in `lang`."""
        doc = self.documentation(lang)
        match = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", doc, re.M | re.S)
        return match.group(1).strip() if match else ""

    def documentation(self, lang: str = "en") -> str:
        """The rule's documentation page in `lang`: the module docstring in English, the page
        ``okot_audit/rules/docs/nl/<name>.md`` in Dutch (English when that page is missing)."""
        if lang != "en":
            page = translated_doc(self.name, lang)
            if page:
                return page
        return self.doc

    def summary_in(self, lang: str = "en") -> str:
        """The first line of the documentation in `lang`."""
        return self.documentation(lang).strip().splitlines()[0].strip()

    def what_it_does(self, lang: str = "en") -> str:
        """The ``What it does`` section (``Wat het doet`` in Dutch)."""
        if lang != "en" and not translated_doc(self.name, lang):
            lang = "en"
        heading = SECTIONS.get(lang, DOC_SECTIONS)[0][3:]
        return self.section(heading, lang)

    def findings(self, answer: "Answer", context: AuditContext, lang: str = "en") -> Iterator[Finding]:
        """The findings on one answer; none for a corpus rule (see :meth:`corpus_findings`)."""
        if self.scope != "answer":
            return
        for hit in self.check(answer, context):
            if hit.page is None and hit.line is not None:  # (a PDF's page, where the rule gave none)
                page = page_at(answer, hit.line)
                if page is not None:  # (text has no pages: the hit as it is, not a copy of it)
                    hit = replace(hit, page=page)
            yield self.finding(answer, hit, lang)

    def corpus_findings(
        self, answers: "Iterable[Answer]", context: AuditContext, lang: str = "en"
    ) -> Iterator[Finding]:
        """The findings of a corpus rule over all answers of a run; none for a per-answer rule."""
        if self.scope != "corpus":
            return
        check = cast("Callable[[Iterable[Answer], AuditContext], Iterable[tuple[Answer, Hit]]]", self.check)
        for answer, hit in check(answers, context):
            yield self.finding(answer, hit, lang)

    def finding(self, answer: "Answer", hit: Hit, lang: str = "en") -> Finding:
        table = hit.table
        template = self.messages[hit.variant].get(lang) or self.messages[hit.variant]["en"]
        plan = _PLANS.get(id(template))
        if plan is None:
            plan = _plan(template)
        _, named, fill_found, fill_meaning = plan
        values = {
            "stated": hit.stated, "observed": hit.observed, "difference": hit.difference,
            "period": hit.period, "province": hit.province, "code": hit.training_code,
            "label": hit.label, "suggestion": hit.suggestion, "page": hit.page, "line": hit.line,
        }
        # the values that take words to make, made when asked for
        if named is None or "table" in named:
            from okot_audit.i18n import reader_text

            values["table"] = reader_text(table.title, lang) if table else None
        if named is None or "where" in named:
            values["where"] = describe_place(hit, lang)
        if named is None or "table_name" in named:
            values["table_name"] = table_name(table, lang, hit.line)
        if named is None or "whole_table" in named:  # (the table a column is of)
            values["whole_table"] = table_name(table, lang, hit.line, column=False)
        sheet = hit.sheet or (table.sheet if table else None)
        # a place in a workbook is a row of its sheet, in text a line: ``line 5`` / ``row 5``
        values["line_word"], values["lines_word"] = LINE_WORDS.get(lang, LINE_WORDS["en"])[bool(sheet)]
        values.update(hit.args)
        found = fill_found(values)
        if fill_meaning is not None:  # (what was found, then what it means: each filled on its own, the second kept apart)
            meaning = fill_meaning(values)
            text = found + meaning
            if _has_long_number(text):  # (else neither part has one: each is a part of the whole)
                found, meaning = shorten_numbers(found), shorten_numbers(meaning)
                text = found + meaning
        else:
            meaning, text = "", shorten_numbers(found)
        return Finding(
            rule=self.name, code=self.code, severity=hit.severity or self.severity,
            path=answer.path, line=hit.line, table=table.id if table else None,
            measure=table.measure if table else None, period=hit.period,
            province=hit.province, training_code=hit.training_code, stated=hit.stated,
            observed=hit.observed, difference=hit.difference,
            message=sheet_place(sheet, hit.line, lang) + text if sheet else text,
            label=hit.label, page=hit.page, suggestion=hit.suggestion, related=hit.related, rank=hit.rank,
            meaning=meaning, role=self.role, group=hit.group,
        )


#: Each message template's :func:`_plan`, by the template's identity (the plan holds the
#: template, so that no other string takes its id while the plan is kept).
_PLANS: dict[int, tuple] = {}


def _plan(template: str) -> tuple:
    """How :meth:`Rule.finding` fills `template`, worked out once per template: the template
    itself, the names of the values it fills in (:func:`_field_names`), and the fillers of what
    was found and of what it means (None for a template that is no :class:`Meaning`, or says no
    meaning apart) — each
    ``str.format_map`` itself where no plural form asks for :func:`format_message`."""

    def filler(part: str) -> Callable[[dict[str, Any]], str]:
        if "|" not in part:
            return part.format_map
        return lambda values: format_message(part, values)

    plan: tuple
    if isinstance(template, Meaning) and template.meaning:
        plan = (template, _field_names(template), filler(template.found), filler(template.meaning))
    else:
        plan = (template, _field_names(template), filler(template), None)
    _PLANS[id(template)] = plan
    return plan


#: The answer :func:`page_at` last looked at (weakly: a run keeps no answer alive), and the
#: (line, page) of what stands in it.
_PLACED: list = [lambda: None, []]


def page_at(answer: "Answer", line: int) -> int | None:
    """The page of 1-based `line` of an answer read from a PDF (or from text whose form feeds
    part its pages): the page of what stands at that line (a cell, a table's header, a reading
    issue) or, as lines run through the pages in order, the one page of what stands nearest above
    it and nearest below it. None for text without pages, and where a page may end between."""
    if _PLACED[0]() is not answer:
        placed = {(c.line, c.page) for t in answer.tables for c in t.cells if c.page is not None}
        placed.update((t.header_line, t.page) for t in answer.tables if t.page is not None)
        placed.update((i.line, i.page) for i in answer.issues if i.page is not None and i.line)
        _PLACED[:] = [weakref.ref(answer), sorted(placed)]
    placed = _PLACED[1]
    k = bisect_left(placed, (line, 0))
    after = placed[k] if k < len(placed) else None
    if after is not None and after[0] == line:
        return after[1]
    before = placed[k - 1] if k else None
    return before[1] if before is not None and after is not None and before[1] == after[1] else None


@lru_cache(maxsize=None)
def translated_doc(name: str, lang: str) -> str | None:
    """The documentation page of rule `name` in `lang`, or None when there is none."""
    try:
        page = resources.files(DOCS_PACKAGE).joinpath("docs", lang, f"{name}.md")
        return page.read_text(encoding="utf-8").strip() + "\n"
    except (FileNotFoundError, NotADirectoryError, OSError):
        return None


class MessageFormatter(string.Formatter):
    """``str.format`` with plural forms: ``{n:person|persons}`` gives ``1 person`` or
    ``14 persons``; ``{n:~appears|appear}`` gives only the word (``appears`` for 1)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            word_only = format_spec.startswith("~")
            one, many = format_spec.lstrip("~").split("|", 1)
            word = one if value in (1, -1) else many
            return word if word_only else f"{value} {word}"
        return super().format_field(value, format_spec)


_FORMATTER = MessageFormatter()


#: A run of digits longer than this is shortened in a message (the finding's fields keep it).
LONG_NUMBER = 24
_LONG_DIGITS = re.compile(r"\d{%d,}" % (LONG_NUMBER + 1))
#: A run of more than :data:`LONG_NUMBER` digits holds two characters this far apart at places
#: that are multiples of it (a run of 25 holds some 12k and 12k + 12): a message's characters
#: at those places, taken in one slice, hold two digits side by side wherever it holds such a
#: run — a look at a twelfth of it before the search of all of it.
_SAMPLE = (LONG_NUMBER + 1) // 2
_TWO_DIGITS = re.compile(r"\d\d")


def shorten_numbers(message: str) -> str:
    """`message` with every absurdly long number shortened to its ends and its length
    (``999999…999999 (5,000 digits)``): a count of thousands of digits is a wrong figure to
    point at, not one to print; the finding's ``stated`` keeps it whole."""
    if not _has_long_number(message):
        return message
    return _LONG_DIGITS.sub(lambda m: f"{m.group()[:6]}…{m.group()[-6:]} ({len(m.group()):,} digits)", message)


def _has_long_number(message: str) -> bool:
    """Whether `message` holds a run of more than :data:`LONG_NUMBER` digits."""
    return not (len(message) <= LONG_NUMBER or _TWO_DIGITS.search(message[::_SAMPLE]) is None
                or _LONG_DIGITS.search(message) is None)


def format_message(template: str, values: dict[str, Any]) -> str:
    """A message template filled with `values`, plural forms chosen by the numbers."""
    if "|" not in template:  # no plural form: str.format does the same, in C
        return template.format_map(values)
    pieces = _pieces(template)
    if pieces is None:
        return _FORMATTER.vformat(template, (), values)
    format_field = _FORMATTER.format_field
    return "".join([literal if name is None else literal + format_field(values[name], spec)
                    for literal, name, spec in pieces])


@lru_cache(maxsize=None)
def _field_names(template: str) -> frozenset[str] | None:
    """The names of the values `template` fills in (``{table}``, ``{code}`` …); None when a
    field's format spec holds a field of its own."""
    names = set()
    for _, name, spec, _ in _FORMATTER.parse(template):
        if name is None:
            continue
        if "{" in (spec or ""):
            return None
        names.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return frozenset(names)


@lru_cache(maxsize=None)
def _pieces(template: str) -> "tuple[tuple[str, str | None, str], ...] | None":
    """The template as (text, field name, format spec) pieces, parsed once — None when a field
    is more than a plain name (an index, an attribute, a conversion, a nested field): then
    :class:`MessageFormatter` fills it in full."""
    pieces = []
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        if name is not None and (not name.isidentifier() or conversion is not None or "{" in (spec or "")):
            return None
        pieces.append((literal, name, spec or ""))
    return tuple(pieces)


def rule_page(rule: Rule, lang: str = "en") -> str:
    """The documentation page of `rule` as the repository keeps it in ``docs/rules/``."""
    other = "nl" if lang == "en" else "en"
    link = {"nl": f"[Nederlands](nl/{rule.name}.md)", "en": f"[English](../{rule.name}.md)"}[other]
    severity = {"en": "Default severity", "nl": "Standaardernst"}[lang]
    return (f"# {rule.name} ({rule.code})\n\n{severity}: **{rule.severity}** · {link}\n\n"
            f"{rule.documentation(lang).strip()}\n")


def rule_pages() -> dict[str, str]:
    """Every page of ``docs/rules/``, by path relative to it (``<name>.md``, ``nl/<name>.md``,
    and the index ``README.md``). Regenerate with ``python -m okot_audit.rules.docs docs/rules``."""
    from okot_audit.rules import all_rules

    pages = {}
    index = ["# Rules", "", "| code | name | default severity | what |", "|---|---|---|---|"]
    for r in all_rules():
        pages[f"{r.name}.md"] = rule_page(r, "en")
        pages[f"nl/{r.name}.md"] = rule_page(r, "nl")
        index.append(f"| {r.code} | [{r.name}]({r.name}.md) | {r.severity} | {r.summary} |")
    pages["README.md"] = "\n".join(index) + "\n"
    return pages


def write_rule_pages(folder: str) -> None:
    """Write :func:`rule_pages` below `folder` (the repository's ``docs/rules``)."""
    from pathlib import Path

    for name, text in rule_pages().items():
        target = Path(folder) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


#: Where a finding in a workbook stands, before its message: the sheet and its row (the
#: finding's line), as the reader's own errors name a cell (``sheet 'Tabel 2', cell C5``).
SHEET_PLACE = {"en": ("sheet {sheet!r}, row {line}: ", "sheet {sheet!r}: "),
               "nl": ("blad {sheet!r}, rij {line}: ", "blad {sheet!r}: ")}


def sheet_place(sheet: str | None, line: int | None, lang: str) -> str:
    """``sheet 'Tabel 2', row 13: `` for a finding in an ``.xlsx`` workbook (``blad …, rij …``
    in Dutch): its line is a row of that sheet, and a workbook has several; ``""`` for any
    other input. Every report shows the message, so every report names the sheet."""
    if not sheet:
        return ""
    with_row, without = SHEET_PLACE.get(lang, SHEET_PLACE["en"])
    return (with_row if line else without).format(sheet=sheet, line=line)


#: What a message calls the place a number stands on (``{line_word} {part_line}``), by language:
#: in text and PDFs a line, in a workbook a row of its sheet (as :data:`SHEET_PLACE` says).
LINE_WORDS = {"en": {False: ("line", "lines"), True: ("row", "rows")},
              "nl": {False: ("regel", "regels"), True: ("rij", "rijen")}}

#: How a message names a table, by language: as the reader of the answer sees it — by its
#: header's words and where it stands, never by okot-audit's id (``started_by_gender``).
TABLE_NAMES = {
    "en": {"titled": 'the table "{title}" ({where})', "untitled": "the table at {where}",
           "column": "the {column} column of {table}", "line": "line {line}", "row": "row {line}",
           "page": "page {page}", "headless": "a table without a header"},
    "nl": {"titled": 'de tabel "{title}" ({where})', "untitled": "de tabel op {where}",
           "column": "de kolom {column} van {table}", "line": "regel {line}", "row": "rij {line}",
           "page": "pagina {page}", "headless": "een tabel zonder hoofding"},
}
#: A table's header words longer than this are cut at a word in a message (``…``).
TITLE_CHARS = 60


def table_name(table: "Table | None", lang: str = "en", line: int | None = None, column: bool = True) -> str:
    """A table as the reader of the answer knows it: ``the table "Unieke cursisten met gestarte
    OKOT'(s)" (line 68)`` — its header's words (cut after some sixty characters) and the line
    (and page) its header stands on; ``the table at line 68 (page 2)`` when it has no header
    words; one column of a header that prints several under each period by that column too
    (``the Man column of the table "Opleiding" (line 7)``). In Dutch ``de tabel "…" (regel
    68)``. Without a table (one that could not be read), the table at `line`; without
    `column`, the whole table a column is of. A table known only by its id and title (another
    answer's, as the figure index keeps it) is named by its title alone."""
    words = TABLE_NAMES.get(lang, TABLE_NAMES["en"])
    if table is None:
        return words["untitled"].format(where=words["line"].format(line=line if line is not None else "?"))
    header_line = getattr(table, "header_line", None)
    page = getattr(table, "page", None)
    own_column = getattr(table, "column", "")
    where = "" if header_line is None else words["row" if table.sheet else "line"].format(line=header_line)
    title = " ".join((table.title or "").split())
    for joined in (f" \u2014 {own_column}", f" {own_column}") if own_column else ():
        if title.endswith(joined):  # (the column's tables are titled with it: ``Opleiding — Man``)
            title = title[: -len(joined)]
            break
    if title in ("", "(no header)"):
        name = words["untitled"].format(where=where) if where else words["headless"]
        if page is not None:
            name += f" ({words['page'].format(page=page)})"
    else:
        if len(title) > TITLE_CHARS:
            title = title[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-") + " …"
        if page is not None and where:
            where += ", " + words["page"].format(page=page)
        name = words["titled"].format(title=title, where=where)
        if not where:
            name = name.replace(" ()", "")
    return words["column"].format(column=own_column, table=name) if own_column and column else name


def describe_place(hit: Hit, lang: str) -> str:
    """``Antwerpen 2020 in the table "Provincie Opleiding Aantal" (line 44)`` — a short phrase
    for messages."""
    bits = []
    if hit.province:
        bits.append(hit.province)
    if hit.period:
        bits.append(hit.period)
    where = " ".join(bits)
    if hit.table is None:
        return where
    return f"{where} in {table_name(hit.table, lang)}".strip()


def rule(code: str, name: str, severity: str, messages: dict, *, scope: str = "answer",
         role: str = "") -> Callable[[Check], Check]:
    """Declare the decorated function as the check of a rule; the module docstring documents it.

    `scope` ``corpus`` declares a rule over all answers of a run (see :attr:`Rule.scope`);
    `role` what its findings are to others' (:attr:`Rule.role`)."""
    if set(messages) <= set(LANGUAGES):  # a single variant given as {lang: template}
        messages = {"default": messages}

    def register(check: Check) -> Check:
        module = sys.modules[check.__module__]
        doc = inspect.cleandoc(module.__doc__ or "")
        check.rule = Rule(code, name, severity, messages, check, doc, scope, role)  # type: ignore[attr-defined]
        return check

    return register


def link_suspects(findings: list[Finding]) -> list[Finding]:
    """`findings` (of one answer) with each suspect (:attr:`Finding.is_suspect`) stating the
    findings it would explain (:attr:`Finding.explains`): those that say a total of its file and
    table does not hold (:attr:`Finding.fails_total`) at a place it names (its related places),
    for its period — or standing on its line (a total column). Decided once, here, so that every
    report shows the same link."""
    failing: dict[tuple, list[Finding]] = {}
    for f in findings:
        if f.fails_total and f.line is not None:
            failing.setdefault((f.path, f.table, f.line), []).append(f)
    if not failing:
        return findings
    out = []
    for s in findings:
        if s.is_suspect:
            lines = dict.fromkeys(line for path, line, _ in s.related if path == s.path)
            explains = tuple(dict.fromkeys(
                (f.rule, f.line, f.period) for line in lines for f in failing.get((s.path, s.table, line), ())
                if s.period == f.period or s.line == f.line))
            if explains:
                s = replace(s, explains=explains)
        out.append(s)
    return out


def hits_in_order(hits: Iterable[Hit]) -> list[Hit]:
    return sorted(hits, key=lambda h: (h.line or 0, h.period or "", h.province or ""))
