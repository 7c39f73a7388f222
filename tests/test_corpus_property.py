"""figure-revised on generated corpora: exactly the revisions that were made, nothing else.

An earlier answer is generated (persons → memberships → counts, ``tests/generate/``); a later
one is made from it a year later by changing the persons behind each table's periods — copied,
revised up, revised down, or a partial period completed (:mod:`generate.revise`) — and printed
with a layout of its own; sometimes a third answer copies the later one, later still. The files
come in a drawn order: the question dates decide which answer is later. The audit of the run
must report, at the later answer, exactly the figures whose counts changed — with the earlier
answer's figure and place — and nothing at the copies.
"""

from __future__ import annotations

import copy

from hypothesis import event, given, note
from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.faults import anchor_of
from generate.model import MEASURES, draw_answer, draw_province_table, random_pool
from generate.render import render
from generate.revise import Expected, expected_revisions, later_answer
from okot_audit.audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source


@st.composite
def corpora(draw):
    ch = DrawChooser(draw)
    earlier = draw_answer(ch, province_table=False)
    unused = [m for m in MEASURES if m not in {t.measure for t in earlier.tables}]
    if unused and ch.chance(40):  # a province table, of a measure no year table has
        earlier.tables.append(draw_province_table(ch, ch.choice(unused), random_pool(ch, ch.integer(1, 6))))
    later, edits = later_answer(earlier, ch)
    models = {"earlier.txt": earlier, "later.txt": later}
    if ch.chance(30):
        copied = copy.deepcopy(later)
        copied.question = (later.question[0] + 1, *later.question[1:3], later.question[3] + 1)
        models["copy.txt"] = copied
    rendered = {path: render(model, Plan(ch)) for path, model in models.items()}
    order = ch.subset(sorted(models), len(models), len(models))
    order = [order[i] for i in sorted(range(len(order)), key=lambda i: ch.integer(0, 99))]
    return models, rendered, order, edits


@given(corpora())
def test_exactly_the_revisions_made_are_reported(corpus):
    models, rendered, order, edits = corpus
    for kind in sorted({e.kind for e in edits}):
        event(f"edit: {kind}")
    note(f"files in order: {order}; edits: {edits}")
    answers = [parse_answer(decode_source(rendered[path].data(), path)) for path in order]
    report = audit(answers, select=["figure-revised"])
    found = sorted(
        (
            Expected(anchor_of(f.line, rendered[f.path].anchors), f.period, f.severity, f.stated,
                     f.observed, f.difference)
            for f in report.findings if f.path == "later.txt"
        ),
        key=repr,
    )
    assert found == expected_revisions(models["earlier.txt"], models["later.txt"])
    assert [f for f in report.findings if f.path != "later.txt"] == []
    for finding in report.findings:
        ((path, line, _page),) = finding.related
        assert path == "earlier.txt" and f"earlier.txt:{line}" in finding.message
        assert anchor_of(line, rendered["earlier.txt"].anchors) == anchor_of(finding.line, rendered["later.txt"].anchors)
