"""The fast paths of issue 10's speed work give exactly what the general paths give."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from okot_audit.rules import all_rules
from okot_audit.rules.base import _FORMATTER, _pieces, format_message


@given(st.integers(-3, 3), st.integers(-1000, 1000))
def test_every_plural_template_formats_as_the_general_formatter(small, large):
    """Every message template of every rule (both languages), filled with numbers of 1 and
    not 1, reads the same through the parsed-once pieces as through ``string.Formatter``."""
    checked = 0
    for rule in all_rules():
        for variant in rule.messages.values():
            for template in variant.values():
                if "|" not in template:
                    continue
                names = {name for _, name, _, _ in _FORMATTER.parse(template) if name}
                values = {name: (small if i % 2 else large) for i, name in enumerate(sorted(names))}
                try:
                    expected = _FORMATTER.vformat(template, (), values)
                except (ValueError, TypeError):  # a text field given a number: not this test's case
                    continue
                assert format_message(template, values) == expected
                checked += 1
    assert checked  # the rules do have plural templates


def test_a_field_with_an_index_or_conversion_takes_the_general_path():
    assert _pieces("{a[0]} {n:item|items}") is None
    assert _pieces("{a!r} {n:item|items}") is None
    assert format_message("{a[0]} {n:item|items}", {"a": ["x"], "n": 2}) == "x 2 items"
    assert format_message("{n:~is|are} {n:item|items}", {"n": 1}) == "is 1 item"


# --------------------------------------------------------------------------- the numeric tail

TOKENS = st.sampled_from(["1", "12", "123", "1.234", "12.345.678", "1.23", "0", "a", "ab12", "12a", ".", "-",
                          "٣", "1.2.3", "2020", "x"])
SPACES = st.sampled_from([" ", "  ", "   ", "\t", "\u00a0", "\u2003"])


@st.composite
def lines(draw):
    """Text as a reader meets it: tokens (counts, dotted counts, words, digits glued to
    words, other scripts' digits) between runs of white space, maybe around them too."""
    tokens = draw(st.lists(TOKENS, max_size=10))
    gaps = draw(st.lists(SPACES, min_size=len(tokens) + 1, max_size=len(tokens) + 1))
    text = "".join(gap + token for gap, token in zip(gaps, tokens))
    return text + (gaps[-1] if draw(st.booleans()) else "")


def reference_tail(line: str):
    """The definition: the line's tokens, the trailing run of those that are counts."""
    import re

    from okot_audit.parse.cells import NUMBER

    tokens = list(re.finditer(r"\S+", line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    head = line[: tokens[k - 1].end()] if k > 0 else ""
    return head, [t.span() for t in tokens[k:]]


@given(lines())
def test_the_numeric_tail_read_from_the_end_is_the_trailing_run_of_count_tokens(line):
    from okot_audit.parse.cells import numeric_tail

    head, tail = numeric_tail(line)
    assert (head, [t.span() for t in tail]) == reference_tail(line)


FIGURE_TOKENS = st.sampled_from(["1", "12", "1.234", "12.", "38*", "7**", "*", "a", "12a", ".", "٣", "x1", "2020"])


@given(st.lists(FIGURE_TOKENS, max_size=6), st.lists(SPACES, min_size=7, max_size=7), st.booleans())
def test_a_laid_out_line_ends_in_the_figure_the_search_from_its_start_finds(tokens, gaps, trailing):
    """The trailing figure of a line read on the line reversed (:func:`laid_out`) is the one
    the search over the whole line finds: the same gap, ending at the same place."""
    import re

    from okot_audit.read.layout import _TRAILING_FIGURE_REVERSED

    line = "".join(gap + token for gap, token in zip(gaps, tokens)) + (gaps[-1] if trailing else "")
    for text in (line, line.lstrip()):
        expected = re.search(r"(?:\S|^)(?P<gap>\s+)(?P<figure>\d[\d.]*\**)\s*$", text)
        found = _TRAILING_FIGURE_REVERSED.match(text[::-1])
        assert (found and (len(found.group("gap")), len(text) - found.end("after"))) == (
            expected and (len(expected.group("gap")), expected.end("figure")))


# --------------------------------------------------------------------------- the schema screen


@given(st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["count", "code", "period", "line"])), max_size=3))
def test_an_answer_screened_kind_by_kind_fails_exactly_what_its_tables_fail_one_by_one(breaks):
    """Two copies of each seed table (so every kind has several tables) with some cells
    broken: :func:`validate_answer` gives what :func:`validate_table` gives table by table."""
    from dataclasses import replace
    from pathlib import Path

    from okot_audit import read_answer
    from okot_audit.schemas import validate_answer, validate_table

    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0]
    answer = read_answer(seed)
    copies = [replace(t, id=f"{t.id}-copy", cells=list(t.cells)) for t in answer.tables]
    answer.tables = [*answer.tables, *copies]
    bad = {"count": -1, "code": "12", "period": "1800", "line": 0}
    for where, column in breaks:
        table = answer.tables[where % len(answer.tables)]
        index = where % len(table.cells)
        field = {"count": "count", "code": "code", "period": "period", "line": "line"}[column]
        table.cells[index] = replace(table.cells[index], **{field: bad[column]})
    one_by_one = [f for t in answer.tables for f in validate_table(answer.path, t)]
    assert validate_answer(answer) == one_by_one
    assert bool(one_by_one) == bool(breaks)


# --------------------------------------------------------------------------- caseless word patterns


def _caseless_patterns():
    from okot_audit.parse import context, questions, words
    from okot_audit.parse.caseless import Caseless

    found = [p for _, p in context._MEASURES] + [context._ANY_MEASURE, context._PARTIAL, context._QUESTION]
    found += [questions._LATER, questions._COUNT, questions._RANGE, questions._SINGLE]
    found += [p for p, _, _ in words._UNIT]
    # (several patterns searched as one: each of its parts; a part of a year said in words is
    # searched by code, not a pattern: tests/test_meanings20.py checks its quick look; so is a
    # range of a year's days, tests/test_periods22.py)
    # (so is a bare month bound, tests/test_notes34.py)
    found = [q for p in found for q in _parts(p)
             if type(q).__name__ not in ("_PartOfAYearSaid", "_DaysOfAYearSaid", "_UntilAMonthSaid")]
    assert all(isinstance(p, Caseless) for p in found)
    return found


def _parts(pattern) -> list:
    from okot_audit.parse.caseless import AnyOf

    return [q for part in pattern.patterns for q in _parts(part)] if isinstance(pattern, AnyOf) else [pattern]


#: Words of the patterns in any case, the characters case folding treats specially (``İ ı ſ K``,
#: ``ß``, final sigma), accents, digits and white space of several kinds.
CASE_TEXT = st.lists(
    st.sampled_from(["voorlopig", "VOORLOPIG", "Voorlopıg", "VOORLOPİG", "gestart", "GeStArT", "geſtart",
                     "beschikbaar", "BESCHIKBAAR", "pas", "Nog", "niet", "nog  niet", "zullen", "vanaf", "gekend", "BEKEND",
                     "zijn", "komen",
                     "unieke", "UNIEK", "inschrijvingen", "diploma's", "\u212aend", "straße", "ΣΑΣ",
                     "é", "2021", " ", "\n", "\u00a0", ".", "-", "tot en met oktober", "rondden", "af",
                     "Op", "VRAAG", "nr.", "74", "van", "14", "Oktober", "2022", "2018–2022", "T.E.M.", "In",
                     "vijf", "RECENTSTE", "jaren", "laatste", "3", "Tijdens", "het", "Jaar"]),
    max_size=12,
).map(" ".join)


@given(CASE_TEXT, st.integers(0, 5))
def test_a_caseless_pattern_finds_what_the_case_insensitive_pattern_finds(text, pos):
    import re

    for pattern in _caseless_patterns():
        expected = re.compile(pattern.pattern, re.I).search(text, pos)
        assert pattern.search(text, pos) == (expected.span() if expected else None), pattern.pattern
        found, expected = pattern.find(text), re.compile(pattern.pattern, re.I).search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@given(st.data())
def test_the_words_a_caseless_pattern_needs_stand_in_every_match(data):
    """A pattern's `needs` never keep a text from being searched that it matches: every text
    the pattern matches whole (drawn from the pattern itself) is found."""
    for pattern in _caseless_patterns():
        if pattern.needs:
            # (drawn from the pattern written plainly: a word's boundary looked back at,
            # ``zullen(?<=\bzullen)``, :func:`~okot_audit.parse.caseless.at_word_start`, as
            # ``\bzullen`` — the same texts, which Hypothesis draws where it draws no lookbehind's)
            # (and without a look back at words before the match, ``trajecten(?<!kwalificerende\s
            # trajecten)``, which Hypothesis cannot draw: a text matched whole has none before it)
            plain = re.sub(r"\(\?<![^()]*\)", "", pattern.pattern)
            plain = re.sub(r"([a-z]+)\(\?<=\\b\1\)", r"\\b\1", plain)
            text = data.draw(st.from_regex(plain, fullmatch=True))
            assert pattern.search(text) is not None, (pattern.pattern, text)


def test_only_a_lower_case_ascii_pattern_is_caseless():
    import pytest

    from okot_audit.parse.caseless import Caseless

    for pattern in (r"\S+", "Totaal", "é"):
        with pytest.raises(ValueError):
            Caseless(pattern)


# --------------------------------------------------------------------------- quick frozen dataclasses


def _quick_classes() -> list[type]:
    import dataclasses
    import importlib
    import pkgutil

    import okot_audit

    found = []
    for module in pkgutil.walk_packages(okot_audit.__path__, "okot_audit."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value) and value not in found
                    and "_quick_fields" in value.__init__.__code__.co_varnames):
                found.append(value)
    return found


def test_a_quick_init_makes_what_the_dataclass_init_makes():
    """Every class given :func:`okot_audit.quick.quick_init`: its instances, made with the
    defaults or with every field given (by position and by name), hold what the ``__init__``
    dataclasses writes for the same fields would put in them, in the same order; they stay
    frozen, equal and hashable alike."""
    import dataclasses

    import pytest

    classes = _quick_classes()
    assert {c.__name__ for c in classes} >= {"Cell", "Finding", "Hit", "Placement", "Period"}
    for cls in classes:
        fields = dataclasses.fields(cls)
        # (each field as the class declares it: its default, and whether it is compared, hashed, shown)
        spec = [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory,
                                                   compare=f.compare, hash=f.hash, repr=f.repr))
                for f in fields]
        plain = dataclasses.make_dataclass(cls.__name__, spec, frozen=True)
        required = [f"value-{f.name}" for f in fields
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        every = [f"value-{f.name}" for f in fields]
        for args in (required, every):
            quick, expected = cls(*args), plain(*args)
            assert list(quick.__dict__.items()) == list(expected.__dict__.items()), cls
            assert _hashed(quick) == _hashed(expected) and quick == cls(*args)
        assert cls(*every) == cls(**{f.name: v for f, v in zip(fields, every)})
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(cls(*required), fields[0].name, "changed")


def _hashed(value: object) -> object:
    try:
        return hash(value)
    except TypeError:  # a field holds a dict (Hit.args): unhashable either way
        return "unhashable"


def test_quick_init_refuses_a_class_it_cannot_copy():
    import dataclasses

    import pytest

    from okot_audit.quick import quick_init

    @dataclasses.dataclass(frozen=True)
    class After:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True)
    class Hidden:
        a: int
        b: int = dataclasses.field(default=0, init=False)

    @dataclasses.dataclass
    class Thawed:
        a: int

    for cls in (After, Hidden, Thawed):
        with pytest.raises(TypeError):
            quick_init(cls)


# --------------------------------------------------------------------------- real paths of many files


def test_real_paths_resolved_folder_by_folder_are_realpaths(tmp_path, monkeypatch):
    """:class:`okot_audit.run.RealPaths` gives ``os.path.realpath`` of every path: through
    links to folders and files, a link loop, a dangling link, ``.``/``..`` and missing parts."""
    import itertools
    import os

    from okot_audit.run import RealPaths

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "c").mkdir()
    for name in ("a/b/f", "a/g", "c/h"):
        (tmp_path / name).touch()
    for link, target in (("lb", "a/b"), ("a/lc", "../c"), ("a/lf", "b/f"), ("loop", "loop"),
                         ("dangling", "missing"), ("a/b/up", "..")):
        os.symlink(target, tmp_path / link)
    monkeypatch.chdir(tmp_path)
    parts = ["a", "b", "lb", "lc", "lf", "f", "g", "h", "loop", "dangling", "up", ".", "..", "", "x"]
    resolve = RealPaths()
    for n in (1, 2, 3):
        for combination in itertools.product(parts, repeat=n):
            name = "/".join(combination)
            for path in (name, os.path.join(tmp_path, name)):
                assert resolve(path) == os.path.realpath(path), path


# --------------------------------------------------------------------------- prose lines: no header without a row below


def _ungated_plain_header(lines, k):
    """:func:`~okot_audit.parse.regions._plain_header` without its first test (no line that
    ends in a figure within reach below: prose): every other test of it, as before the gate."""
    from unittest import mock

    from okot_audit.parse import regions

    with mock.patch.object(regions, "_rows_far", lambda lines: [False] * len(lines)):
        return regions._plain_header(lines, k)


def test_a_header_finds_its_first_row_as_far_below_as_it_reaches_and_no_further():
    """Blank lines are no distance (as a page break leaves them, any number: headers23); the
    row that ends the header's reach in lines of text (notes between) is found; one line of text
    further, none is — with the gate as without it."""
    from okot_audit.parse.regions import _plain_header

    rows = ("Antwerpen 12 14", "Limburg 3 4", "Totaal 15 18")
    for between, reach in (("", 40), ("Bron: VDAB", 6)):  # (blank lines: any number)
        for n in range(0, 40 if between == "" else reach + 3):
            lines = ("Provincie 2020 2021", *[between] * n, *rows)
            expected = n + 1 if n <= reach else None
            assert _ungated_plain_header(lines, 0) == expected, (between, n)
            assert _plain_header(tuple(lines), 0) == expected, (between, n)


GATE_LINES = st.sampled_from([
    "Provincie 2020 2021", "Leeftijd Aantal", "Opleiding 2019 2020 Totaal", "Geslacht Man Vrouw Totaal",
    "Provincie 2021 gestart 2021 geslaagd", "Opleiding januari februari maart", "Code Instroom Uitstroom",
    "Antwerpen 12 14", "-25 jaar 1 1900", "Man 2015", "Graduaat orthopedagogie 118 131", "Totaal 15 18", "12",
    "908001: Educatieve bachelor voor", "kleuteronderwijs - 1ste jaar 50 71", "Zorg", "Limburg", "", "  ",
    "In 2021 startten 40 cursisten.", "Hieronder vindt u de cijfers voor 2020", "modules 1- 4 12", "Aantal",
    "Cijfers 2021", "Vlaams-Brabant  27 52 ", "2022*", "Totaal", "Eindtotaal 3058",
])


@given(st.lists(GATE_LINES, max_size=14))
def test_the_prose_gate_of_a_plain_header_changes_no_answer(lines):
    """Whether a line heads a table of rows without codes is the same with the first test
    (a line that ends in a figure within reach below it) as without it, for every line."""
    from okot_audit.parse.regions import _plain_header

    lines = tuple(lines)
    for k in range(len(lines)):
        assert _plain_header(lines, k) == _ungated_plain_header(lines, k), (k, lines)


def test_the_prose_gate_changes_no_header_of_the_seeds_or_generated_answers():
    """Every line of the seeds and of generated answers (all their shapes), as the reader
    meets them: the same header, or none, with the gate as without it."""
    from generate.choices import Plan, RandomChooser
    from generate.model import draw_answer
    from generate.render import render
    from okot_audit.parse.regions import _plain_header
    from okot_audit.source import decode_source

    root = Path(__file__).resolve().parent.parent
    texts = [(p.read_bytes(), p.name) for p in sorted((root / "seeds").glob("*.txt"))]
    for i in range(40):
        chooser = RandomChooser(17 * 1_000_003 + i)
        texts.append((render(draw_answer(chooser), Plan(chooser)).data(), f"generated-{i}.txt"))
    headers = 0
    for data, name in texts:
        lines = decode_source(data, name).lines
        for k in range(len(lines)):
            found = _plain_header(lines, k)
            assert found == _ungated_plain_header(lines, k), (name, k + 1, lines[k])
            headers += found is not None
    assert headers  # (some of them do head tables)


# --------------------------------------------------------------------------- a long text lowered a part at a time

CASE_TEXT = st.text(alphabet=st.sampled_from(list("aZ Σσς\u0345'.\n\u2019ÉéİıſẞΑ\u00ad-1\t")), max_size=60)


@given(CASE_TEXT, st.integers(1, 8))
def test_a_text_lowered_a_part_at_a_time_is_the_text_lowered(text, chunk):
    """Parts of any size, each ending at a line break: the same text as ``str.lower()`` —
    the capital sigma's final form too (``ΑΣ`` / ``ΑΣ\\nΑ``), which looks at the letters
    around it."""
    from unittest import mock

    from okot_audit.parse import scan

    with mock.patch.object(scan, "LOWER_CHUNK", chunk):
        assert scan.lowered(text) == text.lower()
        assert scan.lowered(text * 7) == (text * 7).lower()


def test_a_long_answer_is_lowered_without_a_buffer_of_twelve_bytes_per_character():
    """Looking for the words of shares in a long answer that is not ASCII (``’``) takes about
    what its text takes, not the 12 bytes per character ``str.lower()`` of the whole text
    takes first (24 MB for an answer of 2 MB)."""
    import tracemalloc

    from okot_audit.parse.derived import _maybe_lines

    lines = tuple(f"Graduaat orthopedagogie’s {i} – 1ste jaar {i % 90} {i % 70}" for i in range(40_000))
    size = sum(len(line) + 1 for line in lines) * 2  # (UCS-2: ’ and – need two bytes a character)
    tracemalloc.start()
    try:
        found = _maybe_lines(lines)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == []
    assert peak < 4 * size, (peak, size)  # (the joined text, its lowered parts, the lowered text)


# --------------------------------------------------------------------------- the JSON report's findings, a part at a time


def test_many_findings_are_written_in_pieces_that_join_to_the_one_text():
    """An answer's thousands of findings go to the report a few hundred at a time — never all
    their text at once (a 2 MB answer's 13,000 findings held 51 MB, the highest memory of the
    run) — and the pieces are the text written at once."""
    import tracemalloc

    from okot_audit.findings import Finding
    from okot_audit.report.json_report import JsonStream

    message = "De som van de rijen (591) is groter dan het totaal (577) van Antwerpen’s tabel. " * 6
    findings = [Finding("parts-exceed-total", "OK3", "info", "antwoord.txt", n, "started", "started", "2020",
                        "Antwerpen", None, 577, 591, 14, message) for n in range(1, 3001)]
    whole: list[str] = []
    JsonStream(whole.append).findings(findings)
    text = "".join(whole)
    assert text.count('"rule"') == 3000
    sizes: list[int] = []
    stream = JsonStream(lambda piece: sizes.append(len(piece)))
    stream.start()
    tracemalloc.start()
    try:
        stream.findings(findings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    pieces: list[str] = []
    again = JsonStream(pieces.append)
    again.start()
    again.findings(findings)
    assert "".join(pieces) == text
    assert len(sizes) > 2 and max(sizes) < len(text) / 2
    assert peak < len(text), (peak, len(text))  # (UCS-2 text: two bytes a character)


def test_every_text_a_caseless_pattern_matches_whole_is_found_regression():
    """Regression (session 34's CI, the property above): ``h3\\x851900`` matched the partial
    words' pattern whole (``[qkhs][1-4]`` before a year) but was never searched, its `needs`
    naming the halves ``h1 h2 s1 s2`` only. The halves are now ``[hs][12]``, as `needs` asks: no
    text a pattern matches is kept from it by its needs."""
    for text in ("h3\x851900", "H3 2023", "s4 2022", "H2\u00a02023", "Q4 2023", "k3 2021"):
        for pattern in _caseless_patterns():
            if pattern.needs:
                plain = re.sub(r"([a-z]+)\(\?<=\\b\1\)", r"\\b\1", pattern.pattern)
                if re.fullmatch(plain, text, re.I):
                    assert pattern.search(text) is not None, (pattern.pattern[:80], text)
