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
from .rat import Rat, mul

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


def _take(v: V, idx: Any) -> V:
    d = v.data.d
    return V(v.kind, Rat(v.data.n[idx], d[idx] if isinstance(d, np.ndarray) else d), v.known[idx])


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
    # each firm's row of the standard in one lookup (group −1: industry unknown), not one np.isin per row
    lut = np.full(len(vocab) + 1, -1, dtype=np.int16)
    for g, idxs in enumerate(by_row.values()):
        lut[np.array(idxs, dtype=np.int64)] = g
    group = np.where(industry.known, lut[np.clip(codes, -1, len(vocab) - 1).astype(np.int64)], -1)
    for g, row_key in enumerate(by_row):
        rows = group == g
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
        # the row's thresholds on its own firms only (each firm is in one row of the standard)
        idx = np.nonzero(have)[0]
        k = len(idx)
        below_upper = np.zeros(k, dtype=bool)
        medium = np.ones(k, dtype=bool)
        small = np.ones(k, dtype=bool)
        for metric, u, m, s in zip(row.metrics, row.upper, row.medium, row.small, strict=True):
            v = _take(figures[metric], idx)
            below_upper |= ~_ge(v, u)
            medium &= _ge(v, m)
            small &= _ge(v, s)
        size = np.where(~below_upper, 3, np.where(medium, 2, np.where(small, 1, 0)))
        out[idx] = size
        classified[idx] = True
    dec = declared.known
    dmap = np.array([SIZES.index(x) for x in declared.vocab], dtype=np.int16)
    out = np.where(dec, dmap[np.maximum(declared.data, 0)], out).astype(np.int16)
    unknown = ~dec & ~classified
    return out, unknown, missing


__all__ = ["SIZES", "classify_columns"]
