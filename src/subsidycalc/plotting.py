"""Charts (plot extra: ``pip install 'subsidycalc[plot]'``): relief by measure, and a portfolio by district/kind.

What the charts show (``tests/test_plotting.py`` checks each on the Axes):

- **Amounts in yuan**, the x axis labelled "relief (yuan)" / "扶持金额（元）", ticks with thousands separators.
- **A fixed amount** is a solid bar. **An amount the text leaves as a range** ("30%-50%", "最高不超过") is a
  lighter, hatched bar from ``low`` to ``high`` with a black mark at the point amount of the default reading, so
  that a range never looks like a fixed sum.
- **No bar of 0 yuan.** An eligible award paid in time or in kind (a deferral, a waiver of a fee the profile does
  not give) is a row marked "in kind" / "非现金"; one whose amount the text leaves open is marked "open: amount not
  set by the text" / "未定：文件未规定金额". Any other eligible award of 0 yuan (its relief paid under another
  measure by a stacking rule) is left out; ineligible measures are not drawn.
- **Undetermined measures** come after the eligible ones, as a dashed outline from 0 to the most they could pay
  once their missing facts are given (found by trying answers, as ``report.questions()`` does), so that a possible
  amount never looks like one granted; those the text does not bound (or that pay nothing in yuan) are counted in a
  footnote. ``report.plot(undetermined=False)`` leaves them all out (the footnote counts them).
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
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

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
           "up_to": "up to {v}", "undetermined_note": "{n} undetermined measure(s) not drawn: report.questions() "
           "says what would decide them", "undetermined_range": "undetermined: up to, once the missing facts are given",
           "undetermined_more": "{n} more undetermined measure(s) not drawn (no amount in yuan, or one that depends "
           "on facts not given): report.questions() says what would decide them", "none": "no eligible relief",
           "firm": "firm",
           "portfolio_title": "relief by {by}", "firm.district": "firm's district", "district": "paying level",
           "kind": "kind", "beneficiary": "beneficiary", "measure_id": "measure", "firm.industry": "industry",
           "firm.size": "size", "beijing_level": "Beijing (city)"},
    "zh": {"axis": "扶持金额（元）", "report_title": "{name} 可享受的扶持", "fixed": "确定金额",
           "range": "文件给出的区间（标记：默认口径）", "in_kind": "非现金（不以元计）", "open": "未定：文件未规定金额",
           "up_to": "最高 {v}", "undetermined_note": "另有 {n} 项待定措施未画出：report.questions() 列出所需信息",
           "undetermined_range": "待定：补充所缺信息后最多可得",
           "undetermined_more": "另有 {n} 项待定措施未画出（不以元计，或金额取决于尚未填写的信息）：report.questions() 列出所需信息",
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


def _bars(ax: Any, rows: list[tuple[str, float, float, float]], lang: str, ys: Sequence[int] | None = None,
          undetermined: Sequence[int] = ()) -> tuple[float, list[int]]:
    """Draw ``rows`` (label, amount, low, high) at ``ys`` (default 0, 1, … top to bottom): fixed amounts solid,
    ranges hatched from low to high with a mark at the amount, rows in ``undetermined`` (indices into ``rows``) as a
    dashed outline from 0 to the most they could pay; a range beyond the axis end clipped there with an arrow head and
    its high end written. Returns the axis end and the ys of the clipped rows."""
    W = WORDS[lang]
    ys = list(range(len(rows))) if ys is None else list(ys)
    end = _axis_end([r[1] for r in rows], [r[3] for r in rows])
    clipped: list[int] = []
    first = {"fixed": W["fixed"], "range": W["range"], "undetermined": W["undetermined_range"]}

    def label(kind: str) -> str:
        text, first[kind] = first[kind], "_nolegend_"
        return text

    for k, ((_label, amount, low, high), i) in enumerate(zip(rows, ys, strict=True)):
        if k in undetermined:
            ax.barh(i, min(high, end) - low, left=low, fill=False, edgecolor=FIXED, linestyle="--", linewidth=1,
                    label=label("undetermined"), gid="undetermined")
        elif low == high:
            ax.barh(i, amount, color=FIXED, label=label("fixed"), gid="fixed")
            continue
        else:
            ax.barh(i, min(high, end) - low, left=low, color=RANGE, hatch="//", edgecolor=FIXED, linewidth=0.5,
                    label=label("range"), gid="range")
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
    if any(p.get_gid() in ("fixed", "range", "undetermined") for p in ax.patches):
        ax.legend(loc="best", fontsize=8)


class Row(NamedTuple):
    """One row of a report's chart: the award, how it is drawn, and for an undetermined award the most it could pay
    once its missing facts are given (``None`` when the text does not bound it)."""

    award: Award
    how: str
    """``bar`` (an amount or a range), ``in_kind`` / ``open`` (eligible, marked, no bar), ``undetermined`` (a dashed
    range from 0 to ``up_to``)."""
    up_to: Decimal | None = None


def report_rows(report: Report, undetermined: bool = True) -> list[Row]:
    """The rows of a report's chart, top to bottom: eligible relief awards with an amount, largest first; eligible
    ones in kind or with the amount open (marked rows); then, with ``undetermined``, the undetermined relief measures
    by the most they could pay once their missing facts are given (found as ``report.questions()`` finds it, by
    trying answers: :mod:`subsidycalc.questions`). Left out: eligible awards of 0 yuan that are neither in kind nor
    open (paid under another measure by a stacking rule), undetermined ones that could pay nothing in yuan (a
    deferral) and those whose amount the text does not bound (the chart's footnote counts them)."""
    from .display import in_kind

    out: list[Row] = []
    marked: list[Row] = []
    for a in report.sorted():
        if a.status != "eligible" or not a.relief:
            continue
        if not a.quantified:
            marked.append(Row(a, "open"))
        elif in_kind(a):
            marked.append(Row(a, "in_kind"))
        elif a.high > 0:
            out.append(Row(a, "bar"))
    out.sort(key=lambda r: (-r.award.amount, -r.award.high, r.award.measure_id))
    if not undetermined:
        return out + marked
    from .questions import _bound

    data = report.firm.model_dump(mode="json", exclude_none=True)
    ranged: list[Row] = []
    for a in report.undetermined:
        if not a.relief:
            continue
        b = _bound(report.catalog[a.measure_id], data, list(a.missing), report.assumptions)
        if not (b.open_ended or b.depends) and b.most > 0:
            ranged.append(Row(a, "undetermined", b.most))
    ranged.sort(key=lambda r: (-(r.up_to or 0), r.award.measure_id))
    return out + marked + ranged


def plot_report(report: Report, ax: Any = None, lang: str = "zh", undetermined: bool = True) -> Any:
    """Relief by measure as horizontal bars, largest first (module docstring: ranges, in-kind and open rows,
    undetermined measures, the clipping of a huge range, fonts). ``undetermined=False`` leaves the undetermined
    measures out (a footnote counts them). Returns the Axes."""
    plt = _mpl()
    lang, families = _lang(lang)
    W = WORDS[lang]
    rows = report_rows(report, undetermined)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.42 * max(len(rows), 1) + 2.0))
    drawn = [(i, r) for i, r in enumerate(rows) if r.how in ("bar", "undetermined")]
    _bars(ax, [(r.award.measure_id, float(r.award.amount), float(r.award.low),
                float(r.up_to if r.how == "undetermined" and r.up_to is not None else r.award.high))
               for _, r in drawn], lang, ys=[i for i, _ in drawn],
          undetermined=[k for k, (_, r) in enumerate(drawn) if r.how == "undetermined"])
    for i, r in enumerate(rows):
        if r.how not in ("bar", "undetermined"):
            ax.text(0, i, " " + W[r.how], va="center", ha="left", fontsize=9, style="italic", color="#555",
                    gid=r.how)
    labels = [_short(r.award.title_zh if lang == "zh" else r.award.title_en) for r in rows]
    _finish_axis(ax, labels, lang)
    if not rows:
        ax.text(0.5, 0.5, W["none"], transform=ax.transAxes, ha="center", va="center", gid="none")
    name = getattr(report.firm, "name", None) or W["firm"]
    from .display import wrap

    ax.set_title("\n".join(wrap(W["report_title"].format(name=name), 80)))
    n = len([a for a in report.undetermined if a.relief]) - sum(1 for r in rows if r.how == "undetermined")
    if n:
        ax.annotate(W["undetermined_note" if not undetermined else "undetermined_more"].format(n=n), xy=(0, 0), xycoords="figure fraction", xytext=(6, 4),
                    textcoords="offset points", fontsize=8, color="#555", gid="undetermined_note")
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


__all__ = ["CLIP_FACTOR", "KINDS", "PORTFOLIO_BY", "WORDS", "Row", "cjk_font", "plot_portfolio", "plot_report",
           "report_rows"]
