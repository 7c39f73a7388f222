"""One spelling of the vocabulary (session 30).

Hand spellings that several modules repeated are built once in ``patterns`` from its vocabulary:

- a month's label (``MONTH_LABEL``: ``2023-01``, the reader's label of a month; ``PRINTED_MONTH``:
  ``januari 2023``, a header's cell as printed), the months' names (``MONTH_STEMS``, ``MONTH_NAME``,
  ``MONTH_STEM_BEFORE_DECEMBER``);
- a school year cut after an apostrophe (``APOSTROPHE_YEAR``: ``period_pattern``'s end ``cut``, the
  marks ``APOSTROPHES``, the dashes ``PERIOD_DASHES``);
- an age class's figures in one word (``AGE_CLASS_FIGURES``, ``AGE_FIGURE_WORD``, ``BARE_AGE``),
  from the marks of the age words;
- a header's key column (``ROW_KEY_WORDS``, and the looser ``KEY_COLUMN_WORD``), from the row keys'
  and the attributes' words (``ATTRIBUTE_WORDS``).

Each is held to the hand spelling it replaces over generated strings (a fixed seed), but for the
differences the vocabulary makes on purpose — and those are shown in what the reader reads. Last,
the age words that are short common words (``de``, ``a``, ``of``, ``plus``, ``en``, ``van`` …)
make no prose line a header or an age column.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

from okot_audit import audit, patterns, read_text
from okot_audit.parse import context, regions, subcolumns
from okot_audit.patterns import AGE_NEIGHBOURS
from okot_audit.read import pdf

HEAD = "Vraag nr. 19 van 11 januari 2023 over de OKOT-opleidingen.\n\nAntwoord\n\n"


def _strings(alphabet: list[str], count: int = 4000, most: int = 5, seed: int = 30) -> list[str]:
    """`count` strings of up to `most` pieces of `alphabet`, derandomized."""
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, most))) for _ in range(count)]


def _product(*parts: list[str]) -> list[str]:
    """Every string made of one piece of each of `parts`, in order."""
    return ["".join(p) for p in itertools.product(*parts)]


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


# --- one spelling: every module asks the same pattern --------------------------------------------


def test_the_modules_ask_the_one_spelling_and_keep_no_copy() -> None:
    """The copies the modules kept (``_MONTH_LABEL`` in read/pdf.py, parse/regions.py and twice in
    parse/context.py, ``_APOSTROPHE_YEAR``, ``_CATEGORY_FIGURE``, ``_KEY_COLUMN``) are gone: each
    module asks ``patterns``."""
    for module, name in ((pdf, "_MONTH_LABEL"), (regions, "_MONTH_LABEL"), (context, "_MONTH_LABEL"),
                         (context, "_APOSTROPHE_YEAR"), (subcolumns, "_CATEGORY_FIGURE"), (regions, "_KEY_COLUMN")):
        assert not hasattr(module, name), (module.__name__, name)
    assert context.MONTH_LABEL is regions.MONTH_LABEL is patterns.MONTH_LABEL
    assert pdf.PRINTED_MONTH is patterns.PRINTED_MONTH
    assert subcolumns.AGE_FIGURE_WORD is patterns.AGE_FIGURE_WORD
    assert regions.KEY_COLUMN_WORD is patterns.KEY_COLUMN_WORD


# --- months --------------------------------------------------------------------------------------

_MONTH_LABEL_BY_HAND = re.compile(r"^((?:19|20)\d{2})-(\d{2})$")
_PRINTED_MONTH_BY_HAND = re.compile(
    r"^(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s(?:19|20)\d{2}\*{0,3}$", re.I)


def test_a_months_label_and_a_printed_month_are_spelled_as_by_hand() -> None:
    labels = _product(["", "1", " "], ["2023", "1999", "1899", "202"], ["-", "/", "", " "], ["01", "12", "1", "123"],
                      ["", "*"])
    assert sum(patterns.MONTH_LABEL.match(s) is not None for s in labels) == 4  # (2023-01, 2023-12, 1999-01, 1999-12)
    for text in labels:
        mine, hand = patterns.MONTH_LABEL.match(text), _MONTH_LABEL_BY_HAND.match(text)
        assert (mine and mine.groups()) == (hand and hand.groups()), text
    printed = _product(["", "x"], ["jan", "Feb", "MRT", "maart", "okt.", "dec", "dez", "3"], ["", "ua", "."],
                       [" ", "", "  "], ["2023", "1999", "1899"], ["", "*", "***", "****"])
    assert sum(patterns.PRINTED_MONTH.match(s) is not None for s in printed) > 20
    for text in printed:
        assert (patterns.PRINTED_MONTH.match(text) is None) == (_PRINTED_MONTH_BY_HAND.match(text) is None), text


@pytest.mark.parametrize("month", ["mrt", "maart"])
def test_a_footnote_that_cuts_a_period_short_at_march_says_it_partial(month: str) -> None:
    """``(1) tot 31 mrt 2022``: the note cuts 2022 short as ``tot 31 apr 2022`` does; the hand list
    of the months before December that ``context._CUT_SHORT`` kept had ``maa`` but not ``mrt``, so
    the period read full and the footnote explained nothing."""
    table = "Opleiding 2021 2022 (1)\nGraduaat verpleegkunde 51 54\nBachelor verpleegkunde 253 269\nTotaal 304 323\n"
    answer = read_text(HEAD + table + f"\n(1) tot 31 {month} 2022\n", "m.txt")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2021", False), ("2022", True)]
    assert "partial-period" in [f.rule for f in audit(answer).findings]


# --- school years cut after an apostrophe ---------------------------------------------------------

_APOSTROPHE_YEAR_BY_HAND = re.compile(r"(?<!\d)((?:19|20)\d{2})([-/\u2013])['\u2019\u2018](\d{2})(?!\d)")


@pytest.mark.parametrize("positional", [False, True])
def test_a_school_year_cut_after_an_apostrophe_is_written_plain_as_by_hand(positional: bool) -> None:
    lines = _product(["", "1", "x ", "Opleiding "], ["2019", "1899", "219"], ["-", "/", "\u2013", " ", ""],
                     ["'", "\u2019", "\u2018", "", "`"], ["20", "2", "201"], ["", " ", "1", "*", " 2021-'22"])
    assert sum(patterns.APOSTROPHE_YEAR.search(s) is not None for s in lines) > 100
    hand = [_APOSTROPHE_YEAR_BY_HAND.sub(r" \1\2\3" if positional else r"\1\2\3", s) for s in lines]
    assert list(context.plain_school_years(tuple(lines), positional)) == hand


# --- an age class's figures -----------------------------------------------------------------------

_CATEGORY_FIGURE_BY_HAND = re.compile(r"^(?:[-<>\u2264\u2265+]=?\d{2}|\d{2}[-\u2013]\d{2}|\d{2}\+?|[-\u2013])$")


def test_an_age_figure_word_is_spelled_from_the_age_words_marks() -> None:
    """The marks the age words hold (``-``, ``<=``, ``=<``, ``>=``, ``=>``, ``≤``, ``≥``, ``+``) make
    the figures of a column's name; the hand pattern differed only where it invented a mark
    (``≤=25``) or missed one of the vocabulary's (``=<24``, ``=>50``)."""
    words = _strings(["-", "\u2013", "<", ">", "=", "+", "\u2264", "\u2265", "25", "4", "x"], most=4)
    figure = patterns.AGE_FIGURE_WORD
    differ = {w for w in words if (figure.match(w) is None) != (_CATEGORY_FIGURE_BY_HAND.match(w) is None)}
    assert differ and all(re.fullmatch(r"(?:=[<>]|[\u2264\u2265]=)\d{2}", w) for w in differ), sorted(differ)
    assert figure.match("=<24") and figure.match("=>50") and not figure.match("\u2264=25")


@pytest.mark.parametrize("line, word", [("Gestopt =<24", "=<24"), ("Gestopt =>50 jaar", "=>50")])
def test_the_vocabularys_age_marks_make_a_column_names_word(line: str, word: str) -> None:
    """``=<24`` and ``=>50`` are classes ``age_class`` reads (``AGE_BELOW_WORDS``, ``AGE_ABOVE_WORDS``);
    as a word of a column's name they were a figure."""
    assert patterns.age_class(word)
    words = list(re.finditer(r"\S+", line))
    assert subcolumns._age_word(words, next(k for k, w in enumerate(words) if w.group() == word))


@pytest.mark.parametrize("header", ["2022 <25 jaar", "2022 >=50 jaar", "2022 \u226550 jaar", "2022 +50 jaar",
                                    "2022 -25 jaar", "2022 25-54 jaar", "2022 55+ jaar"])
def test_a_period_then_an_age_class_of_any_mark_is_a_period_then_a_word(header: str) -> None:
    """``PERIOD_THEN_WORD`` knew an age class after a period by three hand forms (``-25``,
    ``25-54``, ``55+``); the vocabulary's marks (``<25``, ``>=50``, ``≥50``, ``+50``) are as good."""
    assert subcolumns.PERIOD_THEN_WORD.search(header)


@pytest.mark.parametrize("line", ["2022 25 jaar", "2022 1.250 cursisten", "2022 25 30", "2022 <25"])
def test_a_period_then_figures_is_no_period_then_a_word(line: str) -> None:
    assert not subcolumns.PERIOD_THEN_WORD.search(line)


# --- a header's key column ------------------------------------------------------------------------

_KEY_COLUMN_BY_HAND = re.compile(
    r"(?:provincies?|opleidings?(?:en|naam)?|codes?|nr\.?|regio|sectors?|categorie|status|"
    r"statuut|doelgroep|leeftijd\w*|geslacht|gender|\w*niveau|nationaliteit|herkomst|origine|"
    r"kenmerk|profiel|competentie\w*|beroep\w*|aantal|totaal|som)$",
    re.I,
)
_ROW_KEY_BY_HAND = re.compile(r"(?:provincie|provincies|opleiding|opleidingen|regio|sector|categorie)$", re.I)


def test_the_key_columns_words_are_the_row_keys_and_the_attributes_and_their_forms() -> None:
    """``KEY_COLUMN_WORD`` is the hand pattern but for what the vocabulary adds on purpose: the
    attributes' words it missed (``scholingsgraad``) and the totals' (``total``); ``ROW_KEY_WORDS``
    spells the row keys as ``regions._ROW_KEY`` did."""
    words = _strings(["provincie", "s", "opleiding", "en", "naam", "code", "sector", "leeftijd", "klasse", "taal",
                      "niveau", "scholings", "graad", "totaal", "total", "som", "beroep", "x", "aantal", "nr", "."],
                     most=3)
    key = patterns.KEY_COLUMN_WORD
    differ = {w for w in words if (key.match(w) is None) != (_KEY_COLUMN_BY_HAND.match(w) is None)}
    assert differ and differ <= {"scholingsgraad", "total", "Total"}, sorted(differ)
    for word in words:
        mine = re.match(r"(?:" + patterns.ROW_KEY_WORDS + r")$", word, re.I)
        assert (mine is None) == (_ROW_KEY_BY_HAND.match(word) is None), word


@pytest.mark.parametrize("key", ["Opleiding", "Provincie", "Geslacht", "Leeftijdsklasse", "Opleidingsniveau",
                                 "Scholingsgraad", "Nationaliteit", "Herkomst", "Taalniveau", "Beroep", "Total"])
def test_rows_whose_one_figure_looks_like_a_year_are_counts_under_any_key_columns_word(key: str) -> None:
    """Under a header of one period whose first column's name keys rows (``Scholingsgraad 2021``)
    a row's one figure is a count, whatever it looks like: ``Scholingsgraad``, an attribute's word
    ``ATTRIBUTE_NAME`` knows, was missing from the key column's hand list, so the rows were taken
    for a list of titles and their years — no table, no finding."""
    answer = read_text(HEAD + f"{key} 2021\nGraduaat verpleegkunde 2000\nBachelor verpleegkunde 1999\n", "k.txt")
    assert _cells(answer) == [("row", "Graduaat verpleegkunde", "2021", 2000),
                              ("row", "Bachelor verpleegkunde", "2021", 1999)]


# --- the short age words make no prose a header or an age column --------------------------------

#: The age words a line's words are asked of (``AGE_NEIGHBOURS``) that are short common words of prose.
_SHORT = sorted(w for w in AGE_NEIGHBOURS if w.isalpha() and len(w) <= 4 and w not in ("j", "jr", "jaar"))

_TABLES = {
    "age rows": "Leeftijd 2021 2022\n-25 jaar 120 130\n25-54 jaar 55 60\n55+ jaar 90 95\nTotaal 265 285\n",
    "age columns": ("In 2022 startten deze cursisten een OKOT:\n\nProvincie -25 jaar 25-54 jaar 55+ jaar Totaal\n"
                    "Antwerpen 12 30 5 47\nLimburg 8 20 4 32\nTotaal 20 50 9 79\n"),
}


def _prose(word: str) -> dict[str, str]:
    """Prose lines that hold `word` beside a two-digit number and the table's periods."""
    return {
        "remark": f"Let wel: {word} 25 cursisten van 2022 tellen mee, en 25 {word} 30 in 2021.",
        "question": f"Hoeveel cursisten {word} 25 waren er in 2021 en 2022, en hoeveel van 25 {word} ouder?",
        "footnote": f"(1) 25 {word} 12 cursisten in 2021 en 2022 niet geteld.",
    }


def _signature(answer) -> tuple:
    findings = sorted((f.rule, f.severity) for f in audit(answer).findings if f.severity != "info")
    return _cells(answer), [i.kind for i in answer.issues], findings


_BASES: dict[str, tuple] = {}


@pytest.mark.parametrize("table", sorted(_TABLES))
@pytest.mark.parametrize("where", ["above", "right above", "right below"])
@pytest.mark.parametrize("kind", ["remark", "question", "footnote"])
@pytest.mark.parametrize("word", _SHORT)
def test_prose_with_a_short_age_word_beside_a_number_is_no_header_and_no_age_column(
    word: str, kind: str, where: str, table: str,
) -> None:
    """``de``, ``a``, ``of``, ``plus``, ``en`` … stand beside a class's age (``onder de 25``, ``25 a
    49``, ``50 of meer``, ``plus 50``, ``tussen 25 en 49``), so a bare age beside one is a column
    name's word; a sentence that holds one beside a number and the table's years — a remark, a
    question, a footnote — above the table or right under it changes nothing of what is read."""
    text = _TABLES[table]
    if table not in _BASES:
        _BASES[table] = _signature(read_text(HEAD + text, "t.txt"))
        assert _BASES[table][0] and not _BASES[table][1] and not _BASES[table][2]
    line = _prose(word)[kind]
    placed = {"above": line + "\n\n" + text, "right above": line + "\n" + text, "right below": text + line + "\n"}
    assert _signature(read_text(HEAD + placed[where], "t.txt")) == _BASES[table], line
