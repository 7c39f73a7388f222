"""The one audit run (okot_audit/run.py) in process: inputs, folder walks, exclusion, failures,
and the library's audit() going through it like the command line."""

from __future__ import annotations

import pytest
from clitools import SEED_PROVINCES, SEED_YEARS, wrong_total_text

from okot_audit import audit, read_answer
from okot_audit.catalogue import default_catalogue
from okot_audit.findings import InputFailure
from okot_audit.rules import select_rules
from okot_audit.run import Excluder, Inputs, Item, Setup, collect, read_all, run
from okot_audit.source import InputError


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "answers" / "b").mkdir(parents=True)
    (tmp_path / "answers" / "a.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answers" / "b" / "c.txt").write_text(SEED_PROVINCES.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answers" / "b" / "notes.txt").write_text("just notes\n", encoding="utf-8")
    (tmp_path / "answers" / "Z.PDF").write_bytes(b"%PDF-1.4\n\x00\x01 not really a PDF")
    (tmp_path / "answers" / ".hidden.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "answers" / "data.csv").write_text("x\n", encoding="utf-8")  # (walked: delimited text)
    (tmp_path / "answers" / "data.json").write_text("{}\n", encoding="utf-8")  # (no answer's format)
    return tmp_path


def setup():
    return Setup(tuple(select_rules()), default_catalogue())


def test_collect_walks_folders_in_order_and_reads_each_path_once(tree):
    base = str(tree / "answers")
    inputs = collect([f"{base}/a.txt", base, f"{base}/b/../a.txt"])
    assert [item.name for item in inputs.items] == [
        f"{base}/a.txt", f"{base}/Z.PDF", f"{base}/b/c.txt", f"{base}/b/notes.txt", f"{base}/data.csv"]
    assert [item.walked for item in inputs.items] == [False, True, True, True, True]
    assert inputs.failures == [] and inputs.notes == []


def test_collect_stdin_once_and_a_folder_without_answers(tree):
    (tree / "empty").mkdir()
    inputs = collect(["-", str(tree / "empty"), "-"], stdin=lambda: b"bytes")
    assert [(i.name, i.data) for i in inputs.items] == [("<stdin>", b"bytes")]
    assert [f.path for f in inputs.failures] == [str(tree / "empty")]


def test_excluder_matches_gitignore_patterns_relative_to_its_root(tree):
    excluder = Excluder(["b/", "*.PDF", "!keep.PDF"], tree / "answers")
    assert excluder.excludes(str(tree / "answers" / "b"), folder=True)
    assert excluder.excludes(str(tree / "answers" / "Z.PDF"))
    assert not excluder.excludes(str(tree / "answers" / "keep.PDF"))
    assert not excluder.excludes(str(tree / "answers" / "a.txt"))
    inputs = collect([str(tree / "answers")], exclude=excluder)
    assert [item.name for item in inputs.items] == [str(tree / "answers" / "a.txt"), str(tree / "answers" / "data.csv")]


def test_run_reports_answers_failures_and_notes(tree):
    (tree / "broken.txt").write_bytes(b"\x81\x8d\xff")
    inputs = collect([str(tree / "answers"), str(tree / "broken.txt")])
    outcome = run(inputs, setup())
    report = outcome.report
    assert [a.path for a in report.answers] == [str(tree / "answers" / "a.txt"), str(tree / "answers" / "b" / "c.txt")]
    assert [f.path for f in report.failures] == [str(tree / "answers" / "Z.PDF"), str(tree / "broken.txt")]
    assert all(isinstance(f, InputFailure) and "\n" not in f.message for f in report.failures)
    assert outcome.notes == [f"{tree / 'answers' / name}: skipped: not an OKOT answer: "
                             "no table of training codes and no mention of OKOT or VDAB"
                             for name in ("b/notes.txt", "data.csv")]
    answers, failures, notes = read_all(inputs)
    assert [a.path for a in answers] == [a.path for a in report.answers]
    assert failures == report.failures and notes == outcome.notes


def test_skip_non_answers_turns_named_non_answers_into_notes(tree):
    inputs = collect([str(tree / "answers" / "b" / "notes.txt")])
    assert len(run(inputs, setup()).report.failures) == 1
    outcome = run(inputs, setup(), skip_non_answers=True)
    assert outcome.report.failures == [] and len(outcome.notes) == 1


def test_audit_accepts_a_folder_like_the_command_line(tree):
    (tree / "answers" / "Z.PDF").unlink()
    report = audit(str(tree / "answers"))
    assert [a.path for a in report.answers] == [str(tree / "answers" / "a.txt"), str(tree / "answers" / "b" / "c.txt")]
    assert report.summary == {"error": 0, "warning": 0, "info": 20}
    assert audit(tree / "answers").summary == report.summary  # a Path too


def test_audit_raises_or_collects_unreadable_inputs(tree):
    (tree / "wrong.txt").write_text(wrong_total_text(), encoding="utf-8")
    with pytest.raises(InputError, match="Z.PDF"):
        audit([str(tree / "wrong.txt"), str(tree / "answers")])
    report = audit([str(tree / "wrong.txt"), str(tree / "answers")], errors="collect")
    assert [f.path for f in report.failures] == [str(tree / "answers" / "Z.PDF")]
    assert report.fails() and len(report.answers) == 3
    with pytest.raises(ValueError, match="errors"):
        audit(str(tree / "wrong.txt"), errors="ignore")


def test_answers_already_read_go_through_the_same_run(tree):
    answer = read_answer(SEED_PROVINCES)
    report = audit([answer, str(tree / "answers" / "a.txt")])
    assert [a.path for a in report.answers] == [answer.path, str(tree / "answers" / "a.txt")]
    assert report.summary["info"] == 20
    outcome = run(Inputs(items=[Item(answer.path, answer=answer)]), setup())
    assert outcome.report.answers == [answer] and len(outcome.report.findings) == 9
