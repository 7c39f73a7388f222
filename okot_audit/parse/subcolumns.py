"""Several columns under each period: a header that prints, per period, one column per thing
it counts (``2021 2022`` / ``gestart geslaagd gestart geslaagd``; ``2021 gestart  2021
geslaagd …`` as a PDF's cells give it in one line; ``inschrijvingen`` / ``unieke cursisten``,
two units of one measure).

Each such column names a measure (``gestart``: started) or a unit (``inschrijvingen``), each
another: the table is then one table per column name, of the measure and unit the name says,
over the same rows and periods (:func:`okot_audit.parse._read_table` reads it so). Names that
do not each say something else (``uitgevoerd`` / ``geslaagd``: ``uitgevoerd`` names neither,
or ``Man`` / ``Vrouw``) make no :class:`SubColumns`: such a table stays unread, as its
finding says.

The forms: the names on a line of their own below the periods (:func:`names_below`), or the
periods and the names in one line (:func:`periods_and_names`): each cell its period and its
name (``2021 gestart``, or ``gestart 2021``), or each period once before (or, laid out, among)
its names (``2021 gestart geslaagd 2022 gestart geslaagd``, ``gestart 2021 geslaagd …``).
Where the text keeps the cells apart (two spaces or more), each column's characters are kept,
so that figures are placed under their column by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from okot_audit.parse.context import (
    PERIOD_TOKEN, TOTAL_COLUMN, PeriodToken, measure_spans, month_number, only_measure, period_labels, sentence_date,
)
from okot_audit.parse.scan import joined, lines_at, lowered
from okot_audit.parse.tokens import WORD
from okot_audit.parse.words import COLUMN_WORDS, enrolled_named, is_category, unit_of, unit_spans
from okot_audit.patterns import (
    AGE_CLASS_ENDS, AGE_CLASS_FIGURES, AGE_FIGURE_WORD, AGE_NEIGHBOURS, APOSTROPHE, APOSTROPHES, BARE_AGE, PERIOD_DASHES,
    PLAIN_APOSTROPHE, partition_of, period_pattern,
)

#: A period of such a header: a year or a school year, maybe starred (``2022*``) — a header's
#: period token (:data:`~okot_audit.parse.context.PERIOD_TOKEN`), the whole word.
_PERIOD = re.compile("^" + PERIOD_TOKEN.pattern + "$")
#: A word no column name holds: a figure, a mark.
_NOT_A_NAME = re.compile(r"^[\d.,%*()/+-]+$")


def _age_word(words: "list[re.Match[str]]", k: int) -> bool:
    """Whether word k of `words` is an age class's figure, a word of a column's name
    (:data:`~okot_audit.patterns.AGE_FIGURE_WORD`): a bare age only beside an age class's words
    (:data:`~okot_audit.patterns.BARE_AGE`)."""
    text = words[k].group()
    if not AGE_FIGURE_WORD.match(text):
        return False
    if not BARE_AGE.match(text):
        return True
    return any(0 <= j < len(words) and words[j].group().lower() in AGE_NEIGHBOURS for j in (k - 1, k + 1))
#: A period and a word after it, as each such header prints (``2021 gestart``, ``2021 geslaagd``).
PERIOD_THEN_WORD = re.compile(
    r"(?<!\d)" + period_pattern(dashes=PERIOD_DASHES, stars=r"\**")
    + r"\s+(?:[^\W\d]|(?:" + AGE_CLASS_FIGURES + r")\s+[^\W\d])"
)  # (or an age class's name: ``2022 25-54 jaar``, ``2022 <25 jaar``)
#: The marks that end a sentence's words, never a column's name.
_PROSE_MARKS = frozenset(".,:;?!")
#: What the persons counted took, which a header names after what it counts (``gestarte
#: OKOT'(s)``, ``gevolgde opleidingen``): the header's words, never a column's name.
_WHAT_IS_TAKEN = re.compile(r"(?:okot|opleiding|traject)", re.I)
#: The most words one column's name may have (``aantal unieke gestarte cursisten``) — an age
#: class's, :data:`_AGE_WORDS` (``van 25 tot en met 49 jaar``).
_NAME_WORDS = 4
_AGE_WORDS = 7


def _too_long(words: "list[str] | list[re.Match[str]]") -> bool:
    """Whether `words` are more than one column's name may have: more than :data:`_NAME_WORDS`,
    unless they are an age class of at most :data:`_AGE_WORDS` (``tussen 25 en 49 jaar``)."""
    if len(words) <= _NAME_WORDS:
        return False
    texts = [w if isinstance(w, str) else w.group() for w in words]
    return len(texts) > _AGE_WORDS or partition_of(" ".join(texts)) != "age"


@dataclass(frozen=True)
class SubColumns:
    """The columns a header prints under each of its periods."""

    names: tuple[str, ...]  # what each column under a period counts, as printed (two or more)
    #: Each printed column, left to right: (index of its period, index of its name).
    columns: tuple[tuple[int, int], ...]
    #: Each printed column's characters on line `line` (where the text keeps cells apart), or None.
    spans: tuple[tuple[int, int], ...] | None
    line: int  # 1-based line that holds the names
    head: str = ""  # the header's words before the periods on the periods' line (``Opleiding``)


@lru_cache(maxsize=256)
def meaning(name: str) -> tuple[str, str | None] | None:
    """What a column's name says it counts: the measure it names (``unknown`` when none) and the
    unit (None when none); None when it names neither."""
    measure = only_measure(name)
    if measure == "unknown" and enrolled_named(name):
        measure = "enrolled"  # (``Ingeschreven``: the persons enrolled)
    unit = unit_of(name)
    if measure == "unknown" and unit is None:
        return None
    if says_more(name):
        return None  # (``Gestart Q1``, ``Geslaagd extra``: more than the measure; never the bare measure)
    return measure, unit[1] if unit else None


#: Words a column's name may hold besides a measure's and a unit's (``Aantal gestarte
#: cursisten``, ``Unieke cursisten met geslaagde OKOT's``, ``Gestart (1)``): what it counts and
#: how many, never what else it is of.
_NAME_FILLER = frozenset({
    *COLUMN_WORDS, "de", "het", "een", "en", "of", "met", "van", "in", "die", "dat", "okot", "okots", "okot's",
    "opleiding", "opleidingen", "cursist", "persoon", "vdab", "uniek", "s",
})
#: A word of a name that says nothing: a footnote's mark, a figure's (``(1)``, ``*``, ``1``), a dash.
_NAME_MARK = re.compile(r"^[(\[]?\d?[)\]]?[*:.,;¹²³" + APOSTROPHES + r"-]*$")
_LETTERS = re.compile(r"[^\W\d_]+(?:" + APOSTROPHE + r"s)?|\d+")


def says_more(name: str) -> bool:
    """Whether the column's name `name` holds a word that is neither a measure's nor a unit's
    (:func:`~okot_audit.parse.context.measure_spans`, :func:`~okot_audit.parse.words.unit_spans`)
    nor a word any such name may hold (:data:`_NAME_FILLER`): a quarter (``Gestart Q1``), a
    period, words that say what else it counts (``Geslaagd extra``) — a name read as its bare
    measure would be read wrong."""
    return bool(more_words(name))


def more_words(name: str) -> tuple[str, ...]:
    """The words of the column's name `name` that say more than its measure and unit
    (:func:`says_more`), as printed (``Geslaagd extra`` → ``extra``); empty for none."""
    covered = [*measure_spans(name), *unit_spans(name)]
    more = []
    for word in WORD.finditer(name):
        if any(a < word.end() and b > word.start() for a, b in covered) or _NAME_MARK.match(word.group()):
            continue
        # (``OKOT’s``: the filler ``okot's``)
        parts = [part.translate(PLAIN_APOSTROPHE) for part in _LETTERS.findall(word.group().lower())]
        if not all(part in _NAME_FILLER or (part.isdigit() and len(part) == 1 and len(parts) == 1) for part in parts):
            more.append(word.group())
    return tuple(more)


def named_and_more(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The measure the column's name `name` names and the words it says more (``Geslaagd
    extra`` → ``("graduated", ("extra",))``): a name never read as that bare measure
    (:func:`meaning`); None for a name that names no measure or says no more."""
    measure = only_measure(name)
    if measure == "unknown" and enrolled_named(name):
        measure = "enrolled"
    if measure == "unknown":
        return None
    more = more_words(name)
    return (measure, more) if more else None


def _distinct(names: list[str]) -> bool:
    """Whether every name says what it counts, each something else."""
    said = [meaning(name) for name in names]
    return len(names) >= 2 and None not in said and len(set(said)) == len(said)




def kind(names: "list[str] | tuple[str, ...]") -> str | None:
    """What the columns named `names` (under each period) are, or None when nothing says:

    - ``measures``: each names what it counts, each something else (``gestart`` / ``geslaagd``,
      ``inschrijvingen`` / ``unieke cursisten``), and perhaps one ``Totaal`` over them, last;
    - ``categories``: each a category of persons of one attribute (``Man`` / ``Vrouw``,
      ``laaggeschoold`` / …), and perhaps one ``Totaal`` over them;
    - ``partly``: each names something else, but one of them no measure nor unit
      (``uitgevoerd`` / ``geslaagd``): that one's figures count what no word says.
    """
    names = list(names)
    if len(names) < 2 or len({n.lower() for n in names}) < len(names):
        return None
    if any(month_number(word.rstrip("*.")) is not None for name in names for word in name.split()):
        return None  # a month's name is a period's (``mei 2023 juni 2023``), never a column's
    if any(name[-1] in _PROSE_MARKS for name in names):
        return None  # words of a sentence or of the header's words wrapped (``uitgevoerde, geslaagde,``)
    if _distinct(names) or (len(names) > 2 and TOTAL_COLUMN.match(names[-1]) and _distinct(names[:-1])):
        return "measures"  # (and perhaps a ``Totaal`` over them, last: ``Gestart Geslaagd Totaal``)
    plain = [n for n in names if not TOTAL_COLUMN.match(n)]
    attributes = {partition_of(n) for n in plain}
    if len(plain) >= 2 and len(names) - len(plain) <= 1 and len(attributes) == 1 and not attributes & {None, "unknown"}:
        return "categories"
    said = [meaning(n) for n in names]
    known = [s for s in said if s is not None]
    if said.count(None) == 1 and len(set(known)) == len(known) and len(plain) == len(names) and not any(
        s is None and _WHAT_IS_TAKEN.match(n) for n, s in zip(names, said)
    ):
        return "partly"
    return None


def _cells(words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Words into cells: a gap of two spaces or more between two words parts them."""
    out: list[list[re.Match[str]]] = []
    for word in words:
        if out and word.start() - out[-1][-1].end() < 2:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _text(cell: list[re.Match[str]]) -> str:
    return " ".join(w.group() for w in cell)


def _span(cell: list[re.Match[str]]) -> tuple[int, int]:
    return cell[0].start(), cell[-1].end()


def _segmented(words: list[str]) -> list[list[str]] | None:
    """`words` (single-spaced: no gap says where one name ends) cut into the fewest names, two
    or more, that each say what they count, each something else; None when no cut or more than
    one cut of the fewest names does."""
    k = len(words)
    if 2 <= k <= 4 and kind(words) in ("categories", "partly"):
        # (``Man Vrouw Totaal``, ``uitgevoerd geslaagd``: a word each, where no cut into names
        # that each say what they count does)
        found = _measures_cut(words)
        return found if found is not None else [[word] for word in words]
    return _measures_cut(words) or _categories_cut(words)


def _categories_in(cell: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """A laid-out header's cell as the names of categories it holds: two that the text set a
    space apart (``-25 jaar 25-54 jaar``, squeezed by its extractor) are two cells, and so are
    two measures' names in capitals (``Gestart Geslaagd``); a cell that names one category, or
    none, stays whole."""
    if len(cell) < 2 or partition_of(_text(cell)) not in (None, "unknown") or TOTAL_COLUMN.match(_text(cell)):
        return [cell]
    words = [w.group() for w in cell]
    parts = _categories_cut(words)
    if parts is None or len(parts) < 2:
        # or two measures a space apart (``Gestart Geslaagd``), each name beginning in a capital
        parts = _measures_cut(words) if all(word[:1].isupper() for word in words) else None
    if parts is None or len(parts) < 2:
        return [cell]
    at = iter(cell)
    return [[next(at) for _ in part] for part in parts]


def _categories_cut(words: list[str]) -> list[list[str]] | None:
    """`words` cut into the fewest names that are each a category of persons of one attribute,
    or a total column's word (``-25 jaar 25-54 jaar 55+ jaar``: names of two words whose
    figures no gap sets apart from the words); None when no cut or more than one cut of the
    fewest names does."""
    k = len(words)
    if k > 3 * _NAME_WORDS and (k > 4 * _AGE_WORDS or not any(ch.isdigit() for word in words for ch in word)):
        return None  # (names of more words only where their ages are: ``jonger dan 25 jaar``)
    # each way to cut words[i:] into names, fewest names first
    cuts: dict[int, list[list[list[str]]]] = {k: [[]]}
    for i in range(k - 1, -1, -1):
        found: list[list[list[str]]] = []
        for j in range(i + 1, min(k, i + _AGE_WORDS) + 1):
            if j - i > _NAME_WORDS and not any(ch.isdigit() for word in words[i:j] for ch in word):
                continue  # (a name of more words is an age class's: it holds its age)
            name = " ".join(words[i:j])
            if j in cuts and (TOTAL_COLUMN.match(name) or partition_of(name) not in (None, "unknown")):
                found.extend([words[i:j], *rest] for rest in cuts[j])
        if found:
            fewest = min(map(len, found))
            cuts[i] = [cut for cut in found if len(cut) == fewest]
    found = cuts.get(0, [])
    if len(found) != 1 or kind([" ".join(part) for part in found[0]]) != "categories":
        return None
    return found[0]


def _alike(names: list[str]) -> bool:
    """Whether single-spaced `names` are cut as columns' names are: each names a measure, or none
    does (``Geslaagde`` / ``cursisten`` is a name and a piece of the next name's words, never two
    columns: a header ``Gestarte cursisten Geslaagde cursisten`` read so gave the started persons'
    figures to the graduates)."""
    said = [meaning(name) for name in names]
    return len({s[0] != "unknown" for s in said if s is not None}) <= 1


def _parallel(names: list[str]) -> bool:
    """Whether `names` differ in one thing only, the measure or the unit they name (``Gestarte
    cursisten`` / ``Geslaagde cursisten``, ``inschrijvingen`` / ``unieke cursisten``)."""
    said = [s for s in map(meaning, names) if s is not None]  # (each says something: :func:`_distinct`)
    return len({m for m, _ in said}) == 1 or len({u for _, u in said}) == 1


def _measures_cut(words: list[str]) -> list[list[str]] | None:
    """`words` (single-spaced) cut into the fewest names, two or more, that each say what they count,
    each something else, alike (:func:`_alike`); of several such cuts the one whose names differ in
    one thing only (:func:`_parallel`) and are as long (``Gestarte unieke cursisten Geslaagde unieke
    cursisten``, not ``Gestarte unieke`` / ``cursisten Geslaagde …``); None when no cut or more than
    one does."""
    k = len(words)
    if k > 3 * _NAME_WORDS or sum(meaning(word) is not None for word in words) < 2:
        return None  # (each name says what it counts: two of its words at least say something)
    for m in range(2, min(k, 4) + 1):
        found = []
        for cuts in combinations(range(1, k), m - 1):
            bounds = (0, *cuts, k)
            parts = [words[a:b] for a, b in zip(bounds, bounds[1:])]
            if any(len(p) > _NAME_WORDS for p in parts):
                continue
            names = [" ".join(p) for p in parts]
            if _distinct(names) and _alike(names):
                found.append(parts)
        if len(found) > 1:
            found = [parts for parts in found if _parallel([" ".join(p) for p in parts])]
        if len(found) > 1:  # (the same words but the one that differs: names of as many words)
            found = [parts for parts in found if len({len(p) for p in parts}) == 1]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _block(names: list[list[re.Match[str]]], n: int, cells: bool) -> list[list[list[re.Match[str]]]] | None:
    """The names of each of `n` periods: `names` (cells, or single words where `cells` is
    false) as the same block repeated `n` times, the block cut into its names. None when the
    names do not repeat so, or do not each say something else."""
    if not n or len(names) % n:
        return None
    size = len(names) // n
    texts = [_text(c).lower() for c in names]
    if any(texts[k * size:(k + 1) * size] != texts[:size] for k in range(1, n)):
        return None
    if cells:
        if size < 2 or kind([_text(c) for c in names[:size]]) is None:
            return None
        return [[c for c in names[k * size:(k + 1) * size]] for k in range(n)]
    parts = _segmented([_text(c) for c in names[:size]])
    if parts is None:
        return None
    out = []
    for k in range(n):
        words = [w for c in names[k * size:(k + 1) * size] for w in c]
        block, at = [], 0
        for part in parts:
            block.append(words[at:at + len(part)])
            at += len(part)
        out.append(block)
    return out


def _name_cells(
    words: list[re.Match[str]], n: int, own_line: bool = False,
) -> list[list[list[re.Match[str]]]] | None:
    """The names of each of `n` periods among `words`: by cells where the text keeps them apart,
    else by what the words say — under two periods or more, where the names repeat, or on a
    header line of their own below the periods (`own_line`); words after one year in a line,
    one space apart, are as likely a sentence (``sinds 2019 het proefproject``)."""
    cells = _cells(words)
    if len(cells) > 1:
        found = _block(cells, n, True)
        if found is not None:
            return found
    return _block([[w] for w in words], n, False) if n > 1 or own_line else None


def each_period_once(tokens: list[PeriodToken]) -> list[PeriodToken] | None:
    """The periods of a header that prints each period once per column under it (a PDF's
    cells, ``2021`` / ``gestart`` beside ``2021`` / ``geslaagd``, give ``2021 2021 2022
    2022``): each period once, spanning its prints — where every period is printed the same
    number of times (two or more), its prints side by side; else None."""
    runs: list[list[PeriodToken]] = []
    for token in tokens:
        if runs and runs[-1][0].label == token.label:
            runs[-1].append(token)
        else:
            runs.append([token])
    if len(runs) == len(tokens) or len({len(run) for run in runs}) != 1 or len({r[0].label for r in runs}) != len(runs):
        return None
    return [PeriodToken(run[0].label, max((t.stars for t in run), key=len), run[0].start, run[-1].end) for run in runs]


#: The name of a total column after the periods that no name under it names (``Eindtotaal``).
_TOTAL_NAME = "Totaal"


def names_below(tokens: list[PeriodToken], text: str, line: int) -> SubColumns | None:
    """The columns under each period that `text`, the header line below the periods `tokens`,
    names — only names, the same ones under every period, each saying what it counts, each
    something else (``gestart geslaagd gestart geslaagd``; below a period printed once per
    column, ``2021 2021 2022 2022``, as :func:`each_period_once` reads it); else None."""
    words = list(WORD.finditer(text))
    if not tokens or not words or any(_NOT_A_NAME.match(w.group()) and not _age_word(words, k) for k, w in enumerate(words)):
        return None  # (figures are no names' — but an age class's are: ``-25``, ``25-54``, ``55+``)
    printed = tokens
    tokens = each_period_once(tokens) or tokens
    n = len(tokens)
    blocks = _name_cells(words, n, own_line=True)
    total = None  # a total column after the periods, no name under it (a pivot's ``Eindtotaal``)
    if blocks is None and n > 2 and tokens[-1].is_total and not tokens[-2].is_total:
        blocks = _name_cells(words, n - 1, own_line=True)
        total = tokens[-1]
    if blocks is None:
        return None
    names = tuple(_text(c) for c in blocks[0])
    columns = tuple((p, j) for p in range(len(blocks)) for j in range(len(names)))
    cells = [c for block in blocks for c in block]
    spans: tuple[tuple[int, int], ...] | None = None
    if len(_cells(words)) == len(cells):
        spans = tuple(_span(c) for c in cells)
    elif len(printed) == len(cells) and all(b.start - a.end >= 2 for a, b in zip(printed, printed[1:])):
        spans = tuple((t.start, t.end) for t in printed)  # (the names run together: each period's print is its column's place)
    if total is not None:
        # the total over every column of its line: a column of its own, the total of the names'
        # (``Man Vrouw`` under each year, ``Eindtotaal`` after them: over both, every year)
        if any(TOTAL_COLUMN.match(name) for name in names) or kind([*names, _TOTAL_NAME]) is None:
            return None
        names, columns = (*names, _TOTAL_NAME), (*columns, (n - 1, len(names)))
        spans = (*spans, (total.start, total.end)) if spans is not None else None
    return SubColumns(names, columns, spans, line)


#: The most words before the names of a header that names categories and no period: what its
#: rows are (``Provincie``, ``Regio``, ``Provincie van woonplaats``).
_HEAD_WORDS = 3


def ends_in_category(text: str) -> bool:
    """Whether `text` ends in the name of a category of persons (``… Man Vrouw``, ``… 55+
    jaar``): perhaps a header that names categories as its columns."""
    text = text.rstrip()
    if not text or not (text[-1].isalpha() or text[-1] == "+"):
        return False
    last = text.rsplit(None, 2)
    return len(last) > 1 and len(last[-1]) < 16 and (_category_words(last[-2], last[-1]) or _ends_in_age_class(text, last[-1]))


@lru_cache(maxsize=4096)
def _category_words(before: str, last: str) -> bool:
    """Whether a line's last word `last`, or it with the word `before` it, names a category of
    persons (``Vrouw``, ``55+ jaar``). (Asked of the ends of many lines, whose last two words
    repeat far more than the lines: answers are kept.)"""
    return is_category(last) or is_category(f"{before} {last}")


def _ends_in_age_class(text: str, last: str) -> bool:
    """Whether `text`, whose last word is `last`, ends in an age class of more than two words
    (``… 25 tot 50 jaar``, ``… 50 jaar en ouder``, ``… jonger dan 25 jaar``): asked only where
    `last` is a word a class ends in (:data:`~okot_audit.patterns.AGE_CLASS_ENDS`)."""
    if last.lower() not in AGE_CLASS_ENDS:
        return False
    words = text.rsplit(None, _AGE_WORDS)
    return any(partition_of(" ".join(words[-n:])) == "age" for n in range(3, min(len(words), _AGE_WORDS) + 1))


@lru_cache(maxsize=4096)
def _says_count(word: str) -> bool:
    """Whether `word` says what a column counts (:func:`meaning`). (Asked of the last words of
    many lines, which repeat: answers are kept.)"""
    return meaning(word) is not None


def ends_in_measure(text: str) -> bool:
    """Whether `text` ends in a word, or has one just before its last, that says what a column
    counts (``… Gestart Geslaagd Gestopt``, ``… Instroom Uitstroom``): perhaps a header that
    names measures as its columns."""
    text = text.rstrip()
    if not text or not text[-1].isalpha():
        return False
    return _last_names_count(text.rsplit(None, 2))


def _last_names_count(last: list[str]) -> bool:
    """Whether the last two words `last` (a line's, split) say what a column counts, one of
    them in a capital as a column's name begins (a line of prose ends in lower case)."""
    if len(last) < 2 or not (last[-1][:1].isupper() or last[-2][:1].isupper()):
        return False
    return any(len(word) < 24 and _says_count(word) for word in last[-2:])


def ends_in_name(text: str) -> bool:
    """Whether `text` ends in a category of persons (:func:`ends_in_category`) or in words that
    say what a column counts (:func:`ends_in_measure`), in one look at its end."""
    text = text.rstrip()
    if not text or not (text[-1].isalpha() or text[-1] == "+"):
        return False
    last = text.rsplit(None, 2)
    if len(last) < 2:
        return False
    return _name_words(last[-2], last[-1]) or (
        len(last[-1]) < 16 and last[-1].lower() in AGE_CLASS_ENDS and _ends_in_age_class(text, last[-1]))


@lru_cache(maxsize=4096)
def _name_words(before: str, last: str) -> bool:
    """Whether a line's last two words, `before` and `last`, end it in a category of persons
    (:func:`_category_words`) or say what a column counts (:func:`_last_names_count`) — all of
    :func:`ends_in_name` but a class of ages of more than two words. (Asked of the ends of many
    lines, whose last two words repeat far more than the lines: answers are kept.)"""
    if len(last) < 16 and _category_words(before, last):
        return True
    return last[-1] != "+" and _last_names_count([before, last])


#: Words of a column's name that say no measure but may stand beside ones that do: a row key's
#: (the header's first cell), a column word (``Aantal``, ``Totaal``).
_NO_COLUMN_NAME = re.compile(
    r"(?:provincies?|opleiding(?:en)?|code|codes|nr\.?|regio|sector|categorie|status|"
    + "|".join(COLUMN_WORDS) + r")$",
    re.I,
)


def _measure_names(names: list[str], head: bool) -> bool:
    """Whether `names`, the columns of a header of one period, name measures: each says what it
    counts, each something else — or, after the words that name the rows (`head`), all but one,
    which is no row key's nor a column word (``Code Instroom Uitstroom``: ``Uitstroom`` counts
    what no measure of okot-audit names). Each name begins in a capital, as a header's cells do."""
    if any(not name[:1].isupper() for name in names):
        return False  # (a header's cells begin in capitals: ``geslaagde`` ends a line of prose or of a title)
    found = kind(names)
    if found == "measures":  # (a ``Totaal`` over them last only)
        return not any(TOTAL_COLUMN.match(name) for name in names[:-1])
    return found == "partly" and head and not any(
        _NO_COLUMN_NAME.match(name) or TOTAL_COLUMN.match(name) for name in names if meaning(name) is None
    )


def names_alone(text: str, line: int) -> SubColumns | None:
    """The columns of a header line that names categories of persons, or measures, and no
    period, perhaps after the words that name its rows (``Provincie Man Vrouw Totaal``,
    ``Provincie -25 jaar 25-54 jaar 55+ jaar Totaal``, `` Man Vrouw Totaal`` over rows that
    name measures; ``Provincie Gestart Geslaagd Gestopt``, ``Code Instroom Uitstroom``): a
    table of one period — the one a caption above it or the prose names — with a column per
    category and perhaps a total column over them, or a column per measure; else None. The
    columns' names are cells where the text keeps them apart (two spaces or more), else the
    fewest words that each name one (a word each, where every word does)."""
    end = text.rsplit(None, 1)[-1] if text.strip() else ""
    categories = ends_in_category(text) or TOTAL_COLUMN.match(end) is not None
    if not categories and not ends_in_measure(text):
        return None  # (the quick look: the last column is a category, a total or a measure)
    words = list(WORD.finditer(text))
    if not 2 <= len(words) <= (4 * _AGE_WORDS if categories else 3 * _NAME_WORDS) + _HEAD_WORDS:
        return None
    if not categories and sum(w.group()[:1].isupper() for w in words) < 2:
        return None  # (each measure's name begins in a capital: two of them at least)
    cells = _cells(words)
    starts = []  # how many words the rows' name may have: a header's first cell has no figure, no
    # sentence's mark, no column's name
    for start in range(min(_HEAD_WORDS, len(words) - 2) + 1):
        head = [w.group() for w in words[:start]]
        if head and (not head[0][:1].isupper() or any(
            _NOT_A_NAME.match(word) or (word[-1] in _PROSE_MARKS and not _NO_COLUMN_NAME.match(word))
            or TOTAL_COLUMN.match(word) or partition_of(word) or (not categories and _says_count(word))
            for word in head
        )):
            break
        starts.append(start)
    for start in starts:
        head = [w.group() for w in words[:start]]
        rest = words[start:]
        names: list[list[re.Match[str]]] | None = None
        if len(cells) > 1:  # laid out: the cells after the rows' name (a cell of its own, or none)
            if start == 0 or any(c[0] is rest[0] for c in cells):
                names = [part for c in cells if c[0].start() >= rest[0].start() for part in _categories_in(c)]
                texts = [_text(c) for c in names]
                if not (kind(texts) == "categories" or _measure_names(texts, bool(head))) or any(
                    _too_long(c) for c in names
                ):
                    names = None
        elif categories:
            plain = [w.group() for w in rest]
            parts: list[list[str]] | None = None
            if kind(plain) == "categories":
                parts = [[w] for w in plain]
            else:
                parts = _categories_cut(plain)
            if parts is not None:
                at = iter(rest)
                names = [[next(at) for _ in part] for part in parts]
        if names is not None:
            spans = tuple(_span(c) for c in names) if len(cells) > 1 else None
            return SubColumns(tuple(_text(c) for c in names), tuple((0, j) for j in range(len(names))), spans, line,
                              " ".join(head))
    if len(cells) == 1 and (not categories or ends_in_measure(text[: text.rstrip().rfind(end)])):
        # measures, single-spaced: each name begins in a capital (``Gestart Geslaagd Gestopt``,
        # ``Gestarte cursisten Geslaagde cursisten``), after the rows' name as long as it may be
        # (``Provincie``, not ``Provincie Gestarte cursisten``); perhaps a ``Totaal`` over them last
        for start in reversed(starts):
            rest = words[start:]
            if not rest[0].group()[:1].isupper():
                continue
            names = []
            for word in rest:
                if word.group()[:1].isupper():
                    names.append([word])
                else:
                    names[-1].append(word)
            if all(len(c) <= _NAME_WORDS for c in names) and _measure_names([_text(c) for c in names], start > 0):
                return SubColumns(tuple(_text(c) for c in names), tuple((0, j) for j in range(len(names))), None,
                                  line, " ".join(w.group() for w in words[:start]))
    return None


def with_wrapped_pieces(columns: SubColumns, below: list[str]) -> SubColumns:
    """`columns` (of a header of categories, :func:`names_alone`) with the pieces of their names
    that wrapped in their cells onto the header's lines `below` put back (``Geslacht -25 jaar
    25-54 55+ jaar Totaal`` / ``jaar``: the column ``25-54 jaar``): each piece, a line of
    letters alone, goes to the one column whose name with it (a space apart, or glued where a
    word broke at the cell's edge) is a category of persons of the columns' attribute — under
    the piece, where the text keeps its cells apart. A piece that fits no column, or more than
    one, leaves the names as they are."""
    names = list(columns.names)
    attributes = {partition_of(n) for n in names if not TOTAL_COLUMN.match(n)} - {None, "unknown"}
    if len(attributes) != 1:
        return columns
    for text in below:
        piece = text.strip()
        if not _NAME_PIECE.fullmatch(piece):
            return columns
        fits = []
        for j, name in enumerate(names):
            if columns.spans is not None and len(columns.spans) == len(names):
                start = len(text) - len(text.lstrip())
                a, b = columns.spans[j]
                if start + len(piece) <= a or start >= b:
                    continue  # (laid out: the piece stands under another column)
            # (a space apart first: ``25-54`` / ``jaar``; glued where a word broke: ``laaggesch`` / ``oold``)
            whole = next((w for w in (f"{name} {piece}", f"{name}{piece}") if partition_of(w) in attributes), None)
            if whole is not None:
                fits.append((j, whole))
        if len(fits) != 1:
            return columns
        j, whole = fits[0]
        names[j] = whole
    return SubColumns(tuple(names), columns.columns, columns.spans, columns.line, columns.head)


def periods_and_names(text: str, line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    """The periods and the columns under each of a header line that prints both (``Opleiding
    2021 gestart  2021 geslaagd  2022 gestart  2022 geslaagd``; laid out, ``gestart  2021
    geslaagd  gestart  2022 geslaagd``), from the first word that begins them (the words before
    are the header's own); else None."""
    if not PERIOD_THEN_WORD.search(text):
        return None  # (every form prints a name right after a period)
    words = list(WORD.finditer(text))
    floor = 0  # the columns' words follow the last figure or mark of the line (prose has them)
    for k, word in enumerate(words):
        if _NOT_A_NAME.match(word.group()) and not _PERIOD.match(word.group()) and not _age_word(words, k):
            floor = k + 1
    first = next((k for k in range(floor, len(words)) if _PERIOD.match(words[k].group())), None)
    if first is None or len(words) - floor > 12 * _NAME_WORDS or all(_PERIOD.match(w.group()) for w in words[first:]):
        return None  # (a header that ends in its periods: the common case, no names after them)
    if any(w.group()[-1] in _PROSE_MARKS for w in words[floor:]):
        return None  # a sentence (``In 2021 startten er meer, …``)
    if any(_PERIOD.match(words[k].group()) and sentence_date(words[k - 1].group(), words[k + 1].group())
           for k in range(max(floor, 1), len(words) - 1)):
        return None  # a sentence's date (``Er startten in 2022 meer dan``): no period of a header's
    if any(kind == "name" and run[0].group().lower() in _PREPOSITIONS for kind, run in _runs(words[first:])):
        return None  # a caption: what follows its period is no column's name (``… in 2022 naar geslacht en provincie``)
    for start in range(floor, first + 1):
        found = _read_from(words[start:], line)
        if found is not None:
            return _with_head(text, words, start, found, line)
    for alike in (True, False):  # (names alike first: ``Gestarte unieke cursisten``, not its ``cursisten``)
        for start in range(first - 1, floor - 1, -1):  # each name once, by its periods: the fewest words that name
            found = _named_blocks(_runs(words[start:]), line, alike)
            if found is not None:
                return _with_head(text, words, start, found, line)
    return None


#: Words a caption goes on with after its period (``Gestarte cursisten in 2022 naar geslacht``),
#: which never begin the name of a column under a period.
_PREPOSITIONS = frozenset({"naar", "per", "volgens", "tot", "vanaf", "sinds"})


def _with_head(
    text: str, words: list[re.Match[str]], start: int, found: tuple[list[PeriodToken], SubColumns], line: int,
) -> tuple[list[PeriodToken], SubColumns]:
    head = text[: words[start].start()].strip() if start else ""
    tokens, sub = found
    return tokens, SubColumns(sub.names, sub.columns, sub.spans, line, head)


def _runs(words: list[re.Match[str]]) -> list[tuple[str, list[re.Match[str]]]]:
    """`words` as runs: each period alone (``("period", [word])``), the words between them together."""
    runs: list[tuple[str, list[re.Match[str]]]] = []
    for word in words:
        kind = "period" if _PERIOD.match(word.group()) else "name"
        if kind == "name" and runs and runs[-1][0] == "name":
            runs[-1][1].append(word)
        else:
            runs.append((kind, [word]))
    return runs


def _named_blocks(
    runs: list[tuple[str, list[re.Match[str]]]], line: int, alike: bool = False,
) -> tuple[list[PeriodToken], SubColumns] | None:
    """Each name once, its periods beside it, the same periods for every name (``gestart 2021
    2022 geslaagd 2021 2022``; laid out, a name centred over its periods: ``2021 gestart 2022
    2021 geslaagd 2022``): the periods are one block per name, in the names' order. `alike`: only
    names :func:`_alike` (each names a measure, or none does)."""
    periods = [words[0] for kind, words in runs if kind == "period"]
    names = [words for kind, words in runs if kind == "name"]
    tokens = [PeriodToken(_PERIOD.match(w.group()).group(1), _PERIOD.match(w.group()).group(2), w.start(), w.end())  # type: ignore[union-attr]
              for w in periods]
    times = repeated_block(tokens)
    if times < 2 or len(names) != times or kind([_text(n) for n in names]) is None:
        return None
    if alike and not _alike([_text(n) for n in names]):
        return None
    size = len(tokens) // times
    before = 0
    for j, (kind_, words) in enumerate(runs):
        if kind_ == "period":
            before += 1
            continue
        k = names.index(words)
        if not k * size <= before <= (k + 1) * size or _too_long(words):
            return None  # a name among another name's periods
    spaced = all(len(_cells(n)) == 1 for n in names) and all(b.start() - a.end() >= 2 for a, b in zip(periods, periods[1:]))
    columns = tuple((p, j) for j in range(times) for p in range(size))
    labels = period_labels([t.label for t in tokens[:size]])
    own = [PeriodToken(label, t.stars, t.start, t.end) for label, t in zip(labels, _tokens_once(tokens[:size], tokens))]
    if [t.label for t in own] != sorted(t.label for t in own):
        return None
    spans = tuple((w.start(), w.end()) for w in periods) if spaced else None
    return own, SubColumns(tuple(_text(n) for n in names), columns, spans, line)


def _read_from(words: list[re.Match[str]], line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    runs = _runs(words)
    return _pairs(runs, line) or _grouped(runs, line) or _periods_first(runs, line)


def _tokens(periods: list[re.Match[str]]) -> list[PeriodToken] | None:
    """The distinct periods, in time order, each once (its stars from any of its prints)."""
    seen: dict[str, PeriodToken] = {}
    for word in periods:
        match = _PERIOD.match(word.group())
        assert match is not None
        label = match.group(1)
        if label in seen:
            if match.group(2) and not seen[label].stars:
                seen[label] = PeriodToken(label, match.group(2), seen[label].start, seen[label].end)
            continue
        seen[label] = PeriodToken(label, match.group(2), word.start(), word.end())
    labels = period_labels(list(seen))
    tokens = [PeriodToken(label, t.stars, t.start, t.end) for label, t in zip(labels, seen.values())]
    if [t.label for t in tokens] != sorted(t.label for t in tokens):
        return None
    return tokens


def _pairs(runs: list[tuple[str, list[re.Match[str]]]], line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    """Each cell a period and a name (``2021 gestart  2021 geslaagd …``, or ``gestart 2021 …``):
    every period and every name once together."""
    if len(runs) < 4 or len(runs) % 2:
        return None
    first = runs[0][0]
    if any(kind != (first if k % 2 == 0 else ("name" if first == "period" else "period")) for k, (kind, _) in enumerate(runs)):
        return None
    pairs = [(runs[k], runs[k + 1]) if first == "period" else (runs[k + 1], runs[k]) for k in range(0, len(runs), 2)]
    tokens = _tokens([p[1][0] for p, _ in pairs])
    if tokens is None:
        return None
    names: list[str] = []
    for _, name in pairs:
        if _too_long(name[1]) or len(_cells(name[1])) > 1:
            return None
        if _text(name[1]).lower() not in [n.lower() for n in names]:
            names.append(_text(name[1]))
    if len(tokens) * len(names) != len(pairs) or kind(names) is None:
        return None
    index = {t.label: i for i, t in enumerate(tokens)}
    labels = period_labels([_PERIOD.match(p[1][0].group()).group(1) for p, _ in pairs])  # type: ignore[union-attr]
    columns = tuple((index[label], [n.lower() for n in names].index(_text(name[1]).lower()))
                    for label, (_, name) in zip(labels, pairs))
    if len(set(columns)) != len(columns):
        return None
    spans = tuple((min(p[1][0].start(), name[1][0].start()), max(p[1][0].end(), name[1][-1].end())) for p, name in pairs)
    return tokens, SubColumns(tuple(names), columns, spans, line)


def _grouped(runs: list[tuple[str, list[re.Match[str]]]], line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    """Each period once, before (or, laid out, centred among) the names of its columns
    (``2021 gestart geslaagd 2022 gestart geslaagd``): the names the same block per period."""
    periods = [words[0] for kind, words in runs if kind == "period"]
    tokens = _tokens(periods)
    if tokens is None or len(tokens) != len(periods):
        return None
    words = [w for kind, ws in runs if kind == "name" for w in ws]
    if len(periods) == 1 and words[:1] and words[0].start() < periods[0].start() and (
            periods[0].start() - max(w.end() for w in words if w.start() < periods[0].start()) < 2):
        return None  # (``Unieke cursisten 2022 …``: words one space before the one period are the header's, no cell)
    blocks = _name_cells(words, len(tokens)) or _measures_after(periods, words)
    if blocks is None or _NO_COLUMN_NAME.match(_text(blocks[0][0])):
        return None  # (``Provincie 2022 …``: the header's row key, never a column's name)
    # each period stands after the names of the period before and before its own last name
    for k, period in enumerate(periods):
        if (k and period.start() < blocks[k - 1][-1][-1].end()) or period.start() > blocks[k][-1][0].start():
            return None
    names = tuple(_text(c) for c in blocks[0])
    columns = tuple((p, j) for p in range(len(tokens)) for j in range(len(names)))
    cells = [c for block in blocks for c in block]
    spanned = all(len(_cells(c)) == 1 for c in cells) and len(_cells(words)) == len(cells)
    return tokens, SubColumns(names, columns, tuple(_span(c) for c in cells) if spanned else None, line)


def _measures_after(periods: list[re.Match[str]], words: list[re.Match[str]]) -> list[list[list[re.Match[str]]]] | None:
    """The names of the columns under one period, all after it, one space apart, where each
    word alone names what its column counts, each something else (``2022 Gestart Geslaagd``,
    ``2022 Inschrijvingen Personen``: :func:`kind` ``measures``) — no sentence's words, which
    :func:`_name_cells` fears after one period. Else None."""
    if len(periods) != 1 or not 2 <= len(words) <= 4 or words[0].start() < periods[0].end():
        return None
    return [[[w] for w in words]] if kind([w.group() for w in words]) == "measures" else None


def _periods_first(runs: list[tuple[str, list[re.Match[str]]]], line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    """Every period, then the names of the columns under each, the same block per period
    (``2022 2023 gestart geslaagd gestart geslaagd``): a header of two rows, each period a cell
    merged over its columns' names, that an extractor printed as one line (pypdf)."""
    if len(runs) < 3 or runs[-1][0] != "name" or any(kind != "period" for kind, _ in runs[:-1]):
        return None
    periods = [words[0] for _, words in runs[:-1]]
    tokens = _tokens(periods)
    if tokens is None or len(tokens) != len(periods) or len(tokens) < 2:
        return None
    blocks = _name_cells(runs[-1][1], len(tokens))
    if blocks is None:
        return None
    names = tuple(_text(c) for c in blocks[0])
    if len(names) < 2:
        return None  # (one name under each period: a unit's word, ``2022 2023 aantal aantal``, no columns)
    columns = tuple((p, j) for p in range(len(tokens)) for j in range(len(names)))
    return tokens, SubColumns(names, columns, None, line)


def repeated_block(tokens: "list[PeriodToken] | tuple[PeriodToken, ...]") -> int:
    """How many times a list of periods prints the same periods over (``2021 2022 2021 2022``:
    2), each once per time; 1 when it does not repeat."""
    labels = [t.label for t in tokens]
    n = len(labels)
    for times in range(2, n + 1):
        size = n // times
        if n % times == 0 and len(set(labels[:size])) == size and all(
            labels[k * size:(k + 1) * size] == labels[:size] for k in range(1, times)
        ):
            return times
    return 1


def names_above(text: str, periods_text: str, tokens: list[PeriodToken], line: int) -> tuple[list[PeriodToken], SubColumns] | None:
    """The periods and the columns of a header whose line `text` (1-based `line`) names, above a
    line of periods (`periods_text`, its periods `tokens`) that prints the same periods once per
    name, what the periods under each name count (``gestart`` over the first ``2021 2022``,
    ``geslaagd`` over the second): names as :func:`names_below` reads them, perhaps after the
    header's own words (``Opleiding gestart geslaagd``) — or, over a line that prints each period
    once per column (``2022 2022 2023 2023``), the names once per period (``inschrijvingen
    cursisten inschrijvingen cursisten``), as :func:`names_below` reads them; else None."""
    times = repeated_block(tokens)
    if times < 2:
        once = each_period_once(tokens)
        below = names_below(tokens, text, line) if once is not None else None
        return (once, below) if once is not None and below is not None else None
    words = list(WORD.finditer(text))
    if times < 2 or not words or any(_NOT_A_NAME.match(w.group()) and not _age_word(words, k) for k, w in enumerate(words)):
        return None
    size = len(tokens) // times
    cells = _cells(words)
    spaced = all(b.start - a.end >= 2 for a, b in zip(tokens, tokens[1:]))  # (the text keeps its cells apart)
    names: list[list[re.Match[str]]] | None = None
    if len(cells) >= times and len(cells) > 1:  # laid out: the last cells are the names
        if kind([_text(c) for c in cells[-times:]]) is not None:
            names = cells[-times:]
        if names is not None and spaced and any(  # each stands over its own periods
            (k and name[0].start() < tokens[k * size - 1].end) or (k + 1 < times and name[0].start() >= tokens[(k + 1) * size].start)
            for k, name in enumerate(names)
        ):
            return None
    else:
        for start in range(len(words) - times, -1, -1):  # the fewest words that make the names
            parts = _segmented([w.group() for w in words[start:]])
            if parts is not None and len(parts) == times:
                at = iter(words[start:])
                names = [[next(at) for _ in part] for part in parts]
                break
    if names is None:
        return None
    head = text[: names[0][0].start()].strip()
    own = _tokens_once(tokens[:size], tokens)
    columns = tuple((p, j) for j in range(times) for p in range(size))
    spans = tuple((t.start, t.end) for t in tokens) if spaced else None
    return own, SubColumns(tuple(_text(c) for c in names), columns, spans, line, head)


def _tokens_once(first: list[PeriodToken], every: list[PeriodToken]) -> list[PeriodToken]:
    """The periods of the first block, each with the stars any of its prints carries."""
    stars = {t.label: t.stars for t in every if t.stars}
    return [PeriodToken(t.label, t.stars or stars.get(t.label, ""), t.start, t.end) for t in first]


#: A line that is a total column's word alone (``Totaal``), or after a few pieces of the names
#: before it (``55+ jaar Totaal``): perhaps the last of a header whose columns' names
#: single-spaced text prints on lines of their own.
_TOTAL_ALONE = re.compile(r"\s*(?:totaal|total|eindtotaal)\s*$", re.I)
_TOTAL_LINE_ALONE = re.compile(r"^[ \t]*(?:\S+[ \t]+){0,8}(?:totaal|total|eindtotaal)[ \t]*$", re.I | re.M)
#: What ends every line :data:`_TOTAL_LINE_ALONE` matches, in the text lowered: the quick look
#: that finds the few lines to try it on (a search for its literal letters skips to each
#: ``tota``; the pattern itself, case-insensitive, is tried at every character).
_TOTAL_LINE_END = re.compile(r"tota(?:a|)l[ \t]*$", re.M)
#: A piece of a column's name alone on its line: letters (a hyphen, a ``+``), no figure.
_NAME_PIECE = re.compile(r"[^\W\d_][\w+-]*")


def _piece(word: str) -> bool:
    """Whether `word` may be a piece of a category's name: letters, or an age class's figures."""
    return _NAME_PIECE.fullmatch(word) is not None or AGE_FIGURE_WORD.match(word) is not None


def total_lines_alone(lines: tuple[str, ...], text: str) -> list[int]:
    """The indices, in order, of the lines of `lines` (their :func:`joined` `text`) that
    :data:`_TOTAL_LINE_ALONE` matches: those that end in a total's word (:data:`_TOTAL_LINE_END`,
    in the text lowered), each then matched on its own — the lines a search of the whole text
    finds, as each match lies within a line from its start. (A text :func:`joined` gives holds
    none of the three letters ``re.IGNORECASE`` matches otherwise than ``str.lower()`` lowers
    them: :mod:`~okot_audit.parse.caseless`.)"""
    ends = lines_at(lines, (m.start() for m in _TOTAL_LINE_END.finditer(lowered(text))))
    return [k for k in ends if _TOTAL_LINE_ALONE.match(lines[k])]


def names_on_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` (single-spaced) with a header whose categories' names stand on lines of their own
    put on its last line, the lines above it blank (line numbers kept): pypdf prints each cell
    of a header in turn, a name broken inside its word at a narrow cell's edge in pieces
    (``Provincie laaggesch`` / ``oold`` / ``middenge`` / ``schoold`` / ``hooggesc`` / ``hoold`` /
    ``Totaal``, then the rows): ``Provincie laaggeschoold middengeschoold hooggeschoold Totaal``;
    or a cell's word wrapped among whole names (``Geslacht -25 jaar 25-54`` / ``jaar`` / ``55+
    jaar Totaal``): ``Geslacht -25 jaar 25-54 jaar 55+ jaar Totaal``. Only where the pieces make
    categories of persons, every one, two at least, and a row follows the total's word."""
    out: list[str] | None = None
    text = joined(lines)  # (one search of the whole text: most answers hold no total's word alone)
    at = total_lines_alone(lines, text) if text is not None else range(len(lines))
    for k in at:
        if not 0 < k < len(lines) - 1 or not re.search(r"\d\s*$", lines[k + 1]):
            continue
        last = lines[k].split()
        if not last or not _TOTAL_ALONE.fullmatch(last[-1]) or len(last) > 9 or not all(_piece(w) for w in last[:-1]):
            continue
        found = _names_over(lines, k, last[:-1]) or _names_under(lines, k, last[:-1])
        if found is None:
            continue
        j, head, names = found
        out = out if out is not None else list(lines)
        out[k] = " ".join([*head, *names, last[-1]])
        for i in range(j, k):
            out[i] = ""
    return tuple(out) if out is not None else lines


def _names_over(lines: tuple[str, ...], k: int, before: list[str]) -> tuple[int, list[str], list[str]] | None:
    """The header whose categories' names run over the lines above line `k` (0-based), which
    ends in the total's word after the pieces `before`: the 0-based line it begins on, its own
    words that name the rows (``Provincie``, ``Geslacht``: no figure, no category, at most
    :data:`_HEAD_WORDS`), and the names the pieces make (each a category of persons, two at
    least, in one way only). The lines above `k` that hold pieces only (``jaar``, ``-25 jaar``,
    ``oold``) may each be its first line, its own words then alone on it; the farthest that
    makes such a header is taken (the longest header); None where none does."""
    tops: list[int] = []
    j = k - 1
    while j >= 0 and k - j <= 12 and (words := lines[j].split()):
        tops.append(j)
        if len(words) > _NAME_WORDS or not all(_piece(w) for w in words):
            break  # (the line the header's own words open may hold more: it is the farthest)
        j -= 1
    for j in reversed(tops):
        top = lines[j].split()
        below = [w for i in range(j + 1, k) for w in lines[i].split()] + before
        for start in range(1, min(len(top), _HEAD_WORDS) + 1):
            head, rest = top[:start], top[start:]
            if any(ch.isdigit() for w in head for ch in w) or any(is_category(w) for w in head):
                break  # (the rows' name has no figure, names no category: a longer head neither)
            if not all(_piece(w) for w in rest):
                continue
            names = _categories_of([*rest, *below])
            if names is not None and len(names) >= 2 and kind(names) == "categories":
                return j, head, names
    return None


def _names_under(lines: tuple[str, ...], k: int, lower: list[str]) -> tuple[int, list[str], list[str]] | None:
    """The header of two lines whose cells' words stand at their bottom, as pdfplumber joins
    them: the line above line `k` (0-based) holds the header's own words and the first words of
    the names that wrapped (``Geslacht 25-54``), line `k` the last line of every cell in turn,
    the total's word after the pieces `lower` (``-25 jaar jaar 55+ jaar Totaal``). Each piece of
    `lower` that is no category gets the next word from above in front (``25-54 jaar``), every
    word above taken so, in one way only; (the line above, its own words, the names) or None."""
    if k < 1 or not lower:
        return None
    top = lines[k - 1].split()
    for start in range(1, min(len(top) - 1, _HEAD_WORDS) + 1):
        head, upper = top[:start], top[start:]
        if any(ch.isdigit() for w in head for ch in w) or any(is_category(w) for w in head):
            return None
        if not all(_piece(w) for w in upper):
            continue
        found: list[list[str]] = []

        def cut(at: int, used: int, names: list[str]) -> None:
            if len(found) > 1:
                return
            if at == len(lower):
                if used == len(upper):
                    found.append(names)
                return
            for end in range(at + 1, min(at + 3, len(lower)) + 1):
                name = " ".join(lower[at:end])
                if is_category(name):
                    cut(end, used, [*names, name])
                elif used < len(upper) and is_category(whole := f"{upper[used]} {name}"):
                    cut(end, used + 1, [*names, whole])

        cut(0, 0, [])
        if len(found) == 1 and len(found[0]) >= 2 and kind(found[0]) == "categories":
            return k - 1, head, found[0]
    return None


def _categories_of(pieces: list[str]) -> list[str] | None:
    """`pieces` cut into runs that each make a category of persons, glued (a word broken at
    the cell's edge: ``laaggesch`` + ``oold``) or a space apart (``55+`` ``jaar``); None
    where they do not, or in more than one way."""
    found: list[list[str]] = []

    def cut(at: int, names: list[str]) -> None:
        if len(found) > 1:
            return
        if at == len(pieces):
            found.append(names)
            return
        for end in range(at + 1, min(at + 4, len(pieces) + 1)):
            # (a space apart, as printed: ``55+`` ``jaar``; glued only where that is no category,
            # a word broken at the cell's edge: ``laaggesch`` ``oold`` — ``55+jaar`` is the same name)
            spaced, glued = " ".join(pieces[at:end]), "".join(pieces[at:end])
            name = spaced if is_category(spaced) else glued if is_category(glued) else None
            if name is not None:
                cut(end, [*names, name])

    cut(0, [])
    return found[0] if len(found) == 1 else None
