"""Benchmark lending rates in force in 2019–2021 (public facts, not in the seed).

Source: ``spec/reference/benchmark_rates.md`` —
- PBoC benchmark loan rates (贷款基准利率), in force from 2015-10-24, never changed afterwards;
- Loan Prime Rate (贷款市场报价利率, LPR), National Interbank Funding Center, monthly; a value is in force
  from its publication date until the next publication.
A lookup before the first date of a table is an error, never a silent fallback.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from decimal import Decimal
from typing import Literal

PBOC_REF = "PBoC 贷款基准利率, in force from 2015-10-24 (spec/reference/benchmark_rates.md)"
LPR_REF = "LPR 贷款市场报价利率, National Interbank Funding Center (spec/reference/benchmark_rates.md)"

PBOC_IN_FORCE_FROM = date(2015, 10, 24)
# term bands: (max months inclusive, rate); None = no upper bound
PBOC_BENCHMARK: tuple[tuple[int | None, Decimal], ...] = (
    (12, Decimal("0.0435")),  # 一年以内（含一年）
    (60, Decimal("0.0475")),  # 一至五年（含五年）
    (None, Decimal("0.0490")),  # 五年以上
)

# (publication date, 1-year, over-5-years). 2020-05-20 … 2021-11-22 published monthly at 3.85 / 4.65.
LPR: tuple[tuple[date, Decimal, Decimal], ...] = (
    (date(2019, 8, 20), Decimal("0.0425"), Decimal("0.0485")),
    (date(2019, 9, 20), Decimal("0.0420"), Decimal("0.0485")),
    (date(2019, 10, 21), Decimal("0.0420"), Decimal("0.0485")),
    (date(2019, 11, 20), Decimal("0.0415"), Decimal("0.0480")),
    (date(2019, 12, 20), Decimal("0.0415"), Decimal("0.0480")),
    (date(2020, 1, 20), Decimal("0.0415"), Decimal("0.0480")),
    (date(2020, 2, 20), Decimal("0.0405"), Decimal("0.0475")),
    (date(2020, 3, 20), Decimal("0.0405"), Decimal("0.0475")),
    (date(2020, 4, 20), Decimal("0.0385"), Decimal("0.0465")),
    (date(2020, 5, 20), Decimal("0.0385"), Decimal("0.0465")),
    (date(2021, 12, 20), Decimal("0.0380"), Decimal("0.0465")),
)
_LPR_DATES = [row[0] for row in LPR]

BenchmarkSeries = Literal["lpr", "pboc"]


class RateLookupError(ValueError):
    """No rate of the table is in force on the requested date."""


def pboc_benchmark(on: date, term_months: int) -> Decimal:
    """The PBoC benchmark loan rate for a term, in force on ``on``."""
    if on < PBOC_IN_FORCE_FROM:
        raise RateLookupError(f"no PBoC benchmark in this table before {PBOC_IN_FORCE_FROM} (asked for {on})")
    if term_months < 0:
        raise RateLookupError("term_months must not be negative")
    for max_months, rate in PBOC_BENCHMARK:
        if max_months is None or term_months <= max_months:
            return rate
    raise AssertionError("unreachable")  # pragma: no cover


def lpr(on: date, tenor: Literal["1y", "5y"] = "1y") -> tuple[Decimal, date]:
    """The LPR in force on ``on`` (published on or before it) and its publication date."""
    i = bisect_right(_LPR_DATES, on)
    if i == 0:
        raise RateLookupError(f"no LPR in this table before {_LPR_DATES[0]} (asked for {on})")
    published, one_year, five_year = LPR[i - 1]
    return (one_year if tenor == "1y" else five_year), published


def benchmark_rate(series: BenchmarkSeries, on: date, term_months: int) -> tuple[Decimal, str]:
    """The benchmark rate of ``series`` in force on ``on`` for a term, with a one-line citation.

    ``lpr`` uses the 1-year LPR for terms up to 5 years and the over-5-year LPR beyond.
    """
    if series == "pboc":
        r = pboc_benchmark(on, term_months)
        return r, f"PBoC benchmark for a {term_months}-month loan: {_pct(r)} ({PBOC_REF})"
    tenor: Literal["1y", "5y"] = "1y" if term_months <= 60 else "5y"
    r, published = lpr(on, tenor)
    return r, f"{'1-year' if tenor == '1y' else 'over-5-year'} LPR published {published}: {_pct(r)} ({LPR_REF})"


def _pct(rate: Decimal) -> str:
    return f"{format((rate * 100).normalize(), 'f')}%"
