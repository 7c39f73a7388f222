"""Test configuration: Hypothesis profiles (CI runs derandomized, so it is deterministic).

Derandomized examples must depend on the test alone, not on which tests ran before it in the
process. Hypothesis mixes into its integer draws, now and then, the constants of the *local
modules loaded so far* (every number of 100 or more in ``okot_audit``'s source): a test that
ran before and imported one more module of ``okot_audit`` (the PDF reader, a report format)
changed the answers every later property test drew — and so did any edit of a number in the
code. :func:`steady_constants` empties that pool, so a test draws the same answers alone, after
others, and after an unrelated change (``tests/test_generator_determinism.py`` holds it to that).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def steady_constants() -> bool:
    """Leave the constants of local source files out of Hypothesis's draws (its global
    constants stay). False when this Hypothesis has no such pool (the determinism test then
    says whether the examples still depend on the modules loaded)."""
    try:
        from hypothesis.internal.conjecture import providers
        from hypothesis.internal.constants_ast import Constants
    except ImportError:  # pragma: no cover - another Hypothesis
        return False
    if not hasattr(providers, "_get_local_constants"):  # pragma: no cover - another Hypothesis
        return False
    empty = Constants()
    providers._get_local_constants = lambda: empty
    return True


#: Whether this Hypothesis lets the local constants be left out (tests/test_generator_determinism.py).
STEADY = steady_constants()

settings.register_profile(
    "ci", derandomize=True, deadline=None, max_examples=60, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.register_profile("thorough", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
