"""What every renderer shares: words in two languages, grouping by file and table, chart sums.

Nothing here judges a finding. Grouping only puts the report's findings under the answer and
table they name; :func:`chart_series` only adds up numbers the answer printed, so that a chart
can show them next to its totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from okot_audit.charts import Bar, ChartTable
from okot_audit.findings import Finding, Report

#: Words of the reports, by language. Finding messages come translated from the rules.
LABELS = {
    "en": {
        "report": "okot-audit report",
        "answer": ("answer", "answers"),
        "table": ("table", "tables"),
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "info": ("info", "info"),
        "file_findings": "Findings about the whole answer",
        "no_findings": "no findings",
        "no_tables": "no tables read",
        "measure": "measure",
        "layout": "layout",
        "periods": "periods",
        "partial": "partial",
        "lines": "lines",
        "sector": "sector",
        "question": "question",
        "of": "of",
        "by_year": "by year",
        "by_province": "by province",
        "severity": "Severity",
        "line": "Line",
        "rule": "Rule",
        "period": "Period",
        "province": "Province",
        "stated": "Stated",
        "observed": "Observed",
        "difference": "Difference",
        "message": "Message",
        "chart_title": "Sum of the parts minus the stated total, per total",
        "chart_stated": "stated total",
        "chart_parts": "sum of its parts",
        "chart_difference": "difference",
        "chart_axis": "sum of the parts − stated total",
        "chart_left": "total larger than its parts",
        "chart_right": "parts add up to more",
        "chart_log": "logarithmic scale",
        "chart_holds": "adds up",
        "chart_partial": "partial period",
        "chart_none": "no chart: the cells of this table are not at hand",
        "final_total": "Eindtotaal",
        "unknown_table": "table",
        "figures": "The table's figures",
        "figures_row": "Row",
        "figures_note": ("marked: a printed figure that may be wrong, with the figure that would make "
                         "every total hold (never applied); framed: a total that does not hold"),
        "suspect_title": "may be wrong",
        "table_titled": 'table "{title}" ({where})',
        "table_untitled": "table at {where}",
        "table_id": "table {id}",
        "line_one": "line {line}",
        "contents": "Contents",
        "per_rule": "Findings per rule",
        "findings": "Findings",
    },
    "nl": {
        "report": "okot-audit rapport",
        "answer": ("antwoord", "antwoorden"),
        "table": ("tabel", "tabellen"),
        "error": ("fout", "fouten"),
        "warning": ("waarschuwing", "waarschuwingen"),
        "info": ("info", "info"),
        "file_findings": "Bevindingen over het hele antwoord",
        "no_findings": "geen bevindingen",
        "no_tables": "geen tabellen gelezen",
        "measure": "meting",
        "layout": "indeling",
        "periods": "periodes",
        "partial": "gedeeltelijk",
        "lines": "regels",
        "sector": "sector",
        "question": "vraag",
        "of": "van",
        "by_year": "per jaar",
        "by_province": "per provincie",
        "severity": "Ernst",
        "line": "Regel",
        "rule": "Controle",
        "period": "Periode",
        "province": "Provincie",
        "stated": "Vermeld",
        "observed": "Berekend",
        "difference": "Verschil",
        "message": "Bericht",
        "chart_title": "Som van de delen min het vermelde totaal, per totaal",
        "chart_stated": "vermeld totaal",
        "chart_parts": "som van de delen",
        "chart_difference": "verschil",
        "chart_axis": "som van de delen − vermeld totaal",
        "chart_left": "totaal groter dan zijn delen",
        "chart_right": "delen tellen op tot meer",
        "chart_log": "logaritmische schaal",
        "chart_holds": "klopt",
        "chart_partial": "gedeeltelijke periode",
        "chart_none": "geen grafiek: de cellen van deze tabel zijn niet beschikbaar",
        "final_total": "Eindtotaal",
        "unknown_table": "tabel",
        "figures": "De cijfers van de tabel",
        "figures_row": "Rij",
        "figures_note": ("gemarkeerd: een gedrukt cijfer dat mogelijk fout is, met het cijfer dat elk "
                         "totaal zou laten kloppen (nooit toegepast); omkaderd: een totaal dat niet klopt"),
        "suspect_title": "mogelijk fout",
        "table_titled": 'tabel "{title}" ({where})',
        "table_untitled": "tabel op {where}",
        "table_id": "tabel {id}",
        "line_one": "regel {line}",
        "contents": "Inhoud",
        "per_rule": "Bevindingen per controle",
        "findings": "Bevindingen",
    },
}

MEASURES = {
    "en": {"started": "started", "graduated": "graduated", "stopped_or_failed": "stopped or failed",
           "enrolled": "enrolments", "unknown": "unknown"},
    "nl": {"started": "gestart", "graduated": "geslaagd", "stopped_or_failed": "gestopt of niet geslaagd",
           "enrolled": "inschrijvingen", "unknown": "onbekend"},
}

SEVERITY_WORDS = {
    "en": {"error": "error", "warning": "warning", "info": "info"},
    "nl": {"error": "fout", "warning": "waarschuwing", "info": "info"},
}


def labels(lang: str) -> dict:
    """The words for `lang` (English for any language we do not have)."""
    return LABELS.get(lang, LABELS["en"])


def count_words(n: int, key: str, lang: str) -> str:
    """``1 table``, ``4 tables``, ``0 fouten``."""
    one, many = labels(lang)[key]
    return f"{n} {one if n == 1 else many}"


def measure_word(measure: str | None, lang: str) -> str:
    words = MEASURES.get(lang, MEASURES["en"])
    return words.get(measure or "unknown", measure or "")


def severity_word(severity: str, lang: str) -> str:
    return SEVERITY_WORDS.get(lang, SEVERITY_WORDS["en"]).get(severity, severity)


_LAYOUT_WORDS = {
    "en": {"code": "rows by training code", "province": "rows by province", "category": "rows by category",
           "programme": "rows by programme", "by_province": "in province blocks", "by_sector": "in sector blocks",
           "total_only": "a total only", "blocks": "in blocks", "blocks_of": "in blocks by {attribute}"},
    "nl": {"code": "rijen per opleidingscode", "province": "rijen per provincie", "category": "rijen per categorie",
           "programme": "rijen per opleiding", "by_province": "in provincieblokken", "by_sector": "in sectorblokken",
           "total_only": "alleen een totaal", "blocks": "in blokken", "blocks_of": "in blokken per {attribute}"},
}

#: The attributes of persons that blocks may be named by (``Man`` / ``Vrouw``: gender).
_ATTRIBUTE_WORDS = {
    "en": {"gender": "gender", "age": "age class", "education": "education level", "nationality": "nationality",
           "origin": "origin", "unemployment": "duration of unemployment"},
    "nl": {"gender": "geslacht", "age": "leeftijdsklasse", "education": "opleidingsniveau",
           "nationality": "nationaliteit", "origin": "herkomst", "unemployment": "werkloosheidsduur"},
}


def layout_word(layout: str | None, lang: str, info: dict | None = None) -> str:
    """``code_rows_by_province`` → ``rows by training code, in province blocks``; with the
    table's `info` (its describe() data), what its outline says beyond: a total alone, blocks
    named by something other than sectors (:meth:`okot_audit.tables.Table.outline`)."""
    if not layout:
        return ""
    words = _LAYOUT_WORDS.get(lang, _LAYOUT_WORDS["en"])
    info = info or {}
    if info.get("total_only"):
        return words["total_only"]
    rows, _, blocks = layout.partition("_rows")
    out = [words.get(rows, rows)]
    blocks = blocks.lstrip("_")
    kind = info.get("block_kind")
    if blocks == "by_sector" and kind and kind != "sector":
        attribute = _ATTRIBUTE_WORDS.get(lang, _ATTRIBUTE_WORDS["en"]).get(kind)
        out.append(words["blocks_of"].format(attribute=attribute) if attribute else words["blocks"])
    elif blocks:
        out.append(words.get(blocks, blocks))
    return ", ".join(out)


def summary_line(report: Report, groups: "list[FileGroup]", lang: str) -> str:
    """``2 answers, 4 tables: 0 errors, 0 warnings, 18 info``."""
    tables = sum(len(g.tables) for g in groups)
    answers = sum(1 for g in groups if g.described)
    return counts_summary(report.summary, answers, tables, lang)


def counts_summary(counts: dict[str, int], answers: int, tables: int, lang: str) -> str:
    """:func:`summary_line` from its numbers (a streamed report counts as it goes)."""
    return (
        f"{count_words(answers, 'answer', lang)}, {count_words(tables, 'table', lang)}: "
        + ", ".join(count_words(counts[s], s, lang) for s in ("error", "warning", "info"))
    )


#: The summary's lines under the counts: the inputs that could not be audited, and the files a
#: run skipped on purpose, by why — no answer, or a workbook in a format that is not read.
AFTER_SUMMARY: dict[str, dict[str, Any]] = {
    "en": {
        "failed": lambda n: f"{n:,} input{'' if n == 1 else 's'} could not be audited",
        "no_answer": lambda n: f"{n:,} file{'' if n == 1 else 's'} skipped as no answer",
        "workbook": lambda n, kinds: f"{n:,} file{'' if n == 1 else 's'} skipped: old workbook format "
                                     f"({kinds}), not read",
        "see_errors": "see the error lines",
        "see_notes": "see the notes",
    },
    "nl": {
        "failed": lambda n: f"{n:,} invoer{'' if n == 1 else 'en'} kon{'' if n == 1 else 'den'} niet "
                            "gecontroleerd worden",
        "no_answer": lambda n: f"{n:,} bestand{'' if n == 1 else 'en'} overgeslagen: geen antwoord",
        "workbook": lambda n, kinds: f"{n:,} bestand{'' if n == 1 else 'en'} overgeslagen: oud werkmapformaat "
                                     f"({kinds}), niet gelezen",
        "see_errors": "zie de foutregels",
        "see_notes": "zie de opmerkingen",
    },
}


def failed_line(failures: int, lang: str, see: bool = True) -> str:
    """``2 inputs could not be audited (see the error lines)``."""
    words = AFTER_SUMMARY.get(lang, AFTER_SUMMARY["en"])
    return words["failed"](failures) + (f" ({words['see_errors']})" if see else "")


def skipped_lines(notes, lang: str, see: bool = True) -> list[str]:
    """The files skipped on purpose (the run's notes; those the exclude patterns or ``--output``
    left out aside), summed up by why: ``3 files skipped as no answer``, ``2 files skipped: old
    workbook format (.ods, .xls), not read`` — each with ``(see the notes)`` when `see`."""
    words = AFTER_SUMMARY.get(lang, AFTER_SUMMARY["en"])
    kept = [note for note in notes if not getattr(note, "excluded", False)]
    workbooks = [note for note in kept if getattr(note, "workbook", False)]
    lines = []
    if len(kept) > len(workbooks):
        lines.append(words["no_answer"](len(kept) - len(workbooks)))
    if workbooks:
        kinds = sorted({"." + str(note.path).rsplit(".", 1)[-1].lower() for note in workbooks})
        lines.append(words["workbook"](len(workbooks), ", ".join(kinds)))
    return [f"{line} ({words['see_notes']})" if see else line for line in lines]


def counts_line(findings: list[Finding], lang: str) -> str:
    """``0 errors, 0 warnings, 9 info`` for some findings."""
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    return ", ".join(count_words(counts[s], s, lang) for s in ("error", "warning", "info"))


# --------------------------------------------------------------------------------------------
# Grouping


@dataclass
class TableGroup:
    """A table as :meth:`Answer.describe` gives it, and the findings that name it."""

    id: str
    info: dict  # one entry of describe()["tables"]; {} for a table only findings name
    findings: list[Finding] = field(default_factory=list)
    table: object | None = None  # the Table object with cells, when the report holds one

    @property
    def title(self) -> str:
        return self.info.get("title") or ""

    def title_in(self, lang: str) -> str:
        """The title in `lang`: the answer's words as printed, the reader's own ``(no header)``
        translated (:func:`okot_audit.i18n.reader_text`)."""
        from okot_audit.i18n import reader_text

        return reader_text(self.title, lang)

    @property
    def periods(self) -> list[dict]:
        return list(self.info.get("periods") or [])

    def heading(self, lang: str, dash: str = "-", cut: int | None = None) -> str:
        """The table as its reader recognises it: its header's words as printed and where it
        stands — ``table "Unieke cursisten met gestarte OKOT'(s)" (lines 68-107)``, ``tabel op
        regels 12-30 (pagina 2)`` without header words — never okot-audit's id (that is the
        JSON's ``table``), except for a table the report knows only by the id its findings give.
        `cut`: header words longer than this are cut at a word (``…``)."""
        words = labels(lang)
        where = self.place(lang, dash)
        title = one_line(self.title_in(lang)) if self.title and self.title != "(no header)" else ""
        if cut and len(title) > cut:
            title = title[:cut].rsplit(" ", 1)[0].rstrip(" ,;:-") + " \u2026"
        if title and where:
            return words["table_titled"].format(title=title, where=where)
        if title:
            return f'{words["table"][0]} "{title}"'
        if where:
            return words["table_untitled"].format(where=where)
        return words["table_id"].format(id=self.id)

    def place(self, lang: str, dash: str = "-") -> str:
        """``lines 68-107``, ``regel 12``; "" when unknown. (No page: a report streamed from the
        command line holds the tables' describe() data only, and the findings give their pages.)"""
        words = labels(lang)
        first, end = self.info.get("line"), self.info.get("end_line")
        if not first:
            return ""
        where = (f"{words['lines']} {first}{dash}{end}" if end and end != first
                 else words["line_one"].format(line=first))
        return where


@dataclass
class FileGroup:
    """An answer (its describe() data) with its file-level findings and its tables."""

    path: str
    info: dict  # describe(); {} when the report has findings for a path but no answer
    file_findings: list[Finding] = field(default_factory=list)
    tables: list[TableGroup] = field(default_factory=list)

    @property
    def described(self) -> bool:
        return bool(self.info)

    @property
    def findings(self) -> list[Finding]:
        return self.file_findings + [f for t in self.tables for f in t.findings]


def describe(answer) -> dict:
    """``answer.describe()``, or the little a stand-in without it still tells."""
    if hasattr(answer, "describe"):
        return answer.describe()
    return {"path": getattr(answer, "path", ""), "tables": []}  # pragma: no cover - defensive


def table_objects(answer) -> dict:
    """Tables with cells by id, when the answer object carries them (a cached stand-in may not)."""
    tables = getattr(answer, "tables", None)
    if not isinstance(tables, (list, tuple)):
        return {}
    return {
        t.id: t for t in tables
        if isinstance(getattr(t, "id", None), str) and isinstance(getattr(t, "cells", None), (list, tuple))
    }


def group_report(report: Report) -> list[FileGroup]:
    """The report's answers in order, each with its findings under its tables.

    Findings keep the report's order within a group. A finding naming a path or table the
    report does not describe still gets a group of its own, after the described ones.
    """
    groups: list[FileGroup] = []
    by_path: dict[str, FileGroup] = {}
    for answer in report.answers:
        info = describe(answer)
        path = str(info.get("path") or getattr(answer, "path", ""))
        if path in by_path:
            continue
        objects = table_objects(answer)
        group = FileGroup(path, info, tables=[
            TableGroup(t["id"], t, table=objects.get(t["id"])) for t in info.get("tables") or []
        ])
        groups.append(group)
        by_path[path] = group
    by_table: dict[tuple[str, str], TableGroup] = {}  # (path, table id) → its group: one look-up per finding
    for group in groups:
        for table_group in group.tables:
            by_table.setdefault((group.path, table_group.id), table_group)
    for finding in report.findings:
        owner = by_path.get(finding.path)
        if owner is None:
            owner = by_path[finding.path] = FileGroup(finding.path, {})
            groups.append(owner)
        if finding.table is None:
            owner.file_findings.append(finding)
            continue
        table = by_table.get((owner.path, finding.table))
        if table is None:
            table = by_table[(owner.path, finding.table)] = TableGroup(finding.table, {})
            owner.tables.append(table)
        table.findings.append(finding)
    return groups


def period_labels(periods: list[dict], marker: str = "*") -> list[str]:
    """Period names with `marker` on the partial ones: ``['2021', '2022*']``."""
    return [f"{p['period']}{marker if p.get('partial') else ''}" for p in periods]


def has_partial(periods: list[dict]) -> bool:
    return any(p.get("partial") for p in periods)


def answer_line(info: dict, lang: str) -> str:
    """``<title> — sector onderwijs, question 74 of 2022-10-14`` from describe() data."""
    words = labels(lang)
    bits = []
    if info.get("sector"):
        bits.append(f"{words['sector']} {info['sector']}")
    if info.get("question_number") is not None:
        question = f"{words['question']} {info['question_number']}"
        if info.get("question_date"):
            question += f" {words['of']} {info['question_date']}"
        bits.append(question)
    title = one_line(info.get("title") or "")
    if title and bits:
        return f"{title} — {', '.join(bits)}"
    return title or ", ".join(bits)


_SPACE = re.compile(r"\s+")
# Control characters (other than white space) from the input must not reach a terminal or a
# page: no escape sequence smuggled in through a label or a path. They are shown as \xNN.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def page_note(f: Finding, lang: str) -> str:
    """``page 3`` (``pagina 3``) where a finding is on a PDF's page, else ``""``: in a PDF, the
    line a finding gives counts through the document's text, which no viewer shows."""
    if f.page is None:
        return ""
    return f"{'pagina' if lang == 'nl' else 'page'} {f.page}"


def suggestion_note(f: Finding, lang: str) -> str:
    """`` → suggested: 1427`` after a finding that carries a suggestion (never applied)."""
    if f.suggestion is None:
        return ""
    return f" → {'voorstel' if lang == 'nl' else 'suggested'}: {f.suggestion}"


# --------------------------------------------------------------------------------------------
# Suspected figures: the findings that name a printed figure as the likely cause of an error


SUSPECT_WORDS: dict[str, dict] = {
    "en": {"likely-typo": "possible typo", "error-located": "possibly wrong figure", "line": "line", "lines": "lines",
           "more": "and {n} more",
           "others": (" (or 1 other correction, {lines})", " (or one of {n} other corrections, {lines})"),
           "also": ("1 other correction also fits, less likely: {list}",
                    "{n} other corrections also fit, less likely: {list}")},
    "nl": {"likely-typo": "mogelijke tikfout", "error-located": "mogelijk fout cijfer", "line": "regel", "lines": "regels",
           "more": "en nog {n}",
           "others": (" (of 1 andere correctie, {lines})", " (of een van {n} andere correcties, {lines})"),
           "also": ("1 andere correctie past ook, minder waarschijnlijk: {list}",
                    "{n} andere correcties passen ook, minder waarschijnlijk: {list}")},
}
#: Other suspects named in the one line that follows the first, at most (the rest are counted).
MAX_OTHERS = 4


def is_suspect(f: Finding) -> bool:
    """Whether `f` names a printed figure that may be wrong (:attr:`Finding.is_suspect`, as
    its rule says)."""
    return f.is_suspect


def figure_label(f: Finding) -> str:
    """``908002 2020``: the row or total a finding's figure stands in, and its period."""
    return " ".join(bit for bit in (f.row, f.period or "") if bit)


def change_text(f: Finding) -> str:
    """``45 → 54`` for a suspect with a suggestion, ``45 → ?`` without (never applied)."""
    stated = "" if f.stated is None else str(f.stated)
    return f"{stated} → {'?' if f.suggestion is None else f.suggestion}"


def suspect_note(f: Finding, lang: str) -> str:
    """``possible typo, line 5, 908002 2020 45 → 54``: a suspect as a note beside an error."""
    words = SUSPECT_WORDS.get(lang, SUSPECT_WORDS["en"])
    where = f"{words['line']} {f.line}, " if f.line is not None else ""
    return f"{words.get(f.rule, f.rule)}, {where}{figure_label(f)} {change_text(f)}".replace("  ", " ")


def short_suspect(f: Finding, lang: str) -> str:
    """``line 7, Totaal 2020 232 → 223``: a suspect named beside another."""
    words = SUSPECT_WORDS.get(lang, SUSPECT_WORDS["en"])
    where = f"{words['line']} {f.line}, " if f.line is not None else ""
    return f"{where}{figure_label(f)} {change_text(f)}".replace("  ", " ")


def _listed(findings: list[Finding], lang: str) -> str:
    listed = "; ".join(short_suspect(f, lang) for f in findings[:MAX_OTHERS])
    if len(findings) > MAX_OTHERS:
        listed += f"; {more_note(len(findings) - MAX_OTHERS, lang)}"
    return listed


def suspect_notes(suspects: list[Finding], lang: str) -> list[str]:
    """The note under an error: its most likely explanation, and how many other figures could
    explain it and where (``possible typo, line 5, 908002 2020 45 → 54 (or one of 4 other
    corrections, lines 4, 5, 6, 7)``) — one line, however many fit: the suspects' own findings say
    the rest."""
    if not suspects:
        return []
    note = suspect_note(suspects[0], lang)
    others = suspects[1:]
    if others:
        words = SUSPECT_WORDS.get(lang, SUSPECT_WORDS["en"])
        lines = sorted({f.line for f in others if f.line is not None})
        where = (f"{words['line']} {lines[0]}" if len(lines) == 1 else
                 f"{words['lines']} {', '.join(str(n) for n in lines)}") if lines else ""
        one, many = words["others"]
        note += (one if len(others) == 1 else many).format(n=len(others), lines=where).replace(", )", ")")
    return [note]


def alternatives_note(alternatives: list[Finding], lang: str) -> str:
    """``4 other corrections also fit, less likely: line 7, Totaal 2020 232 → 223; …``: the
    other suggestions of one suspect's group, in one line under the most likely."""
    one, many = SUSPECT_WORDS.get(lang, SUSPECT_WORDS["en"])["also"]
    return (one if len(alternatives) == 1 else many).format(n=len(alternatives), list=_listed(alternatives, lang))


def fold_alternatives(findings: list[Finding]) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """The less likely alternatives (:attr:`Finding.alternative`) folded under the most likely
    of their group, as the rule grouped them: the findings to show each on a line of its own,
    and for each most likely (by ``id``) the others, in rank order. An alternative whose most
    likely is not among `findings` stays on a line of its own."""
    firsts: dict[tuple, Finding] = {(f.rule, f.path, f.group): f for f in findings if f.group is not None and f.rank == 1}
    if not firsts:
        return findings, {}
    folded: dict[int, list[Finding]] = {}
    hidden: set[int] = set()
    for f in findings:
        first = firsts.get((f.rule, f.path, f.group)) if f.alternative else None
        if first is not None:
            folded.setdefault(id(first), []).append(f)
            hidden.add(id(f))
    for group in folded.values():
        group.sort(key=lambda f: f.rank or 0)
    return [f for f in findings if id(f) not in hidden], folded


def more_note(n: int, lang: str) -> str:
    return SUSPECT_WORDS.get(lang, SUSPECT_WORDS["en"])["more"].format(n=n)


def explanations(findings: list[Finding]) -> dict[int, list[Finding]]:
    """For each finding (by ``id``) the suspects that say they would explain it
    (:attr:`Finding.explains`, as the audit linked them), best ranked first."""
    by_key: dict[tuple, list[Finding]] = {}
    for s in findings:
        for rule, line, period in s.explains:
            by_key.setdefault((s.path, s.table, rule, line, period), []).append(s)
    out: dict[int, list[Finding]] = {}
    if not by_key:
        return out
    for f in findings:
        found = by_key.get((f.path, f.table, f.rule, f.line, f.period))
        if found:
            out[id(f)] = sorted(found, key=lambda s: (s.rank or 0, s.line or 0))
    return out


#: A meaning shorter than this is not worth leaving out.
SHARED_ENDING = 15
#: A rule's findings in one group before the meaning they share is said once.
SHARED_FROM = 3
#: What joins a message's finding to its meaning (``…row — do not add up the rows``).
_JOINER = " ;\u2014"


def shared_endings(findings: list[Finding]) -> dict[int, str]:
    """For findings of one rule that all say the same meaning (:attr:`Finding.meaning`, the
    rule's closing clause: ``do not add up the rows``), at least :data:`SHARED_FROM` of them in
    the group, the message of each but the first without it (by ``id``): the meaning is said
    once, at the first, not thirty times. Nothing for a rule whose findings mean different
    things, or say no meaning apart. What was found — the numbers, the places, the answer's own
    words — is never left out, however alike the messages read."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    out: dict[int, str] = {}
    for group in by_rule.values():
        if len(group) < SHARED_FROM:
            continue
        meaning = group[0].meaning
        if len(meaning) < SHARED_ENDING or any(f.meaning != meaning or not f.message.endswith(meaning)
                                               for f in group):
            continue
        for f in group[1:]:
            out[id(f)] = f.message[: len(f.message) - len(meaning)].rstrip(_JOINER)
    return out


def visible_controls(text: str) -> str:
    """Control characters made visible: an ESC character becomes the four characters ``\\x1b``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str) -> str:
    """Text on one line: runs of white space (line breaks included) become one space."""
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------------------------
# Chart data: the audit run's (okot_audit.charts); a report draws it


def chart_series(table) -> list[Bar]:
    """The bars of a table's chart as the audit run gave them (:mod:`okot_audit.charts`): a
    table's :attr:`~okot_audit.tables.Table.chart_bars`, a streamed run's :class:`ChartTable`;
    [] for an object without them."""
    return list(getattr(table, "chart_bars", None) or ())
