"""Readings shared by measures of several modules, declared once.

A reading one measure uses is declared with that measure (``Measure(readings=(Reading(...), ...))``); a reading
that measures of several modules read (the office tier of the SOE February rent, the one-level scope of the SOE
rent stacking rules, ...) is declared here, in ``READINGS``, and named by those measures. No module asks at import
time whether another declares a reading.

The readings common to the whole engine (benchmark series, 疫情期间) are in :mod:`subsidycalc.engine.readings`.
"""

from __future__ import annotations

from ..engine.measure import Reading

READINGS: list[Reading] = []
