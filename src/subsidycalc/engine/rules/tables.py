"""Reference tables as rule functions: each evaluated for one firm (Python) and for many (numpy), from one table.

- :data:`BENCHMARK_LPR`, :data:`BENCHMARK_PBOC`: the benchmark lending rate in force on a date for a term
  (``subsidycalc.reference.rates``; a date before a table's first entry has no rate: unknown, with the reading
  ``assumptions.benchmark_series`` as what to change).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np

from ...reference import rates
from .nodes import Table
from .rat import Rat

_BENCH_MISSING = "assumptions.benchmark_series"


def _scalar(series: str) -> Any:
    def f(on: date, term: Any) -> tuple[Any, str | None]:
        try:
            r, _ = rates.benchmark_rate(series, on, int(term))  # type: ignore[arg-type]
        except rates.RateLookupError:
            return None, _BENCH_MISSING
        return r, None

    return f


_RATE_DEN = 10_000  # every rate of the tables is a whole basis point


def _pboc_vector(on: Any, term: Rat) -> tuple[Rat, Any]:
    days = on
    t = term.n // term.d if not isinstance(term.d, np.ndarray) else term.n // term.d
    out = np.zeros(len(days), dtype=np.int64)
    assigned = np.zeros(len(days), dtype=bool)
    for max_months, r in rates.PBOC_BENCHMARK:
        sel = ~assigned & ((t <= max_months) if max_months is not None else True)
        out[sel] = int(r * _RATE_DEN)
        assigned |= sel
    unknown = days < rates.PBOC_IN_FORCE_FROM.toordinal()
    return Rat(out, _RATE_DEN), unknown


def _lpr_vector(on: Any, term: Rat) -> tuple[Rat, Any]:
    dates = np.array([d.toordinal() for d, _, _ in rates.LPR], dtype=np.int64)
    one = np.array([int(a * _RATE_DEN) for _, a, _ in rates.LPR], dtype=np.int64)
    five = np.array([int(b * _RATE_DEN) for _, _, b in rates.LPR], dtype=np.int64)
    i = np.searchsorted(dates, on, side="right") - 1
    unknown = i < 0
    i = np.where(unknown, 0, i)
    t = term.n // term.d
    out = np.where(t <= 60, one[i], five[i])
    return Rat(out, _RATE_DEN), unknown


def _describe(series: str) -> Any:
    def d(value: Decimal, on: date, term: Any) -> str:
        _, cite = rates.benchmark_rate(series, on, int(term))  # type: ignore[arg-type]
        return cite

    return d


BENCHMARK_LPR = Table("benchmark rate (LPR)", "num", _scalar("lpr"), _lpr_vector, _BENCH_MISSING, _describe("lpr"),
                      unit="rate")
BENCHMARK_PBOC = Table("benchmark rate (PBoC)", "num", _scalar("pboc"), _pboc_vector, _BENCH_MISSING,
                       _describe("pboc"), unit="rate")


def benchmark(series: str) -> Table:
    """The benchmark table of a ``benchmark_series`` reading."""
    return {"lpr": BENCHMARK_LPR, "pboc": BENCHMARK_PBOC}[series]


__all__ = ["BENCHMARK_LPR", "BENCHMARK_PBOC", "benchmark"]
