"""The charts (issue 11 §4): titles and labels in the language asked for, no bar of 0 yuan, ranges drawn as ranges,
the value axis labelled in yuan with thousands separators, largest first, a huge range clipped with its value
written; the portfolio by the firm's district as well as the paying level, kinds translated. Asserted on the Axes,
never on pixels."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import subsidycalc as sc

matplotlib = pytest.importorskip("matplotlib")
pytest.importorskip("pandas")
matplotlib.use("Agg")

from subsidycalc import plotting  # noqa: E402
from subsidycalc.display import in_kind  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIRMS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "examples/firms").glob("*.json")}


@pytest.fixture(autouse=True)
def _close_figures():
    import matplotlib.pyplot as plt

    yield
    plt.close("all")


def ticks(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def texts(ax, gid: str) -> list:
    return [t for t in ax.texts if t.get_gid() == gid]


def bars(ax) -> list:
    return [p for p in ax.patches if p.get_gid() in ("fixed", "range")]


def test_report_plot_english_titles_labels_and_order() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    ax = r.plot(lang="en")
    rows = plotting.report_rows(r)
    assert ticks(ax) == [plotting._short(row.award.title_en) for row in rows]
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in t) or "西城" in t for t in ticks(ax))  # English titles
    assert ax.get_xlabel() == "relief (yuan)"
    assert ax.get_title().endswith("relief by measure")
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "50,000" in labels  # thousands separators
    # largest first, top to bottom: bar i has width of the i-th award's amount, in decreasing order
    drawn = [(round(p.get_y() + p.get_height() / 2), p.get_width()) for p in bars(ax)]
    assert [w for _, w in sorted(drawn)] == sorted((w for _, w in drawn), reverse=True)
    assert ax.yaxis_inverted()


def test_report_plot_chinese_titles_and_font() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    if plotting.cjk_font() is None:  # the fallback: test_without_a_cjk_font_one_warning_and_english
        pytest.fail("the plot extra ships a CJK font (mplfonts): none was found")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Glyph … missing" warning
        ax = r.plot(lang="zh")
        ax.figure.canvas.draw()
    assert "给予中小微企业贷款贴息" in ticks(ax)
    assert ax.get_xlabel() == "扶持金额（元）"
    assert "可享受的扶持" in ax.get_title()
    assert plotting.cjk_font() in ax.get_yticklabels()[0].get_fontfamily()


def test_without_a_cjk_font_one_warning_and_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CJK font installed (simulated): lang="zh" draws in English, says so once, and drawing the figure does not
    warn once per missing glyph."""
    monkeypatch.setattr(plotting, "cjk_font", lambda: None)
    monkeypatch.setattr(plotting, "_warned", set())
    r = sc.estimate(FIRMS["chaoyang_cultural_park_operator"])  # a Chinese firm name, titles quoting 朝阳
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = r.plot(lang="zh")
        r.plot(lang="zh")
        ax.figure.canvas.draw()
    assert sum("no CJK font" in str(w.message) for w in caught) == 1
    assert not [w for w in caught if "missing from" in str(w.message)]
    assert ax.get_xlabel() == "relief (yuan)"
    assert ticks(ax)[0] == plotting._short(plotting.report_rows(r)[0].award.title_en)


def test_no_bar_of_zero_yuan_in_kind_and_open_rows_marked() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    ax = r.plot(lang="en")
    assert bars(ax) and all(p.get_width() > 0 for p in bars(ax))
    rows = plotting.report_rows(r)
    kinds = [a for a in r.eligible if a.relief and in_kind(a)]
    opened = [a for a in r.eligible if a.relief and not a.quantified]
    assert kinds and opened  # the example shows both
    assert len(texts(ax, "in_kind")) == len(kinds) and len(texts(ax, "open")) == len(opened)
    assert texts(ax, "in_kind")[0].get_text().strip() == "in kind (no amount in yuan)"
    # every drawn row is an amount or a marked row; 0-yuan awards neither in kind nor open are left out
    zero = [a for a in r.eligible if a.relief and a.quantified and a.high == 0 and not in_kind(a)]
    shown = {row.award.measure_id for row in rows}
    assert not any(a.measure_id in shown for a in zero)
    assert len(bars(ax)) == sum(1 for row in rows if row.how == "bar")


def test_undetermined_measures_drawn_by_their_range_distinctly() -> None:
    """An undetermined measure is a dashed outline from 0 to the most it could pay once its missing facts are given
    (after the eligible rows, never a filled bar); those without a bound are counted in the footnote."""
    r = sc.estimate(FIRMS["dongcheng_cultural_building_operator"])
    rows = plotting.report_rows(r)
    und = [row for row in rows if row.how == "undetermined"]
    assert und and all(row.award.status == "undetermined" and row.up_to and row.up_to > 0 for row in und)
    assert rows.index(und[0]) > max(i for i, row in enumerate(rows) if row.award.status == "eligible")
    assert [row.up_to for row in und] == sorted((row.up_to for row in und), reverse=True)
    ax = r.plot(lang="en")
    outlines = [p for p in ax.patches if p.get_gid() == "undetermined"]
    assert len(outlines) == len(und)
    for p, row in zip(sorted(outlines, key=lambda p: p.get_y()), und, strict=True):
        assert not p.get_fill() and p.get_linestyle() == "--"
        assert p.get_x() == 0 and p.get_width() == pytest.approx(float(row.up_to))
    assert ticks(ax)[len(rows) - len(und):] == [plotting._short(row.award.title_en) for row in und]
    n = sum(1 for a in r.undetermined if a.relief) - len(und)
    note = [t.get_text() for t in ax.texts if t.get_gid() == "undetermined_note"]
    assert note and note[0].startswith(f"{n} more undetermined measure(s) not drawn")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "undetermined: up to, once the missing facts are given" in legend
    # undetermined=False leaves them all out; the footnote counts them all
    ax = r.plot(lang="en", undetermined=False)
    assert not [p for p in ax.patches if p.get_gid() == "undetermined"]
    assert [t.get_text() for t in ax.texts if t.get_gid() == "undetermined_note"][0].startswith(
        f"{sum(1 for a in r.undetermined if a.relief)} undetermined measure(s) not drawn")


def test_ranges_drawn_as_ranges() -> None:
    r = sc.estimate(FIRMS["dongcheng_cultural_building_operator"])
    a = r["dongcheng.commercial_building_rent_subsidy"]
    assert a.low != a.high
    ax = r.plot(lang="en")
    rng = [p for p in ax.patches if p.get_gid() == "range"]
    assert len(rng) == 1
    assert rng[0].get_x() == pytest.approx(float(a.low)) and rng[0].get_width() == pytest.approx(float(a.high - a.low))
    assert rng[0].get_hatch()
    marks = [ln for ln in ax.lines if ln.get_gid() == "amount"]
    assert marks and marks[0].get_xdata()[0] == pytest.approx(float(a.amount))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith("range") for t in legend) and "fixed amount" in legend


def test_portfolio_by_firm_district_and_paying_level_kinds_translated() -> None:
    pf = sc.estimate_many(list(FIRMS.values()), progress=False)
    fig = plotting.plot_portfolio(pf, lang="en", by=("firm.district", "district", "kind"))
    own, level, kind = fig.axes[:3]
    assert own.get_title() == "relief by firm's district" and level.get_title() == "relief by paying level"
    assert "Beijing (city)" in ticks(level) and "Beijing (city)" not in ticks(own)
    assert "Xicheng" in ticks(own)
    assert "rent reduction" in ticks(kind) and "rent_reduction" not in ticks(kind)
    for ax in (own, level, kind):
        assert ax.get_xlabel() == "relief (yuan)"
        assert all(p.get_width() > 0 for p in bars(ax))
    t = pf.totals("firm.district")
    order = sorted((k for k, r in t.iterrows() if r["high"] > 0), key=lambda k: (-t.loc[k, "amount"], k))
    assert ticks(own) == [k.capitalize() for k in order]  # largest first
    if plotting.cjk_font() is not None:
        zh = plotting.plot_portfolio(pf, lang="zh", by=["firm.district", "kind"])
        assert "西城区" in ticks(zh.axes[0]) and "房租减免" in ticks(zh.axes[1])
        assert zh.axes[0].get_title() == "扶持金额：按企业所在区"
    # the old call still works: two panels, paying level and kind
    assert len(plotting.plot_portfolio(pf).axes) == 2


def test_huge_range_is_clipped_and_written() -> None:
    """haidian's portfolio total runs to 3,649,500 at the high end of a range while the largest point amount is
    649,500: the axis stays near the point amounts, the range ends in an arrow at the axis end, its value written."""
    pf = sc.estimate_many(list(FIRMS.values()), progress=False)
    fig = plotting.plot_portfolio(pf, lang="en", by="firm.district")
    ax = fig.axes[0]
    t = pf.totals("firm.district")
    top, high = float(t["amount"].max()), float(t["high"].max())
    assert high > plotting.CLIP_FACTOR * top  # the case the clipping is for
    lo, end = ax.get_xlim()
    assert end < high and end >= top
    assert [ln for ln in ax.lines if ln.get_gid() == "clipped"]
    written = [x.get_text() for x in texts(ax, "clipped_value")]
    assert written == [f"up to {high:,.0f}"]
    assert all(p.get_x() + p.get_width() <= end + 1e-6 for p in bars(ax))
    # a range that fits (at most CLIP_FACTOR times the largest amount) is drawn whole, not clipped
    r = sc.estimate(FIRMS["dongcheng_cultural_building_operator"])
    assert not texts(r.plot(lang="en"), "clipped_value")


def test_axis_end() -> None:
    assert plotting._axis_end([100.0], [250.0]) == pytest.approx(270.0)  # fits: drawn whole
    assert plotting._axis_end([100.0], [1000.0]) == pytest.approx(108.0)  # clipped
    assert plotting._axis_end([], []) == 1.0


def test_unknown_language_is_refused() -> None:
    r = sc.estimate(FIRMS["xicheng_restaurant"])
    with pytest.raises(ValueError, match="lang"):
        r.plot(lang="fr")
