"""Error localisation and typo suggestions: the MILP on hand-made constraint sets, the typo
candidates, the rule cases' suggestions, and that scipy is imported only when a failing table
needs two figures or more changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clitools import SEEDS, imported_modules, okot
from okot_audit import read_text
from okot_audit.audit import audit
from okot_audit.locate import locate, locate_table
from okot_audit.locate.constraints import Constraint, TableConstraints
from okot_audit.locate.milp import localise
from okot_audit.locate.typos import candidates, doubled, dropped, swaps, thousands
from okot_audit.tables import Cell

CASES = Path(__file__).parent / "rule_cases"


def unique(total, *parts):
    return Constraint(total, tuple(parts), True)


def additive(total, *parts):
    return Constraint(total, tuple(parts), False)


def sets(localisation):
    return [set(s.figures) for s in localisation.solutions]


# ---------------------------------------------------------------------------------------------
# The mixed-integer program on hand-made constraint sets


def test_consistent_figures_need_no_change():
    result = localise([10, 6, 5], [unique(0, 1, 2)])
    assert (result.size, result.solutions, result.capped) == (0, (), False)


def test_an_additive_total_off_by_one_figure_lists_every_figure_as_a_tie():
    # 0 = 1 + 2 fails (10 != 4 + 5); changing any one of the three figures repairs it.
    values = [10, 4, 5]
    result = localise(values, [additive(0, 1, 2)])
    assert result.size == 1 and not result.capped
    assert sorted(sets(result), key=min) == [{0}, {1}, {2}]
    fixed = {s.changes[0] for s in result.solutions}
    assert fixed == {(0, 9), (1, 5), (2, 6)}  # the only values that fit


def test_a_figure_in_two_constraints_is_the_single_change():
    # Two additive totals share part 2; part 2 is wrong in both: changing it alone fixes both.
    values = [10, 5, 9, 20, 15]  # 0 = 1 + 2 (should be 5), 3 = 4 + 2 (should be 5)
    result = localise(values, [additive(0, 1, 2), additive(3, 4, 2)])
    assert result.size == 1
    assert sets(result) == [{2}]
    assert result.solutions[0].changes == ((2, 5),)


def test_two_independent_faults_need_two_changes_and_every_pair_is_listed():
    values = [10, 4, 5, 20, 7, 8]  # both additive totals wrong, independently
    result = localise(values, [additive(0, 1, 2), additive(3, 4, 5)])
    assert result.size == 2 and not result.capped
    assert len(result.solutions) == 9  # 3 ways for each
    assert all(len(s) == 2 and len(s & {0, 1, 2}) == 1 for s in sets(result))


def test_the_cap_is_said_when_more_ties_exist():
    values = [100, *[5] * 12]  # an additive total of twelve parts, 40 short
    result = localise(values, [additive(0, *range(1, 13))], cap=4)
    assert result.size == 1
    assert len(result.solutions) == 4 and result.capped


def test_no_cap_when_the_ties_are_exactly_the_cap():
    result = localise([10, 4, 5], [additive(0, 1, 2)], cap=3)
    assert len(result.solutions) == 3 and not result.capped


def test_the_cap_is_said_for_ties_of_two_figures():
    # two additive totals of six parts each, both wrong: 7 x 7 pairs would repair them
    values = [100, *[5] * 6, 100, *[5] * 6]
    constraints = [additive(0, *range(1, 7)), additive(7, *range(8, 14))]
    result = localise(values, constraints, cap=5)
    assert result.size == 2 and len(result.solutions) == 5 and result.capped
    assert all(len(s & set(range(7))) == 1 for s in sets(result))


HAND_MADE = [
    ([10, 4, 5], [additive(0, 1, 2)]),
    ([3, 8, 2], [unique(0, 1, 2)]),
    ([35, 20, 15, 12, 12, 80], [unique(0, 1, 2), unique(3, 4), unique(5, 0, 3)]),
    ([30, 35, 15, 12, 12, 40], [unique(0, 1, 2), unique(3, 4), unique(5, 0, 3)]),  # a row above its subtotal
    ([10, 5, 9, 20, 15], [additive(0, 1, 2), additive(3, 4, 2)]),
    ([100, *[5] * 12], [additive(0, *range(1, 13))]),
]


@pytest.mark.parametrize("values,constraints", HAND_MADE)
def test_single_figure_ties_from_bounds_equal_those_the_program_enumerates(values, constraints):
    quick = localise(values, constraints, cap=20)
    solved = localise(values, constraints, cap=20, shortcut=False)
    assert quick.size == solved.size == 1
    assert sets(quick) == sets(solved) and quick.capped == solved.capped
    for solution in quick.solutions:  # every listed change really repairs every constraint
        corrected = list(values)
        for f, v in solution.changes:
            corrected[f] = v
        assert all(c.holds(corrected) for c in constraints)


def test_unique_bounds_both_ways():
    # total 3 below its largest part 8: raise the total, or lower the part 8 (to at most 3,
    # and then the parts still sum to at least 3).
    values = [3, 8, 2]
    result = localise(values, [unique(0, 1, 2)])
    assert result.size == 1
    assert sorted(sets(result), key=min) == [{0}, {1}]
    for solution in result.solutions:
        corrected = list(values)
        for f, v in solution.changes:
            corrected[f] = v
        assert unique(0, 1, 2).holds(corrected)


def test_the_grand_total_over_subtotals_pins_the_figure():
    # rows 1,2 -> subtotal 0; rows 4 -> subtotal 3; subtotals 0,3 -> grand total 5.
    # The grand total exceeds the subtotals' sum; a subtotal cannot rise (its block caps it),
    # so only the grand total can be the single wrong figure.
    values = [35, 20, 15, 12, 12, 80]
    constraints = [unique(0, 1, 2), unique(3, 4), unique(5, 0, 3)]
    result = localise(values, constraints)
    assert sets(result) == [{5}]
    tc = TableConstraints(tuple(Cell("row", "2020", v, i) for i, v in enumerate(values)), tuple(constraints))
    assert tc.bounds(5) == (35, 47)
    assert tc.bounds(0) is None and tc.bounds(3) is None


# ---------------------------------------------------------------------------------------------
# Typo candidates (printed -> true)


def test_swaps_doubles_drops_and_separators():
    assert swaps(1427) == [1247, 1472, 4127]
    assert swaps(103) == [130]  # 013 would start with a zero
    assert doubled(14772) == [1472]
    assert doubled(100) == [10]
    assert 1472 in dropped(142) and 1042 in dropped(142) and 9142 in dropped(142)
    assert all(len(str(v)) == 4 for v in dropped(142))
    assert thousands(1) == (1000, 1999)
    assert thousands(1472) is None and thousands(0) is None
    values = dict(candidates(322))
    assert values[232] == "swap" and 322 not in values


def test_suggestions_are_ranked_by_the_tables_norm():
    # Four years with about 1% double counting; 2020's total printed 23 for 223.
    table = read_text(
        "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector\n\n"
        "Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 100 120 138\n"
        "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 50 60 54\n"
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 30 40 40\n"
        "Totaal 155 195 23\n",
        path="case.txt",
    ).tables[0]
    # 2018: 180 -> 155 (16%), 2019: 220 -> 195 (13%): the norm is about 14.5%; 232/(1+.145) = 203
    result = locate_table(table)
    [component] = result.components
    ranked = [s.value for s in component.suggestions]
    assert set(ranked) == {203, 213, 223, 230, 231, 232}
    assert ranked[0] == 203 and ranked[-1] == 232


def test_two_faults_in_one_component_each_typo_named_with_the_other_figure():
    # rows 1, 2 -> additive subtotal 0; subtotal 0 and row 4 -> additive grand total 3.
    # True figures 40 + 25 = 65, 65 + 10 = 75; printed with 25 as 52 and 10 as 1.
    values = [65, 40, 52, 75, 1]
    constraints = (additive(0, 1, 2), additive(3, 0, 4))
    cells = tuple(Cell("row", "2020", v, i + 1) for i, v in enumerate(values))
    [component] = locate(TableConstraints(cells, constraints))
    assert component.localisation.size == 2 and not component.localisation.capped
    assert {2, 4} in sets(component.localisation) and {0, 3} in sets(component.localisation)
    found = {(s.figure, s.value): s for s in component.suggestions}
    # 25 fits with the grand total (3) or the other row (4) changed too; 10 with 2 or 0
    assert found[2, 25].kind == "swap" and found[2, 25].together in [(3,), (4,)]
    assert found[4, 10].kind == "dropped" and found[4, 10].together in [(0,), (1,), (2,)]
    assert all(s.changes == 2 for s in component.suggestions)


# ---------------------------------------------------------------------------------------------
# The rule cases' suggestions (tests/test_rule_cases.py checks the other keys)


def typo_cases():
    spec = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))
    return [pytest.param(c, id=c["name"]) for c in spec["cases"] if c["expect"] == "fail"]


@pytest.mark.parametrize("case", typo_cases())
def test_rule_case_suggests_the_meant_figure(case):
    report = audit(read_text(case["text"], path="case.txt"))
    at_line = [f for f in report.by_rule("likely-typo") if f.line == case["line"]]
    assert case["suggestion"] in [f.suggestion for f in at_line], [f.message for f in at_line]
    # the data keep the printed figure: a suggestion is never applied
    answer = report.answers[0]
    printed = [c.count for t in answer.tables for c in t.cells if c.line == case["line"]]
    assert case["stated"] in printed


def test_messages_in_dutch():
    text = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"][0]["text"]
    report = audit(read_text(text, path="case.txt"), lang="nl")
    [best] = [f for f in report.by_rule("likely-typo") if f.suggestion == 232]
    assert "tikfout voor 232" in best.message and "twee cijfers verwisseld" in best.message


# ---------------------------------------------------------------------------------------------
# scipy only when a failing table needs two figures or more changed


def test_check_of_the_seeds_does_not_import_scipy(tmp_path):
    result = okot("check", str(SEEDS), cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0
    modules = imported_modules(result.stderr.decode("utf-8"))
    assert "okot_audit" in modules
    assert "scipy" not in modules


def test_a_table_one_wrong_figure_explains_is_localised_without_scipy(tmp_path):
    text = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"][0]["text"]
    path = tmp_path / "typo.txt"
    path.write_text(text, encoding="utf-8")
    result = okot("check", str(path), cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 1
    assert "scipy" not in imported_modules(result.stderr.decode("utf-8"))
    assert "likely-typo" in result.stdout.decode("utf-8")


def test_a_table_that_needs_two_figures_changed_imports_scipy_and_is_localised(tmp_path):
    cases = yaml.safe_load((CASES / "error-located.yaml").read_text(encoding="utf-8"))["cases"]
    text = next(c for c in cases if c["name"].startswith("two subtotals above their rows"))["text"]
    path = tmp_path / "two.txt"
    path.write_text(text, encoding="utf-8")
    result = okot("check", str(path), cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 1
    assert "scipy" in imported_modules(result.stderr.decode("utf-8"))
    assert "error-located" in result.stdout.decode("utf-8")


def test_importing_the_rules_does_not_import_scipy():
    code = "import sys, okot_audit.rules as r; r.all_rules(); import okot_audit.locate; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------------------------------
# Where it shows


def test_text_and_json_reports_carry_the_suggestion(tmp_path):
    import json

    text = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"][0]["text"]
    path = tmp_path / "typo.txt"
    path.write_text(text, encoding="utf-8")
    shown = okot("check", "typo.txt", cwd=tmp_path).stdout.decode("utf-8")
    line = next(x for x in shown.splitlines() if x.startswith("typo.txt:7: OK206"))
    assert line.endswith("→ suggested: 232"), line
    assert "→ suggested" not in next(x for x in shown.splitlines() if "OK101" in x)
    data = json.loads(okot("check", "typo.txt", "--format", "json", cwd=tmp_path).stdout)
    [best] = [f for f in data["findings"] if f["rule"] == "likely-typo" and f["line"] == 7]
    assert (best["stated"], best["suggestion"], best["difference"], best["period"]) == (322, 232, -90, "2020")
    # the extracted table keeps the printed figure
    extracted = json.loads(okot("extract", "typo.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [r["count"] for r in extracted if r["level"] == "total"] == [322]


def test_a_solver_that_does_not_finish_is_said_not_raised(monkeypatch):
    from okot_audit.locate import milp

    def stopped(*args, **kwargs):
        raise milp.SolverError("HiGHS stopped: time limit reached")

    monkeypatch.setattr(milp, "localise", stopped)
    text = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"][0]["text"]
    report = audit(read_text(text, path="case.txt"))
    [finding] = report.by_rule("error-located")
    assert finding.line == 7 and "time limit reached" in finding.message
    assert report.by_rule("likely-typo") == []


def test_a_table_freed_after_the_module_s_globals_finds_the_cache_still(monkeypatch):
    """At interpreter shutdown a module's globals become None before objects still alive go:
    the weakref callback that drops a table's cached localisation must not look up the global
    then (it printed 'Exception ignored … _CACHE is None' once per table at the end of runs)."""
    import weakref

    import okot_audit.locate as located

    class Gone:
        pass

    key = (-1,)
    drop = located._forget(key)
    gone = Gone()
    ref = weakref.ref(gone)
    located._CACHE[key] = ((ref,), None)
    cache = located._CACHE
    monkeypatch.setattr(located, "_CACHE", None)
    drop(ref)
    assert key not in cache
