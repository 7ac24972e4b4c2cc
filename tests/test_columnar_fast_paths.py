"""The columnar evaluator's fast paths give the same values as the general paths they short-cut.

- :mod:`subsidycalc.engine.rules.rat`: the overflow test by a bound of the whole column (instead of row by row),
  one denominator kept unreduced while the integers are small, two one-number denominators put over their lcm,
  rounding a whole-fen denominator without a division — each against :class:`fractions.Fraction`, and the
  ``object`` (Python integer) fallback still taken where int64 could overflow;
- :mod:`subsidycalc.engine.rules.columnar`: enum membership without ``np.isin``, a reference table called on the
  known rows only, and expressions shared by several definitions of a batch (:class:`~columnar.Shared`) — the
  same statuses, amounts and missing facts as each definition alone.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.engine.money import round_fen
from subsidycalc.engine.rules import columnar, rat
from subsidycalc.engine.rules.columns import Columns, T, U, V, bool_v
from subsidycalc.engine.rules.nodes import Table
from subsidycalc.engine.rules.rat import Rat

SMALL = st.integers(-(2**31) + 1, 2**31 - 1)
ANY64 = st.integers(-(2**62) + 1, 2**62 - 1)
DENS = st.sampled_from([1, 2, 3, 4, 7, 25, 100, 10**6, 10**8, 2**31 - 1, 2**40])


def _col(ns: list[int], d: int) -> Rat:
    return Rat(np.array(ns, dtype=np.int64), d)


def _fr(ns: list[int], d: int) -> list[Fraction]:
    return [Fraction(n, d) for n in ns]


@given(st.lists(st.tuples(ANY64, ANY64), min_size=1, max_size=20))
def test_products_and_sums_are_exact_and_overflow_goes_to_python_integers(pairs: list[tuple[int, int]]) -> None:
    a = np.array([x for x, _ in pairs], dtype=np.int64)
    b = np.array([y for _, y in pairs], dtype=np.int64)
    for op, fn in ((rat.mul, lambda x, y: x * y), (rat.add, lambda x, y: x + y), (rat.sub, lambda x, y: x - y)):
        got = op(a, b)
        want = [fn(x, y) for x, y in pairs]
        assert [int(v) for v in got] == want
        if got.dtype == np.int64:  # int64 only where every row provably fits
            assert all(abs(v) < 2**62 for v in want)
        else:
            assert got.dtype == object
    big = np.array([2**40, 3], dtype=np.int64)
    assert rat.mul(big, big).dtype == object  # 2^80 does not fit: the fallback is still taken
    assert [int(v) for v in rat.mul(big, big)] == [2**80, 9]
    assert rat.mul(np.array([2**30, -(2**30)]), np.array([2**30, 2**30])).dtype == np.int64  # bound 2^60: fast


@given(st.lists(st.tuples(SMALL, SMALL), min_size=1, max_size=20), DENS, DENS)
def test_one_number_denominators(pairs: list[tuple[int, int]], d1: int, d2: int) -> None:
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    a, b = _col(xs, d1), _col(ys, d2)
    fa, fb = _fr(xs, d1), _fr(ys, d2)
    s, diff = a + b, a - b
    assert not isinstance(s.d, np.ndarray) and not isinstance(diff.d, np.ndarray)  # over the lcm: one number
    assert s.fractions() == [x + y for x, y in zip(fa, fb, strict=True)]
    assert diff.fractions() == [x - y for x, y in zip(fa, fb, strict=True)]
    assert (a * b).fractions() == [x * y for x, y in zip(fa, fb, strict=True)]
    mask = np.array([i % 2 == 0 for i in range(len(xs))])
    w = a.where(mask, b)
    assert not isinstance(w.d, np.ndarray)
    assert w.fractions() == [x if m else y for x, y, m in zip(fa, fb, mask, strict=True)]
    left, right = a.cmp(b)
    assert [bool(p < q) for p, q in zip(left, right, strict=True)] == [x < y for x, y in zip(fa, fb, strict=True)]
    # reduce keeps the values, reduced or not (small integers stay over the one denominator)
    r = a.reduce()
    assert r.fractions() == fa
    if d1 < 2**31:
        assert r is a
    nonneg = _col([abs(x) for x in xs], d1)
    assert [int(v) for v in nonneg.round_fen()] == [int(round_fen(abs(x)) * 100) for x in fa]


@given(st.lists(ANY64, min_size=1, max_size=10), DENS)
def test_large_numerators_are_still_reduced(ns: list[int], d: int) -> None:
    r = _col(ns, d).reduce()
    assert r.fractions() == _fr(ns, d)
    prod = _col(ns, d) * _col(ns, d)
    assert prod.fractions() == [x * x for x in _fr(ns, d)]


@given(st.lists(st.integers(-3, 40), min_size=1, max_size=60), st.sets(st.integers(0, 40), max_size=8))
def test_enum_membership_matches_isin(codes: list[int], wanted: set[int]) -> None:
    data = np.array(codes, dtype=np.int16)
    got = columnar._codes_in(data, sorted(wanted))
    assert got.tolist() == np.isin(data, np.array(sorted(wanted), dtype=np.int16)).tolist()


def test_a_reference_table_on_a_column_of_objects_is_called_on_the_known_rows_only() -> None:
    calls: list[int] = []

    def vector(col: Any) -> tuple[Any, Any]:
        calls.append(len(col))
        codes = np.array([U if v is None else (T if "x" in v else 0) for v in col], dtype=np.int8)
        return codes, np.array([v is not None and "nothing" in v for v in col], dtype=bool)

    t = Table("has x", "bool", lambda v: (None, None), vector, "has x", lambda *a: "")
    col = np.empty(1000, dtype=object)
    col[:] = None
    col[3], col[500], col[999] = ("x",), ("y",), ("nothing",)
    for i in range(600, 700):
        col[i] = ("x", "y") if i % 2 else ()
    known = np.array([v is not None for v in col])
    memo: dict[Any, Any] = {}
    data, no_value = columnar._table_vector(t, [V("strlist", col, known)], memo)
    want_data, want_nv = vector(col)
    assert data.tolist() == want_data.tolist() and no_value.tolist() == want_nv.tolist()
    assert calls[:2] == [5, 1]  # the 5 distinct known values of 103 rows, then one unknown row for all 897
    calls.clear()
    again, _ = columnar._table_vector(t, [V("strlist", col, known)], memo)  # the column's values found once
    assert again.tolist() == want_data.tolist() and calls[:2] == [5, 1] and len(memo) == 1
    calls.clear()
    col[10] = "not None but unknown"  # unknown rows that are not all None: the table sees every row
    known[10] = False
    data, _ = columnar._table_vector(t, [V("strlist", col, known)])
    assert calls == [1000]
    assert bool_v(data).known[3]


def _batch_results(tables: Any, share: bool) -> dict[str, tuple[Any, ...]]:
    from subsidycalc.engine import batch

    orig = columnar.Shared.plan
    if not share:  # every definition alone: nothing planned, nothing shared
        columnar.Shared.plan = lambda self, d: None  # type: ignore[method-assign]
    try:
        res = batch.evaluate_columns(sc.catalog(), Columns(tables.n, tables),
                                     sc.Assumptions())
    finally:
        columnar.Shared.plan = orig  # type: ignore[method-assign]
    out = {}
    for mid in res.results:
        und = np.nonzero(res.status(mid) == columnar.UNDETERMINED)[0][:50]
        out[mid] = (res.status(mid).tolist(), res.amount(mid).tolist(), res.low(mid).tolist(),
                    res.high(mid).tolist(), res.missing_rows(mid, und))
    return out


def test_shared_expressions_give_each_definition_its_own_results() -> None:
    from subsidycalc.synthetic_tables import synthetic_tables

    tables = synthetic_tables(3000, seed=7)
    assert _batch_results(tables, share=True) == _batch_results(tables, share=False)


def test_a_shared_value_is_dropped_after_its_last_reader() -> None:
    cat = sc.catalog()
    a = sc.Assumptions()
    defs = [m.definition(a) for m in cat if m.rule is not None and m.relief][:6]
    sh = columnar.Shared()
    for d in defs:
        sh.plan(d)
    assert any(n > 1 for n in sh.uses.values())  # the definitions do share expressions
    for d in defs:
        sh.done(d)
    assert sh.uses == {} and sh.values == {} and sh.plans == {}


def _evaluate(tables: Any, split_min_rows: int, split_share: float) -> Any:
    from subsidycalc.engine import batch

    saved = columnar.SPLIT_MIN_ROWS, columnar.SPLIT_SHARE
    columnar.SPLIT_MIN_ROWS, columnar.SPLIT_SHARE = split_min_rows, split_share
    try:
        return batch.evaluate_columns(sc.catalog(), Columns(tables.n, tables), sc.Assumptions())
    finally:
        columnar.SPLIT_MIN_ROWS, columnar.SPLIT_SHARE = saved


def test_the_rest_of_a_definition_on_the_rows_still_running_gives_the_same_results() -> None:
    """Once a condition has ruled out most rows, the later statements run on the others only (``_split``): the
    same statuses, amounts, per-item parts, failed conditions and missing facts as over the whole batch."""
    from subsidycalc.synthetic_tables import synthetic_tables

    tables = synthetic_tables(2500, seed=11)
    whole = _evaluate(tables, 10**12, 0.0)  # never split
    split = _evaluate(tables, 0, 0.9)  # split after every condition that leaves ≤ 90% running
    for mid, r in whole.results.items():
        if r.result is None:
            continue
        s = split.results[mid].result
        assert s is not None
        for what in ("status", "amount", "low", "high", "quantified"):
            assert getattr(whole, what)(mid).tolist() == getattr(split, what)(mid).tolist(), (mid, what)
        assert r.result.decided_at.tolist() == s.decided_at.tolist(), mid
        und = np.nonzero(whole.status(mid) == columnar.UNDETERMINED)[0]
        assert [set(x) for x in whole.missing_rows(mid, und)] == [set(x) for x in split.missing_rows(mid, und)], mid
        assert [set(whole.missing(mid, int(i))) for i in und[:20]] == [set(split.missing(mid, int(i)))
                                                                       for i in und[:20]], mid
        for section, (amounts, mask) in r.result.parts.items():
            s_amounts, s_mask = s.parts[section]
            assert mask.tolist() == s_mask.tolist(), (mid, section)
            assert [f for f, m in zip(amounts.fractions(), mask, strict=True) if m] == \
                [f for f, m in zip(s_amounts.fractions(), s_mask, strict=True) if m], (mid, section)


def test_sme_sizes_over_columns_match_the_standard_firm_by_firm() -> None:
    """The size classification by row groups of the standard (each on its own firms) gives every firm the size
    :func:`classify_one` gives it (a declared size wins; unknown where neither is possible)."""
    from subsidycalc.engine.rules.schema import firm_schema
    from subsidycalc.engine.rules.sizes import SIZES, classify_columns, classify_one
    from subsidycalc.synthetic import synthetic_firms

    firms = [sc.Firm.model_validate(x) for x in synthetic_firms(400, seed=3)]
    cols = Columns.from_firms(firms)
    sch = firm_schema()
    codes, unknown, _ = classify_columns(*(cols.fact(sch.fact(p))
                                           for p in ("size", "industry", "employees", "revenue", "assets")))
    for i, f in enumerate(firms):
        if f.size is not None:
            want = f.size
        elif f.industry is None:
            want = None
        else:
            want = classify_one(f.industry, f.employees, f.revenue, f.assets)[0]
        got = None if unknown[i] else SIZES[int(codes[i])]
        assert got == want, (i, f.industry, f.employees, f.revenue, f.assets)


@given(st.lists(st.integers(-3, 5), min_size=1, max_size=40), st.lists(st.integers(0, 9), min_size=6, max_size=6))
def test_enum_codes_into_another_vocabulary(codes: list[int], new: list[int]) -> None:
    data = np.array(codes, dtype=np.int16)
    table = np.array(new, dtype=np.int32)
    want = np.where(data >= 0, table[np.maximum(data, 0)], -2)
    assert columnar._recode(data, table, -2).tolist() == want.tolist()


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 2**62)), min_size=1, max_size=80), st.integers(0, 2**62))
def test_keeping_missing_bits_on_rows(rows: list[tuple[bool, int]], bit: int) -> None:
    mask = np.array([m for m, _ in rows], dtype=bool)
    bits = np.array([b for _, b in rows], dtype=np.int64)
    for x in (bits, bit):
        got = columnar._keep(mask, x)
        assert got.dtype == np.int64 and got.tolist() == np.where(mask, x, 0).astype(np.int64).tolist()
        acc = np.arange(len(rows), dtype=np.int64)
        want = acc | np.where(mask, x, 0).astype(np.int64)
        columnar._or_keep(acc, mask, x)
        assert acc.tolist() == want.tolist()
    sparse = np.zeros(100, dtype=bool)
    sparse[[3]] = True  # the sparse path (under 1/50 of the rows kept)
    assert columnar._keep(sparse, np.arange(100)).tolist() == np.where(sparse, np.arange(100), 0).tolist()
