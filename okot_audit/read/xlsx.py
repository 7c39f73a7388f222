"""An ``.xlsx`` annex → layout text: one line per sheet row, every column at a fixed place.

openpyxl (imported only here, only when a workbook is read) gives each sheet's cells, which
:func:`okot_audit.read.grid.lay_out` lays out as an HTML table's or a delimited table's. Each
column gets a fixed character position, as wide as its widest cell plus a gap, so a figure
stands exactly under its period label in the header row and an empty cell is empty space
under its column — the positional form :mod:`okot_audit.parse.columns` reads. Text is written
left-aligned at its column's position, numbers right-aligned in their column, as Excel shows
them: a figure ends where the widest cell of its column (its period label) ends.

- Every sheet is read, a hidden one too (a table moved out of sight is still the annex's:
  skipped, it passed as an annex without tables). A hidden column is not (a ``Controle``
  column a statistician hid beside the periods is no column of the table its reader sees):
  its cells are left out of the lines, and where it holds figures it is kept in
  ``Source.hidden`` (:class:`~okot_audit.source.HiddenColumn`) for the parser to say so. A
  hidden row is not either, on the same grounds (a programme's row a statistician hid, a
  group folded away): the lines go on from the row above it to the row below, and where it
  holds figures it is kept in ``Source.hidden_rows`` (:class:`~okot_audit.source.HiddenRow`).
- A line is a sheet row: ``line_numbers`` gives the row number and ``sheets`` the sheet's
  name, so findings point at ``Sheet!row``. Sheets follow each other, one empty line apart.
  The rows of a block (a table and its caption, between empty rows) share their columns.
- Tables a sheet prints side by side on the same rows (a column of labels after a column of
  figures, with figures again to its right) are laid out one below the other, each from the
  first column (:func:`_tables_apart`): on one line, the right table's labels would swallow
  the left table's figures.
- A label merged over several rows in the first column (a province over its block) stands once,
  on the block's first row, where Excel keeps its value: its block's key. One in a later column
  over rows of figures (a programme over its Man / Vrouw rows) stands on every row it covers, as
  a person reads it (:func:`okot_audit.read.delimited.labels_down`); a label merged over several columns (``Totaal
  Antwerpen`` over the province and label columns) may run over them.
- A date reads as much as its cell's number format shows (:func:`cell_text`): a month
  (``mmm-yy``), a year (``yyyy``) or the day. Days in a header are read by what the other
  cells of its row say (:func:`_periods_of_firsts`): 1 January of several years, shown as full
  dates (``01/01/2018``, or openpyxl's default ``2018-01-01 00:00:00``), are those years; the
  firsts of several months are those months. A year typed into a cell formatted as a date
  (``2018``, shown as ``10/07/1905``) is no period: it is said (:class:`Unread`
  ``year-as-date``, with what the cell shows and the number it holds), never read as 1905.
- A footnote's mark set as superscript after a figure (``410`` and a raised ``2``, rich text)
  is no digit of it (glued, the count 410 would read as 4102): the figure stands alone; after a
  period's label (``2022`` and a raised ``1``) it is the period's footnote, ``2022(1)``
  (:func:`okot_audit.read.grid.raised_apart`).
- Numbers read as the answer prints them: ``1472`` for a number cell, a whole float without
  its ``.0``; text that is a number (``'1.472``, `` 12 ``, ``1 472``) is the number's text
  with Dutch thousands separators, which the parser reads as a count.
- Only the cells a sheet holds are read, never the rectangle up to its last cell: a stray cell
  at ``XFD1048576`` costs one line, and a run of empty rows is one gap of at most
  :data:`MAX_EMPTY_ROWS` lines. A large sheet is rid of its cells and rows that hold nothing
  before openpyxl reads it (formatting on a million empty rows: :func:`_without_empty_cells`). A workbook that unpacks to more than
  :data:`MAX_UNPACKED_BYTES`, or holds more rows or cells with a value than :data:`MAX_ROWS`,
  :data:`MAX_CELLS`, or merged cells over more than :data:`MAX_MERGED_CELLS`, is refused before
  it is opened.
- A formula (an array formula too) is read by the value Excel saved with it; a formula without
  a saved value (a workbook written by a program that computes nothing) is said at its cell
  (:class:`Unread` ``formula-without-value``, one a sheet row, naming its cells), never a silent
  blank, and the rest of the workbook is read — and so is one whose saved value is 0 (or empty)
  in a workbook marked to be recalculated when opened (``fullCalcOnLoad``: XlsxWriter saves 0
  for every formula it cannot compute), never a total of 0.
"""

from __future__ import annotations

import datetime as _dt
import io
import re

from okot_audit.patterns import PERIOD_CELL, SPACED_THOUSANDS, THOUSANDS_SPACE
from okot_audit.read.delimited import Unread, labels_down, merged_figures
from okot_audit.read.grid import lay_out_beside, lines_joined, raised_apart
from okot_audit.source import (
    MAX_FILE_BYTES, MAX_LINES, HiddenColumn, HiddenRow, InputError, SUPPLIED_TOTAL, Source, SuppliedLabel, nfkc,
)

#: A workbook whose parts unpack to more than this is no annex (a zip bomb, say): the limit on
#: a file's size (:data:`okot_audit.source.MAX_FILE_BYTES`) bounds its bytes, not what they unpack to.
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES

#: The parts of a number format that show text, not a date's fields (``"Q"``, ``\\-``, ``[$-813]``).
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def read_xlsx(data: bytes, path: str = "<xlsx>") -> Source:
    """Read the workbook in `data` into layout text (see the module documentation)."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a regular dependency
        raise InputError(path, "reading an .xlsx annex needs openpyxl: pip install openpyxl",
                         dutch="een .xlsx-bijlage lezen vraagt openpyxl: pip install openpyxl") from None
    unpacked = _unpacked_size(data)
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(path, f"the workbook unpacks to {unpacked:,} bytes; an annex is far smaller "
                               f"(limit {MAX_UNPACKED_BYTES:,})",
                         dutch=f"de werkmap pakt uit tot {unpacked:,} bytes; een bijlage is veel kleiner "
                               f"(grens {MAX_UNPACKED_BYTES:,})")
    declaring = _part_declaring_entities(data)
    if declaring is not None:
        raise InputError(path, f"the workbook's part {declaring} declares XML entities (<!DOCTYPE …>), which no "
                               "spreadsheet program writes: it is not read, as such a part can expand to gigabytes "
                               "(an XML bomb) or pull in other files; give the workbook as published",
                         dutch=f"het onderdeel {declaring} van de werkmap declareert XML-entiteiten (<!DOCTYPE …>), "
                               "wat geen rekenbladprogramma schrijft: het wordt niet gelezen, want zo'n onderdeel kan "
                               "uitdijen tot gigabytes (een XML-bom) of andere bestanden binnenhalen; geef de werkmap "
                               "zoals gepubliceerd")
    sheets_in = _sheet_count(data)
    if sheets_in > MAX_SHEETS:  # openpyxl takes time quadratic in the sheets (each new name checked against all)
        raise InputError(path, f"the workbook has {sheets_in:,} sheets; an annex has a few (limit {MAX_SHEETS:,})",
                         dutch=f"de werkmap heeft {sheets_in:,} bladen; een bijlage heeft er enkele (grens {MAX_SHEETS:,})")
    data = _without_empty_cells(data)
    _refuse_a_sheet_too_large(data, path)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=False, rich_text=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors: one line for the user
        detail = " ".join(str(exc).split()) or type(exc).__name__
        detail = detail if len(detail) <= 120 else detail[:120].rsplit(" ", 1)[0] + " …"
        raise InputError(path, f"not a readable Excel workbook (damaged or incomplete: {detail})",
                         dutch=f"geen leesbare Excel-werkmap (beschadigd of onvolledig: {detail})") from None
    cached = None
    # A workbook marked to be recalculated on opening was written by a program that may not
    # have computed its formulas (XlsxWriter saves 0 for every one): a saved 0 is then no figure.
    recalculated = _recalculated_on_opening(data)
    lines: list[str] = []
    numbers: list[int] = []
    sheets: list[str | None] = []
    hidden: list[HiddenColumn] = []
    hidden_rows: list[HiddenRow] = []
    unread: list[Unread] = []
    supplied: list[SuppliedLabel] = []
    for sheet in workbook.worksheets:  # hidden sheets too: a table there is the annex's all the same
        texts: dict[tuple[int, int], str] = {}  # (row, column), 1-based → the cell's text
        days: dict[int, list[tuple[int, _dt.date]]] = {}  # a row's dates shown with their day
        typed: dict[tuple[int, int], tuple[str, str, int]] = {}  # years typed into date cells
        unknown: dict[tuple[int, int], str] = {}  # formulas whose figure is not known: their coordinates
        # the cells the sheet holds, never its rectangle: one stray cell at XFD1048576 makes a
        # sheet of 17 billion cells, which must cost no more than the cells that are there
        for (row, column), cell in sorted(sheet._cells.items()):
            value = cell.value
            if cell.data_type == "f":  # a formula (``=SUM(B4:B6)``, or an array formula ``{=SUM(…)}``)
                if cached is None:
                    cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
                value = cached[sheet.title][cell.coordinate].value
                if value is None or (recalculated and value in (0, "")):
                    # its figure is not known (a program that computes no formulas wrote it): the
                    # cell is said at its place, and the rest of the workbook is read
                    unknown[(row, column)] = cell.coordinate
                    continue
            if isinstance(value, str) and value in _EXCEL_ERRORS:
                raise InputError(
                    path, f"sheet {sheet.title!r}, cell {cell.coordinate}: {value} instead of a figure "
                    "(an error Excel saved for the cell); correct the cell or its formula and save again", cell.row,
                    dutch=f"blad {sheet.title!r}, cel {cell.coordinate}: {value} in plaats van een getal "
                    "(een fout die Excel voor de cel bewaarde); verbeter de cel of haar formule en bewaar opnieuw",
                )
            if isinstance(value, list):  # rich text (runs of their own fonts): a raised footnote's mark apart
                value = raised_apart([(str(getattr(run, "text", run)), _raised(run)) for run in value])
            text = cell_text(value, cell.number_format)
            if text:
                texts[(row, column)] = text
                year = _year_typed_as_date(value)
                if year is not None:
                    typed[(row, column)] = (cell.coordinate, shown_date(value, cell.number_format), year)
                elif len(text) == 10 and isinstance(value, (_dt.datetime, _dt.date)):
                    days.setdefault(row, []).append((column, value))
        _periods_of_firsts(texts, days)
        out_of_sight = _hidden_columns(sheet)
        folded = _hidden_rows(sheet, texts)
        kept = {
            at: text for at, text in texts.items() if at[1] not in out_of_sight and at[0] not in folded
        } if out_of_sight or folded else texts
        if not kept:
            if unknown:  # (a sheet of formulas only, none with a figure: each row said at its own line)
                kept = {at: "" for at in unknown if at[1] not in out_of_sight and at[0] not in folded} or {min(unknown): ""}
            else:
                continue
        totals = _bold_totals(kept, sheet)
        if totals:
            kept = {**kept, **{at: label for at, label in totals}}
        grid, rows, spans, aside, tall = _tables_apart(*_grid(kept, sheet, folded, texts, out_of_sight))
        grid, spans, merged = merged_figures(grid, spans, tall)  # (a figure merged over columns or rows: no one's, said so)
        grid = labels_down(grid, tall, frozenset(at for at in tall if at[1] == 0))  # (a label merged over rows: every row's;
        # one in the first column is its block's key, read from the block's first row: tests/test_red36.py sectorcol)
        laid_lines, laid = lay_out_beside(grid, spans, aside)
        if lines:
            lines.append("")
            numbers.append(numbers[-1] + 1)
            sheets.append(sheets[-1])
        first = len(lines) + 1  # the 1-based line of the sheet's first row
        unread.extend(Unread(first + r, reason, label, heads, (figure,), ", ".join(heads))
                      for r, label, figure, heads, reason in merged)
        unread.extend(_years_typed_as_dates(typed, kept, rows, first))
        unread.extend(_formulas_unknown(unknown, kept, out_of_sight, rows, first))
        supplied.extend(SuppliedLabel(first + rows.index(row), row, label, "bold-row")
                        for (row, _), label in totals if row in rows)
        for number, line in zip(rows, laid_lines):
            lines.append(line)
            numbers.append(number)
            sheets.append(sheet.title)
        if len(kept) < len(texts):
            hidden.extend(_hidden_figures(texts, out_of_sight, rows, first))
            if folded:
                hidden_rows.extend(_hidden_row_figures(texts, kept, out_of_sight, folded, rows, first, laid))
    if not lines:
        charts = ", ".join(repr(chart.title) for chart in workbook.chartsheets)
        if charts:  # (a chart's figures stand in no cell: the table it was drawn from is the annex)
            raise InputError(path, f"the workbook holds no cells with text or numbers, only chart sheets ({charts}); "
                             "okot-audit reads tables, not charts: give the workbook with the chart's table",
                             dutch=f"de werkmap bevat geen cellen met tekst of getallen, alleen grafiekbladen ({charts}); "
                             "okot-audit leest tabellen, geen grafieken: geef de werkmap met de tabel van de grafiek")
        raise InputError(path, "the workbook holds no cells with text or numbers",
                         dutch="de werkmap bevat geen cellen met tekst of getallen")
    return Source(
        path=path, text="\n".join(lines), encoding="xlsx", lines=tuple(lines), kind="xlsx", positional=True,
        line_numbers=tuple(numbers), sheets=tuple(sheets), hidden=tuple(hidden), hidden_rows=tuple(hidden_rows),
        unread=tuple(unread), supplied=tuple(supplied),
    )


#: The label the reader writes for a total row the sheet prints without one (:func:`_bold_totals`).
def _bold_totals(texts: dict[tuple[int, int], str], sheet) -> list[tuple[tuple[int, int], str]]:
    """The total rows of `sheet` that print no label, each as (its label's cell, ``Totaal``): a
    row of figures alone (no cell of words; no row of periods, ``2021  2022``), nothing left of
    its first figure, set in bold — every figure — right below a row that prints a label left of
    those figures and figures not in bold (a table's last row), and no row of figures right below
    it (the table ends there). Its label's column is the row above's first column of words. The
    sheet's bold is the source's saying the row is the total, as a printed ``Totaal`` would be; a
    label-less row of figures in plain type stays one (said unreadable by the parser), and so do
    figures in bold throughout a table."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in texts.items():
        by_row.setdefault(row, []).append((column, text))
    out: list[tuple[tuple[int, int], str]] = []
    for row, cells in by_row.items():
        if not all(_FIGURE.match(text) for _, text in cells) or row - 1 not in by_row:
            continue  # (a cheap look first: a row of figures alone under a row of text)
        if all(_PERIOD_CELL.fullmatch(text) for _, text in cells):
            continue  # (a header's periods, ``2021  2022``: no total)
        first = min(column for column, _ in cells)
        above = sorted(by_row[row - 1])
        label = next((column for column, text in above if _WORD.search(text) and not _FIGURE.match(text)), None)
        if label is None or label >= first or not any(_FIGURE.match(text) for column, text in above if column > label):
            continue
        below = by_row.get(row + 1, [])
        if any(_FIGURE.match(text) for _, text in below):
            continue  # (rows go on below it: no table's last row)
        if not all(_bold(sheet, row, column) for column, _ in cells) or any(
                _bold(sheet, row - 1, column) for column, text in above if column > label and _FIGURE.match(text)):
            continue
        out.append(((row, label), SUPPLIED_TOTAL))
    return out


def _bold(sheet, row: int, column: int) -> bool:
    """Whether the cell of `sheet` at `row`, `column` is set in bold."""
    cell = sheet._cells.get((row, column))
    return bool(cell is not None and cell.font is not None and cell.font.b)


def _raised(run) -> bool:
    """Whether `run` of a cell's rich text is set as superscript (a footnote's mark: ``410²``)."""
    font = getattr(run, "font", None)
    return getattr(font, "vertAlign", None) == "superscript"


def _hidden_columns(sheet) -> frozenset[int]:
    """The 1-based columns of `sheet` hidden from its reader (one by one, or a group folded)."""
    from openpyxl.utils import column_index_from_string

    out: set[int] = set()
    for letter, dimension in sheet.column_dimensions.items():
        if dimension.hidden:
            low = dimension.min or column_index_from_string(letter)
            out.update(range(low, max(dimension.max or low, low) + 1))
    return frozenset(out)


def _hidden_rows(sheet, texts: dict[tuple[int, int], str]) -> frozenset[int]:
    """The 1-based rows of `sheet` hidden from its reader (one by one, or a group folded) that
    hold a cell of `texts` (a hidden row without text stays the empty row it is: between two
    tables, it parts them) — but a table's header (:func:`_hidden_header`): it holds no figure
    to leave out, and without it no figure of the table has its period."""
    hidden = [row for row, dimension in sheet.row_dimensions.items() if dimension.hidden]
    if not hidden:
        return frozenset()
    held = {row for row, _ in texts}
    return frozenset(row for row in hidden if row in held and not _hidden_header(row, texts))


#: A cell that names a period by its digits: a year (``2022``, ``2022*``), a school year
#: (``2019-2020``, ``2019-'20``) or a month as a date cell shows it (``2023-01``).
_PERIOD_CELL = PERIOD_CELL


def _hidden_header(row: int, texts: dict[tuple[int, int], str]) -> bool:
    """Whether the hidden sheet `row` is the header of its table: right of its first cell, every
    cell names a period by its digits (:data:`_PERIOD_CELL`) or holds words (``Totaal``,
    ``januari 2023``), one at least by digits — and no row above it in its run of rows with text
    (a table with its caption) is such a header, so the table has no other. A statistician hides
    a header to tidy the sheet, not to take its periods away; left out, every figure of the table
    would stand under no period."""

    def header(r: int) -> bool:
        cells = [text for _, text in sorted((column, text) for (at, column), text in texts.items() if at == r)]
        rest = cells if cells and _PERIOD_CELL.fullmatch(cells[0]) else cells[1:]  # (no label over the labels)
        return any(_PERIOD_CELL.fullmatch(t) for t in rest) and all(
            _PERIOD_CELL.fullmatch(t) or _WORD.search(t) for t in rest
        )

    if not header(row):
        return False
    held = {r for r, _ in texts}
    above = row - 1
    while above in held:
        if header(above):
            return False
        above -= 1
    return True


def _hidden_row_figures(
    texts: dict[tuple[int, int], str], kept: dict[tuple[int, int], str], columns: frozenset[int],
    folded: frozenset[int], rows: list[int], first: int, laid: dict[int, str] | None = None,
) -> list[HiddenRow]:
    """Each hidden row of `folded` that holds figures in a column shown, as :class:`HiddenRow`:
    its figures in the order of the columns that hold figures in the rows shown (a ``-`` where
    it leaves one blank), at the line of the nearest row shown above it among the sheet `rows`
    laid out from line `first` on, and the row as it would be laid out among them (`laid`, by sheet row)."""
    from bisect import bisect_right

    cells: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in texts.items():
        if row in folded and column not in columns:
            cells.setdefault(row, []).append((column, text))
    figure_columns = {column for (_, column), text in kept.items() if _FIGURE.match(text)}
    out = []
    for row in sorted(cells):
        shown = dict(sorted(cells[row]))
        if not any(_FIGURE.match(text) for text in shown.values()):
            continue  # (words only, a note: no figure is left out)
        name = next((text for text in shown.values() if not _FIGURE.match(text)), "")
        values = [shown.get(c) or "-" for c in sorted(figure_columns | {c for c, t in shown.items() if _FIGURE.match(t)})]
        line = first + max(bisect_right(rows, row) - 1, 0)
        out.append(HiddenRow(line, row, name, tuple(values), (laid or {}).get(row, "")))
    return out


def _hidden_figures(
    texts: dict[tuple[int, int], str], columns: frozenset[int], rows: list[int], first: int,
) -> list[HiddenColumn]:
    """Each hidden column of `columns` that holds figures, as :class:`HiddenColumn`: its cells'
    lines found among the sheet `rows` that were laid out from line `first` on (a row left out,
    shown without a cell, is the nearest row above it that was)."""
    from bisect import bisect_right

    from openpyxl.utils import get_column_letter

    out = []
    for column in sorted(columns):
        cells = sorted((row, text) for (row, col), text in texts.items() if col == column)
        figures = [(row, text) for row, text in cells if _FIGURE.match(text)]
        if not figures:
            continue  # (words only, a note: no figure is left out)
        name = next((text for row, text in cells if not _FIGURE.match(text) and row <= figures[0][0]), "")
        lines = [first + max(bisect_right(rows, row) - 1, 0) for row, _ in figures]
        out.append(HiddenColumn(lines[0], lines[-1], get_column_letter(column), name, tuple(t for _, t in figures)))
    return out


#: A cell's text that is a figure (``12``, ``1.472``, ``-3``, ``12,5``, ``28%``).
_FIGURE = re.compile(r"^[-+\u2212]?\d[\d.,]*%?$")


#: The values Excel saves for a cell whose formula failed: no figure, and no blank either.
_EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                           "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"})


def cell_text(value, number_format: str = "General") -> str:
    """A cell's value as the answer prints it (numbers stored as text become numbers). A date
    is shown as much as its format shows: a month (``mmm-yy``, ``mmmm yyyy``: a period column
    ``jan-21`` is the month ``2021-01``), a year (``yyyy``), or the day."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)) and "%" in _QUOTED.sub("", number_format or ""):
        return _percent(value, number_format)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # a fraction with the decimal comma Dutch answers print (a
        # point would read as a thousands separator: 12.125 as the count 12125)
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    if isinstance(value, (_dt.datetime, _dt.date)):
        shown = _date_parts(number_format)
        return value.strftime("%Y-%m" if shown == {"y", "m"} else "%Y" if shown == {"y"} else "%Y-%m-%d")
    text = " ".join(nfkc(lines_joined(str(value))).split())  # (its lines typed apart as one: ``Oost-`` ⏎ ``Vlaanderen``)
    if SPACED_THOUSANDS.fullmatch(text):  # (``1 472``, a thin space too: the one count 1.472)
        return THOUSANDS_SPACE.sub(".", text)
    return text


#: A cell's text that is a year (``2022``) or a month as a date cell shows it (``2023-01``).
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_MONTH_CELL = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


def _periods_of_firsts(texts: dict[tuple[int, int], str], days: dict[int, list[tuple[int, _dt.date]]]) -> None:
    """A row's dates shown with their day (``01/01/2018``, or openpyxl's default
    ``2018-01-01 00:00:00``) read as the periods a header's cells mean, set in `texts`:

    - each on 1 January of another year (``2018-01-01``, ``2019-01-01``, …), or one such date
      among cells that are years (``2019``): the years they stand for (``2018``) — a row of
      months would name other months than January;
    - each the first of another month (``2023-01-01``, ``2023-02-01``, …), or one such date
      among cells that are months: the months they stand for, as a period column ``2023-01``
      is printed.

    A date of another day, and one first of a month alone among words, keep their day."""
    for row, dates in days.items():
        others = [text for (r, column), text in texts.items() if r == row and column not in {c for c, _ in dates}]
        if not all(d.day == 1 for _, d in dates):
            continue
        years = {d.year for _, d in dates}
        months = {(d.year, d.month) for _, d in dates}
        among_years = any(_YEAR_CELL.fullmatch(t) for t in others)
        among_months = any(_MONTH_CELL.fullmatch(t) for t in others)
        if (all(d.month == 1 for _, d in dates) and len(years) == len(dates) and not among_months
                and (len(dates) >= 2 or among_years)):
            for column, d in dates:
                texts[(row, column)] = f"{d.year:04d}"
        elif len(months) == len(dates) and (len(dates) >= 2 or among_months):
            for column, d in dates:
                texts[(row, column)] = f"{d.year:04d}-{d.month:02d}"


#: The first and last year a year typed into a date cell is taken for (Excel shows 2018 as
#: 10/07/1905: the 2018th day from 1 January 1900).
TYPED_YEARS = (1950, 2100)
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)  # (serial 1 is 1900-01-01, past Excel's 29 February 1900)


def _year_typed_as_date(value) -> int | None:
    """The year a date cell holds as its number when that number is a year of
    :data:`TYPED_YEARS` (the cell shows a day of 1905, which no answer about OKOT means), else None."""
    if not isinstance(value, (_dt.datetime, _dt.date)):
        return None
    moment = value if isinstance(value, _dt.datetime) else _dt.datetime(value.year, value.month, value.day)
    serial = (moment - _EXCEL_EPOCH).total_seconds() / 86400
    return int(serial) if serial.is_integer() and TYPED_YEARS[0] <= serial <= TYPED_YEARS[1] else None


def _years_typed_as_dates(
    typed: dict[tuple[int, int], tuple[str, str, int]], kept: dict[tuple[int, int], str], rows: list[int], first: int,
) -> list[Unread]:
    """The cells of `typed` (years typed into date cells: coordinate, what the cell shows, the
    year it holds) that the reader sees (in `kept`), as one :class:`Unread` ``year-as-date`` a
    sheet row, at that row's line among the sheet `rows` laid out from line `first` on."""
    by_row: dict[int, list[tuple[str, str, int]]] = {}
    for (row, column), cell in sorted(typed.items()):
        if (row, column) in kept:
            by_row.setdefault(row, []).append(cell)
    return [
        Unread(first + rows.index(row), "year-as-date", ", ".join(shown for _, shown, _ in cells),
               tuple(at for at, _, _ in cells), tuple(year for _, _, year in cells), ", ".join(at for at, _, _ in cells))
        for row, cells in by_row.items() if row in rows
    ]


def _formulas_unknown(
    unknown: dict[tuple[int, int], str], kept: dict[tuple[int, int], str], out_of_sight: frozenset[int],
    rows: list[int], first: int,
) -> list[Unread]:
    """The cells of `unknown` (formulas whose figure the workbook does not hold: no saved value,
    or a 0 saved by a program that computes none) in columns shown (not `out_of_sight`), as one
    :class:`Unread` ``formula-without-value`` a sheet row: its label (the first text `kept` in
    the row), its cells' coordinates, at the row's line among the sheet `rows` laid out from line
    `first` on (a row shown without text: the nearest row above it that was laid out)."""
    from bisect import bisect_right

    by_row: dict[int, list[str]] = {}
    for (row, column), coordinate in sorted(unknown.items()):
        if column not in out_of_sight:
            by_row.setdefault(row, []).append(coordinate)
    out = []
    for row, cells in by_row.items():
        label = next((text for (r, _), text in sorted(kept.items()) if r == row and text and not _FIGURE.match(text)), "")
        at = rows.index(row) if row in rows else max(bisect_right(rows, row) - 1, 0)
        coordinates = tuple(cells)
        out.append(Unread(first + at, "formula-without-value", label, coordinates, (), ", ".join(coordinates)))
    return out


#: A date format's fields of digits (``dd/mm/yyyy``), longest first.
_DATE_FIELDS = re.compile(r"y+|m+|d+", re.I)


def shown_date(value, number_format: str) -> str:
    """A date as a cell's number format shows it (``10/07/1905`` for ``dd/mm/yyyy``); ISO
    (``1905-07-10``) for a format that shows more than a day's digits (a time, a month's name)."""
    shown = _QUOTED.sub("", (number_format or "").split(";")[0])
    fields = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "mm": f"{value.month:02d}",
              "m": str(value.month), "dd": f"{value.day:02d}", "d": str(value.day)}
    if re.search(r"[^ymd\s/.\-]", shown, re.I) or any(f.lower() not in fields for f in _DATE_FIELDS.findall(shown)):
        return value.strftime("%Y-%m-%d")
    return _DATE_FIELDS.sub(lambda field: fields[field.group().lower()], shown.strip())


def _date_parts(number_format: str) -> set[str]:
    """The parts of a date a number format shows (``y``, ``m``, ``d``; a time's ``h`` and ``s``
    show more than a day); every part for a format that is no date's (``General``)."""
    shown = set(_QUOTED.sub("", (number_format or "").split(";")[0]).lower()) & set("ymdhs")
    return shown if "y" in shown and not shown & set("hs") else {"y", "m", "d"}


def _percent(value: float, number_format: str) -> str:
    """A share as a cell formatted ``0%`` or ``0.0%`` shows it, with a decimal comma as Dutch
    answers print it (``28%``, ``28,0%``): a share beside the counts, never a count itself."""
    shown = _QUOTED.sub("", number_format).split(";")[0]
    decimals = len(shown.partition(".")[2].partition("%")[0].strip("#"))
    return f"{value * 100:.{decimals}f}".replace(".", ",") + "%"


#: The mark of a workbook to be recalculated when opened, in its ``xl/workbook.xml`` (openpyxl
#: reads a workbook without it as marked all the same: its default).
_RECALCULATE = re.compile(rb"""<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']""")


def _recalculated_on_opening(data: bytes) -> bool:
    """Whether the workbook in `data` is marked to be recalculated when opened."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            with archive.open("xl/workbook.xml") as part:
                return _RECALCULATE.search(part.read(MAX_FILE_BYTES)) is not None
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return False


#: A workbook with more sheets than this is no annex: openpyxl's time grows with the square of
#: the sheets (10,000 sheets of one row took minutes), whatever little they hold.
MAX_SHEETS = 1000


#: The start of a document type declaration, where XML entities are declared.
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
#: How much of each XML part is looked at for one: it stands before the root element.
DOCTYPE_WITHIN = 4096


def _part_declaring_entities(data: bytes) -> str | None:
    """The first XML part of the zip archive `data` with a document type declaration (where
    entities are declared: a billion laughs, an external entity), or None. Excel, LibreOffice
    and every library that writes workbooks write none."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        if _DOCTYPE.search(part.read(DOCTYPE_WITHIN)):
                            return info.filename
    except Exception:  # noqa: BLE001 - a part that cannot be unpacked (zlib.error, ...): openpyxl then says what is wrong
        return None
    return None


def _sheet_count(data: bytes) -> int:
    """The worksheets the zip archive `data` holds (``xl/worksheets/*.xml``); 0 when it cannot be read."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(1 for name in archive.namelist()
                       if name.startswith("xl/worksheets/") and name.endswith(".xml") and name.count("/") == 2)
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


#: A sheet's part larger than this, unpacked, is slimmed before openpyxl reads it
#: (:func:`_without_empty_cells`); an annex's sheets are far smaller.
SLIM_SHEET_BYTES = 2 * 1024 * 1024
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
#: A cell with no value nor formula (only a style: ``<c r="B7" s="3"/>``), and a row left without
#: cells (``<row r="7" s="3" customFormat="1"/>``: a row formatted, or sized, and nothing more).
_EMPTY_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?/>|<(?:\w+:)?c\b[^>]*>\s*</(?:\w+:)?c>")
_EMPTY_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?/>|<(?:\w+:)?row\b[^>]*>\s*</(?:\w+:)?row>")


def _without_empty_cells(data: bytes) -> bytes:
    """`data` with each large sheet (over :data:`SLIM_SHEET_BYTES` unpacked) rid of its cells
    without a value and its rows without cells: formatting on a million empty rows (a used
    range far larger than the data) would cost openpyxl a minute and a gigabyte, for no text.
    What holds text, a formula, a hidden row's text, the merged cells and the columns stays as
    it is; `data` itself where no sheet is that large (or the archive cannot be read: openpyxl
    then says why)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if not any(_SHEET_PART.fullmatch(i.filename) and i.file_size > SLIM_SHEET_BYTES for i in infos):
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as slim:
                for info in infos:
                    part = archive.read(info)
                    if _SHEET_PART.fullmatch(info.filename) and info.file_size > SLIM_SHEET_BYTES:
                        part = _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", part))
                    slim.writestr(info.filename, part)
            return out.getvalue()
    except Exception:  # noqa: BLE001 - a part that cannot be unpacked (zlib.error, ...): openpyxl then says why
        return data


#: A workbook with more rows holding a value than this is no annex, as a text of more lines is no
#: answer (:data:`okot_audit.source.MAX_LINES`: a row is a line): 500,000 rows of two cells (5 MB
#: zipped) took openpyxl and the reader nearly two minutes and 800 MB.
MAX_ROWS = MAX_LINES
#: A workbook with more cells holding a value than this is no annex (thousands of rows of tens of
#: columns): a sheet of few rows and thousands of columns costs as much as one of many rows.
MAX_CELLS = 1_000_000
#: Merged cells that cover more than this are no annex's (a title over a few columns, a province
#: over its block of rows cover some hundreds): openpyxl makes an object of each cell a merge
#: covers — a merge over a million cells took it ten seconds, one over ``A5:XFD1048576`` for ever.
MAX_MERGED_CELLS = 100_000
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})[\"']")
_ROW_START = re.compile(rb"<(?:\w+:)?row\b")
_CELL_START = re.compile(rb"<(?:\w+:)?c\b")


def _refuse_a_sheet_too_large(data: bytes, path: str) -> None:
    """An :class:`InputError` when the sheets of the workbook `data` hold more rows than
    :data:`MAX_ROWS` or more cells than :data:`MAX_CELLS` — counting only those that hold a value
    or a formula (a row or a cell that is formatted and nothing more costs no line: a used range
    of a million empty rows is an annex all the same) — before openpyxl reads a cell. Counted in
    the sheets' XML as :func:`_without_empty_cells` leaves it (a large sheet is slimmed there
    already); an archive that cannot be read is left to openpyxl to say why."""
    import zipfile

    rows = cells = merged = 0
    largest = (0, "")  # the merge that covers most cells, and its range
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if not _SHEET_PART.fullmatch(info.filename):
                    continue
                part = archive.read(info)
                if info.file_size <= SLIM_SHEET_BYTES:  # (a large one is slimmed already)
                    part = _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", part))
                rows += len(_ROW_START.findall(part))
                cells += len(_CELL_START.findall(part))
                for ref in _MERGE_REF.finditer(part):
                    area = _merged_area(*ref.groups())
                    merged += area
                    largest = max(largest, (area, "{}{}:{}{}".format(*(g.decode().upper() for g in ref.groups()))))
    except Exception:  # noqa: BLE001 - a part that cannot be unpacked (zlib.error, ...): openpyxl then says why
        return
    if rows > MAX_ROWS:
        raise InputError(path, f"the workbook has {rows:,} rows with text or numbers; an annex has far fewer (limit {MAX_ROWS:,})",
                         dutch=f"de werkmap heeft {rows:,} rijen met tekst of getallen; een bijlage heeft er veel minder (grens {MAX_ROWS:,})")
    if merged > MAX_MERGED_CELLS:
        raise InputError(path, f"the workbook's merged cells cover {merged:,} cells ({largest[1]} alone {largest[0]:,}); "
                               f"an annex's cover far fewer (limit {MAX_MERGED_CELLS:,}): unmerge them and save again",
                         dutch=f"de samengevoegde cellen van de werkmap beslaan {merged:,} cellen ({largest[1]} alleen al "
                               f"{largest[0]:,}); die van een bijlage veel minder (grens {MAX_MERGED_CELLS:,}): maak de "
                               "samenvoeging ongedaan en bewaar opnieuw")
    if cells > MAX_CELLS:
        raise InputError(path, f"the workbook has {cells:,} cells with text or numbers; an annex has far fewer (limit {MAX_CELLS:,})",
                         dutch=f"de werkmap heeft {cells:,} cellen met tekst of getallen; een bijlage heeft er veel minder (grens {MAX_CELLS:,})")


def _merged_area(first_column: bytes, first_row: bytes, last_column: bytes, last_row: bytes) -> int:
    """The cells a merge from `first_column``first_row` to `last_column``last_row` covers."""
    def number(letters: bytes) -> int:
        value = 0
        for letter in letters.upper():
            value = value * 26 + letter - 64
        return value

    return (abs(number(last_column) - number(first_column)) + 1) * (abs(int(last_row) - int(first_row)) + 1)


def _unpacked_size(data: bytes) -> int:
    """What the parts of the zip archive `data` unpack to, as its directory says (a part never
    unpacks to more than that: the zip reader stops there); 0 when it cannot be read, which
    openpyxl then reports."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return 0


#: Empty rows in a row that stand for more: what lies between two tables is one gap however
#: many empty rows it has, so a sheet's last cell far below costs no line per empty row.
MAX_EMPTY_ROWS = 20


def _grid(
    texts: dict[tuple[int, int], str], sheet, folded: frozenset[int] = frozenset(),
    every: dict[tuple[int, int], str] | None = None, out_of_sight: frozenset[int] = frozenset(),
) -> tuple[list[list[str]], list[int], dict[tuple[int, int], int], dict[int, tuple[int, list[str]]],
           dict[tuple[int, int], int]]:
    """The sheet's cells as a grid of the rows and columns that hold text, the sheet row of each
    grid row, the merged cells' spans over the grid's columns, the rows aside and the merged
    cells' spans over the grid's rows (``C4:C5``: 2).

    Columns empty in every row are left out (they are as wide as nothing in the layout) but the
    first, the label column, and the ends of a merged cell with text (the room it needs is
    added to the last column it covers); a run of empty rows is kept up to
    :data:`MAX_EMPTY_ROWS` (rows from 1, as the sheet numbers them), the `folded` (hidden) rows
    aside: the row above a hidden one and the row below it follow each other. Each `folded` row
    with cells among `every` cell of the sheet (the columns `out_of_sight` aside) comes back as
    a row of the grid's columns with the grid row it stands with (the nearest above that holds
    text, or the row below it where the one above is empty): laid out in that row's columns, its
    figures stand where the table's would.
    """
    merges = [m for m in sheet.merged_cells.ranges if m.max_col > m.min_col and (m.min_row, m.min_col) in texts]
    columns = sorted({1, *(column for _, column in texts), *(m.max_col for m in merges)})
    index = {column: at for at, column in enumerate(columns)}
    rows: list[int] = []
    last = 0
    for row in sorted({row for row, _ in texts}):
        gap = range(last + 1, min(row, last + 1 + MAX_EMPTY_ROWS))
        rows.extend([r for r in gap if r not in folded] if folded else gap)
        rows.append(row)
        last = row
    grid = [[""] * len(columns) for _ in rows]
    at_row = {row: at for at, row in enumerate(rows)}
    for (row, column), text in texts.items():
        grid[at_row[row]][index[column]] = text
    spans = {(at_row[m.min_row], index[m.min_col]): index[m.max_col] - index[m.min_col] + 1 for m in merges}
    tall = {
        (at_row[m.min_row], index[m.min_col]): sum(1 for row in rows if m.min_row <= row <= m.max_row)
        for m in sheet.merged_cells.ranges
        if m.max_row > m.min_row and (m.min_row, m.min_col) in texts and m.min_col in index
    }
    return grid, rows, spans, _aside_rows(grid, rows, index, folded, every or {}, out_of_sight), tall


def _aside_rows(
    grid: list[list[str]], rows: list[int], index: dict[int, int], folded: frozenset[int],
    every: dict[tuple[int, int], str], out_of_sight: frozenset[int],
) -> dict[int, tuple[int, list[str]]]:
    """Each `folded` row of `every` cell as a row of the grid's columns (`index`), with the grid
    row it stands with (see :func:`_grid`); a cell in a column the grid has not is left out."""
    from bisect import bisect_right

    if not folded or not grid:
        return {}
    cells: dict[int, list[str]] = {}
    for (row, column), text in every.items():
        if row in folded and column not in out_of_sight and column in index:
            cells.setdefault(row, [""] * len(index))[index[column]] = text
    out = {}
    for row, laid in cells.items():
        at = max(bisect_right(rows, row) - 1, 0)
        if not any(grid[at]) and at + 1 < len(grid):
            at += 1
        out[row] = (at, laid)
    return out


#: A cell's text of a label: a word in it, and no figure (``Opleiding``, ``900123: Tweedekans…``).
_WORD = re.compile(r"[^\W\d_]")
_CODE_CELL = re.compile(r"\d{6}")


def _tables_apart(
    grid: list[list[str]], rows: list[int], spans: dict[tuple[int, int], int],
    aside: dict[int, tuple[int, list[str]]], tall: dict[tuple[int, int], int] | None = None,
) -> tuple[list[list[str]], list[int], dict[tuple[int, int], int], dict[int, tuple[int, list[str]]],
           dict[tuple[int, int], int]]:
    """The grid of :func:`_grid` with the tables a sheet prints side by side on the same rows
    (``Opleiding 2019 2020`` and, to their right, ``Opleiding 2021 2022``; an empty column
    between or not) one below the other, each laid out from the first column and parted by an
    empty row: side by side, the right table's labels would be read as the end of the left
    table's rows and the left table's figures lost in them. A table starts where a column of
    labels (or of training codes) follows a column of figures, with figures again to its right,
    and every row that has figures right of it has a label there (see :func:`_table_starts`),
    also under one caption above the first column for both (``Aantal gestarte cursisten``,
    over ``Opleiding 2019 2020`` and ``Opleiding 2021 2022``; ``… startte (links) en dat slaagde
    (rechts)``): the caption stands above the first, and the reader gives the second what the
    caption says of both, in its order.
    The rows keep their sheet rows; a block's hidden rows (`aside`) are kept only where it was
    not parted; so do its cells merged over rows (`tall`)."""
    tall = tall or {}
    out: list[list[str]] = []
    numbers: list[int] = []
    out_spans: dict[tuple[int, int], int] = {}
    out_tall: dict[tuple[int, int], int] = {}
    out_aside: dict[int, tuple[int, list[str]]] = {}
    start = 0
    parted = False
    for end in range(len(grid) + 1):
        if end < len(grid) and any(grid[end]):
            continue
        block = grid[start:end]
        cuts = _table_starts(block) if len(block) > 1 else []
        parted = parted or bool(cuts)
        bounds = list(zip([0, *cuts], [*cuts, len(grid[0]) if grid else 0]))
        for part, (low, high) in enumerate(bounds):
            if part:  # an empty row between two tables
                out.append([""] * len(grid[0]))
                numbers.append(rows[end - 1])
            at = len(out)
            for r in range(start, end):
                out.append(grid[r][low:high] + [""] * (len(grid[r]) - (high - low)))
                numbers.append(rows[r])
            for (r, c), span in spans.items():
                if start <= r < end and low <= c < high:
                    out_spans[(at + r - start, c - low)] = min(span, high - c)
            for (r, c), height in tall.items():
                if start <= r < end and low <= c < high:
                    out_tall[(at + r - start, c - low)] = min(height, end - r)
            if not cuts:
                out_aside.update({key: (at + r - start, cells) for key, (r, cells) in aside.items() if start <= r < end})
        if end < len(grid):
            out.append(grid[end])
            numbers.append(rows[end])
        start = end + 1
    if not parted:
        return grid, rows, spans, aside, tall
    return out, numbers, out_spans, out_aside, out_tall


def _table_starts(block: list[list[str]]) -> list[int]:
    """The columns of `block` (rows between empty rows) where a table printed beside the one
    to its left starts: a column of labels or training codes right after a column of figures,
    with a column of figures to its right, where every row that prints a figure right of it
    prints a label in it (or in the label columns that follow it)."""
    width = max(len(row) for row in block)
    cells = [row + [""] * (width - len(row)) for row in block]

    def kind(c: int) -> str:
        texts = [row[c] for row in cells if row[c]]
        if texts and all(_CODE_CELL.fullmatch(t) for t in texts[1:]) and len(texts) > 1:
            return "label"  # (training codes in a column of their own)
        if any(_FIGURE.match(t) for t in texts):
            return "figure"
        return "label" if sum(1 for t in texts if _WORD.search(t)) >= 2 else "other"

    kinds = [kind(c) for c in range(width)]
    cuts = []
    for c in range(2, width):
        if kinds[c] != "label" or kinds[c - 1] != "figure" or "figure" not in kinds[c + 1:]:
            continue
        first_figure = kinds.index("figure", c + 1)
        if all(any(row[d] for d in range(c, first_figure)) for row in cells
               if any(_FIGURE.match(t) for t in row[first_figure:])):
            cuts.append(c)
    return cuts
