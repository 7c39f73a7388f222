"""A worker process of a ``--jobs`` run that ends abruptly (killed by a signal, or by the kernel
for want of memory — a huge answer can cause it) is said in one line naming where the report
stops, with exit status 2; before, the run said "internal error … this is a bug in okot-audit"."""

from __future__ import annotations

import os
import sys

import pytest

from okot_audit import run
from okot_audit.cli import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worker processes are forked on Linux")

_real_each = run._each


#: The input whose chunk kills its worker (set by each test; forked workers see it).
DIES_ON = {"name": ""}


def _dying_each(work, chunk):
    if any(run._name_of(item).endswith(DIES_ON["name"]) for item in chunk):
        os._exit(9)  # as a worker the kernel kills: no exception, no result
    return _real_each(work, chunk)


def _dies_on(name: str):
    DIES_ON["name"] = name
    return _dying_each


def _double(item: run.Item) -> str:
    return item.name * 2


def test_results_raise_worker_lost_naming_the_first_input_not_reported(monkeypatch):
    monkeypatch.setattr(run, "_each", _dies_on("f7"))
    items = [run.Item(f"f{i}") for i in range(40)]
    got: list[str] = []
    with pytest.raises(run.WorkerLost) as lost:
        for result in run._results(_double, items, 2, None):
            got.append(result)
    # what came back came in order, and the report stops exactly where results stop
    assert got == [f"f{i}" * 2 for i in range(len(got))]
    assert lost.value.first == f"f{len(got)}"
    assert len(got) <= 7


@pytest.mark.parametrize("lang, words", [("en", "a worker process ended abruptly"), ("nl", "een werkproces stopte plots")])
def test_check_with_a_killed_worker_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, lang, words):
    seeds = os.path.join(os.path.dirname(__file__), "..", "seeds")
    for n in range(12):
        (tmp_path / f"a{n:02}.txt").write_bytes(open(os.path.join(seeds, os.listdir(seeds)[n % 2]), "rb").read())
    monkeypatch.setattr(run, "_each", _dies_on("a05.txt"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as end:
        main(["check", ".", "-j", "2", "--no-cache", "--lang", lang])
    assert end.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and words in err[0] and "a0" in err[0], err
    assert "internal error" not in err[0] and "interne fout" not in err[0]
