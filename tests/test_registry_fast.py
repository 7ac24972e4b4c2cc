"""The vectorised paths of registries (issue 10 targets): the awards table's ``missing`` lists, the key index of a
partition, the enum and list decoding, the write-behind thread and the Dask workers' setup give what the row-by-row
paths give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import subsidycalc as sc

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from subsidycalc import registries as R  # noqa: E402
from subsidycalc import registry_run as RR  # noqa: E402
from subsidycalc.synthetic_tables import synthetic_tables  # noqa: E402


def _missing_by_rows(p: Any, include_ineligible: bool) -> list[Any]:
    """The ``missing`` column as the row-by-row decoding gives it (``BatchResult.missing``), measure by measure."""
    out: list[Any] = []
    for mid in p.measure_ids:
        st = p.batch.status(mid)
        rows = np.arange(len(st)) if include_ineligible else np.nonzero(st != 1)[0]
        out.extend(p.batch.missing(mid, int(r)) if st[r] == 2 else None for r in rows.tolist())
    return out


@pytest.mark.parametrize("include_ineligible", [False, True])
def test_award_missing_lists_equal_the_row_by_row_decoding(include_ineligible: bool) -> None:
    from subsidycalc.engine.rules.columns import Columns

    t = synthetic_tables(1500, seed=11)
    for cols in (t, Columns(1500, t).subset(np.arange(100, 1400, 2))):  # whole, and a subset batch (bad rows)
        p = sc.estimate_many(cols, progress=False)
        table = RR.award_table(p, include_ineligible)
        assert table.column("missing").to_pylist() == _missing_by_rows(p, include_ineligible)
        assert table.schema.field("measure_id").type == pa.dictionary(pa.int32(), pa.string())


def test_a_dependency_s_missing_facts_are_listed_once_in_its_place() -> None:
    """Awards that depend on another measure's award (``award:`` bits) list its missing facts in the bit's
    place, each once: some undetermined rows of the catalog have them."""
    p = sc.estimate_many(synthetic_tables(3000, seed=4), progress=False)
    hit = 0
    for mid in p.measure_ids:
        r = p.batch.results[mid]
        if r.result is None or not any(k.startswith("award:") for k in r.result.bits.firm):
            continue
        st = p.batch.status(mid)
        rows = np.nonzero(st == 2)[0]
        vocab = RR._Vocab()
        col = RR._missing_column(p.batch, mid, rows, np.ones(len(rows), dtype=bool), vocab)
        assert col.to_pylist() == [p.batch.missing(mid, int(i)) for i in rows], mid
        hit += len(rows)
    assert hit > 0


def _registry(d: Path, firms: Any, loans: Any) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "manifest.json").write_text(json.dumps({"format": R.FORMAT, "key": "id", "sections": {"loans": "complete"}}))
    pq.write_table(pa.table({"id": firms, "district": pa.array(["xicheng"] * len(firms))}), d / "firms.parquet")
    pq.write_table(pa.table({"id": loans, "principal": pa.array(["100"] * len(loans))}), d / "loans.parquet")
    return d


@pytest.mark.parametrize(("firms", "loans", "owners", "orphans"), [
    (pa.array([7, 3, 3, None, 9], pa.int64()), pa.array([9, 3, None, 4, 7], pa.int32()), [0, 1, 4], [None, 4]),
    (pa.array(["b", "a", "a", None, "c"]), pa.array(["c", "a", "zz", "b"]), [0, 1, 4], ["zz"]),
    (pa.array([1, 2, 3], pa.int64()), pa.array(["1", "2"]), [], ["1", "2"]),  # 1 is not "1", as in Python
    (pa.array([2**63 + 5, 7], pa.uint64()), pa.array([7, 2**63 + 5], pa.uint64()), [0, 1], []),
])
def test_items_find_their_firm_by_key_as_a_dict_would(tmp_path: Path, firms: Any, loans: Any, owners: list[int],
                                                      orphans: list[Any]) -> None:
    part = sc.read_registry(_registry(tmp_path / "r", firms, loans)).partition(0)
    keys = firms.to_pylist()
    row_of: dict[Any, int] = {}
    for i, k in enumerate(keys):
        if k is not None:
            row_of.setdefault(k, i)
    want = sorted(row_of[k] for k in loans.to_pylist() if k in row_of)
    sec = part.source.sections["loans"][0]
    assert sorted(np.asarray(sec.owner).tolist()) == want == owners
    assert [e.key for e in part.errors if e.field == "loans.id"] == orphans
    dup = [i for i, k in enumerate(keys) if k is not None and row_of[k] != i]
    assert [e.key for e in part.errors if e.problem == "the same key on two rows"] == [keys[i] for i in dup]
    assert [e.key for e in part.errors if e.problem == "the key is empty"] == [
        f"row {i + 2}" for i, k in enumerate(keys) if k is None]
    assert list(part.bad) == [k is None or i in dup for i, k in enumerate(keys)]


def test_dictionary_enum_words_and_empty_text_decode_as_plain_text(tmp_path: Path) -> None:
    d = tmp_path / "e"
    d.mkdir()
    (d / "manifest.json").write_text(json.dumps({"format": R.FORMAT, "key": "id"}))
    words = ["xicheng", "", None, "atlantis", "haidian", "xicheng"]
    for name, col in (("plain", pa.array(words)), ("dict", pa.array(words).dictionary_encode())):
        pq.write_table(pa.table({"id": pa.array(range(6)), "district": col}), d / "firms.parquet",
                       row_group_size=4)  # two row groups: a chunked column
        part = sc.read_registry(d).partition(0)
        v = part.source.facts["district"]
        assert list(v.known) == [True, False, False, False, True, True], name
        assert [e.key for e in part.errors] == [3] and "'atlantis' is not one of" in part.errors[0].problem, name
        vocab = list(v.vocab)
        assert [vocab[c] if k else None for c, k in zip(v.data, v.known, strict=True)] == [
            "xicheng", None, None, None, "haidian", "xicheng"], name


def test_lists_of_text_with_a_null_item_are_bad_cells(tmp_path: Path) -> None:
    d = tmp_path / "l"
    d.mkdir()
    (d / "manifest.json").write_text(json.dumps({"format": R.FORMAT, "key": "id"}))
    path = next(p for p, s in R.firm_fields().items() if s.kind == "strlist")
    col = pa.array([["a"], None, ["b", None], []], type=pa.list_(pa.string()))
    pq.write_table(pa.table({"id": pa.array(range(4)), path: col}), d / "firms.parquet")
    part = sc.read_registry(d).partition(0)
    assert [(e.key, e.field) for e in part.errors if e.key == 2] == [(2, path)]
    assert list(part.source.facts[path].known)[1:3] == [False, False]


def test_write_behind_waits_for_each_job_and_surfaces_errors() -> None:
    done: list[int] = []
    with RR._WriteBehind() as w:
        for i in range(3):
            w(lambda i=i: done.append(i))
    assert done == [0, 1, 2]

    def boom() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"), RR._WriteBehind() as w:
        w(boom)
        w(lambda: done.append(9))  # waits for boom first: raises here
    assert 9 not in done


def test_one_process_run_writes_what_each_partition_gives(tmp_path: Path) -> None:
    reg = R.write_synthetic(tmp_path / "reg", 240, seed=8, partition_size=80, progress=False)
    r = sc.estimate_registry(reg, tmp_path / "out", progress=False)  # parts written behind
    for k in range(3):
        RR.run_partition(str(reg), k, str(tmp_path / "now"), {})  # parts written here and now
        for name in ("awards", "firms"):
            a = pq.read_table(tmp_path / "out" / f"{name}.parquet" / f"part-{k:05d}.parquet")
            b = pq.read_table(tmp_path / "now" / f"{name}.parquet" / f"part-{k:05d}.parquet")
            assert a.equals(b), (name, k)
    assert r.firms == 240


def test_local_workers_start_without_dask_s_malloc_trim_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--dask local``: Dask's nanny would set MALLOC_TRIM_THRESHOLD_ in the workers (glibc's adaptive mmap
    threshold off: every array mapped afresh); the cluster is started without it."""
    pytest.importorskip("distributed")
    import dask
    import dask.distributed as dd

    seen: dict[str, Any] = {}

    class FakeCluster:
        def __init__(self, **kw: Any) -> None:
            seen["kw"] = kw
            seen["environ"] = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))

        def close(self) -> None:
            pass

    class FakeClient:
        def __init__(self, cluster: Any) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(dd, "LocalCluster", FakeCluster)
    monkeypatch.setattr(dd, "Client", FakeClient)
    assert dask.config.get("distributed.nanny.pre-spawn-environ").get("MALLOC_TRIM_THRESHOLD_") is not None
    c, owned = RR._client("local")
    assert seen["environ"].get("MALLOC_TRIM_THRESHOLD_") is None
    assert seen["kw"]["n_workers"] == 2 and seen["kw"]["threads_per_worker"] == 1 and seen["kw"]["processes"]
    assert dask.config.get("distributed.nanny.pre-spawn-environ").get("MALLOC_TRIM_THRESHOLD_") is not None
    for thing in owned or ():
        thing.close()
