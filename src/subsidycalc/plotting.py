"""Charts (plot extra: ``pip install 'subsidycalc[plot]'``): relief by measure, and a portfolio by district/kind.

Chinese labels need a CJK font. The first of these that is available is used: a CJK font matplotlib already
knows (system fonts), else Noto Sans CJK SC shipped by the ``mplfonts`` package (part of the plot extra). With
neither, labels fall back cleanly to English titles and measure ids — never boxes of missing glyphs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .engine.report import Report
    from .portfolio import Portfolio

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei",
                 "Microsoft YaHei", "PingFang SC")


def _mpl() -> Any:
    try:
        import matplotlib

        matplotlib.use(matplotlib.get_backend())
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError("this needs matplotlib: pip install 'subsidycalc[plot]'") from e
    return plt


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of a usable CJK font, registering the one shipped by ``mplfonts`` if needed."""
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    for fam in _CJK_FAMILIES:
        if fam in known:
            return fam
    try:
        import mplfonts
    except ImportError:
        return None
    path = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path.exists():  # pragma: no cover - depends on the mplfonts release
        return None
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def _labels(lang: str) -> tuple[bool, str | None]:
    font = cjk_font()  # also for English labels: firm names may be Chinese
    return (lang == "zh" and font is not None), font


def plot_report(report: Report, ax: Any = None, lang: str = "zh") -> Any:
    """Horizontal bars of the eligible relief awards, with low–high ranges as error bars. Returns the Axes."""
    plt = _mpl()
    zh, font = _labels(lang)
    awards = [a for a in report.sorted() if a.status == "eligible" and a.relief]
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.45 * max(len(awards), 1) + 1.5))
    names = [(a.title_zh if zh else a.measure_id) for a in awards]
    vals = [float(a.amount) for a in awards]
    lo = [float(a.amount - a.low) for a in awards]
    hi = [float(a.high - a.amount) for a in awards]
    ax.barh(range(len(awards)), vals, xerr=[lo, hi] if any(lo) or any(hi) else None, color="#3b7dd8",
            ecolor="#333", capsize=3)
    ax.set_yticks(range(len(awards)), names, fontfamily=font) if font else ax.set_yticks(range(len(awards)), names)
    ax.invert_yaxis()
    title = (f"{report.firm.name or ''} 可享受的扶持（元）" if zh else f"{report.firm.name or 'firm'}: relief (yuan)")
    ax.set_title(title, fontfamily=font) if font else ax.set_title(title)
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:,.0f}")
    ax.figure.tight_layout()
    return ax


def plot_portfolio(portfolio: Portfolio, lang: str = "zh") -> Any:
    """Two panels: relief by district and by kind (point amounts, low–high as error bars). Returns the Figure."""
    from .profile.industries import DISTRICT_ZH

    plt = _mpl()
    zh, font = _labels(lang)
    fig, axes = plt.subplots(1, 2, figsize=(12, 5))
    for ax, by in zip(axes, ("district", "kind"), strict=True):
        t = portfolio.totals(by).astype(float).sort_values("amount", ascending=True)
        labels = [DISTRICT_ZH.get(i, i) if (zh and by == "district") else i for i in t.index]
        err = [(t["amount"] - t["low"]).tolist(), (t["high"] - t["amount"]).tolist()]
        ax.barh(labels, t["amount"] / 1e4, xerr=[[e / 1e4 for e in err[0]], [e / 1e4 for e in err[1]]],
                color="#3b7dd8", ecolor="#333", capsize=3)
        if font:
            for lab in ax.get_yticklabels():
                lab.set_fontfamily(font)
        heading = {"district": ("按区", "by district"), "kind": ("按类型", "by kind")}[by]
        ax.set_title(f"扶持金额（万元）{heading[0]}" if zh else f"relief (10k yuan) {heading[1]}",
                     fontfamily=font) if font else ax.set_title(f"relief (10k yuan) {heading[1]}")
    fig.tight_layout()
    return fig
