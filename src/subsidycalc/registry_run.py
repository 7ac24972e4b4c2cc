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

from .registries import CellError, Partition, read_registry


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
    """The partition's awards as an arrow table (see the module docstring)."""
    import pyarrow as pa

    from .engine.batch import STATUS
    from .portfolio import arrow_money

    keys = pa.array(p.keys)
    mids = p.measure_ids
    tables = []
    status_names = pa.array([s or "" for s in STATUS], type=pa.string())
    for j, mid in enumerate(mids):
        st = p.batch.status(mid)
        rows = np.arange(len(st)) if include_ineligible else np.nonzero(st != 1)[0]
        if not len(rows):
            continue
        s = st[rows]
        und = s == 2
        missing: list[Any] = [None] * len(rows)
        und_at = np.nonzero(und)[0]
        for k, m in zip(und_at.tolist(), p.batch.missing_rows(mid, rows[und_at]), strict=True):
            missing[k] = m
        tables.append(pa.table({
            "key": keys.take(pa.array(rows)),
            "measure_id": pa.DictionaryArray.from_arrays(pa.array(np.full(len(rows), j, dtype=np.int32)),
                                                         pa.array(mids, type=pa.string())),
            "status": pa.DictionaryArray.from_arrays(pa.array(s.astype(np.int32)), status_names),
            "amount": arrow_money(p.batch.amount(mid)[rows], und),
            "low": arrow_money(p.batch.low(mid)[rows], und),
            "high": arrow_money(p.batch.high(mid)[rows], und),
            "missing": pa.array(missing, type=pa.list_(pa.string())),
        }))
    if not tables:
        return pa.table({"key": pa.array([], type=keys.type), "measure_id": pa.array([], pa.string()),
                         "status": pa.array([], pa.string()), "amount": pa.array([], pa.decimal128(38, 2)),
                         "low": pa.array([], pa.decimal128(38, 2)), "high": pa.array([], pa.decimal128(38, 2)),
                         "missing": pa.array([], pa.list_(pa.string()))})
    return pa.concat_tables([t.cast(tables[0].schema) if t.schema != tables[0].schema else t for t in
                             [_unify(t) for t in tables]])


def _unify(t: Any) -> Any:
    import pyarrow as pa

    return t.set_column(1, "measure_id", t.column(1).cast(pa.string())).set_column(
        2, "status", t.column(2).cast(pa.string()))


def firm_table(p: Any) -> Any:
    import pyarrow as pa

    from .portfolio import arrow_money, firm_facts

    d, ind, size = firm_facts(p.batch.cols)
    return pa.table({"key": pa.array(p.keys), "firm.district": pa.array(d, type=pa.string()),
                     "firm.industry": pa.array(ind, type=pa.string()), "firm.size": pa.array(size, type=pa.string()),
                     "total": arrow_money(p.total_fen("amount")), "low": arrow_money(p.total_fen("low")),
                     "high": arrow_money(p.total_fen("high"))})


def run_partition(folder: str, k: int, out: str | None, assumptions: dict[str, Any],
                  measures: Sequence[str] | None = None, include_ineligible: bool = False) -> dict[str, Any]:
    """Partition ``k`` of the registry ``folder``: evaluated, its parts written under ``out``, and a summary
    returned (firms, totals and per-measure sums in fen, errors). A plain function of plain arguments, so a Dask
    worker runs it as is."""
    import pyarrow.parquet as pq

    from . import _assumptions

    t0 = time.perf_counter()
    reg = read_registry(folder)
    part = reg.partition(k)
    p = evaluate_partition(part, _assumptions(assumptions), measures)
    if out is not None:
        for name, table in (("awards", award_table(p, include_ineligible)), ("firms", firm_table(p))):
            path = Path(out) / f"{name}.parquet" / f"part-{k:05d}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, path)
    per: dict[str, list[int]] = {}
    for mid, r in p.batch.results.items():
        if r.result is None:
            continue
        st = p.batch.status(mid)
        paid = st == 3
        per[mid] = [int(np.where(paid, p.batch.amount(mid), 0).sum()), int(paid.sum()), int((st == 2).sum())]
    return {"partition": k, "firms": part.n, "estimated": len(p.keys),
            "total": int(p.total_fen("amount").sum()), "low": int(p.total_fen("low").sum()),
            "high": int(p.total_fen("high").sum()), "per_measure": per,
            "errors": [(e.key, e.field, e.problem) for e in p.errors], "seconds": time.perf_counter() - t0}


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
                for k in range(n_parts):
                    s = run_partition(args[0], k, *args[1:])
                    summaries.append(s)
                    bar.update(s["firms"])
            else:
                from dask.distributed import as_completed

                futures = [c.submit(run_partition, args[0], k, *args[1:], pure=False, key=f"subsidycalc-part-{k}")
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
           "run_partition"]
