"""A column of words right of the figures: notes, not counts.

An answer may close its table with a column of remarks on the rows (``Opmerking``,
``Toelichting``), filled with words on some rows and left empty on others::

    Opleiding                  2019  2020  Opmerking
    900123: Zorgkundige          19    22  nieuw
    900611: Verpleegkunde        59     1  herzien
    900124: Zorgkundige 2de jaar  5     7
    Totaal                       80    30

The header then ends in a word that is no period, so no list of periods ends it, and each
row with a note ends in words after its figures. :func:`split_remarks` takes the column off
the lines before tables are looked for — the header's words for it and each row's note — and
says what it took, where, so that the reader reports the column as not checked instead of
losing it (:func:`remark_issues`). A header's last words are a column of notes when they hold
no digit and name nothing the reader reads as a column (a period, a total, a count, a measure,
a share); a row's note is the run of words after its last figure (a province name glued after
a row's figures is the province's label, never a note). Only a header over at least one row
that ends in figures is taken: the rows say the words are a column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okot_audit.parse.context import month_number, period_list
from okot_audit.parse.derived import DERIVED_VALUE, NUMBERED, REACH, _without
from okot_audit.parse.regions import province_name
from okot_audit.parse.subcolumns import meaning
from okot_audit.parse.tokens import WORD
from okot_audit.parse.words import COLUMN_WORDS, DERIVED_WORDS
from okot_audit.patterns import BLANK_MARK, NUMBER
from okot_audit.tables import ParseIssue, Table

#: A sentence's end inside a line (``… 9603 deelnemers. Zo werden …``): prose, no header or row.
_SENTENCE = re.compile(r"[^\W\d_]{2,}[.?!]\s+\S")
#: The most words a column of notes' name has (``Opmerking``, ``Opmerking VDAB``).
_NAME_WORDS = 3
#: The most words a header's label column's name has (``Opleiding``, ``Code en naam opleiding``).
_LABEL_WORDS = 4
#: The most words a row's note has (``nieuw``, ``cijfers voorlopig``, ``vanaf september gestart``).
_NOTE_WORDS = 6
#: A word of a note: letters in it, no digit, and no sentence's punctuation after it (a line of
#: prose, ``… met 2103 deelnemers.``, is no row with a note).
_WORDY = re.compile(r"^[^\d]*[^\W\d_][^\d]*$(?<![.,;:?!])")
#: The characters that no word of a note ends in (:data:`_WORDY`).
_SENTENCE_ENDS = ".,;:?!"
#: A word of a note after its first that holds a digit: a year (``nieuw vanaf 2020``, ``sinds
#: 2021)``) or a date or word with letters or a slash in it (``1/9``, ``sept.2020``, ``2de``) —
#: never a plain figure, which may be the row's count.
_NOTE_FIGURE = re.compile(r"^\(?(?:19|20)\d{2}\)?$|^(?=.*\d)(?=.*[^\d.]).*[^.,;:?!]$")
#: The names a column of notes goes by, whose header may print it in lower case (``opmerking``):
#: any other name must begin in a capital, as a header's does.
_NOTE_NAMES = re.compile(
    r"^(?:opmerking(?:en)?|toelichting(?:en)?|commentaar|bemerking(?:en)?|noot|nota|uitleg|remarks?|notes?|comments?)$",
    re.I,
)
#: A line that ends in at most :data:`_NAME_WORDS` words without a digit after a token with
#: one (a figure, a period): what :func:`_tail` finds a column's name in, looked for at once —
#: (Each run of white space or of other characters is taken whole, never given back — ``*+``,
#: ``++``: what follows it could not match in its place — so that a line's wide spaces are not
#: tried one width at a time.)
_NAME_AFTER_FIGURE = re.compile(rf"\d\S*+(?:\s++[^\s\d]++){{1,{_NAME_WORDS}}}\s*+$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Remark:
    """What :func:`split_remarks` took off one line: the header's name of the column of notes,
    or a row's note, as printed."""

    line: int  # 1-based
    header: bool
    text: str


def split_remarks(lines: tuple[str, ...], positional: bool) -> tuple[tuple[str, ...], list[Remark]]:
    """`lines` with every column of notes right of a table's figures taken off, and what was
    taken. Laid-out text (a PDF, an annex, ``pdftotext -layout``) keeps every other character
    in its column: the taken words become spaces; in other text a note goes with the space
    before it, so that the spacing that marks blank cells stays as it was."""
    out: list[str] | None = None
    taken: list[Remark] = []
    index = 0
    for maybe in _maybe_lines(lines):  # (no other line names a column of notes: each would go on to the next)
        if maybe < index:
            continue  # (a row of the table of notes read last)
        index = maybe
        name = _column_name(lines[index])
        found = period_list(lines[index][:name[0]]) if name is not None else None
        periods = len(found[1]) if found is not None else 0
        if name is None and (name := _beside_count_column(lines[index])) is not None:
            periods = 1  # (one column of counts, its period the prose's: ``Opleiding Aantal Opmerking``)
        rows = _notes_below(lines, index + 1, periods, name[0] if positional else None) if name is not None and periods else None
        if name is None or rows is None:
            continue
        out = out if out is not None else list(lines)
        out[index] = _without(lines[index], [name], positional)
        taken.append(Remark(index + 1, True, lines[index][slice(*name)]))
        notes, stop = rows
        for at, span in notes:
            out[at] = _without(lines[at], [span], positional)
            taken.append(Remark(at + 1, False, lines[at][slice(*span)]))
        index = stop
    return (tuple(out) if out is not None else lines), taken


#: The last characters (of a line, its white space off) after which neither
#: :func:`_column_name` (a figure's, a sentence's stop) nor :func:`_beside_count_column` (none
#: but the last letters of a column of notes' name) finds a name; ``""``: a blank line.
_NO_NAME_ENDS = frozenset("0123456789" + _SENTENCE_ENDS) | {""}


def _maybe_lines(lines: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the lines in which :func:`_column_name` or
    :func:`_beside_count_column` may find a column's name, looked for in one pass that calls
    neither (most of an answer's lines end in a figure or a sentence's stop): the line's last
    character is none of :data:`_NO_NAME_ENDS`, and its last word is a column of notes' name
    (:data:`_NOTE_NAMES`) or a digit stands in its last ``_NAME_WORDS + 1`` words
    (:data:`_NAME_AFTER_FIGURE` needs one in the word before the name's at most
    :data:`_NAME_WORDS` words)."""
    digit = _DIGIT.search
    note = _NOTE_NAMES.match
    return [index for index, line in enumerate(map(str.rstrip, lines))
            if line[-1:] not in _NO_NAME_ENDS and (
                digit(" ".join(words := line.rsplit(None, _NAME_WORDS + 1)[-_NAME_WORDS - 1:])) or note(words[-1]))]


def _column_name(line: str) -> tuple[int, int] | None:
    """The span of the words that close a header as a column of notes (``Opleiding 2019 2020
    Opmerking``), or None: the line before them ends in a list of periods, the line itself
    does not, and no word of them names a column the reader reads."""
    last = line.rstrip()[-1:]
    if not last or last.isdigit() or last in _SENTENCE_ENDS:
        return None  # (a row's figures or a sentence's stop end the line: no word of a note can: :data:`_WORDY`)
    if not _NAME_AFTER_FIGURE.search(line):
        return None  # (what :func:`_tail` asks first: a few words without a digit after a figure's token)
    named = _words_at_end(line)
    if not named or not (named[0][:1].isupper() or _NOTE_NAMES.match(" ".join(named))) or period_list(line) is not None:
        return None  # (a column's name as a header prints it, asked below: looked at first, it costs least)
    tail = _tail(line, _NAME_WORDS)
    found = period_list(line[:tail[0]]) if tail is not None else None
    if tail is None or found is None or len(found[0].split()) > _LABEL_WORDS:
        return None  # (a sentence that names a year, ``het aantal in 2020 bleef gelijk``, is no header)
    words = line[tail[0]:tail[1]].split()
    if not (words[0][:1].isupper() or _NOTE_NAMES.match(" ".join(words))) or _SENTENCE.search(line):
        return None  # (a column's name as a header prints it: ``Opmerking``, ``opmerking``; never ``… 2018 het proefproject``)
    if any(_read_column(word) for word in words) or province_name(" ".join(words)) is not None:
        return None
    return tail


#: The last letters of the names of a column of notes (:data:`_NOTE_NAMES`), either case: a
#: first look at a line's end.
_NOTE_NAME_ENDS = frozenset("gGnNrRaAtTkKsSeE")


def _beside_count_column(line: str) -> tuple[int, int] | None:
    """The span of a column of notes' name right after a header's one column of counts, no
    period named (``Opleiding  Aantal  Opmerking``: the period the prose's or the caption's), or
    None. Its name must be one a column of notes goes by (:data:`_NOTE_NAMES`): no list of
    periods vouches for the header here, the count column's word does."""
    if line.rstrip()[-1:] not in _NOTE_NAME_ENDS:
        return None
    words = line.rsplit(None, 2)
    if len(words) != 3 or not _NOTE_NAMES.match(words[2]) or words[1].lower() not in COLUMN_WORDS:
        return None
    if len(words[0].split()) > _LABEL_WORDS or _DIGIT.search(words[0]):
        return None
    end = len(line.rstrip())
    return end - len(words[2]), end


def _words_at_end(line: str) -> list[str]:
    """The words without a digit that end `line`, :data:`_NAME_WORDS` at most: those of the span
    :func:`_tail` gives a column's name, when it gives one (the word before them is a figure or
    a period, which holds a digit; no word without one reads as either)."""
    words = line.rsplit(None, _NAME_WORDS)[-_NAME_WORDS:]
    k = len(words)
    while k and _DIGIT.search(words[k - 1]) is None:
        k -= 1
    return words[k:]


def _read_column(word: str) -> bool:
    """Whether `word` names a column the reader reads (a count, a total, a measure, a share, a
    month) or marks a blank cell."""
    folded = word.lower().strip("():*")
    return (
        folded in COLUMN_WORDS or any(folded.startswith(w) for w in DERIVED_WORDS) or "%" in word
        or meaning(word) is not None or month_number(folded) is not None or BLANK_MARK.fullmatch(word) is not None
    )


def _tail(line: str, most: int, figures: bool = False) -> tuple[int, int] | None:
    """The span of the run of words (letters, no digit, no blank cell's mark) that ends `line`
    right after a figure, of at most `most` words; None where there is none. A row's note
    (`figures`) may hold a year or a date after its first word (``nieuw vanaf 2020``:
    :data:`_NOTE_FIGURE`)."""
    tokens = list(WORD.finditer(line))
    k = len(tokens)
    start = k  # (where the run begins with a word: the note's first word has no digit)
    while k and len(tokens) - k < most and not BLANK_MARK.fullmatch(tokens[k - 1].group()):
        word = tokens[k - 1].group()
        if _WORDY.match(word):
            start = k - 1
        elif not (figures and _NOTE_FIGURE.match(word)):
            break
        k -= 1
    k = start
    if k == len(tokens) or len(tokens) - k > most or k == 0:
        return None
    before = tokens[k - 1].group().rstrip("*")
    if not (NUMBER.fullmatch(before) or DERIVED_VALUE.fullmatch(before) or period_list(before)):
        return None
    return tokens[k].start(), tokens[-1].end()


def _notes_below(
    lines: tuple[str, ...], start: int, periods: int, column: int | None = None,
) -> tuple[list[tuple[int, tuple[int, int]]], int] | None:
    """The notes of the rows below a header of `periods` periods and a column of notes, from
    index `start` on (each row's index and its note's span), and the index where the rows end:
    at the next header (a list of periods ending a line), a numbered item of the answer, a line
    of prose (words and no figure, more than a label's), or a line whose figures are more than
    the periods. None where the line right below the header is no row: a label and at most as
    many figures as periods, perhaps a note after them (a sentence that names a year, ``In
    Oost-Vlaanderen loopt sinds 2024 het proefproject``, is followed by more prose). Laid out
    (`column`: where the column's name starts), a note is what stands in its column, a figure
    it opens with too (``2 personen in twee opleidingen``)."""
    notes: list[tuple[int, tuple[int, int]]] = []
    index = start
    for index in range(start, min(len(lines), start + REACH)):
        line = lines[index]
        if not line.strip():
            if index == start:
                return None
            continue
        note = _tail(line, _NOTE_WORDS, figures=True)
        if column is not None and (note is None or note[0] > column) and len(line.rstrip()) > column and line[column - 1:column].isspace() \
                and not line[column:column + 1].isspace() and _WORDY.match(line.rsplit(None, 1)[-1]):
            note = column, len(line.rstrip())  # (a note in its column that opens with a figure)
        figures = line[:note[0]] if note is not None else line
        if NUMBERED.match(line) or period_list(figures) is not None:
            break  # (a row's note may end in a year, ``nieuw vanaf 2020``: the line's figures say whether it is a header)
        if _column_name(line) is not None or (not re.search(r"\d", line) and len(line.split()) > 8):
            break
        if _figures_at_end(figures) > periods or not figures.split()[:-1] or _SENTENCE.search(figures):
            if index == start:
                return None
            break
        if note is not None and province_name(line[note[0]:note[1]]) is None:
            notes.append((index, note))
        elif index == start and not NUMBER.fullmatch(line.split()[-1]):
            return None
    else:
        index = min(len(lines), start + REACH)
    return notes, index


def _figures_at_end(text: str) -> int:
    """How many figures end `text`."""
    found = 0
    for word in reversed(text.split()):
        if not NUMBER.fullmatch(word):
            break
        found += 1
    return found


def remark_issues(tables: list[Table], remarks: list[Remark]) -> list[ParseIssue]:
    """One ``column-not-checked`` record (reason ``notes``) per column of notes a table printed:
    its header's name for it and the rows' notes, each with its row's line."""
    out = []
    for header in (r for r in remarks if r.header):
        table = next((t for t in tables if t.header_line <= header.line <= t.end_line), None)
        notes = [r for r in remarks if not r.header and r.line > header.line
                 and (table is None or r.line <= table.end_line)]
        notes = notes[:next((k for k, r in enumerate(notes) if any(h.header and header.line < h.line < r.line
                                                                   for h in remarks)), len(notes))]
        said = [f"'{r.text}'" for r in notes]
        out.append(ParseIssue(
            "column-not-checked", header.line, "notes" if notes else "notes-empty", (), table.id if table else None, text=header.text,
            other=", ".join(said[:6]) + (" …" if len(said) > 6 else "") if said else "",
            other_line=notes[-1].line if notes else header.line,
        ))
    return out
