"""speed25: the work of ``check`` besides reading, done quicker, gives the same findings.

Each quick path is checked against the plain path it stands in for, and shown to catch a quick
path one step too quick:

- :meth:`Rule.finding` fills each message template by a plan worked out once per template
  (:func:`okot_audit.rules.base._plan`: the names it fills in, ``str.format_map`` where no plural
  form needs more), and looks for an absurdly long number once in the whole message (a part of
  it holds one only when the whole does): its findings are those of filling every template
  afresh and shortening each part on its own;
- whether text holds a surrogate (a report's text, before it is written; an answer's text,
  before it is read) is one look at whether it is ASCII or else can be encoded as UTF-8
  (:func:`okot_audit.surrogates.has_surrogate`): the same answer as the search for one;
- a file is read by the size it says it has and one byte more, then on to the limit only when
  it grew (:func:`okot_audit.source._read_at_most`): the bytes of one read of the limit.
"""

from __future__ import annotations

import string
from typing import Any, cast
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.findings import Finding
from okot_audit.rules import all_rules
from okot_audit.rules import base
from okot_audit.rules.base import Hit, Meaning, Rule

from strategies import shaped_answers

import io
import re

from okot_audit import source
from okot_audit.report._escape import printable, printable_json
from okot_audit.surrogates import has_surrogate


def plain_finding(rule: Rule, answer, hit: Hit, lang: str = "en") -> Finding:
    """:meth:`Rule.finding` as it was before session 25: every template filled afresh, each
    part of a message shortened on its own."""
    table = hit.table
    template = rule.messages[hit.variant].get(lang) or rule.messages[hit.variant]["en"]
    clause = template.meaning if isinstance(template, Meaning) else ""
    values: dict[str, Any] = {
        "stated": hit.stated, "observed": hit.observed, "difference": hit.difference,
        "period": hit.period, "province": hit.province, "code": hit.training_code,
        "label": hit.label, "suggestion": hit.suggestion, "page": hit.page, "line": hit.line,
    }
    named = base._field_names(template)
    if named is None or "table" in named:
        from okot_audit.i18n import reader_text

        values["table"] = reader_text(table.title, lang) if table else None
    if named is None or "where" in named:
        values["where"] = base.describe_place(hit, lang)
    if named is None or "table_name" in named:
        values["table_name"] = base.table_name(table, lang, hit.line)
    if named is None or "whole_table" in named:
        values["whole_table"] = base.table_name(table, lang, hit.line, column=False)
    values["line_word"], values["lines_word"] = base.LINE_WORDS.get(lang, base.LINE_WORDS["en"])[
        bool(hit.sheet or (table.sheet if table else None))]
    values.update(hit.args)
    if clause:
        found = base.shorten_numbers(base.format_message(cast(Meaning, template).found, values))
        meaning = base.shorten_numbers(base.format_message(clause, values))
        text = found + meaning
    else:
        meaning, text = "", base.shorten_numbers(base.format_message(template, values))
    return Finding(
        rule=rule.name, code=rule.code, severity=hit.severity or rule.severity,
        path=answer.path, line=hit.line, table=table.id if table else None,
        measure=table.measure if table else None, period=hit.period,
        province=hit.province, training_code=hit.training_code, stated=hit.stated,
        observed=hit.observed, difference=hit.difference,
        message=base.sheet_place(hit.sheet or (table.sheet if table else None), hit.line, lang) + text,
        label=hit.label, page=hit.page, suggestion=hit.suggestion, related=hit.related, rank=hit.rank,
        meaning=meaning, role=rule.role, group=hit.group,
    )


def _outcome(make):
    try:
        return make()
    except Exception as error:  # noqa: BLE001 - the two ways must fail alike, too
        return type(error).__name__


class _Answer:
    path = "a.txt"


#: Every template of every rule: (rule, variant, language).
TEMPLATES = [(r, variant, lang) for r in all_rules() for variant, by_lang in r.messages.items()
             for lang in by_lang]
_BUILT_IN = {"stated", "observed", "difference", "period", "province", "code", "label", "suggestion",
             "page", "line", "table", "where", "table_name", "whole_table", "line_word", "lines_word"}

#: Numbers as findings hold them: small counts, and misread figures of hundreds of digits that
#: the message shortens (:func:`~okot_audit.rules.base.shorten_numbers`).
numbers = st.one_of(st.integers(-3, 20_000), st.integers(10**24, 10**300))
words = st.one_of(st.text("ab 1234567890-", max_size=40),
                  st.integers(1, 30).map(lambda n: "9" * n))  # a label of digits: long only with others


@st.composite
def hits(draw):
    """A rule, one of its templates' variant and language, and a hit that fills every value
    the template names (numbers where it gives one a format, words or numbers elsewhere)."""
    rule, variant, lang = draw(st.sampled_from(TEMPLATES))
    template = rule.messages[variant][lang]
    args: dict[str, Any] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is None or name in _BUILT_IN:
            continue
        args[name] = draw(numbers) if spec else draw(st.one_of(words, numbers))
    maybe_number = st.one_of(st.none(), numbers)
    hit = Hit(
        line=draw(st.one_of(st.none(), st.integers(1, 500))), table=None,
        period=draw(st.one_of(st.none(), words)), province=draw(st.one_of(st.none(), words)),
        training_code=draw(st.one_of(st.none(), words)), label=draw(st.one_of(st.none(), words)),
        page=draw(st.one_of(st.none(), st.integers(1, 9))), suggestion=draw(maybe_number),
        stated=draw(numbers), observed=draw(numbers), difference=draw(numbers), variant=variant,
        sheet=draw(st.one_of(st.none(), st.just("Tabel 1"))), args=args,
    )
    return rule, hit, lang


@settings(max_examples=300, deadline=None)
@given(hits())
def test_a_finding_is_its_template_filled_afresh(case):
    rule, hit, lang = case
    answer = _Answer()
    assert _outcome(lambda: rule.finding(answer, hit, lang)) == _outcome(lambda: plain_finding(rule, answer, hit, lang))


@settings(max_examples=40, deadline=None)
@given(shaped_answers())
def test_an_answers_findings_are_its_templates_filled_afresh(case):
    from okot_audit.catalogue import default_catalogue
    from okot_audit.rules import AuditContext

    answer = case.read()
    context = AuditContext(catalogue=default_catalogue(), answer=answer)
    for rule in all_rules():
        if rule.scope != "answer":
            continue
        for hit in rule.check(answer, context):
            for lang in ("en", "nl"):
                assert rule.finding(answer, hit, lang) == plain_finding(rule, answer, hit, lang)


def _long_meaning():
    """A hit of a rule whose message says its meaning apart, with a value of the meaning a
    number of 31 digits."""
    for rule in all_rules():
        for variant, by_lang in rule.messages.items():
            template = by_lang["en"]
            if not isinstance(template, Meaning):
                continue
            inside = [name for _, name, spec, _ in string.Formatter().parse(template.meaning)
                      if name is not None and name not in _BUILT_IN and not spec]
            if inside:
                args: dict[str, Any] = {name: 7 if spec else "x" for _, name, spec, _ in string.Formatter().parse(template)
                                        if name is not None and name not in _BUILT_IN}
                args[inside[0]] = str(10**30)
                return rule, Hit(line=3, stated=5, observed=6, difference=1, variant=variant, args=args)
    raise AssertionError("no message says a value in its meaning")


def test_the_check_catches_a_quick_path_that_never_shortens():
    rule, hit = _long_meaning()
    plain = plain_finding(rule, _Answer(), hit)
    assert "(31 digits)" in plain.meaning
    assert rule.finding(_Answer(), hit) == plain
    with mock.patch.object(base, "_has_long_number", lambda text: False):  # one step too quick
        assert rule.finding(_Answer(), hit) != plain


# --------------------------------------------------------------------------- surrogates

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Characters at the edges that matter: ASCII, Latin-1, the last before the surrogates and the
#: first after them, the surrogates' own ends, and a file name's byte 0xFF (U+DCFF).
_EDGES = ["a", "\x7f", "\x80", "\xe9", "\u2014", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udcff", "\udfff",
          "\ue000", "\uffff", "\U00010000", "\U0010ffff"]
#: Text with surrogates among any other characters (``st.text`` leaves surrogates out).
texts = st.lists(st.one_of(st.characters(codec=None, exclude_categories=()), st.sampled_from(_EDGES)),
                 max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_whether_text_holds_a_surrogate_is_what_a_search_says(text):
    assert has_surrogate(text) == (_SURROGATE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_printable_text_is_that_of_the_search_for_surrogates(text):
    def plain(text: str, prefix: str) -> str:
        from okot_audit.report._escape import byte_escape

        return _SURROGATE.sub(lambda m: prefix + byte_escape(m.group()), text)

    assert printable(text) == plain(text, "")
    assert printable_json(text) == plain(text, "\\")


def test_the_check_catches_a_look_that_takes_any_other_text_for_one():
    assert [has_surrogate(c) for c in _EDGES] == [_SURROGATE.search(c) is not None for c in _EDGES]
    assert not has_surrogate("de tabel \u2014 \xe9\xe9n cijfer") and has_surrogate("a\udcffb.txt")
    too_quick = lambda text: not text.isascii()  # noqa: E731 - any non-ASCII taken for a surrogate
    assert [too_quick(c) for c in _EDGES] != [_SURROGATE.search(c) is not None for c in _EDGES]


# --------------------------------------------------------------------------- reading a file


class _Trickle(io.RawIOBase):
    """A file whose every read gives a few bytes at most (as a slow disk or a pipe may)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.data[self.at:self.at + 3]
        buffer[:len(chunk)] = chunk
        self.at += len(chunk)
        return len(chunk)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40), st.one_of(st.none(), st.integers(0, 50)), st.integers(1, 45), st.booleans())
def test_a_file_read_by_its_size_gives_the_bytes_of_one_read_of_the_limit(data, size, limit, trickle):
    """`size`: what the file said before it was read (it may have grown or shrunk since)."""
    def handle():
        return io.BufferedReader(_Trickle(data), buffer_size=4) if trickle else io.BytesIO(data)

    assert source._read_at_most(handle(), limit, size) == handle().read(limit) == data[:limit]


def test_the_check_catches_a_read_that_stops_at_the_size_said():
    grown = b"x" * 30
    assert source._read_at_most(io.BytesIO(grown), 100, 10) == grown
    too_quick = io.BytesIO(grown).read(10 + 1)  # the bytes the file had when it said its size, and one
    assert too_quick != grown


def test_a_file_is_read_whole_by_its_path(tmp_path):
    for n in (0, 1, 4095, 4096, 4097, 70_000):
        path = tmp_path / f"{n}.txt"
        path.write_bytes(bytes(range(256)) * (n // 256) + b"a" * (n % 256))
        assert source.read_bytes(str(path)) == path.read_bytes()


def test_a_surrogate_past_the_first_slice_of_a_long_text_is_found():
    """``has_surrogate`` encodes a long text a slice at a time (the JSON report's pieces are
    megabytes; one encoding of the whole held a second copy of them: test_speed_equivalence's
    peak): a surrogate in a later slice, or right at a slice's edge, is still found."""
    from okot_audit.surrogates import _SLICE, has_surrogate

    assert has_surrogate("\u00e9" * (3 * _SLICE) + "\ud800")
    assert has_surrogate("x" * (_SLICE - 1) + "\ud800\udc00")
    assert not has_surrogate("\u00e9" * (3 * _SLICE))
