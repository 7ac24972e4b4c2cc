"""Estimating a registry folder partition by partition, in this process or on Dask workers.

:func:`estimate_registry` reads each partition (:mod:`subsidycalc.registries`), leaves out the firms with a bad
cell (reported), evaluates every measure on the columnar engine, applies the stacking rules, and writes the
partition's rows::

    OUT/awards.parquet/part-NNNNN.parquet   key, measure_id, status, amount, low, high, missing
    OUT/firms.parquet/part-NNNNN.parquet    key, firm.district, firm.industry, firm.size, total, low, high
    OUT/errors.csv                          key, field, problem (the firms left out)
    OUT/summary.json                        firms, totals, per measure

(``awards`` lists the eligible and undetermined awards — a firm × measure pair not listed is ineligible — or every
pair with ``include_ineligible``.) Memory is bounded by one partition per worker: nothing of a partition is kept
after it is written. With ``client`` (a ``dask.distributed.Client``, a scheduler address, or ``"local"``) each
partition is a task on a worker, which reads its files and writes its parts itself: the folder and ``OUT`` must be
on storage every worker sees. The numbers do not depend on where a partition runs.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from .registries import CellError, Partition, read_partition, read_registry, read_tables


def _yuan(fen: int) -> Decimal:
    return Decimal(int(fen)).scaleb(-2)


def prepare(part: Partition) -> tuple[list[Any], Any, list[CellError]]:
    """A partition's valid firms as a batch: ``(keys, Columns, errors)``; a firm with a bad cell is reported and
    left out."""
    from .engine.rules.columns import Columns

    errors = list(part.errors)
    good = np.nonzero(~part.bad)[0]
    cols = Columns(part.n, part.source)
    if len(good) != part.n:
        cols = cols.subset(good)
    return [part.keys[i] for i in good.tolist()], cols, errors


def evaluate_partition(part: Partition, assumptions: Any, measures: Sequence[str] | None = None) -> Any:
    """A :class:`~subsidycalc.portfolio.Portfolio` of one partition's valid firms (``errors``: the others)."""
    from . import catalog
    from .engine.batch import apply_stacking, evaluate_columns
    from .portfolio import FirmError, Portfolio

    cat = catalog()
    keys, cols, errors = prepare(part)
    batch = evaluate_columns(cat, cols, assumptions, measures)
    apply_stacking(batch, cat.rules, assumptions, cols)
    return Portfolio(keys, batch, cat, assumptions, [FirmError(e.key, e.field, e.problem) for e in errors],
                     None, False, measures)


def award_table(p: Any, include_ineligible: bool = False) -> Any:
    """The partition's awards as an arrow table (see the module docstring): built column by column from the
    batch's integer arrays (one ``take`` of the keys, one money conversion per column, the ``missing`` lists as
    offsets into a small vocabulary of paths), without a Python object per award."""
    import pyarrow as pa

    from .engine.batch import STATUS
    from .portfolio import arrow_money

    keys = p.keys if isinstance(p.keys, pa.Array) else pa.array(p.keys)
    mids = list(p.measure_ids)
    vocab = _Vocab()
    rows_l, mid_l, st_l, amount_l, low_l, high_l, missing_l = [], [], [], [], [], [], []
    for j, mid in enumerate(mids):
        st = p.batch.status(mid)
        rows = np.arange(len(st)) if include_ineligible else np.nonzero(st != 1)[0]
        if not len(rows):
            continue
        s = st[rows]
        und = s == 2
        rows_l.append(rows)
        mid_l.append(np.full(len(rows), j, dtype=np.int32))
        st_l.append(s.astype(np.int32))
        amount = p.batch.amount(mid)
        if amount.dtype == object:  # an amount beyond int64 (never in practice): Decimal per cell
            amount_l.append(arrow_money(amount[rows], und))
        else:
            amount_l.append(amount[rows])
        low_l.append(p.batch.low(mid)[rows])
        high_l.append(p.batch.high(mid)[rows])
        missing_l.append(_missing_column(p.batch, mid, rows, und, vocab))
    if not rows_l:
        return pa.table({"key": pa.array([], type=keys.type), "measure_id": pa.array([], pa.string()),
                         "status": pa.array([], pa.string()), "amount": pa.array([], pa.decimal128(38, 2)),
                         "low": pa.array([], pa.decimal128(38, 2)), "high": pa.array([], pa.decimal128(38, 2)),
                         "missing": pa.array([], pa.list_(pa.string()))})
    rows = np.concatenate(rows_l)
    und = np.concatenate(st_l) == 2

    def money(parts: list[Any]) -> Any:
        if any(isinstance(x, pa.Array) for x in parts):
            return pa.concat_arrays([x if isinstance(x, pa.Array) else arrow_money(x, u)
                                     for x, u in zip(parts, np.split(und, np.cumsum([len(y) for y in parts])[:-1]),
                                                     strict=True)])
        return arrow_money(np.concatenate(parts), und)

    # one chunk per measure, each dictionary column's chunk with its own dictionary (the values in order of first
    # appearance in the chunk): the layout the files have always had, so that they read back the same
    bounds = np.cumsum([0] + [len(r) for r in rows_l]).tolist()
    mid_chunks = [pa.DictionaryArray.from_arrays(pa.array(np.zeros(len(r), dtype=np.int32)),
                                                 pa.array([mids[int(m[0])]], type=pa.string()))
                  for r, m in zip(rows_l, mid_l, strict=True)]
    names = [s or "" for s in STATUS]
    st_chunks = [_dictionary(c, names) for c in st_l]

    def chunked(arr: Any) -> Any:
        return pa.chunked_array([arr.slice(b0, b1 - b0) for b0, b1 in zip(bounds[:-1], bounds[1:], strict=True)])

    return pa.table({
        "key": chunked(keys.take(pa.array(rows))),
        "measure_id": pa.chunked_array(mid_chunks),
        "status": pa.chunked_array(st_chunks),
        "amount": chunked(money(amount_l)),
        "low": chunked(money(low_l)),
        "high": chunked(money(high_l)),
        "missing": pa.chunked_array(missing_l),
    })


def _dictionary(codes: Any, names: Sequence[str]) -> Any:
    """``names[codes]`` as a dictionary array whose dictionary lists the names in order of first appearance (as
    arrow's ``dictionary_encode`` of the text would), without building the text."""
    import pyarrow as pa

    present, first = np.unique(codes, return_index=True)
    present = present[np.argsort(first)]
    rank = np.zeros(len(names), dtype=np.int32)
    rank[present] = np.arange(len(present), dtype=np.int32)
    return pa.DictionaryArray.from_arrays(pa.array(rank[codes]), pa.array([names[i] for i in present.tolist()],
                                                                          type=pa.string()))


class _Vocab:
    """Distinct strings numbered in order of first use (the ``missing`` paths of a partition)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def code(self, s: str) -> int:
        c = self.index.get(s)
        if c is None:
            c = self.index[s] = len(self.index)
        return c

    def array(self) -> Any:
        import pyarrow as pa

        return pa.array(list(self.index), type=pa.string())


def _missing_column(batch: Any, mid: str, rows: Any, und: Any, vocab: _Vocab) -> Any:
    """``missing`` of one measure's award rows as a ``list<string>`` array: null where not undetermined, else the
    paths :meth:`BatchResult.missing` lists for the row, in its order."""
    import pyarrow as pa

    from .engine.rules.columnar import AwardColumns

    r = batch.results[mid]
    n = len(rows)
    if r.result is None or not isinstance(r.result, AwardColumns) or not und.any():
        lists: list[Any] = [None] * n
        if und.any():
            for k, m in zip(np.nonzero(und)[0].tolist(), batch.missing_rows(mid, rows[und]), strict=True):
                lists[k] = m
        return pa.array(lists, type=pa.list_(pa.string()))
    ks = np.nonzero(und)[0]
    rr = rows[ks]
    if r.rows is None:
        local = rr
    else:
        pos = np.searchsorted(r.rows, rr)
        hit = (pos < len(r.rows)) & (r.rows[np.minimum(pos, max(len(r.rows) - 1, 0))] == rr)
        local = np.where(hit, pos, -1)
    counts_und, codes = _missing_ragged(r.result, np.asarray(local, dtype=np.int64), vocab)
    counts = np.zeros(n, dtype=np.int64)
    counts[ks] = counts_und
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    values = vocab.array().take(pa.array(codes, type=pa.int32())) if len(codes) else pa.array([], pa.string())
    return pa.ListArray.from_arrays(pa.array(offsets), values, mask=pa.array(~und))


def _rank(k: Any) -> Any:
    """For pieces sorted by their row ``k``: each piece's place within its row (0, 1, …)."""
    return np.arange(len(k), dtype=np.int64) - np.searchsorted(k, k, side="left")


def _missing_ragged(res: Any, local: Any, vocab: _Vocab) -> tuple[Any, Any]:
    """The missing paths of the rows ``local`` of ``res`` (−1: a row the measure did not run on), as
    ``(count per row, codes one row after the other)``, each row's paths in the order of
    :meth:`AwardColumns.missing`: the firm-level paths by bit (a dependency's paths in its bit's place, each path
    not listed before), then each section's flagged items in item order, each item's paths by bit."""
    from .engine.rules.columnar import UNDETERMINED

    n = len(local)
    valid = local >= 0
    st = np.asarray(res.status)
    und = np.zeros(n, dtype=bool)
    und[valid] = st[local[valid]] == UNDETERMINED
    ks = np.nonzero(und)[0]
    m = len(ks)
    counts = np.zeros(n, dtype=np.int64)
    if not m:
        return counts, np.zeros(0, dtype=np.int64)
    lrows = local[ks]
    # -- firm-level paths: decoded once per distinct bit pattern, then gathered row by row
    firm_bits = list(res.bits.firm.items())
    T = len(firm_bits)
    bitpos = np.asarray([b for _, b in firm_bits], dtype=np.int64)
    is_award = np.asarray([p.startswith("award:") for p, _ in firm_bits], dtype=bool)
    pcode = np.asarray([-1 if a else vocab.code(p) for (p, _), a in zip(firm_bits, is_award, strict=True)], dtype=np.int64)
    fb = np.asarray(res.fb)[lrows].astype(np.int64)
    uniq, inv = np.unique(fb, return_inverse=True)
    inv = np.asarray(inv).reshape(-1)
    M = ((uniq[:, None] >> bitpos[None, :]) & 1).astype(bool) if T else np.zeros((len(uniq), 0), dtype=bool)
    award_pat = (M & is_award[None, :]).any(axis=1)
    pat_len = M.sum(axis=1).astype(np.int64)
    pat_off = np.concatenate([[0], np.cumsum(pat_len)]).astype(np.int64)
    pat_codes = pcode[np.nonzero(M)[1]]
    fcount = np.zeros(m, dtype=np.int64)
    is_a = award_pat[inv]
    rn = np.nonzero(~is_a)[0]
    cn = pat_len[inv[rn]]
    fcount[rn] = cn
    total_n = int(cn.sum())
    fk_n = np.repeat(rn, cn)
    fc_n = pat_codes[np.repeat(pat_off[inv[rn]], cn) + _rank(fk_n)] if total_n else np.zeros(0, dtype=np.int64)
    fk, fc = fk_n, fc_n
    ra = np.nonzero(is_a)[0]
    if len(ra):
        # a dependency's paths go in its bit's place, each path once (not if listed before it)
        Ma = M[inv[ra]]
        pk, pt, pj, pc, pdep = [], [], [], [], []
        ar, at = np.nonzero(Ma & ~is_award[None, :])
        pk.append(ra[ar])
        pt.append(at)
        pj.append(np.zeros(len(ar), dtype=np.int64))
        pc.append(pcode[at])
        pdep.append(np.zeros(len(ar), dtype=bool))
        for t in np.nonzero(is_award & Ma.any(axis=0))[0].tolist():
            dep = res.foreign.get(int(bitpos[t]))
            if dep is None:
                continue
            sel = ra[Ma[:, t]]
            dcount, dcodes = _missing_ragged(dep, lrows[sel], vocab)
            dk = np.repeat(sel, dcount)
            pk.append(dk)
            pt.append(np.full(len(dk), t, dtype=np.int64))
            pj.append(_rank(dk))
            pc.append(dcodes)
            pdep.append(np.ones(len(dk), dtype=bool))
        k_, t_, j_, c_, d_ = (np.concatenate(x) for x in (pk, pt, pj, pc, pdep))
        o = np.lexsort((j_, t_, k_))
        k_, c_, d_ = k_[o], c_[o], d_[o]
        seq = np.arange(len(k_), dtype=np.int64)
        o2 = np.lexsort((seq, c_, k_))
        first = np.ones(len(k_), dtype=bool)
        first[o2[1:]] = (k_[o2[1:]] != k_[o2[:-1]]) | (c_[o2[1:]] != c_[o2[:-1]])
        keep = first | ~d_
        k_, c_ = k_[keep], c_[keep]
        fcount[ra] = np.bincount(k_, minlength=m)[ra]
        fk, fc = np.concatenate([fk_n, k_]), np.concatenate([fc_n, c_])
        o = np.argsort(fk, kind="stable")
        fk, fc = fk[o], fc[o]
    # -- item paths: the flagged items of the rows, by section, item and bit
    ik, isec, iit, ibit, icode = [], [], [], [], []
    where = np.full(len(st), -1, dtype=np.int64)
    where[lrows] = np.arange(m, dtype=np.int64)
    for si, (section, arr) in enumerate(res.ib.items()):
        arr = np.asarray(arr)
        if not arr.any():
            continue
        sec = res.cols.section(section)
        owner = np.asarray(sec.owner)
        its = np.nonzero((arr != 0) & (where[owner] >= 0))[0]
        if not len(its):
            continue
        kk = where[owner[its]]
        v = arr[its]
        pos = np.asarray(sec.pos)[its]
        for bo, (p, b) in enumerate(res.bits.items.get(section, {}).items()):
            hit = ((v >> b) & 1).astype(bool)
            if not hit.any():
                continue
            field_ = p[len(section) + 1:]
            upos, pinv = np.unique(pos[hit], return_inverse=True)
            pcodes = np.asarray([vocab.code(f"{section}.{q}.{field_}") for q in upos.tolist()], dtype=np.int64)
            h = int(hit.sum())
            ik.append(kk[hit])
            isec.append(np.full(h, si, dtype=np.int64))
            iit.append(its[hit])
            ibit.append(np.full(h, bo, dtype=np.int64))
            icode.append(pcodes[np.asarray(pinv).reshape(-1)])
    if not ik:
        counts[ks] = fcount
        return counts, fc
    k2, s2, i2, b2, c2 = (np.concatenate(x) for x in (ik, isec, iit, ibit, icode))
    o = np.lexsort((b2, i2, s2, k2))
    k2, c2 = k2[o], c2[o]
    icount = np.bincount(k2, minlength=m)
    tot = fcount + icount
    start = np.concatenate([[0], np.cumsum(tot)[:-1]]).astype(np.int64)
    out = np.empty(int(tot.sum()), dtype=np.int64)
    out[start[fk] + _rank(fk)] = fc
    out[start[k2] + fcount[k2] + _rank(k2)] = c2
    counts[ks] = tot
    return counts, out


def firm_table(p: Any, sums: dict[str, Any] | None = None) -> Any:
    """The partition's firms as an arrow table: key, the firm's district, industry and size, its total, low and
    high (``sums``: :func:`partition_sums` of ``p`` when already computed)."""
    import pyarrow as pa

    from .portfolio import arrow_money, firm_facts

    sums = partition_sums(p) if sums is None else sums
    d, ind, size = firm_facts(p.batch.cols)
    keys = p.keys if isinstance(p.keys, pa.Array) else pa.array(p.keys)
    return pa.table({"key": keys, "firm.district": pa.array(d, type=pa.string()),
                     "firm.industry": pa.array(ind, type=pa.string()), "firm.size": pa.array(size, type=pa.string()),
                     "total": arrow_money(sums["amount"]), "low": arrow_money(sums["low"]),
                     "high": arrow_money(sums["high"])})


def partition_sums(p: Any) -> dict[str, Any]:
    """In one pass over the measures: each firm's ``amount``, ``low`` and ``high`` in fen (as
    :meth:`Portfolio.total_fen`: eligible relief awards after stacking) and, per measure with results,
    ``per_measure[mid] = [fen paid, eligible firms, undetermined firms]``."""
    b = p.batch
    out: dict[str, Any] = {w: np.zeros(b.n, dtype=np.int64) for w in ("amount", "low", "high")}
    per: dict[str, list[int]] = {}
    for mid, r in b.results.items():
        if r.result is None:
            continue
        st = b.status(mid)
        paid = st == 3
        amount = np.where(paid, b.amount(mid), 0)
        per[mid] = [int(amount.sum()), int(paid.sum()), int((st == 2).sum())]
        if r.measure.relief:
            out["amount"] = out["amount"] + amount
            out["low"] = out["low"] + np.where(paid, b.low(mid), 0)
            out["high"] = out["high"] + np.where(paid, b.high(mid), 0)
    out["per_measure"] = per
    return out


def run_partition(folder: str, k: int, out: str | None, assumptions: dict[str, Any],
                  measures: Sequence[str] | None = None, include_ineligible: bool = False,
                  background: Any = None, tables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Partition ``k`` of the registry ``folder``: evaluated, its parts written under ``out``, and a summary
    returned (firms, totals and per-measure sums in fen, errors). A plain function of plain arguments, so a Dask
    worker runs it as is. ``background(job)``: runs the job that builds and writes the parts (default: here and
    now; :func:`estimate_registry` in one process hands it to a writer thread, see :class:`_WriteBehind`).
    ``tables``: the partition's files already read (:func:`~subsidycalc.registries.read_tables`)."""
    from functools import partial

    from . import _assumptions

    t0 = time.perf_counter()
    reg = read_registry(folder)
    part = read_partition(reg, k, tables)
    p = evaluate_partition(part, _assumptions(assumptions), measures)
    sums = partition_sums(p)
    if out is not None:
        job = partial(write_parts, p, sums, Path(out), k, include_ineligible)
        if background is None:
            job()
        else:
            background(job)
    return {"partition": k, "firms": part.n, "estimated": len(p.keys),
            "total": int(sums["amount"].sum()), "low": int(sums["low"].sum()),
            "high": int(sums["high"].sum()), "per_measure": sums["per_measure"],
            "errors": [(e.key, e.field, e.problem) for e in p.errors], "seconds": time.perf_counter() - t0}


def write_parts(p: Any, sums: dict[str, Any], out: Path, k: int, include_ineligible: bool = False) -> None:
    """Partition ``k``'s ``OUT/awards.parquet/part-k`` and ``OUT/firms.parquet/part-k``."""
    import pyarrow.parquet as pq

    for name, make in (("awards", lambda: award_table(p, include_ineligible)), ("firms", lambda: firm_table(p, sums))):
        path = out / f"{name}.parquet" / f"part-{k:05d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(make(), path)


class _WriteBehind:
    """Builds and writes a partition's parts on one background thread while the next partition is read and
    evaluated in this one (in one process on a machine with more than one core: the arrow and numpy work of the
    output releases the GIL). Before queuing a partition's job it waits for the previous one, so at most one
    evaluated partition waits for its output; an error surfaces at the next partition or on leaving. The job runs
    in a copy of the caller's ``decimal`` context."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="subsidycalc-write")
        self.last: Any = None

    def __call__(self, job: Any) -> None:
        import decimal

        self.wait()
        ctx = decimal.getcontext().copy()

        def run() -> None:
            with decimal.localcontext(ctx):
                job()

        self.last = self.pool.submit(run)

    def wait(self) -> None:
        if self.last is not None:
            last, self.last = self.last, None
            last.result()

    def __enter__(self) -> _WriteBehind:
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if exc[0] is None:
                self.wait()
        finally:
            self.pool.shutdown(wait=True)


_WORKER_READY = False


def worker_setup() -> None:
    """Once per worker process: when the worker's environment sets ``MALLOC_TRIM_THRESHOLD_`` (Dask's nanny does by
    default), glibc's adaptive thresholds are off and every large array is mapped and unmapped afresh; set them to
    glibc's own adaptive maxima instead (32 MiB mmap threshold, 64 MiB trim threshold). Nothing elsewhere."""
    global _WORKER_READY
    if _WORKER_READY:
        return
    _WORKER_READY = True
    import os
    import sys

    if not sys.platform.startswith("linux") or not os.environ.get("MALLOC_TRIM_THRESHOLD_"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        m_trim_threshold, m_mmap_threshold = -1, -3
        libc.mallopt(m_mmap_threshold, 32 * 2**20)
        libc.mallopt(m_trim_threshold, 64 * 2**20)
    except (OSError, AttributeError):  # not glibc
        pass


def run_on_worker(folder: str, k: int, out: str | None, assumptions: dict[str, Any],
                  measures: Sequence[str] | None = None, include_ineligible: bool = False) -> dict[str, Any]:
    """:func:`run_partition` as a Dask task: the worker process set up once (:func:`worker_setup`), then the
    partition read from ``folder`` and written under ``out`` by the worker itself; only the small summary returns."""
    worker_setup()
    return run_partition(folder, k, out, assumptions, measures, include_ineligible)


@dataclass
class RegistryResult:
    """What :func:`estimate_registry` returns: the registry's totals (exact ``Decimal`` yuan), per measure, and the
    firms left out."""

    folder: Path
    out: Path | None
    firms: int
    estimated: int
    total: Decimal
    low: Decimal
    high: Decimal
    per_measure: dict[str, dict[str, Any]]
    errors: list[CellError] = field(default_factory=list)
    seconds: float = 0.0

    def awards(self) -> Any:
        """``OUT/awards.parquet`` as a DataFrame (money as ``Decimal``)."""
        import pandas as pd

        return pd.read_parquet(self._out() / "awards.parquet")

    def firm_frame(self) -> Any:
        """``OUT/firms.parquet`` as a DataFrame."""
        import pandas as pd

        return pd.read_parquet(self._out() / "firms.parquet")

    def _out(self) -> Path:
        if self.out is None:
            raise LookupError("this run wrote no files (out=None)")
        return self.out

    def __str__(self) -> str:
        from .engine.money import yuan

        return (f"registry {self.folder}: {self.estimated:,} of {self.firms:,} firms estimated"
                f" ({len(self.errors)} bad cells)\ntotal {yuan(self.total)} yuan\nlow {yuan(self.low)} yuan\n"
                f"high {yuan(self.high)} yuan")


def _client(client: Any) -> tuple[Any, Any]:
    """``(client, what to close afterwards)`` for ``"local"``, a scheduler address, or a ``Client`` (not closed)."""
    if client is None or not isinstance(client, str):
        return client, None
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - without the extra
        raise ImportError("--dask needs the registry extra: pip install 'subsidycalc[registry]'") from e
    if client == "local":
        import dask

        # Dask's nanny sets MALLOC_TRIM_THRESHOLD_ in its workers' environment by default, which turns off glibc's
        # adaptive mmap threshold: every array the evaluator allocates is then mapped and unmapped afresh (page
        # faults: measured 2.3x the CPU of one partition). The local workers start without it.
        with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        c = Client(cluster)
        return c, [c, cluster]
    c = Client(client)
    return c, [c]


def estimate_registry(folder: str | Path, out: str | Path | None = None, assumptions: Any = None, *,
                      measures: Sequence[str] | None = None, client: Any = None, progress: bool | None = None,
                      include_ineligible: bool = False) -> RegistryResult:
    """Estimate every firm of the registry ``folder`` partition by partition (see the module docstring); write the
    results under ``out`` (when given) and return the totals.

    ``client``: ``None`` (this process), ``"local"`` (a 2-worker ``LocalCluster`` on this machine), a scheduler
    address (``"tcp://10.0.0.5:8786"``) or a ``dask.distributed.Client``. ``progress``: a ``tqdm.auto`` bar per
    partition (default: when interactive).
    """
    from . import _assumptions, catalog
    from .progress import progress_bar

    t0 = time.perf_counter()
    folder = Path(folder).resolve()  # absolute: workers elsewhere open the same paths
    out = None if out is None else Path(out).resolve()
    reg = read_registry(folder)
    a = _assumptions(assumptions)
    if measures is not None:
        measures = [catalog().resolve(m) for m in measures]
    adict = a.model_dump(mode="json", exclude_defaults=True)
    outs = None if out is None else str(Path(out))
    if out is not None:
        Path(out).mkdir(parents=True, exist_ok=True)
        for name in ("awards.parquet", "firms.parquet"):
            d = Path(out) / name
            if d.is_dir():
                for f in d.glob("part-*.parquet"):
                    f.unlink()
    args = (str(folder), outs, adict, measures, include_ineligible)
    summaries: list[dict[str, Any]] = []
    n_parts = reg.n_partitions
    with progress_bar(total=reg.manifest.get("firms"), unit="firm", desc="estimating", enabled=progress) as bar:
        c, owned = _client(client)
        try:
            if c is None:
                from concurrent.futures import ThreadPoolExecutor

                # the next partition's files are read on a reader thread, and each partition's output is built
                # and written on a writer thread, while this one decodes and evaluates
                with _WriteBehind() as writer, ThreadPoolExecutor(1, thread_name_prefix="subsidycalc-read") as rd:
                    ahead = rd.submit(read_tables, reg, 0) if n_parts else None
                    for k in range(n_parts):
                        assert ahead is not None
                        tables = ahead.result()
                        ahead = rd.submit(read_tables, reg, k + 1) if k + 1 < n_parts else None
                        s = run_partition(args[0], k, *args[1:], background=writer, tables=tables)
                        del tables
                        summaries.append(s)
                        bar.update(s["firms"])
            else:
                from dask.distributed import as_completed

                futures = [c.submit(run_on_worker, args[0], k, *args[1:], pure=False, key=f"subsidycalc-part-{k}")
                           for k in range(n_parts)]
                for fut in as_completed(futures):
                    s = fut.result()
                    summaries.append(s)
                    bar.update(s["firms"])
                    fut.release()
        finally:
            for thing in owned or ():
                thing.close()
    summaries.sort(key=lambda s: s["partition"])
    per: dict[str, list[int]] = {}
    for s in summaries:
        for mid, v in s["per_measure"].items():
            acc = per.setdefault(mid, [0, 0, 0])
            for i in range(3):
                acc[i] += v[i]
    errors = [CellError(*e) for s in summaries for e in s["errors"]]
    result = RegistryResult(
        folder, None if out is None else Path(out), sum(s["firms"] for s in summaries),
        sum(s["estimated"] for s in summaries), _yuan(sum(s["total"] for s in summaries)),
        _yuan(sum(s["low"] for s in summaries)), _yuan(sum(s["high"] for s in summaries)),
        {mid: {"amount": _yuan(v[0]), "eligible": v[1], "undetermined": v[2]} for mid, v in per.items()},
        errors, time.perf_counter() - t0)
    if out is not None:
        _write_errors(Path(out) / "errors.csv", errors)
        summary = {"registry": str(folder), "firms": result.firms, "estimated": result.estimated,
                   "total": str(result.total), "low": str(result.low), "high": str(result.high),
                   "assumptions": adict, "measures": measures, "seconds": round(result.seconds, 3),
                   "per_measure": {m: {"amount": str(v["amount"]), "eligible": v["eligible"],
                                       "undetermined": v["undetermined"]} for m, v in result.per_measure.items()}}
        (Path(out) / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    return result


def _write_errors(path: Path, errors: list[CellError]) -> None:
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["key", "field", "problem"])
        for e in errors:
            w.writerow([e.key, e.field, e.problem])


__all__ = ["RegistryResult", "award_table", "estimate_registry", "evaluate_partition", "firm_table", "prepare",
           "partition_sums", "run_on_worker", "run_partition", "worker_setup", "write_parts"]
