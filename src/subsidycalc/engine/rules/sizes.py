"""The SME size standard over columns: the same table as :mod:`subsidycalc.profile.sme_size_standard`, row by row
of the batch with numpy (a declared ``size`` wins; otherwise the industry's row of the standard classifies the
figures; unknown, with the figure it needs as missing, when neither is possible)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from ...profile.industries import INDUSTRIES
from ...profile.sme_size_standard import ROWS, SizeStandardError, classify_size
from .columns import V
from .rat import mul

SIZES = ("micro", "small", "medium", "large")
SIZE_ZH = {"micro": "微型", "small": "小型", "medium": "中型", "large": "大型"}


@lru_cache(maxsize=4096)
def classify_one(industry: str, employees: Any, revenue: Any, assets: Any) -> tuple[str | None, str]:
    """One firm's size by the standard (the traced evaluator's): ``(size, "")`` or ``(None, the error's text)``,
    memoised on its (hashable) inputs: a firm's size is asked for by a dozen measures per estimate."""
    try:
        return classify_size(industry, employees, revenue, assets), ""
    except SizeStandardError as e:
        return None, str(e)


def _ge(v: V, bound: Any) -> Any:
    """``v >= bound`` exactly (``bound`` a Decimal of the table)."""
    num, den = bound.as_integer_ratio()
    left = mul(v.data.n, den)
    right = mul(v.data.d, num) if isinstance(v.data.d, np.ndarray) else v.data.d * num
    return left >= right


def classify_columns(declared: V, industry: V, employees: V, revenue: V, assets: V) -> tuple[Any, Any, dict[str, Any]]:
    """``(size codes into SIZES, unknown mask, {figure path: rows where that figure is what is missing})``."""
    n = len(declared.known)
    out = np.full(n, -1, dtype=np.int16)
    classified = np.zeros(n, dtype=bool)
    missing: dict[str, Any] = {"industry": np.zeros(n, dtype=bool), "employees": np.zeros(n, dtype=bool),
                               "revenue": np.zeros(n, dtype=bool), "assets": np.zeros(n, dtype=bool)}
    figures = {"employees": employees, "revenue": revenue, "assets": assets}
    vocab = industry.vocab
    codes = industry.data
    by_row: dict[str | None, list[int]] = {}
    for i, ind in enumerate(vocab):
        by_row.setdefault(INDUSTRIES[ind][1], []).append(i)
    for row_key, idxs in by_row.items():
        rows = industry.known & np.isin(codes, np.array(idxs, dtype=codes.dtype))
        if not rows.any():
            continue
        if row_key is None:  # not covered by the standard (finance): declare size
            missing["industry"] |= rows
            continue
        row = ROWS[row_key]
        have = rows.copy()
        for metric in row.metrics:
            lacking = have & ~figures[metric].known
            missing[metric] |= lacking
            have &= ~lacking
        if not have.any():
            continue
        below_upper = np.zeros(n, dtype=bool)
        medium = np.ones(n, dtype=bool)
        small = np.ones(n, dtype=bool)
        for metric, u, m, s in zip(row.metrics, row.upper, row.medium, row.small, strict=True):
            v = figures[metric]
            below_upper |= ~_ge(v, u)
            medium &= _ge(v, m)
            small &= _ge(v, s)
        size = np.where(~below_upper, 3, np.where(medium, 2, np.where(small, 1, 0)))
        out = np.where(have, size, out).astype(np.int16)
        classified |= have
    dec = declared.known
    dmap = np.array([SIZES.index(x) for x in declared.vocab], dtype=np.int16)
    out = np.where(dec, dmap[np.maximum(declared.data, 0)], out).astype(np.int16)
    unknown = ~dec & ~classified
    return out, unknown, missing


__all__ = ["SIZES", "classify_columns"]
