"""Registries on disk (issue 10): layout, per-cell validation, exact CSV/Parquet round trip, estimate_registry in one
process and on a 2-worker Dask LocalCluster, the CLI, and the portfolio analysis built on them."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import subsidycalc as sc

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

from subsidycalc import registries as R  # noqa: E402
from subsidycalc.synthetic_tables import profiles, synthetic_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "registry"


@pytest.fixture(scope="module")
def synthetic_registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 synthetic firms in 2 partitions (Parquet)."""
    d = tmp_path_factory.mktemp("reg") / "reg"
    R.write_synthetic(d, 300, seed=21, partition_size=150, progress=False)
    return d


@pytest.fixture(scope="module")
def single_run(synthetic_registry: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("out") / "single"
    return sc.estimate_registry(synthetic_registry, out, progress=False)


def _same_columns(a: R.TablesSource, b: R.TablesSource) -> None:
    from subsidycalc.engine.rules.schema import firm_schema

    schema = firm_schema()
    for path, spec in schema.facts.items():
        if spec.section is None:
            va, vb = a.fact(spec, a.n), b.fact(spec, b.n)
        else:
            sa, sb = a.section(spec.section, a.n), b.section(spec.section, b.n)
            assert np.array_equal(sa.owner, sb.owner) and np.array_equal(sa.pos, sb.pos), spec.section
            assert np.array_equal(sa.known, sb.known), spec.section
            va, vb = a.item_fact(spec, sa), b.item_fact(spec, sb)
        assert np.array_equal(va.known, vb.known), path
        k = np.asarray(va.known)
        if va.kind == "num":
            left = np.asarray(va.data.n)[k] * (np.asarray(vb.data.d)[k] if isinstance(vb.data.d, np.ndarray)
                                               else vb.data.d)
            right = np.asarray(vb.data.n)[k] * (np.asarray(va.data.d)[k] if isinstance(va.data.d, np.ndarray)
                                                else va.data.d)
            assert np.array_equal(left, right), path
        else:
            assert list(np.asarray(va.data)[k]) == list(np.asarray(vb.data)[k]), path


def test_csv_and_parquet_round_trip_exactly(tmp_path: Path) -> None:
    t = synthetic_tables(1500, seed=9)
    R.write_registry(tmp_path / "pq", t, fmt="parquet")
    R.write_registry(tmp_path / "csv", t, fmt="csv")
    assert (tmp_path / "csv" / "firms.csv").is_file() and (tmp_path / "pq" / "loans.parquet").is_file()
    from_pq = sc.read_registry(tmp_path / "pq").partition(0)
    from_csv = sc.read_registry(tmp_path / "csv").partition(0)
    assert from_pq.errors == [] and from_csv.errors == []
    assert from_pq.keys == from_csv.keys == list(range(1500))
    _same_columns(from_pq.source, from_csv.source)
    _same_columns(t, from_csv.source)
    assert profiles(from_csv.source) == profiles(t)  # every fact, list and sub-model as generated


def test_csv_written_from_parquet_reads_the_same(tmp_path: Path) -> None:
    t = synthetic_tables(400, seed=2)
    R.write_registry(tmp_path / "a", t)
    p = sc.read_registry(tmp_path / "a").partition(0)
    R.write_registry(tmp_path / "b", p.source, p.keys, fmt="csv")
    R.write_registry(tmp_path / "c", sc.read_registry(tmp_path / "b").partition(0).source, fmt="parquet")
    assert profiles(sc.read_registry(tmp_path / "c").partition(0).source) == profiles(t)


def test_the_example_registry_is_the_example_firms() -> None:
    reg = sc.read_registry(EXAMPLE)
    part = reg.partition(0)
    assert part.errors == [] and reg.sections()["loans"] == "complete"
    names = {"xicheng-restaurant": "xicheng_restaurant", "mentougou-employer": "mentougou_hiring_employer",
             "shijingshan-supermarket": "shijingshan_supermarket"}
    assert part.keys == list(names)
    for key, got in zip(part.keys, profiles(part.source), strict=True):
        want = json.loads((ROOT / "examples" / "firms" / f"{names[key]}.json").read_text(encoding="utf-8"))
        for s in ("loans", "leases", "hires"):  # complete in the manifest: no rows = none
            want.setdefault(s, [])
        assert sc.Firm.model_validate(got) == sc.Firm.model_validate(want), key


def test_estimate_registry_matches_estimate_firm_by_firm(tmp_path: Path) -> None:
    r = sc.estimate_registry(EXAMPLE, tmp_path / "out", progress=False)
    firms = r.firm_frame().set_index("key")
    part = sc.read_registry(EXAMPLE).partition(0)
    total = Decimal(0)
    for key, prof in zip(part.keys, profiles(part.source), strict=True):
        rep = sc.estimate(prof)
        total += rep.total
        assert (firms.loc[key, "total"], firms.loc[key, "low"], firms.loc[key, "high"]) == (
            rep.total, rep.total_low, rep.total_high)
        awards = r.awards()
        mine = awards[awards["key"] == key].set_index("measure_id")
        for a in rep.awards:
            if a.status == "ineligible":
                assert a.measure_id not in mine.index
                continue
            row = mine.loc[a.measure_id]
            assert row["status"] == a.status
            if a.status == "eligible":
                assert (row["amount"], row["low"], row["high"]) == (a.amount, a.low, a.high)
            else:  # undetermined: money missing, never 0; the facts it needs
                assert row["amount"] is None and sorted(row["missing"]) == sorted(a.missing)  # the same facts (order: schema vs reading)
    assert r.total == total
    assert firms.loc["xicheng-restaurant", "firm.district"] == "xicheng"
    assert firms.loc["mentougou-employer", "firm.size"] in ("micro", "small", "medium", "large")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_bad_cells_are_reported_with_key_field_and_problem_without_stopping(tmp_path: Path) -> None:
    d = tmp_path / "bad"
    _write(d, "manifest.json", json.dumps({"format": R.FORMAT, "key": "id", "sections": {"loans": "complete"}}))
    _write(d, "firms.csv", "id,district,revenue,employees,qualifications.heavily_affected,size\n"
                           "a,mentougou,1000000.5,10,true,small\n"
                           "b,atlantis,12.345,-3,perhaps,\n"
                           "c,xicheng,,,,\n"
                           "d,haidian,20,1,yes,huge\n")
    _write(d, "loans.csv", "id,principal,annual_rate,disbursed_on\n"
                           "a,100000,0.04,2020-03-01\n"
                           "c,100000,4.35,2020-02-30\n"
                           "zz,1,0.01,2020-01-01\n")
    reg = sc.read_registry(d)
    part = reg.partition(0)
    got = {(e.key, e.field) for e in part.errors}
    assert got == {("b", "district"), ("b", "revenue"), ("b", "employees"), ("b", "qualifications.heavily_affected"),
                   ("c", "loans.0.annual_rate"), ("c", "loans.0.disbursed_on"), ("d", "size"),
                   ("d", "qualifications.heavily_affected"), ("zz", "loans.id")}
    problems = {(e.key, e.field): e.problem for e in part.errors}
    assert "2 decimal places" in problems[("b", "revenue")]
    assert "decimal fraction" in problems[("c", "loans.0.annual_rate")]
    assert "'atlantis' is not one of" in problems[("b", "district")]
    assert list(part.bad) == [False, True, True, True]
    p = sc.estimate_many(reg, progress=False)
    assert p.keys == ["a"] and {e.key for e in p.errors} == {"b", "c", "d", "zz"}
    r = sc.estimate_registry(d, tmp_path / "out", progress=False)
    assert r.estimated == 1 and r.firms == 4
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert set(zip(errors["key"], errors["field"], strict=True)) == got


def test_empty_cell_is_unknown_and_the_manifest_says_which_lists_are_complete(tmp_path: Path) -> None:
    d = tmp_path / "m"
    _write(d, "manifest.json", json.dumps({"format": R.FORMAT, "key": "id",
                                           "sections": {"loans": "complete", "leases": "unknown"}}))
    _write(d, "firms.csv", "id,district,workforce.ui_insured_avg_2019,lending\nx,xicheng,,\ny,xicheng,12,\n")
    _write(d, "leases.csv", "id,monthly_rent\ny,1000\n")
    x, y = profiles(sc.read_registry(d).partition(0).source)
    assert x == {"district": "xicheng", "loans": []}  # no workforce fact: no workforce; no lease rows: unknown
    assert y["workforce"] == {"ui_insured_avg_2019": "12"} and y["loans"] == [] and y["leases"] == [
        {"monthly_rent": "1000"}]
    assert "lending" not in y  # no lending facts: not a lender
    with pytest.raises(R.RegistryError, match="did you mean 'workforce.ui_insured_avg_2019'"):
        _write(d, "firms.csv", "id,workforce.ui_insured_avg2019\nx,1\n")
        sc.read_registry(d).partition(0)


def test_a_registry_folder_without_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(R.RegistryError, match="manifest.json"):
        sc.read_registry(tmp_path)


def test_partitions_give_the_numbers_of_one_batch(synthetic_registry: Path, single_run: Any) -> None:
    reg = sc.read_registry(synthetic_registry)
    assert reg.n_partitions == 2 and reg.n == 300
    t = synthetic_tables(300, seed=21)
    whole = sc.estimate_many(t, progress=False)
    assert single_run.total == Decimal(int(whole.total_fen().sum())).scaleb(-2)
    firms = single_run.firm_frame().sort_values("key")
    assert [Decimal(int(x)).scaleb(-2) for x in whole.total_fen()] == list(firms["total"])
    awards = single_run.awards()
    assert set(awards["status"]) <= {"eligible", "undetermined"}
    und = awards[awards["status"] == "undetermined"]
    assert und["amount"].isna().all() and und["missing"].map(len).gt(0).all()


def test_a_two_worker_dask_cluster_gives_the_same_amounts(synthetic_registry: Path, single_run: Any,
                                                         tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        r = sc.estimate_registry(synthetic_registry, tmp_path / "dask", client=client, progress=False)
    assert (r.total, r.low, r.high, r.estimated) == (single_run.total, single_run.low, single_run.high,
                                                     single_run.estimated)
    key = ["key", "measure_id"]
    a = single_run.awards().sort_values(key).reset_index(drop=True)
    b = r.awards().sort_values(key).reset_index(drop=True)
    assert a[key + ["status", "amount", "low", "high"]].equals(b[key + ["status", "amount", "low", "high"]])
    assert single_run.firm_frame().sort_values("key").reset_index(drop=True).equals(
        r.firm_frame().sort_values("key").reset_index(drop=True))


def test_cli_synthetic_and_estimate_registry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from subsidycalc.cli import main

    assert main(["synthetic", "120", "--seed", "3", "--out", str(tmp_path / "reg"), "--partition-size", "60",
                 "--format", "csv"]) == 0
    assert (tmp_path / "reg" / "firms" / "part-00001.csv").is_file()
    capsys.readouterr()
    assert main(["estimate-registry", str(tmp_path / "reg"), "--out", str(tmp_path / "out"), "--no-progress",
                 "--set", "benchmark_series=pboc"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-3].startswith("total ") and lines[-2].startswith("low ") and lines[-1].startswith("high ")
    r = sc.estimate_registry(tmp_path / "reg", None, {"benchmark_series": "pboc"}, progress=False)
    from subsidycalc.engine.money import yuan

    assert lines[-3] == f"total {yuan(r.total)} yuan"
    assert pd.read_parquet(tmp_path / "out" / "firms.parquet").shape[0] == 120
    mid = "mentougou.scale_hiring_one_off_job_subsidy"
    assert main(["estimate-registry", str(tmp_path / "reg"), "--out", str(tmp_path / "one"), "--no-progress",
                 "--measures", mid]) == 0
    assert set(pd.read_parquet(tmp_path / "one" / "awards.parquet")["measure_id"]) <= {mid}
    assert main(["estimate-registry", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x")]) == 2
    assert "manifest.json" in capsys.readouterr().err
    assert main(["estimate-registry", str(tmp_path / "reg"), "--out", str(tmp_path / "x"), "--set", "nope=1"]) == 2


def test_portfolio_frame_carries_the_firm_and_totals_group_by_either_side() -> None:
    p = sc.estimate_many(sc.read_registry(EXAMPLE), progress=False)
    f = p.frame
    assert {"firm.district", "firm.industry", "firm.size"} <= set(f.columns)
    by_firm = p.totals("firm.district")
    by_payer = p.totals("measure.district")
    assert set(by_firm.index) == {"xicheng", "mentougou", "shijingshan"}
    assert "beijing" in by_payer.index and p.totals("district").equals(by_payer)
    assert by_firm["amount"].sum() == by_payer["amount"].sum() == Decimal(int(p.total_fen().sum())).scaleb(-2)
    assert all(isinstance(v, Decimal) for v in by_firm["amount"])  # exact, one dtype
    und = f[f["status"] == "undetermined"]
    assert len(und) and und["amount"].isna().all()
    assert p.totals(["firm.district", "kind"])["amount"].sum() == by_firm["amount"].sum()
    ft = p.firm_totals().set_index("firm")
    assert ft.loc["mentougou-employer", "total"] == sc.estimate(json.loads(
        (ROOT / "examples/firms/mentougou_hiring_employer.json").read_text(encoding="utf-8")) | {"loans": [],
                                                                                                 "leases": []}).total


def test_compare_accepts_a_portfolio_or_a_registry(synthetic_registry: Path) -> None:
    hirer = {"name": "hirer", "district": "mentougou", "hires": [
        {"group": "urban_rural_labor", "hukou_district": "mentougou", "count": 10, "contract_months": 12,
         "social_insurance_paid": True, "wage_at_least_minimum": True}]}
    p = sc.estimate_many([hirer, {"name": "other", "district": "xicheng"}], progress=False)
    c = sc.compare(p, {}, {"mentougou_hiring_tier_mode": "marginal"})
    mid = "mentougou.scale_hiring_one_off_job_subsidy"
    assert c.by_measure.loc[mid, "difference"] == Decimal("-4500.00") and c.difference == Decimal("-4500.00")
    assert c.by_firm.loc["hirer", "difference"] == Decimal("-4500.00") and c.by_firm.loc["other", "difference"] == 0
    assert list(c.changed().index) == [mid] and "-4,500.00" in str(c)
    small = synthetic_registry.parent / "small"
    shutil.rmtree(small, ignore_errors=True)
    R.write_synthetic(small, 200, seed=21, partition_size=100, progress=False)
    cr = sc.compare(sc.read_registry(small), {}, {"mentougou_hiring_tier_mode": "marginal"})
    cp = sc.compare(sc.estimate_many(synthetic_tables(200, seed=21), progress=False), {},
                    {"mentougou_hiring_tier_mode": "marginal"})
    assert cr.difference == cp.difference
    assert cr.by_firm["difference"].sum() == cr.difference


def test_progress_is_silent_when_not_interactive_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    from subsidycalc.progress import interactive, progress_bar

    assert not interactive()  # pytest captures stderr: not a terminal, not a kernel
    with progress_bar(total=3, unit="firm") as bar:
        bar.update(3)
    assert capsys.readouterr().err == ""
    with progress_bar(total=3, unit="firm", desc="estimating", enabled=True) as bar:
        bar.update(3)
    err = capsys.readouterr().err
    assert "estimating" in err and "3/3" in err


def test_missing_rows_equals_missing_row_by_row() -> None:
    rules = [m.id for m in sc.catalog() if m.rule is not None]
    p = sc.estimate_many(synthetic_tables(3000, seed=4), measures=rules, progress=False)
    for mid in p.measure_ids:
        rows = np.arange(p.batch.n)
        assert p.batch.missing_rows(mid, rows) == [p.batch.missing(mid, int(i)) for i in rows], mid


def test_csv_keys_are_text_unless_the_manifest_says_integer(tmp_path: Path) -> None:
    d = tmp_path / "k"
    _write(d, "manifest.json", json.dumps({"format": R.FORMAT, "key": "id"}))
    _write(d, "firms.csv", "id,district\n007,xicheng\n")
    assert sc.read_registry(d).partition(0).keys == ["007"]
    _write(d, "manifest.json", json.dumps({"format": R.FORMAT, "key": "id", "key_type": "integer"}))
    assert sc.read_registry(d).partition(0).keys == [7]


def test_a_subset_batch_gives_the_rows_of_the_whole_batch() -> None:
    """A registry partition with bad rows is evaluated as a subset of its columns: the stacking rules (per lease)
    must find each award's items in that subset."""
    from subsidycalc.engine.rules.columns import Columns

    t = synthetic_tables(400, seed=3)
    rows = np.arange(50, 350)
    part = sc.estimate_many(Columns(400, t).subset(rows), progress=False)
    whole = sc.estimate_many(t, progress=False)
    for mid in whole.measure_ids:
        for what in ("status", "amount", "low", "high"):
            got = part.status(mid) if what == "status" else part.amounts(mid, what)
            want = whole.status(mid) if what == "status" else whole.amounts(mid, what)
            assert list(got) == list(want[rows]), (mid, what)
