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



# SUBSIDYCALC_TRAP_INEXACT=1 runs the calculators under a context that traps Inexact (issue 8 §1b): a division done in
# Decimal, or a product too long to be exact, raises instead of rounding before the engine's one rounding
# (tests/test_exact_arithmetic.py). Opt-in while the measure modules move their quotients to exact fractions.
if os.environ.get("SUBSIDYCALC_TRAP_INEXACT") == "1":
    from decimal import Context, DivisionByZero, Inexact, InvalidOperation, Overflow

    from subsidycalc.engine import estimate as _engine
    from subsidycalc.engine.money import PRECISION

    _engine.CONTEXT = Context(prec=PRECISION, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact])
