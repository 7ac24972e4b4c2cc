"""Notebook and portfolio helpers: frames, many firms, what-if, HTML, plots."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import subsidycalc as sc
from subsidycalc.analysis import unflatten

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parent.parent
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "examples/firms").glob("*.json")}
HIRER = {"name": "hirer", "district": "mentougou", "hires": [
    {"group": "urban_rural_labor", "hukou_district": "mentougou", "count": 10, "contract_months": 12,
     "social_insurance_paid": True, "wage_at_least_minimum": True}]}


def test_report_to_frame_has_one_row_per_award() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    df = r.to_frame()
    assert len(df) == len(r.awards)
    assert {"measure_id", "district", "kind", "beneficiary", "status", "amount", "low", "high", "reason",
            "source_url"} <= set(df.columns)
    row = df.set_index("measure_id").loc["xicheng.loan_interest_subsidy"]
    assert row["amount"] == Decimal("36000.00") and row["source_url"].startswith("https://www.bjxch")
    assert list(df["status"]) == sorted(df["status"], key=["eligible", "undetermined", "ineligible"].index)


def test_unflatten_builds_nested_profiles_and_drops_empty_cells() -> None:
    row = {"district": "xicheng", "workforce.ui_insured_avg_2019": 50, "loans.0.principal": "3000000",
           "loans.0.inclusive_finance": True, "loans.1.principal": float("nan"), "size": None, "industry": ""}
    assert unflatten(row) == {"district": "xicheng", "workforce": {"ui_insured_avg_2019": 50},
                              "loans": [{"principal": "3000000", "inclusive_finance": True}]}


def test_estimate_many_on_profiles_collects_errors_per_firm() -> None:
    firms = [FIRMS["xicheng_restaurant"], {"name": "broken", "loans": [{"annual_rate": "4.35"}]}, HIRER]
    p = sc.estimate_many(firms, progress=False)
    assert [(e.key, e.field) for e in p.errors] == [("broken", "loans.0.annual_rate")]
    assert set(p.frame["firm"]) == {FIRMS["xicheng_restaurant"]["name"], "hirer"}
    got = p.frame.set_index(["firm", "measure_id"]).loc[("hirer", "mentougou.scale_hiring_one_off_job_subsidy")]
    assert got["amount"] == Decimal("20000.00")  # 10 hires × 2,000 (tier "10人以上(含 10 人)", L6031)
    assert "hirer" in repr(p) or "firms" in repr(p)


def test_estimate_many_on_a_flat_dataframe() -> None:
    df = pd.DataFrame([
        {"name": "a", "district": "mentougou", "hires.0.group": "urban_rural_labor",
         "hires.0.hukou_district": "mentougou", "hires.0.count": 5, "hires.0.contract_months": 12,
         "hires.0.social_insurance_paid": True, "hires.0.wage_at_least_minimum": True},
        {"name": "b", "district": "atlantis"},
    ])
    p = sc.estimate_many(df, progress=False)
    assert [(e.key, e.field) for e in p.errors] == [("b", "district")]
    amt = p.frame.set_index(["firm", "measure_id"]).loc[("a", "mentougou.scale_hiring_one_off_job_subsidy"), "amount"]
    assert amt == Decimal("7500.00")  # 5 × 1,500 (tier "5人以上(含 5人)", L6029)
    totals = p.totals("district")
    assert totals.loc["mentougou", "amount"] >= 7500


def test_compare_lines_up_two_readings() -> None:
    c = sc.compare(HIRER, {}, {"mentougou_hiring_tier_mode": "marginal"})
    # cliff: 10 × 2,000 = 20,000; marginal: 9 × 1,500 + 1 × 2,000 = 15,500 (catalog 06 example 2)
    assert (c.total_a, c.total_b, c.difference) == (Decimal("20000.00"), Decimal("15500.00"), Decimal("-4500.00"))
    assert [r["measure_id"] for r in c.changed()] == ["mentougou.scale_hiring_one_off_job_subsidy"]
    assert "-4,500.00" in str(c) and "<table>" in c._repr_html_()
    assert len(c.to_frame()) == len(sc.catalog())
    with pytest.raises(sc.ValidationError):
        sc.compare(HIRER, {}, {"mentougou_hiring_tier": "marginal"})


def test_html_reprs() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    h = r._repr_html_()
    assert "36,000.00" in h and "text-align:right" in h and "bjxch.gov.cn" in h and "benchmark_series" in h
    assert h.index("xicheng.loan_interest_subsidy") < h.index("haidian.first_loan_subsidy")  # eligible first
    assert "可享受" in r.to_html(lang="zh")
    assert "给予 30%的实际利息补贴" in r["xicheng.loan_interest_subsidy"]._repr_html_()
    assert len(repr(r)) < 160 and "\n" not in repr(r)
    assert repr(r["xicheng.loan_interest_subsidy"]) == "<Award xicheng.loan_interest_subsidy: eligible 36,000.00>"


def test_plots_render_with_chinese_labels(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    from subsidycalc.plotting import cjk_font, plot_portfolio

    r = sc.estimate(FIRMS["xicheng_restaurant"])
    ax = r.plot(lang="zh")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    if cjk_font() is not None:  # the plot extra ships Noto Sans CJK SC via mplfonts
        assert "给予中小微企业贷款贴息" in labels
    else:  # clean fallback: English titles, never missing glyphs
        assert any(t.startswith("SME loan interest subsidy") for t in labels)
    ax.figure.savefig(tmp_path / "r.png")
    en = r.plot(lang="en")
    assert any(t.get_text().startswith("SME loan interest subsidy") for t in en.get_yticklabels())  # English titles
    fig = plot_portfolio(sc.estimate_many([FIRMS["xicheng_restaurant"], HIRER], progress=False))
    fig.savefig(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000


def test_plot_extra_ships_a_cjk_font() -> None:
    pytest.importorskip("mplfonts")
    from subsidycalc.plotting import cjk_font

    assert cjk_font() is not None


def test_estimating_makes_no_reference_cycles() -> None:
    """An estimate leaves no cyclic garbage behind (a trace keeping a frame or a traceback alive, say): the cyclic
    collector never has to rescan the awards of a long batch of estimates. This fails if one does."""
    import gc

    from subsidycalc.synthetic import synthetic_firms

    firms = [sc.Firm.model_validate(f) for f in synthetic_firms(60, seed=7)] + [
        sc.Firm.model_validate(f) for f in FIRMS.values()]
    sc.estimate(firms[0])
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for f in firms:
            sc.estimate(f)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_estimate_many_rows_match_each_report() -> None:
    """The columnar batch frame holds, per firm, exactly the awards of ``estimate`` (status, amount, low, high;
    an undetermined award's money is missing, never 0), eligible first, with a one-line reason of the same kind
    (the columnar reason of a failed condition omits its values, and stacking notes are the traced path's);
    ``applicable_only`` drops only rows no fact of the firm could change."""
    from subsidycalc.synthetic import synthetic_firms

    firms = synthetic_firms(25, seed=11) + [FIRMS["xicheng_restaurant"], HIRER]
    p = sc.estimate_many(firms, progress=False)
    slim = sc.estimate_many(firms, progress=False, applicable_only=True)
    assert not p.errors
    for f in firms:
        r = sc.estimate(f)
        rows = p.frame[p.frame["firm"] == f["name"]]
        assert len(rows) == len(r.awards)
        assert list(rows["status"]) == sorted(rows["status"], key=["eligible", "undetermined", "ineligible"].index)
        got = {row.measure_id: (row.status, row.amount, row.low, row.high, row.district, row.relief)
               for row in rows.itertuples()}
        none = (None, None, None)
        want = {a.measure_id: (a.status, *(none if a.status == "undetermined" else (a.amount, a.low, a.high)),
                               a.district, a.relief) for a in r}
        assert got == want
        reasons = dict(zip(rows["measure_id"], rows["reason"], strict=True))
        for a in r:
            if a.status == "undetermined":  # the same facts needed (the columnar row lists them in schema order)
                assert reasons[a.measure_id].startswith("needs ")
                assert set(reasons[a.measure_id][6:].split(", ")) == set(a.reason[6:].split(", "))
            elif a.status == "ineligible":
                assert reasons[a.measure_id].startswith("✗")
        kept = set(slim.frame.loc[slim.frame["firm"] == f["name"], "measure_id"])
        dropped = {a.measure_id for a in r} - kept
        assert all(r[m].status == "ineligible" and r[m].amount == 0 for m in dropped)
        assert all(not sc.catalog()[m].relief or sc.catalog()[m].district != f.get("district") for m in dropped)
    assert p.totals("district").equals(slim.totals("district"))
