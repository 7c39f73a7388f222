"""The command line, the hook and the library under bad input and odd use, third review
(robust15): each case once hung, left a process or a half-written file behind, or read what
it was not given."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def python(script: str, cwd, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """Run `script` in a fresh Python that imports this checkout's okot_audit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = os.pathsep.join([ROOT, env.get("PYTHONPATH", "")])
    path = os.path.join(cwd, "script.py")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(textwrap.dedent(script))
    return subprocess.run([sys.executable, path], cwd=cwd, env=env, capture_output=True, timeout=timeout,
                          check=False, **kwargs)


@pytest.mark.skipif(os.name != "posix", reason="worker processes forked (POSIX)")
def test_a_run_in_processes_stopped_early_lets_the_interpreter_exit(tmp_path):
    # A report piped to `head` (or a full disk) stopped the run while a worker was sending a
    # chunk's results: the worker was ended half-way, the pool's manager thread waited for the
    # rest of the message for ever, and the process hung after its one line.
    started = time.perf_counter()
    result = python("""
        from okot_audit import run

        def big(item):
            return b"x" * 20_000_000  # a chunk's results larger than a pipe holds

        if __name__ == "__main__":
            results = run._results(big, list(range(40)), 2, None)
            next(results)
            results.close()  # the consumer stops (what an exception in it does)
            print("stopped", flush=True)
    """, tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode() == "stopped\n" and not result.stderr
    assert time.perf_counter() - started < 30
