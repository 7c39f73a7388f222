"""A corpus run that streams (issue 10, item 4): the reports written as the run goes are the
reports of the whole run, byte for byte; the run keeps no answer alive; the figure index and
the fast JSON encoder say what they replace says."""

from __future__ import annotations

import gc
import json
import sys
import tracemalloc
import weakref
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from clitools import ROOT, copy_seeds, err, okot, out
from okot_audit import __version__, audit
from okot_audit.catalogue import default_catalogue
from okot_audit.corpus.revisions import FigureIndex, figure_rows, iso_date, revisions
from okot_audit.findings import Finding, Report
from okot_audit.report import render
from okot_audit.report.json_report import dump, dump_finding
from okot_audit.rules import select_rules
from okot_audit.run import Setup, collect, stream

sys.path.insert(0, str(ROOT / "tests"))
from generate.choices import Plan, RandomChooser  # noqa: E402
from generate.model import draw_answer  # noqa: E402
from generate.render import render as render_answer  # noqa: E402

PAIRS = yaml.safe_load((ROOT / "tests" / "rule_cases" / "figure-revised.yaml").read_text(encoding="utf-8"))


def generated(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` generated answers (the benchmark's generator) written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        chooser = RandomChooser(seed * 1_000_003 + i)
        path = folder / f"g{i:03d}.txt"
        path.write_bytes(render_answer(draw_answer(chooser), Plan(chooser)).data())
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, every pair of the figure-revised cases (revisions across answers, some
    without a question date) and generated answers that print the same figures differently."""
    base = tmp_path_factory.mktemp("stream")
    copy_seeds(base)
    for n, case in enumerate(PAIRS["cases"]):
        for answer in case["answers"]:
            (base / "seeds" / f"case{n}-{answer['path']}").write_text(answer["text"], encoding="utf-8")
    generated(base / "seeds" / "generated", 12)
    return base


def whole_report(corpus: Path, monkeypatch, *paths: str) -> Report:
    """The report of the library's run, which holds every answer (the previous way)."""
    monkeypatch.chdir(corpus)
    return audit(list(paths) or ["seeds"], errors="collect")


def test_the_corpus_has_revisions_and_failures_to_stream(corpus, monkeypatch):
    report = whole_report(corpus, monkeypatch, "seeds", "missing.txt")
    assert len(report.answers) > 20 and len(report.failures) == 1
    assert len(report.by_rule("figure-revised")) > 10
    assert {f.severity for f in report.findings} >= {"info", "warning"}


def test_the_json_stream_is_the_whole_report_byte_for_byte(corpus, monkeypatch):
    report = whole_report(corpus, monkeypatch)
    expected = json.dumps(report.to_dict(__version__), ensure_ascii=False, indent=2) + "\n"
    result = okot("check", "seeds", "--format", "json", "--no-cache", "--jobs", "1", cwd=corpus)
    assert result.returncode == (1 if report.fails() else 0), err(result)
    assert out(result) == expected


@pytest.mark.parametrize("fmt", ["text", "github", "markdown", "sarif", "html"])
def test_every_format_streamed_is_the_renderer_of_the_whole_report(corpus, monkeypatch, fmt):
    report = whole_report(corpus, monkeypatch, "seeds", "missing.txt")
    result = okot("check", "seeds", "missing.txt", "--format", fmt, "--no-cache", "--no-color", cwd=corpus)
    assert result.returncode == 2
    assert out(result) == render(report, fmt)


@pytest.mark.parametrize("options", [["--quiet", "--statistics"], ["--hide-info", "--statistics", "--lang", "nl"]])
def test_text_options_streamed_are_those_of_the_whole_report(corpus, monkeypatch, options):
    report = whole_report(corpus, monkeypatch)
    lang = "nl" if "nl" in options else "en"
    if lang == "nl":
        report = audit(["seeds"], lang="nl")
    shown = Report(report.answers, [f for f in report.findings if f.severity != "info"], report.failures)
    expected = render(shown, "text", lang=lang, quiet="--quiet" in options, statistics=True,
                      hidden_info=report.summary["info"])
    result = okot("check", "seeds", "--no-cache", "--no-color", *options, cwd=corpus)
    assert out(result) == expected


def test_json_without_info_is_the_whole_report_without_info(corpus, monkeypatch):
    report = whole_report(corpus, monkeypatch)
    shown = Report(report.answers, [f for f in report.findings if f.severity != "info"])
    result = okot("check", "seeds", "--format", "json", "--hide-info", "--no-cache", "--fail-on", "info", cwd=corpus)
    assert result.returncode == 1  # hidden info findings still count
    assert out(result) == json.dumps(shown.to_dict(__version__), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_jobs_one_and_two_write_the_same_report_with_revisions(corpus, fmt):
    one = okot("check", "seeds", "--format", fmt, "--no-cache", "--jobs", "1", cwd=corpus)
    two = okot("check", "seeds", "--format", fmt, "--no-cache", "--jobs", "2", cwd=corpus)
    assert "figure-revised" in out(one)
    assert (one.returncode, one.stdout, one.stderr) == (two.returncode, two.stdout, two.stderr)


def test_answers_named_out_of_path_order_give_findings_in_path_order(corpus, monkeypatch):
    names = ["seeds/generated/g005.txt", "seeds/case0-b.txt", "seeds/generated/g001.txt", "seeds/case0-a.txt"]
    report = whole_report(corpus, monkeypatch, *names)
    expected = json.dumps(report.to_dict(__version__), ensure_ascii=False, indent=2) + "\n"
    result = okot("check", *names, "--format", "json", "--no-cache", cwd=corpus)
    assert out(result) == expected
    assert [d["path"] for d in json.loads(out(result))["documents"]] == names


def test_no_answer_and_a_failure_write_no_report(tmp_path):
    result = okot("check", "missing.txt", "--format", "json", "--no-cache", "-o", "r.json", cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "r.json").exists()


# ------------------------------------------------------------------------------- memory


def setup() -> Setup:
    return Setup(tuple(select_rules()), default_catalogue())


def test_a_streamed_run_keeps_no_answer_table_or_cell_alive(tmp_path, monkeypatch):
    import okot_audit.run as run_module

    generated(tmp_path / "answers", 30)
    made: list[weakref.ref] = []
    read = run_module.answer_of

    def tracked(data: bytes, name: str, catalogue=None):
        answer = read(data, name, catalogue)
        made.append(weakref.ref(answer))
        made.extend(weakref.ref(t) for t in answer.tables)
        made.extend(weakref.ref(c) for t in answer.tables for c in t.cells)
        return answer

    monkeypatch.setattr(run_module, "answer_of", tracked)
    with stream(collect([str(tmp_path / "answers")]), setup()) as corpus:
        gc.collect()
        assert corpus.answers == 30 and len(made) > 30 * 10
        assert [ref for ref in made if ref() is not None] == []
        groups = list(corpus.groups("paths"))
        assert len(groups) == 30 and any(f.rule == "figure-revised" for g in groups for f in g.findings)


def test_what_a_streamed_run_holds_does_not_grow_with_its_answers(tmp_path):
    """Memory held after the run, per answer: a few hundred bytes (its path, where its record
    starts), not its findings or figures (a generated answer has about 20 findings and 24
    figures: tens of kilobytes as objects)."""
    paths = generated(tmp_path / "answers", 60)

    def held(count: int) -> int:
        inputs = collect([str(p) for p in paths[:count]])
        gc.collect()
        tracemalloc.start()
        try:
            corpus = stream(inputs, setup())
            gc.collect()
            size = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        corpus.close()
        return size

    held(60)  # the first run imports the reader and the rules, and fills their bounded caches
    small, large = held(10), held(60)
    assert (large - small) / 50 < 1500, (small, large)


# ------------------------------------------------------------------------------- the figure index


def test_the_index_gives_each_answer_its_revisions_and_keeps_odd_text(tmp_path):
    case = PAIRS["cases"][0]
    for answer in case["answers"]:
        (tmp_path / answer["path"]).write_text(answer["text"], encoding="utf-8")
    from okot_audit import read_answer

    answers = [read_answer(str(tmp_path / a["path"])) for a in case["answers"]]
    odd = "odd\udce9name.txt"  # a file name that is not UTF-8 (surrogate escape)
    with FigureIndex() as index:
        for n, answer in enumerate(answers):
            index.add(odd if n == 0 else answer.path, iso_date(answer.question_date), *figure_rows(answer))
        everything = index.all_revisions()
        assert everything and everything == index.revisions_of(0) + index.revisions_of(1)
        assert {r.earlier.path for r in everything} | {r.later.path for r in everything} <= {odd, answers[1].path}
    assert [(r.later.cell, r.earlier.cell, r.kind) for r in everything] == [
        (r.later.cell, r.earlier.cell, r.kind) for r in revisions(answers)]


# ------------------------------------------------------------------------------- the JSON encoder

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_the_fast_encoder_writes_what_json_dumps_writes(value):
    assert dump(value) == json.dumps(value, ensure_ascii=False, indent=2)


@given(st.text(), st.none() | st.integers() | st.booleans() | st.floats(allow_nan=False),
       st.none() | st.text(max_size=6))
def test_a_finding_is_written_as_json_dumps_writes_it(message, number, text):
    """Any value a finding may carry, also one of another type than it declares (the general way)."""
    finding = Finding("r", "OK1", "info", "p\u202e.txt", number, text, None, text, None, None,
                      number, None, number, message, label=text, suggestion=number)
    nested = json.dumps({"findings": [finding.as_dict()]}, ensure_ascii=False, indent=2)
    assert "    " + dump_finding(finding) in nested
    assert json.loads(dump_finding(finding)) == finding.as_dict()


BIG = ("OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2019 2020\n"
       "908070: Verpleegkunde {n} 5\nTotaal {n} 5\n")


@pytest.mark.parametrize("digits", [23, 5000])
def test_counts_beyond_64_bits_are_compared_across_answers(tmp_path, digits):
    """A misread figure of many digits is still a figure: SQLite holds 64 bits, the index more."""
    from okot_audit import read_text

    first, second = int("9" * digits), int("9" * (digits - 1) + "8")
    answers = [read_text(BIG.format(n=n), path=name) for n, name in ((first, "a.txt"), (second, "b.txt"))]
    found = revisions(answers)
    assert [(r.later.path, r.later.cell.count, r.earlier.cell.count, r.kind, r.difference) for r in found] == [
        ("b.txt", second, first, "revised-down", -1)] * 2
