"""speed22: the work after the tables are built, done once where it was done again, gives the same answers.

Three quick paths of session 22, each checked against the plain path it stands in for, on data
built constructively, and each shown to catch a quick path one step too quick:

- the rules of one answer share each table's printed rows (:func:`okot_audit.totals.per_table`,
  the memo the totals rules already shared their pairings through): an answer's findings are
  those of rules that each work every table out again;
- the figure index gives back a stored row's values as they are where none is stored as bytes
  (non-ASCII text, a count beyond 64 bits), and makes one table reference per table of a query:
  its revisions are those of decoding every value one by one;
- ``figure-revised`` names each table once per run of its check: its findings are those of
  naming the table at every revision.
"""

from __future__ import annotations

from contextlib import nullcontext
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import shaped_answers

from okot_audit import totals
from okot_audit.catalogue import default_catalogue
from okot_audit.corpus import revisions as rev
from okot_audit.corpus.revisions import FigureIndex, FigureRow, Revisions, TableRef
from okot_audit.rules import AuditContext, all_rules
from okot_audit.rules import figure_revised
from okot_audit.rules._rows import printed_rows

_audit = __import__("okot_audit.audit", fromlist=["audit_answer"])


def _findings(answer) -> list:
    return _audit.audit_answer(answer, default_catalogue(), all_rules())


# --------------------------------------------------------------------------- printed rows, shared


@settings(max_examples=40, deadline=None)
@given(shaped_answers())
def test_an_answers_findings_are_those_of_rules_that_each_work_every_table_out(case):
    answer = case.read()
    shared = _findings(answer)
    with mock.patch.object(totals, "shared_checks", nullcontext):  # every rule works each table out itself
        plain = _findings(answer)
    assert shared == plain


SEED = "seeds/000_699ad5193617b98e.txt"


def _seed():
    from pathlib import Path

    from okot_audit.parse import parse_answer
    from okot_audit.source import decode_source

    path = Path(__file__).resolve().parent.parent / SEED
    return parse_answer(decode_source(path.read_bytes(), str(path)))


def test_the_printed_rows_are_worked_out_once_per_table_for_the_rules_of_an_answer():
    # (the test that fails before: each of the four rules that read the printed rows made them again)
    import sys

    from okot_audit.tables import Table

    answer = _seed()
    made = []  # the tables whose rows the printed rows were made of
    real = Table.rows

    def rows(table):
        if sys._getframe(1).f_code.co_filename.endswith("_rows.py"):
            made.append(id(table))
        return real(table)

    with mock.patch.object(Table, "rows", rows):
        _findings(answer)
    assert made and len(made) == len(set(made))


def test_a_memo_that_kept_one_tables_rows_for_another_would_be_caught():
    # (the property is no tautology: a per-table memo keyed on the kind of work alone differs)
    answer = _seed()
    assert len(answer.tables) > 1
    right = _findings(answer)
    wrong_memo: dict = {}

    def per_table(table, what, work):
        if what not in wrong_memo:
            wrong_memo[what] = work(table)
        return wrong_memo[what]

    with mock.patch.object(totals, "per_table", per_table), \
            mock.patch.dict(printed_rows.__globals__, {"per_table": per_table}):
        assert _findings(answer) != right


# --------------------------------------------------------------------------- the figure index

#: Texts as answers hold them: ASCII, accented, other scripts, a file name's lone surrogate.
TEXTS = st.sampled_from(["Totaal", "Antwerpen", "Liège", "Graduaat Orthopedagogie", "Ōsaka", "x\udcff", "2020",
                         "2021*", "Oost-Vlaanderen", "Brussel – Hoofdstad"])
COUNTS = st.one_of(st.integers(0, 2_000), st.integers(2**63 - 3, 2**63 + 3), st.integers(-(2**70), -(2**63) - 1))


@st.composite
def indexed_answers(draw):
    """Two to four answers' figure rows over a few shared keys (so that figures pair up), each
    with its tables' refs, dates perhaps, and texts of every kind."""
    keys = draw(st.lists(st.sampled_from(["k1", "k2", "k3", "lé", b"b\xc3\xa9"]), min_size=1, max_size=4, unique=True))
    answers = []
    for n in range(draw(st.integers(2, 4))):
        tables = draw(st.integers(1, 2))
        refs = [TableRef(draw(st.sampled_from(["t1", "t2", "tà"])), draw(st.sampled_from(["started", "graduated"])),
                         draw(TEXTS), draw(st.one_of(st.none(), TEXTS))) for _ in range(tables)]
        rows = []
        for key in draw(st.lists(st.sampled_from(keys), min_size=1, max_size=len(keys), unique=True)):
            rows.append(FigureRow(
                key, draw(st.integers(0, tables - 1)), draw(st.sampled_from(["row", "total"])), draw(TEXTS),
                draw(COUNTS), draw(st.integers(1, 90)), draw(st.one_of(st.none(), TEXTS)), draw(TEXTS),
                draw(st.one_of(st.none(), TEXTS)), draw(st.one_of(st.none(), st.integers(1, 9))), draw(st.booleans()),
                draw(st.sampled_from(["", "enrolments", "inschrijvingén"])), draw(st.one_of(st.none(), st.just("<5"))),
            ))
        date = draw(st.one_of(st.none(), st.sampled_from(["2021-03-01", "2022-10-14"])))
        answers.append((f"a{n}é.txt" if n % 2 else f"a{n}.txt", date, refs, rows, draw(st.one_of(st.none(), st.integers(1, 99)))))
    return answers


def _revisions(answers) -> "list[rev.Revision]":
    with FigureIndex() as index:
        for path, date, refs, rows, question in answers:
            index.add(path, date, refs, rows, question=question)
        return index.all_revisions() + [r for order in range(len(answers)) for r in index.revisions_of(order)]


@settings(max_examples=150, deadline=None)
@given(indexed_answers())
def test_the_index_gives_the_revisions_of_decoding_every_value(answers):
    quick = _revisions(answers)
    with mock.patch.object(rev, "_stored_as_is", lambda row: False):  # every value through _str and _int
        plain = _revisions(answers)
    assert quick == plain


def test_a_row_taken_as_stored_as_is_when_it_holds_bytes_would_be_caught():
    # (the property is no tautology: a quick look that never decodes gives bytes for Liège)
    refs = [TableRef("t1", "started", "Provincie Aantal")]
    answers = [(f"a{n}.txt", None, refs, [FigureRow("k", 0, "row", "2020", count, 5, None, "Liège", None, None,
                                                     False, "")], None) for n, count in enumerate((10, 12))]
    right = _revisions(answers)
    assert right and right[0].later.cell.label == "Liège"
    with mock.patch.object(rev, "_stored_as_is", lambda row: True):
        assert _revisions(answers) != right


# --------------------------------------------------------------------------- figure-revised's table names


def _revised(answers, figure_words=None) -> list:
    rule = figure_revised.check.rule
    context = AuditContext(catalogue=default_catalogue())
    found = Revisions(_revisions(answers))
    patch = mock.patch.object(figure_revised, "_figure_words", figure_words) if figure_words else nullcontext()
    with patch:
        return [f for lang in ("en", "nl") for f in rule.corpus_findings(found, context, lang)]


@settings(max_examples=100, deadline=None)
@given(indexed_answers())
def test_figure_revised_names_each_table_as_at_every_revision(answers):
    plain = figure_revised._figure_words
    assert _revised(answers) == _revised(answers, lambda figure, names=None: plain(figure))


def test_a_name_kept_for_another_table_of_the_same_id_would_be_caught():
    # (the property is no tautology: answers' tables of one id and other titles have other names)
    titles = ("Opleiding 2020", "Code Opleiding Aantal", "Opleiding 2020")
    answers = [(f"a{n}.txt", None, [TableRef("started_by_code", "started", title)],
                [FigureRow("k", 0, "row", "2020", 10 + n, 5, "908001", "Bachelor", None, None, False, "")], None)
               for n, title in enumerate(titles)]
    plain = figure_revised._figure_words

    class ById(dict):  # a memo of names keyed on the table's id alone
        def get(self, table, default=None):
            return super().get(table.id, default)

        def __setitem__(self, table, value):
            super().__setitem__(table.id, value)

    by_id = ById()
    right = _revised(answers)
    assert len(right) == 8  # (two revisions, each twice: all of them, then per answer; in both languages)
    assert _revised(answers, lambda figure, names=None: plain(figure, by_id)) != right


# --------------------------------------------------------------------------- long numbers in messages

from okot_audit.rules import base  # noqa: E402

DIGITS = st.sampled_from(["0", "1", "7", "\u0663", "\uff15"])  # (other scripts' digits are digits to ``\d``)
OTHERS = st.sampled_from([" ", "a", ".", "-", "(", "é", "\u00b2"])  # (a superscript is no ``\d``)


@st.composite
def messages(draw):
    """A message's text: runs of digits of every length up to twice a long number's, between
    other characters, so that runs start and end at every place relative to the look's places."""
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        parts.append("".join(draw(st.lists(OTHERS, min_size=1, max_size=14))))
        parts.append("".join(draw(st.lists(DIGITS, min_size=0, max_size=2 * base.LONG_NUMBER + 2))))
    return "".join(parts)


def _shortened_plainly(message: str) -> str:
    with mock.patch.object(base, "_TWO_DIGITS", base.re.compile("")):  # (every message searched in full)
        return base.shorten_numbers(message)


@settings(max_examples=400, deadline=None)
@given(messages())
def test_a_message_is_shortened_as_when_every_message_is_searched(message):
    assert base.shorten_numbers(message) == _shortened_plainly(message)


def test_a_look_one_place_too_wide_would_miss_a_long_number():
    # (the property is no tautology: a run of 25 digits from place 1 holds no two places 13 apart)
    message = "x" + "9" * (base.LONG_NUMBER + 1) + " persons"
    assert base.shorten_numbers(message) != message
    with mock.patch.object(base, "_SAMPLE", base._SAMPLE + 1):
        assert base.shorten_numbers(message) == message


def test_most_messages_are_not_searched_in_full():
    # (the test that fails before: every message longer than a long number was searched in full)
    searched = []
    real = base._LONG_DIGITS

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)

        def sub(self, *args):
            return real.sub(*args)

    with mock.patch.object(base, "_LONG_DIGITS", Counting()):
        for message in ("the total of 1.234 enrolments for 2020 in the table \"Opleiding\" (line 44) is 12 more",
                        "code 908001 is not in the catalogue; its sector and stage cannot be checked"):
            base.shorten_numbers(message)
    assert searched == []
