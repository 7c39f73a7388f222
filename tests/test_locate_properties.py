"""Typo suggestions on generated answers (``tests/generate/``: persons → memberships → counts).

* On consistent answers there is no ``likely-typo`` and no ``error-located`` at all.
* One typing error of each kind (swap, doubled, dropped digit, thousands separator) injected
  into a random figure of a copy: whenever it breaks a constraint of its table, the true figure
  and its true value are among the suggestions (for a separator: inside the suggested range),
  and the ``likely-typo`` findings are the ranked suggestions, the first listed; when it breaks
  nothing, nothing is localised.
"""

from __future__ import annotations

import pytest
from hypothesis import event, given, note
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.faults import anchor_of, breaks
from generate.render import render
from generate.typos import KINDS, inject_typo
from okot_audit.audit import audit
from okot_audit.locate import locate_table
from okot_audit.parse import parse_answer
from okot_audit.rules.likely_typo import MAX_LISTED
from okot_audit.source import decode_source
from strategies import Case, consistent_answers

LOCATE_RULES = ("likely-typo", "error-located")


def read(rendered):
    return parse_answer(decode_source(rendered.data(), "generated.txt"))


@given(consistent_answers())
def test_consistent_answers_have_nothing_to_localise(case):
    answer = read(case.rendered)
    assert all(locate_table(t) is None for t in answer.tables)
    report = audit(answer)
    assert [f for f in report.findings if f.rule in LOCATE_RULES] == []


@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_an_injected_typo_is_among_the_suggestions(kind, data):
    case = data.draw(consistent_answers(), label="case")
    fault = inject_typo(case.model, DrawChooser(data.draw), kind)
    if fault is None:
        event(f"{kind}: no figure can take this typo")
        return
    rendered = render(fault.model, case.plan, encodings=False)
    note(f"{fault!r}\n{Case(fault.model, case.plan, rendered)!r}")
    base, answer = read(case.rendered), read(rendered)
    index = [t.uid for t in fault.model.tables].index(fault.table)
    table, before = answer.tables[index], base.tables[index]
    # the reader reads the same cells, but for the mistyped count
    assert [(c.line, c.period, c.level) for c in table.cells] == [(c.line, c.period, c.level) for c in before.cells]
    changed = [(c, b) for c, b in zip(table.cells, before.cells) if c.count != b.count]
    assert len(changed) == 1, changed
    cell, true_cell = changed[0]
    assert anchor_of(cell.line, rendered.anchors) == fault.anchor and cell.period == fault.period

    result = locate_table(table)
    broken = breaks(fault.model, fault.anchor, fault.period)
    event(f"{kind}: breaks a constraint" if broken else f"{kind}: breaks nothing")
    if not broken:
        assert result is None
        return
    [component] = [c for c in result.components if any(result.cells[f] == cell for f in c.component.figures)]
    assert component.localisation.size == 1
    mine = [s for s in component.suggestions if s.cell == cell]
    assert mine, [(s.cell.line, s.value) for s in component.suggestions]
    if kind == "thousands":
        assert any(s.kind == "thousands" and s.low <= true_cell.count <= s.high for s in mine), mine
    else:
        assert true_cell.count in [s.value for s in mine], mine
    rank = [s.cell == cell and (s.low <= true_cell.count <= s.high) for s in component.suggestions].index(True)
    event(f"{kind}: the true figure ranks {'first' if rank == 0 else 'second to fifth' if rank < 5 else 'sixth or later'}")

    # the findings list the ranked suggestions, the first MAX_LISTED of them
    report = audit(answer)
    listed = [(f.line, f.period, f.suggestion) for f in report.by_rule("likely-typo")]
    expected = [(s.cell.line, s.cell.period, s.value) for s in component.suggestions[:MAX_LISTED]]
    assert sorted(listed) == sorted(expected)
    assert report.by_rule("error-located") == []
    for f in report.by_rule("likely-typo"):
        assert f.severity == "info" and f.stated is not None and f.suggestion != f.stated


@given(data=st.data())
def test_two_typos_that_need_two_changes_are_both_suggested(data):
    """Two figures of a by-province table mistyped: when the smallest change needs exactly those
    two figures (and the tied sets are all listed), each figure's true value is suggested,
    together with the other figure."""
    from generate.typos import as_table, sized_province_table, typo_options

    chooser = DrawChooser(data.draw)
    model = sized_province_table(chooser, chooser.integer(1, 5), chooser.integer(2, 6))
    values = model.values()
    figures = [(a, p) for a, cells in values.items() for p, v in cells.items() if v is not None]
    first = chooser.choice(figures)
    second = chooser.choice([f for f in figures if f != first])
    true = {}
    for anchor, period in (first, second):
        options = typo_options(values[anchor][period], chooser.choice(("swap", "doubled", "dropped")))
        if not options:
            event("a figure that cannot take the typo")
            return
        true[anchor, period] = values[anchor][period]
        values[anchor][period] = chooser.choice(options)
    table = as_table(model)
    result = locate_table(table)
    if result is None:
        event("the typos break nothing")
        return
    lines = {}
    for i, cell in enumerate(result.cells):
        lines[cell.line] = i
    order = [a for b in model.blocks for a in [*(r.anchor for r in b.rows), model.subtotal_anchor(b)]]
    order.append(model.total_anchor())
    index = {anchor: lines[k + 2] for k, anchor in enumerate(order)}  # as_table: one line each from 2
    faulted = {index[a] for a, _ in true}
    [component] = result.components
    loc = component.localisation
    if loc.size != 2 or loc.capped or faulted not in [set(s.figures) for s in loc.solutions]:
        event(f"smallest change: {loc.size} figure(s){' (capped)' if loc.capped else ''}")
        return
    event("the two typos are a smallest set")
    found = {(s.figure, s.value) for s in component.suggestions}
    for (anchor, period), value in true.items():
        assert (index[anchor], value) in found, (anchor, value, sorted(found))
