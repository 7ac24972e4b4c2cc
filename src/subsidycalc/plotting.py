"""Charts (plot extra: ``pip install 'subsidycalc[plot]'``): relief by measure, and a portfolio by district/kind.

What the charts show (``tests/test_plotting.py`` checks each on the Axes):

- **Amounts in yuan**, the x axis labelled "relief (yuan)" / "扶持金额（元）", ticks with thousands separators.
- **A fixed amount** is a solid bar. **An amount the text leaves as a range** ("30%-50%", "最高不超过") is a
  lighter, hatched bar from ``low`` to ``high`` with a black mark at the point amount of the default reading, so
  that a range never looks like a fixed sum.
- **No bar of 0 yuan.** An eligible award paid in time or in kind (a deferral, a waiver of a fee the profile does
  not give) is a row marked "in kind" / "非现金"; one whose amount the text leaves open is marked "open: amount not
  set by the text" / "未定：文件未规定金额". Any other eligible award of 0 yuan (its relief paid under another
  measure by a stacking rule) is left out. Undetermined and ineligible measures are not drawn: the footnote counts
  the undetermined ones (``report.questions()`` says what would decide them).
- **A huge range does not flatten the other bars**: the value axis ends a little beyond the largest point amount
  (or the largest range, when it is at most :data:`CLIP_FACTOR` times that); a range reaching further is drawn up to
  the axis end, ends in an arrow head, and its high end is written beside it ("up to 12,000,000").
- **Language**: ``lang="en"`` uses the measures' English titles and English labels; ``lang="zh"`` the Chinese titles
  and labels, in a CJK font. The first CJK font available is used: one matplotlib already knows (system fonts such
  as Debian's ``fonts-noto-cjk``), else Noto Sans CJK SC shipped by the ``mplfonts`` package (part of the plot
  extra). With neither, ``lang="zh"`` falls back to the English titles and labels with one warning saying so (the
  Chinese characters English titles quote then show as boxes: that warning covers them, not one warning per
  missing glyph).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .engine.award import Award
    from .engine.report import Report
    from .portfolio import Portfolio

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei",
                 "Microsoft YaHei", "PingFang SC")

#: a range whose high end is more than this many times the axis' natural end (the largest point amount) is clipped
CLIP_FACTOR = 3
#: the longest measure title shown beside a bar, in terminal cells (a CJK character counts 2)
TITLE_CELLS = 44

FIXED, RANGE, MARK = "#3b7dd8", "#a9c6ee", "#222222"

#: the words of the charts; kinds in Chinese use the seed's own words for the kind of relief where it has them
WORDS: dict[str, dict[str, str]] = {
    "en": {"axis": "relief (yuan)", "report_title": "{name}: relief by measure",
           "fixed": "fixed amount", "range": "range the text leaves open (mark: default reading)",
           "in_kind": "in kind (no amount in yuan)", "open": "open: amount not set by the text",
           "up_to": "up to {v}", "undetermined": "{n} undetermined measure(s) not drawn: report.questions() says "
           "what would decide them", "none": "no eligible relief", "firm": "firm",
           "portfolio_title": "relief by {by}", "firm.district": "firm's district", "district": "paying level",
           "kind": "kind", "beneficiary": "beneficiary", "measure_id": "measure", "firm.industry": "industry",
           "firm.size": "size", "beijing_level": "Beijing (city)"},
    "zh": {"axis": "扶持金额（元）", "report_title": "{name} 可享受的扶持", "fixed": "确定金额",
           "range": "文件给出的区间（标记：默认口径）", "in_kind": "非现金（不以元计）", "open": "未定：文件未规定金额",
           "up_to": "最高 {v}", "undetermined": "另有 {n} 项待定措施未画出：report.questions() 列出所需信息",
           "none": "没有可享受的扶持", "firm": "企业", "portfolio_title": "扶持金额：按{by}",
           "firm.district": "企业所在区", "district": "支付层级", "kind": "类型", "beneficiary": "受益对象",
           "measure_id": "措施", "firm.industry": "行业", "firm.size": "规模", "beijing_level": "北京市（市级）"},
}

#: the catalog's kinds of relief in words (zh: the seed's words for them — 房租减免, 延期缴纳, 贷款贴息 …)
KINDS: dict[str, dict[str, str]] = {
    "en": {"cash_grant": "cash grant", "other": "other", "rent_reduction": "rent reduction", "deferral": "deferral",
           "reward": "reward", "rent_subsidy_to_landlord": "rent subsidy to landlord", "fee_waiver": "fee waiver",
           "hiring_subsidy": "hiring subsidy", "interest_subsidy": "interest subsidy", "fee_subsidy": "fee subsidy",
           "guarantee_fee_subsidy": "guarantee fee subsidy", "social_insurance_subsidy": "social insurance subsidy",
           "loss_compensation": "loss compensation", "social_insurance_refund": "social insurance refund",
           "training_subsidy": "training subsidy"},
    "zh": {"cash_grant": "资金补贴", "other": "其他", "rent_reduction": "房租减免", "deferral": "延期缴纳",
           "reward": "奖励", "rent_subsidy_to_landlord": "减免房租资金补贴", "fee_waiver": "费用减免",
           "hiring_subsidy": "岗位补贴", "interest_subsidy": "贷款贴息", "fee_subsidy": "费用补贴",
           "guarantee_fee_subsidy": "担保费补贴", "social_insurance_subsidy": "社会保险补贴",
           "loss_compensation": "风险补偿", "social_insurance_refund": "失业保险费返还", "training_subsidy": "培训补贴"},
}


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


_warned: set[str] = set()


def _lang(lang: str) -> tuple[str, list[str] | None]:
    """The language the chart is drawn in and the font families of its text. ``zh`` without a CJK font falls back
    to ``en`` with one warning per process."""
    if lang not in WORDS:
        raise ValueError(f"lang {lang!r}: expected 'en' or 'zh'")
    font = cjk_font()  # also for English charts: a firm's name may be Chinese
    if font is None:
        if "zh" not in _warned:
            _warned.add("zh")
            warnings.warn("no CJK font found (install fonts-noto-cjk or the plot extra's mplfonts): charts are "
                          "drawn with English titles and labels, and the Chinese characters they quote show as boxes",
                          UserWarning, stacklevel=3)
        # that one warning says it all: not one more per missing glyph when the figure is drawn
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from (current )?font", category=UserWarning)
        lang = "en"
    return lang, ([font, "DejaVu Sans"] if font else None)


def _fontify(fig: Any, families: list[str] | None) -> None:
    """Every text of ``fig`` in ``families`` (a CJK font first, then matplotlib's default for Latin text)."""
    if families is None:
        return
    for t in fig.findobj(lambda o: hasattr(o, "set_fontfamily") and hasattr(o, "get_text")):
        t.set_fontfamily(families)


def _yuan(v: float) -> str:
    return f"{v:,.0f}"


def _short(text: str) -> str:
    from .display import clip

    return clip(text, TITLE_CELLS)


def _axis_end(points: Sequence[float], highs: Sequence[float]) -> float:
    """The value axis' end: a little beyond the largest point amount, or the largest range when that is not more
    than :data:`CLIP_FACTOR` times it (ranges beyond are clipped and written)."""
    top = max(list(points) + [0.0])
    fits = [h for h in highs if h <= CLIP_FACTOR * top] if top > 0 else list(highs)
    end = max([top] + fits)
    return end * 1.08 if end > 0 else 1.0


def _bars(ax: Any, rows: list[tuple[str, float, float, float]], lang: str) -> tuple[float, list[int]]:
    """Draw ``rows`` (label, amount, low, high) top to bottom: fixed amounts solid, ranges hatched from low to high
    with a mark at the amount; a range beyond the axis end clipped there with an arrow head and its high end
    written. Returns the axis end and the indices of the clipped rows."""
    W = WORDS[lang]
    end = _axis_end([r[1] for r in rows], [r[3] for r in rows])
    clipped: list[int] = []
    fixed_label, range_label = W["fixed"], W["range"]
    for i, (_label, amount, low, high) in enumerate(rows):
        if low == high:
            ax.barh(i, amount, color=FIXED, label=fixed_label, gid="fixed")
            fixed_label = "_nolegend_"
            continue
        right = min(high, end)
        ax.barh(i, right - low, left=low, color=RANGE, hatch="//", edgecolor=FIXED, linewidth=0.5,
                label=range_label, gid="range")
        range_label = "_nolegend_"
        ax.plot([amount, amount], [i - 0.4, i + 0.4], color=MARK, linewidth=2, gid="amount")
        if high > end:
            clipped.append(i)
            ax.plot([end], [i], marker=">", color=MARK, markersize=8, clip_on=False, gid="clipped")
            ax.text(end * 0.985, i, W["up_to"].format(v=_yuan(high)), ha="right", va="center", fontsize=8,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1}, gid="clipped_value")
    ax.set_xlim(0, end)
    return end, clipped


def _finish_axis(ax: Any, labels: list[str], lang: str) -> None:
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)  # the first row on top
    ax.set_xlabel(WORDS[lang]["axis"])
    ax.xaxis.set_major_formatter(lambda x, _pos: _yuan(x))
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    if any(p.get_gid() in ("fixed", "range") for p in ax.patches):
        ax.legend(loc="lower right", fontsize=8)


def report_rows(report: Report, lang: str = "en") -> list[tuple[Award, str]]:
    """The eligible relief awards a report's chart shows, top to bottom, each with how it is drawn: ``"bar"``
    (an amount), ``"in_kind"`` or ``"open"`` (a marked row, no bar). Awards of 0 yuan that are neither (paid under
    another measure by a stacking rule) are left out."""
    from .display import in_kind

    out: list[tuple[Award, str]] = []
    marked: list[tuple[Award, str]] = []
    for a in report.sorted():
        if a.status != "eligible" or not a.relief:
            continue
        if not a.quantified:
            marked.append((a, "open"))
        elif in_kind(a):
            marked.append((a, "in_kind"))
        elif a.high > 0:
            out.append((a, "bar"))
    out.sort(key=lambda r: (-r[0].amount, -r[0].high, r[0].measure_id))
    return out + marked


def plot_report(report: Report, ax: Any = None, lang: str = "zh") -> Any:
    """Relief by measure as horizontal bars, largest first (module docstring: ranges, in-kind and open rows, the
    clipping of a huge range, fonts). Returns the Axes."""
    plt = _mpl()
    lang, families = _lang(lang)
    W = WORDS[lang]
    rows = report_rows(report, lang)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.42 * max(len(rows), 1) + 2.0))
    bars = [(a, how) for a, how in rows if how == "bar"]
    _bars(ax, [(a.measure_id, float(a.amount), float(a.low), float(a.high)) for a, _ in bars], lang)
    for i, (_a, how) in enumerate(rows):
        if how != "bar":
            ax.text(0, i, " " + W[how], va="center", ha="left", fontsize=9, style="italic", color="#555",
                    gid=how)
    labels = [_short(a.title_zh if lang == "zh" else a.title_en) for a, _ in rows]
    _finish_axis(ax, labels, lang)
    if not rows:
        ax.text(0.5, 0.5, W["none"], transform=ax.transAxes, ha="center", va="center", gid="none")
    name = getattr(report.firm, "name", None) or W["firm"]
    from .display import wrap

    ax.set_title("\n".join(wrap(W["report_title"].format(name=name), 80)))
    n = len(report.by_status("undetermined"))
    if n:
        ax.annotate(W["undetermined"].format(n=n), xy=(0, 0), xycoords="figure fraction", xytext=(6, 4),
                    textcoords="offset points", fontsize=8, color="#555", gid="undetermined")
    _fontify(ax.figure, families)
    ax.figure.tight_layout()
    return ax


#: the groupings ``plot_portfolio`` offers (``by``): the paying level, the firm's own district, the kind …
PORTFOLIO_BY = ("district", "measure.district", "firm.district", "kind", "measure.kind", "beneficiary",
                "firm.industry", "firm.size")


def _group_label(by: str, key: Any, lang: str) -> str:
    from .profile.industries import DISTRICT_ZH

    key = str(key)
    if by in ("district", "measure.district", "firm.district"):
        if lang == "zh":
            return WORDS["zh"]["beijing_level"] if (key == "beijing" and by != "firm.district") else \
                DISTRICT_ZH.get(key, key)
        return WORDS["en"]["beijing_level"] if (key == "beijing" and by != "firm.district") else key.capitalize()
    if by in ("kind", "measure.kind"):
        return KINDS[lang].get(key, key)
    return key


def plot_portfolio(portfolio: Portfolio, lang: str = "zh", by: str | Sequence[str] = ("district", "kind")) -> Any:
    """Relief of a portfolio summed by each grouping of ``by`` (one panel each, largest first): ``"district"`` /
    ``"measure.district"`` the paying level (Beijing city or a district), ``"firm.district"`` the firm's own
    district, ``"kind"`` the kind of relief (translated), or any column of ``portfolio.totals``. Point amounts as
    bars, ranges hatched, a huge range clipped with its high end written (module docstring). Returns the Figure."""
    plt = _mpl()
    lang, families = _lang(lang)
    groupings = [by] if isinstance(by, str) else list(by)
    fig, axes = plt.subplots(1, len(groupings), figsize=(6.5 * len(groupings), 5), squeeze=False)
    for ax, g in zip(axes[0], groupings, strict=True):
        t = portfolio.totals(g)
        rows = [(k, float(r["amount"]), float(r["low"]), float(r["high"])) for k, r in t.iterrows() if r["high"] > 0]
        rows.sort(key=lambda r: (-r[1], -r[3], str(r[0])))
        _bars(ax, rows, lang)
        _finish_axis(ax, [_group_label(g, k, lang) for k, *_ in rows], lang)
        ax.set_title(WORDS[lang]["portfolio_title"].format(by=WORDS[lang].get(g, g)))
    _fontify(fig, families)
    fig.tight_layout()
    return fig


__all__ = ["CLIP_FACTOR", "KINDS", "PORTFOLIO_BY", "WORDS", "cjk_font", "plot_portfolio", "plot_report",
           "report_rows"]
