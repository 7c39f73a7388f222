"""Findings from what the reader could not read (ParseIssue records of one kind).

The reader reports data (a reason and the numbers, rows and lines involved); the rule owns
the words: its MESSAGES have one variant per reason.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, table_name
from okot_audit.tables import finding_label


def issue_hits(answer, kind: str, severity_of=None, of_one_period: bool = False, extra=None, variant_of=None):
    """A hit per record of `kind`; with `of_one_period`, the record is about one cell and its
    one period is the hit's (else `periods` are the table's, for the message); `extra(issue,
    table)` gives more words for the message (a rule's own); `variant_of(issue)` its message's
    variant where a rule tells more cases than the record's reason (else the reason)."""
    tables = {t.id: t for t in answer.tables}
    for issue in answer.issues:
        if issue.kind != kind:
            continue
        named = issue_table(answer, issue)
        yield Hit(
            line=issue.line, table=named or tables.get(issue.table), province=issue.province,
            period=issue.periods[0] if of_one_period and issue.periods else None,
            training_code=issue.code,
            label=finding_label(issue),
            page=issue.page, sheet=issue.sheet, variant=variant_of(issue) if variant_of else issue.reason,
            severity=severity_of(issue) if severity_of else None,
            args={
                "numbers": ", ".join(str(n) for n in issue.numbers) or "none",
                "numbers_nl": ", ".join(str(n) for n in issue.numbers) or "geen",
                "table_id": issue.table or "?",
                # the table as the reader sees it (a table that could not be read: by its line)
                "table_name": table_name(named, "en", issue.line),
                "table_name_nl": table_name(named, "nl", issue.line),
                "row": issue.code or issue.label or "?",
                "text": issue.text or "",
                "other_line": issue.other_line,
                # the lines as a person reads them: ``line 11``, not ``lines 11–11``
                # (in a workbook, the rows of its sheet)
                "lines": _lines(issue.line, issue.other_line, *(("row", "rows") if issue.sheet else ("line", "lines"))),
                "lines_nl": _lines(issue.line, issue.other_line,
                                   *(("rij", "rijen") if issue.sheet else ("regel", "regels"))),
                "other": issue.other or "",
                "reading": ", ".join(
                    f"{p}: {'blank' if v is None else v}" for p, v in zip(issue.periods, issue.values)
                ),
                "reading_nl": ", ".join(
                    f"{p}: {'leeg' if v is None else v}" for p, v in zip(issue.periods, issue.values)
                ),
                "periods": len(issue.periods),
                "count": len(issue.numbers),
                **(extra(issue, named) if extra else {}),
            },
        )


def at_total_line(issue) -> bool:
    """Whether a reading issue is about a total line — a table's (``Totaal``, ``Eindtotaal``, a
    region's ``Vlaanderen 3.150``) or a block's (``Totaal Antwerpen``, ``Subtotaal zorg``) — as
    the reader read the line (:attr:`~okot_audit.tables.ParseIssue.level`), whatever its words."""
    return issue.level in ("total", "subtotal")


def closing_total_unread(answer, table) -> "object | None":
    """The reading issue that says `table`'s closing total line is there but was not read (its
    figures fit no placement, or several, or more than its periods, or it has none), or None: a
    line below every row of the table that the reader read as its total line (``Totaal``,
    ``Vlaanderen``: :attr:`~okot_audit.tables.ParseIssue.level`) — no block's subtotal
    (``Subtotaal …``, ``Totaal Antwerpen``, ``Totaal vrouwen``)."""
    last = max((c.line for c in table.cells), default=table.header_line)
    for issue in answer.issues:
        if issue.kind not in ("ambiguous-alignment", "unreadable-table") or issue.table != table.id:
            continue
        if issue.level == "total" and last <= issue.line <= table.end_line:
            return issue
    return None


def issue_table(answer, issue):
    """The table a reading issue is about: of its id, the one whose lines hold the issue's line
    (two tables of one answer may count the same and share an id); rows reported below a table
    (``column-not-checked``: ``waarvan …`` under its total; a figure read into the last row's name,
    ``figure-under-name``) the nearest above. None for a table
    that could not be read at all, though a table read above it may share its id."""
    if not issue.table or issue.line is None:
        return None
    same = [t for t in answer.tables if t.id == issue.table and t.header_line <= issue.line]
    inside = [t for t in same if issue.line <= t.end_line]
    if inside:
        return inside[-1]
    # (a figure right below a table's last row, read into its name, ``figure-under-name``: that table)
    below = issue.kind == "column-not-checked" or issue.reason == "figure-under-name"
    return max(same, key=lambda t: t.end_line) if same and below else None


def _lines(first, last, one: str, many: str) -> str:
    """``line 11`` for one line, ``lines 11–13`` for several (in the message's language)."""
    if last is None or last == first:
        return f"{one} {first}"
    return f"{many} {first}\u2013{last}"


def out_of_sight(on_sheet: bool) -> dict[str, str]:
    """The words of a message about rows or columns hidden from the source's reader, chosen by
    where they hide: in an ``.xlsx`` annex's sheet (`on_sheet`: its rows by their sheet row), else
    in a page (an HTML page's ``display: none``: its rows by their line in the page)."""
    if on_sheet:
        return {"hidden_in": "hidden in the sheet", "hidden_in_its": "hidden in its sheet", "hidden_in_nl": "in het werkblad",
                "its_reader": "the annex's reader", "its_reader_nl": "wie de bijlage leest",
                "a_row": "row", "rows_word": "rows", "a_row_nl": "rij", "rows_word_nl": "rijen"}
    return {"hidden_in": "hidden in the page", "hidden_in_its": "hidden in the page", "hidden_in_nl": "op de pagina",
            "its_reader": "the page's reader", "its_reader_nl": "wie de pagina leest",
            "a_row": "line", "rows_word": "lines", "a_row_nl": "regel", "rows_word_nl": "regels"}


def strays_closing(answer, tc, difference: int) -> tuple[list[tuple], bool]:
    """The lines of `tc`'s table the reader could not place in it — left as ``stray-number``
    among the rows `tc` totals (between the line that closes the block above, or the header, and
    the total), or below the table's last figure of the period (a ``stray-number`` there, or an
    ``unreadable-table`` ``row-after-total`` line right below the table's closing total) — whose
    figures would close the gap of `difference` by which the total exceeds its parts, were they
    parts too: for a total of unique persons at least the gap and each no more than the total,
    for one that adds up exactly the gap. Each line as ``(issue, figures)``; its figure is the
    one under the total's period where it prints one for each period (its last ones: a label's
    digits stand before them), else any of them. One line's figure where one closes the gap
    alone (then each such line, and False); else the lines of one figure each whose figures close
    it together (and True). Decided from what the reader reported (its records and the cells),
    never from the text."""
    table = tc.table
    if tc.across != "rows" or not tc.parts:
        return [], False
    unplaced = [i for i in answer.issues if i.numbers and (
        i.kind == "stray-number" or (i.kind == "unreadable-table" and i.reason == "row-after-total"))]
    if not unplaced:
        return [], False
    period = tc.total.period
    labels = [p.label for p in table.periods]
    first = min(part.line for part in tc.parts)
    above = max((c.line for c in table.cells if c.level != "row" and c.period == period and c.line < first),
                default=table.header_line)
    last = max((c.line for c in table.cells if c.period == period), default=tc.total.line)
    lines = []
    for issue in unplaced:
        if issue.kind == "stray-number":
            if issue_table(answer, issue) is not table:
                continue
            if not (above <= issue.line < tc.total.line or issue.line > last == tc.total.line):
                continue
        elif last != tc.total.line or _ending_above(answer, issue.line) is not table:
            continue  # (a line right below a table's closing total: of that table, if this total closes it)
        if len(issue.numbers) >= len(labels) and period in labels:
            # (a figure for each period, the last ones: a label's digits stand before them)
            figures: tuple[int, ...] = (issue.numbers[len(issue.numbers) - len(labels) + labels.index(period)],)
        else:
            figures = tuple(dict.fromkeys(issue.numbers))  # (fewer figures than periods: their places unknown)
        lines.append((issue, figures))

    def closes(x: int) -> bool:
        return difference <= x <= tc.total.count if tc.unique else x == difference

    alone = [(issue, closing) for issue, figures in lines if (closing := tuple(x for x in figures if closes(x)))]
    if alone:
        return alone, False
    single = [(issue, figures) for issue, figures in lines if len(figures) == 1 and figures[0] <= tc.total.count]
    if len(single) > 1 and closes(sum(figures[0] for _, figures in single)):
        return single, True
    return [], False


def _ending_above(answer, line: int):
    """The table that ends nearest above `line` (none starting between), or None."""
    before = [t for t in answer.tables if t.header_line < line]
    ending = max(before, key=lambda t: t.end_line, default=None)
    return ending if ending is not None and ending.end_line < line else None


def stray_words(strays: list[tuple], on_sheet: bool, together: bool = False) -> dict:
    """The words of a total's message for the lines the reader could not place
    (:func:`strays_closing`) that would close its gap: ``the figure 12 of line 14 ('Se-n-se voor
    module 12')``, in English and Dutch; several joined by ``or`` (each would), or by ``and`` with
    ``together`` (they would together); a PDF's line with its page."""
    if not strays:
        return {}
    line_en, line_nl = ("row", "rij") if on_sheet else ("line", "regel")
    en, nl = [], []  # (each line's place: ``line 14, page 2 ('…')``)
    for issue, _ in strays:
        text = f" ('{issue.text}')" if issue.text else ""
        en.append(f"{line_en} {issue.line}" + (f", page {issue.page}" if issue.page else "") + text)
        nl.append(f"{line_nl} {issue.line}" + (f", pagina {issue.page}" if issue.page else "") + text)
    if together:  # (``the figures 12 of line 12 ('…') and 5 of line 13 ('…')``)
        en = [f"{figures[0]} of {place}" for (_, figures), place in zip(strays, en)]
        nl = [f"{figures[0]} van {place}" for (_, figures), place in zip(strays, nl)]
        return {"stray": "the figures " + ", ".join(en[:-1]) + " and " + en[-1],
                "stray_nl": "de cijfers " + ", ".join(nl[:-1]) + " en " + nl[-1], "stray_n": len(strays)}
    en = [f"the figure {' or '.join(map(str, figures))} of {place}" for (_, figures), place in zip(strays, en)]
    nl = [f"het cijfer {' of '.join(map(str, figures))} van {place}" for (_, figures), place in zip(strays, nl)]
    return {"stray": " or ".join(en), "stray_nl": " of ".join(nl), "stray_n": len(strays)}


#: How a failing total's gap is closed by lines the reader could not place (``{stray}``: the
#: figure and its line, :func:`stray_words`), one clause per total.
STRAY_CLAUSES = {
    "en": ("{stray}, which the reader could not place in the table, would close the gap of {total} as one more row",
           "{stray}, lines the reader could not place in the table, would close the gap of {total} together as "
           "more rows"),
    "nl": ("{stray}, dat niet in de tabel geplaatst kon worden, zou als nog een rij het verschil van {total} dichten",
           "{stray}, regels die niet in de tabel geplaatst konden worden, zouden samen als meer rijen het "
           "verschil van {total} dichten"),
}


def strays_closing_all(answer, violated) -> dict[str, object]:
    """Where the gap of every failing total in `violated` is closed by lines of its table the
    reader could not place (:func:`strays_closing`, as
    ``total-exceeds-parts`` cites them), the words that cite them — one clause per total, in
    English and Dutch — and how many lines they are; else nothing (a printed figure stays the
    one to blame). Said by ``error-located`` and ``likely-typo``: they agree with
    ``total-exceeds-parts``, which cites the same lines."""
    clauses: dict[str, list[str]] = {"en": [], "nl": []}
    cited: set[tuple] = set()
    for constraint in sorted(violated, key=lambda c: (c.check.total.line, c.check.total.period) if c.check else (0, "")):
        tc = constraint.check
        if tc is None or not tc.exhaustive or tc.parts_high is None or tc.total.count <= tc.parts_high:
            return {}  # (a total below its largest part: no line left out explains it)
        strays, together = strays_closing(answer, tc, tc.total.count - tc.parts_high)
        if not strays:
            return {}
        said_ = stray_words(strays, tc.table.sheet is not None, together)
        for lang, key in (("en", "stray"), ("nl", "stray_nl")):
            clauses[lang].append(STRAY_CLAUSES[lang][together].format(stray=said_[key], total=tc.name(lang)))
        cited.update((issue.line, issue.page) for issue, _ in strays)
    if not cited:
        return {}
    return {"strays": "; and ".join(clauses["en"]), "strays_nl": "; en ".join(clauses["nl"]), "stray_n": len(cited)}
