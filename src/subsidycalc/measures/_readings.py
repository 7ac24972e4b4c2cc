"""Readings shared by measures of several modules, declared once.

A reading one measure uses is declared with that measure (``Measure(readings=(Reading(...), ...))``); a reading
that measures of several modules read (the office tier of the SOE February rent, the one-level scope of the SOE
rent stacking rules, ...) is declared here, in ``READINGS``, and named by those measures. No module asks at import
time whether another declares a reading.

The readings common to the whole engine (benchmark series, 疫情期间) are in :mod:`subsidycalc.engine.readings`.
"""

from __future__ import annotations

from decimal import Decimal

from ..engine.measure import Reading

READINGS: list[Reading] = [
    # read by the city hire subsidies (measures/beijing/hiring.py) and 门头沟's district hire subsidy (mentougou.py)
    Reading("si_min_base_medical_monthly", Decimal | None, None,
            "医疗保险最低缴费基数, yuan per month (L5837, L5843-L5845), not in the seed; no official publication of it was "
            "found (subsidycalc.reference.public_figures.NOT_FOUND), so there is no default: None leaves the medical "
            "part of both hire subsidies unquantified (the award then pays the rest and says so)."),
]
