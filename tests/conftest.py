"""Test configuration: hypothesis profiles (``ci`` is the default: bounded, deterministic, no deadline)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", max_examples=300, deadline=None)
# the long run quoted in release notes (e.g. 100,000 malformed profiles: tests/test_malformed_input.py)
settings.register_profile(
    "long", max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "100000")), deadline=None, derandomize=False,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The engine's decimal context traps Inexact in every test (issue 8 §1b): a division done in Decimal, or a product
# too long to be exact, raises instead of rounding before the engine's one rounding (money.round_fen, which runs
# untrapped by design). tests/test_exact_arithmetic.py shows the trap at work.
from decimal import Context, DivisionByZero, Inexact, InvalidOperation, Overflow  # noqa: E402

from subsidycalc.engine import estimate as _engine  # noqa: E402
from subsidycalc.engine.money import PRECISION  # noqa: E402

_engine.CONTEXT = Context(prec=PRECISION, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact])
