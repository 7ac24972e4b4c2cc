"""Presentation: terminal tables and Jupyter HTML for reports and awards, in Chinese or English.

Amounts are right-aligned with thousands separators; eligible awards come first, then undetermined, then
ineligible. Column widths count East Asian wide characters as two cells, so Chinese titles line up.
"""

from __future__ import annotations

import html
import shutil
import unicodedata
from typing import TYPE_CHECKING, Literal

from .engine.money import yuan

if TYPE_CHECKING:  # pragma: no cover
    from .engine.award import Award
    from .engine.report import Report

Lang = Literal["zh", "en"]

LABELS: dict[str, dict[str, str]] = {
    "en": {"measure": "measure", "title": "title", "status": "status", "amount": "amount (yuan)",
           "range": "range", "reason": "reason", "eligible": "eligible", "ineligible": "ineligible",
           "undetermined": "undetermined", "total": "total", "source": "source", "reading": "readings",
           "hidden": "{n} measures ineligible (--all lists them)", "yuan": "yuan", "steps": "steps",
           "missing": "missing", "not_quantified": "amount not set by the text"},
    "zh": {"measure": "措施", "title": "名称", "status": "结果", "amount": "金额（元）", "range": "区间",
           "reason": "理由", "eligible": "可享受", "ineligible": "不适用", "undetermined": "待定",
           "total": "合计", "source": "出处", "reading": "解释口径",
           "hidden": "另有 {n} 项措施不适用（--all 列出）", "yuan": "元", "steps": "计算",
           "missing": "缺少", "not_quantified": "文件未规定金额"},
}


def width(text: str) -> int:
    """Display width in terminal cells (wide CJK characters count 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, cells: int) -> str:
    if width(text) <= cells:
        return text
    out, used = [], 0
    for c in text:
        w = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if used + w > cells - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def pad(text: str, cells: int, right: bool = False) -> str:
    gap = " " * max(0, cells - width(text))
    return gap + text if right else text + gap


def _amount(a: Award) -> str:
    if a.status != "eligible":
        return "—"
    s = yuan(a.amount)
    if a.low != a.high:
        s += "*"
    if not a.quantified:
        s = "?"
    return s


def _reason(a: Award, lang: Lang) -> str:
    r = a.reason.lstrip("✓✗? ").strip()
    if a.status == "eligible" and not a.quantified:
        r = LABELS[lang]["not_quantified"] + ": " + ", ".join(a.needs)
    return r


def table(report: Report, lang: Lang = "en", show_all: bool = False, cols: int | None = None) -> str:
    """The report as a terminal table: measure, status, amount, one-line reason; then the total."""
    L = LABELS[lang]
    cols = cols or shutil.get_terminal_size((120, 24)).columns
    rows = [a for a in report.sorted() if show_all or a.status != "ineligible"]
    idw = max([width(a.measure_id) for a in rows] + [width(L["measure"])])
    stw = max(width(L[s]) for s in ("eligible", "ineligible", "undetermined", "status"))
    amw = max([width(_amount(a)) for a in rows] + [width(L["amount"]), 10])
    rest = max(20, cols - idw - stw - amw - 6)
    out = [f"{pad(L['measure'], idw)}  {pad(L['status'], stw)}  {pad(L['amount'], amw, True)}  {L['reason']}"]
    out.append("-" * min(cols, idw + stw + amw + 6 + rest))
    for a in rows:
        out.append(f"{pad(a.measure_id, idw)}  {pad(L[a.status], stw)}  {pad(_amount(a), amw, True)}  "
                   f"{clip(_reason(a, lang), rest)}")
    hidden = len(report.by_status("ineligible"))
    if not show_all and hidden:
        out.append(L["hidden"].format(n=hidden))
    rng = ""
    if report.total_low != report.total_high:
        rng = f"  ({L['range']} {yuan(report.total_low)} – {yuan(report.total_high)})"
    out.append(f"{L['total']}: {yuan(report.total)} {L['yuan']}{rng}")
    if any(a.low != a.high for a in rows if a.status == "eligible"):
        out.append("* " + ("the text gives a range; the amount follows the default reading" if lang == "en"
                           else "文件给出区间；金额按默认口径"))
    return "\n".join(out)


_CSS = ("<style>.sc-t{border-collapse:collapse;font-size:13px}.sc-t td,.sc-t th{padding:2px 8px;"
        "border-bottom:1px solid #ddd;vertical-align:top}.sc-t td.n{text-align:right;font-variant-numeric:"
        "tabular-nums;white-space:nowrap}.sc-eligible{color:#1a7f37}.sc-ineligible{color:#888}"
        ".sc-undetermined{color:#9a6700}</style>")


def _src_link(a: Award) -> str:
    if not a.sources:
        return ""
    s = a.sources[0]
    return f'<a href="{html.escape(s.url)}" title="{html.escape(s.quote[:300])}">{html.escape(s.lines)}</a>'


def report_html(report: Report, lang: Lang = "en", show_all: bool = True) -> str:
    """A compact HTML table for Jupyter: eligible first, amounts right-aligned, source links, readings."""
    L = LABELS[lang]
    esc = html.escape
    rows = []
    for a in report.sorted():
        if not show_all and a.status == "ineligible":
            continue
        title = a.title_zh if lang == "zh" else a.title_en
        rng = f"{yuan(a.low)} – {yuan(a.high)}" if a.status == "eligible" and a.low != a.high else ""
        readings = "; ".join(f"{k}={v}" for k, v in a.readings.items())
        rows.append(
            f"<tr><td><code>{esc(a.measure_id)}</code><br><small>{esc(title)}</small></td>"
            f'<td class="sc-{a.status}">{esc(L[a.status])}</td><td class="n">{esc(_amount(a))}</td>'
            f'<td class="n">{esc(rng)}</td><td>{esc(_reason(a, lang))}</td>'
            f"<td>{_src_link(a)}</td><td><small>{esc(readings)}</small></td></tr>")
    head = "".join(f"<th>{esc(L[k])}</th>" for k in ("measure", "status", "amount", "range", "reason", "source",
                                                       "reading"))
    name = esc(getattr(report.firm, "name", None) or "")
    rng = ""
    if report.total_low != report.total_high:
        rng = f" ({L['range']} {yuan(report.total_low)} – {yuan(report.total_high)})"
    return (f"{_CSS}<div><b>{name}</b> — {esc(L['total'])}: <b>{yuan(report.total)}</b> {esc(L['yuan'])}{esc(rng)}"
            f'<table class="sc-t"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def award_html(a: Award, lang: Lang = "en") -> str:
    L = LABELS[lang]
    esc = html.escape
    title = a.title_zh if lang == "zh" else a.title_en
    parts = [_CSS, f"<div><code>{esc(a.measure_id)}</code> {esc(title)} — "
                   f'<span class="sc-{a.status}">{esc(L[a.status])}</span>']
    if a.status == "eligible":
        parts.append(f" <b>{esc(_amount(a))}</b> {esc(L['yuan'])}")
        if a.low != a.high:
            parts.append(f" ({esc(L['range'])} {yuan(a.low)} – {yuan(a.high)})")
    parts.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in a.reasons) + "</ul>")
    if a.missing:
        parts.append(f"<p>{esc(L['missing'])}: <code>{esc(', '.join(a.missing))}</code></p>")
    if a.steps:
        parts.append(f"<p>{esc(L['steps'])}:</p><pre>{esc(chr(10).join(a.steps))}</pre>")
    if a.readings:
        parts.append(f"<p>{esc(L['reading'])}: " + esc("; ".join(f"{k}={v}" for k, v in a.readings.items())) + "</p>")
    for s in a.sources:
        parts.append(f'<blockquote>{esc(s.quote)}<br><small><a href="{esc(s.url)}">{esc(s.title)}</a> '
                     f"{esc(s.doc_no or '')} {esc(s.issuer)} {s.issued.isoformat()}, seed {esc(s.lines)}</small></blockquote>")
    parts.append("</div>")
    return "".join(parts)
