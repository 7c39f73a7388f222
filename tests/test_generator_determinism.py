"""A property test draws the same answers whether it runs alone or after other tests.

Two things used to carry one test's past into another's examples: the generator's ids came
from one counter for the whole process (now each drawing counts its own:
:meth:`generate.choices.Chooser.uid`), and Hypothesis drew, now and then, a constant of the
local modules loaded so far — so a test that ran before and loaded another module of
``okot_audit`` changed the answers of every later one (``conftest.steady_constants``).

A fresh process draws a strategy's derandomized examples, then does what other tests do
before a property test (draws other answers, loads every module of ``okot_audit``), and
draws them again: the models (ids included) and the printed texts must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import conftest

TESTS = Path(__file__).parent

SCRIPT = """
import hashlib, importlib, pkgutil, sys
sys.path.insert(0, {tests!r})
import conftest  # (the suite's Hypothesis configuration, as pytest loads it)
from hypothesis import HealthCheck, given, settings
import okot_audit
import strategies
from generate.model import NEWER_KINDS

def drawn(strategy):
    out = []

    @settings(derandomize=True, max_examples=12, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(case):
        out.append(hashlib.sha1((repr(case.model) + case.rendered.text).encode()).hexdigest()[:12])

    collect()
    return out

alone = drawn(strategies.consistent_answers())
drawn(strategies.shaped_answers(kinds=NEWER_KINDS))  # another test before it
for info in pkgutil.walk_packages(okot_audit.__path__, "okot_audit."):
    try:
        importlib.import_module(info.name)
    except ImportError:
        pass
after = drawn(strategies.consistent_answers())
print(" ".join(alone))
print(" ".join(after))
"""


@pytest.mark.skipif(not conftest.STEADY, reason="this Hypothesis has no providers._get_local_constants to leave out "
                    "(conftest.steady_constants): examples may depend on the modules loaded before")
def test_examples_do_not_depend_on_the_tests_before():
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(tests=str(TESTS))], capture_output=True, text=True,
        env=env, cwd=TESTS.parent, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    alone, after = (line.split() for line in done.stdout.splitlines()[-2:])
    assert len(alone) == 12
    assert alone == after
