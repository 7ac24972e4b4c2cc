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
           "hidden": "{n} measures ineligible (not listed)", "hidden_cli": "{n} measures ineligible (--all lists them)",
           "yuan": "yuan", "steps": "steps",
           "missing": "missing", "not_quantified": "amount not set by the text", "in_kind": "in kind",
           "open": "open", "in_kind_note": "in kind: relief in time or in kind (a deferral, a waiver of a fee the "
           "profile does not give): no amount in yuan", "open_note": "open: the text leaves the amount open"},
    "zh": {"measure": "措施", "title": "名称", "status": "结果", "amount": "金额（元）", "range": "区间",
           "reason": "理由", "eligible": "可享受", "ineligible": "不适用", "undetermined": "待定",
           "total": "合计", "source": "出处", "reading": "解释口径",
           "hidden": "另有 {n} 项措施不适用（未列出）", "hidden_cli": "另有 {n} 项措施不适用（--all 列出）",
           "yuan": "元", "steps": "计算",
           "missing": "缺少", "not_quantified": "文件未规定金额", "in_kind": "非现金", "open": "未定",
           "in_kind_note": "非现金：缓缴、延期或减免（档案未给出费用金额），不以元计", "open_note": "未定：文件未规定金额"},
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


#: kinds of relief given in time or in kind: eligible with no amount in yuan means "in kind", not "0 yuan"
IN_KIND = frozenset({"deferral", "fee_waiver", "other"})


def in_kind(a: Award) -> bool:
    """An eligible award whose relief is not an amount of yuan: a deferral, or a waiver / reduction of a sum the
    profile does not give (eligible, quantified, 0 yuan, of a kind given in time or in kind)."""
    return a.status == "eligible" and a.quantified and a.high == 0 and a.kind in IN_KIND


def _amount(a: Award, lang: Lang = "en") -> str:
    if a.status != "eligible":
        return "—"
    if not a.quantified:
        return LABELS[lang]["open"]
    if in_kind(a):
        return LABELS[lang]["in_kind"]
    s = yuan(a.amount)
    if a.low != a.high:
        s += "*"
    return s


def wrap(text: str, cells: int) -> list[str]:
    """``text`` cut into lines of at most ``cells`` terminal cells, at spaces where it can (CJK text anywhere)."""
    lines: list[str] = []
    line, used = "", 0
    for word in text.replace("\n", " ").split(" "):
        w = width(word)
        if line and used + 1 + w <= cells:
            line, used = f"{line} {word}", used + 1 + w
            continue
        if line:
            lines.append(line)
        line, used = "", 0
        while w > cells:  # a word longer than the line (Chinese has no spaces): cut it by cells
            head = clip(word, cells + 1)[:-1] if cells > 1 else word[:1]
            head = head or word[:1]
            lines.append(head)
            word = word[len(head):]
            w = width(word)
        line, used = word, w
    if line or not lines:
        lines.append(line)
    return lines


def reason(a: Award, lang: Lang = "en") -> str:
    """The award's one-line deciding reason (``Award.reason``) in ``lang``: in Chinese, the fixed fragments from
    :mod:`subsidycalc.i18n` ("needs", the stacking rules' words, "— not known" …) and the measure's own wording as it
    gives it."""
    if lang == "en":
        return a.reason
    from .i18n import t, translate

    if a.status == "undetermined" and a.missing:
        return t("needs", lang, paths=", ".join(a.missing))
    if a.stacking:
        return translate(a.stacking[-1], lang)
    reasons = a.words(lang)[0]
    return reasons[-1] if reasons else ""


def _reason(a: Award, lang: Lang) -> str:
    r = reason(a, lang).lstrip("✓✗? ").strip()
    if a.status == "eligible" and not a.quantified:
        r = LABELS[lang]["not_quantified"] + ": " + ", ".join(a.needs)
    return r


def table(report: Report, lang: Lang = "en", show_all: bool = False, cols: int | None = None,
          cli: bool = False) -> str:
    """The report as a terminal table: measure (id and title in ``lang``), status, amount, reason wrapped to the
    terminal's width; then the total with its range. ``cli``: the hint names the CLI flag listing the rest."""
    L = LABELS[lang]
    cols = cols or shutil.get_terminal_size((120, 24)).columns
    rows = [a for a in report.sorted() if show_all or a.status != "ineligible"]
    idw = max([width(a.measure_id) for a in rows] + [width(L["measure"])])
    stw = max(width(L[s]) for s in ("eligible", "ineligible", "undetermined", "status"))
    amw = max([width(_amount(a, lang)) for a in rows] + [width(L["amount"]), 10])
    idw = max(12, min(idw, cols // 3, cols - stw - amw - 6 - 24))
    rest = max(10, cols - idw - stw - amw - 6)
    out = [f"{pad(L['measure'], idw)}  {pad(L['status'], stw)}  {pad(L['amount'], amw, True)}  {L['reason']}"]
    out.append("-" * min(cols, idw + stw + amw + 6 + rest))
    for a in rows:
        title = a.title_zh if lang == "zh" else a.title_en
        left = wrap(a.measure_id, idw) + wrap(title, idw)
        right = wrap(_reason(a, lang), rest)
        for i in range(max(len(left), len(right))):
            first = i == 0
            out.append(f"{pad(left[i] if i < len(left) else '', idw)}  {pad(L[a.status] if first else '', stw)}  "
                       f"{pad(_amount(a, lang) if first else '', amw, True)}  {right[i] if i < len(right) else ''}"
                       .rstrip())
    hidden = len(report.by_status("ineligible"))
    if not show_all and hidden:
        out.append(L["hidden_cli" if cli else "hidden"].format(n=hidden))
    rng = ""
    if report.total_low != report.total_high:
        rng = f"  ({L['range']} {yuan(report.total_low)} – {yuan(report.total_high)})"
    out.append(f"{L['total']}: {yuan(report.total)} {L['yuan']}{rng}")
    shown = [a for a in rows if a.status == "eligible"]
    if any(a.low != a.high for a in shown):
        out.append("* " + ("the text gives a range; the amount follows the default reading" if lang == "en"
                           else "文件给出区间；金额按默认口径"))
    if any(in_kind(a) for a in shown):
        out.extend(wrap(L["in_kind_note"], cols))
    if any(not a.quantified for a in shown):
        out.extend(wrap(L["open_note"], cols))
    return "\n".join(out)


def calendar_table(entries: list, as_of: object, lang: Lang = "en", cols: int | None = None) -> str:
    """A firm's calendar (:func:`subsidycalc.engine.apply.calendar`) as text: state, last day, measure, where."""
    cols = cols or shutil.get_terminal_size((120, 24)).columns
    names = {"en": {"not_yet_open": "not yet open", "open": "open", "closing": "closing", "closed": "closed",
                    "no_deadline": "no deadline"},
             "zh": {"not_yet_open": "未开始", "open": "可申请", "closing": "即将截止", "closed": "已截止",
                    "no_deadline": "无截止日期"}}[lang]
    head = f"Applications on {as_of}" if lang == "en" else f"{as_of} 的申请情况"
    out = [head, "-" * min(cols, 100)]
    indent, text_w = " " * 26, max(20, cols - 26)
    from .i18n import translate

    for e in entries:
        title = e.title_zh if lang == "zh" else e.title_en
        last = e.last_day.isoformat() if e.last_day else "—"
        status = e.status if lang == "en" else LABELS[lang][e.status]
        out.append(f"{pad(names[e.state], 12)}  {pad(last, 10)}  {e.measure_id}  ({status})")
        for line in wrap(title, text_w):
            out.append(indent + line)
        for line in wrap(translate(e.words, lang), text_w):
            out.append(indent + line)
        for line in (wrap(("note: " if lang == "en" else "注：") + translate(e.note, lang), text_w) if e.note else []):
            out.append(indent + line)
        for f in e.how.offices:
            out.extend(indent + x for x in wrap(("office: " if lang == "en" else "受理：") + f.value, text_w))
        for c in e.how.contacts:
            out.extend(indent + x for x in wrap(("tel: " if lang == "en" else "电话：") + f"{c.who} {', '.join(c.phones)}",
                                                  text_w))
    if not entries:
        out.append("no eligible or undetermined relief measure" if lang == "en" else "没有可享受或待定的措施")
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
            f'<td class="sc-{a.status}">{esc(L[a.status])}</td><td class="n">{esc(_amount(a, lang))}</td>'
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
        parts.append(f" <b>{esc(_amount(a, lang))}</b> {esc(L['yuan'])}")
        if a.low != a.high:
            parts.append(f" ({esc(L['range'])} {yuan(a.low)} – {yuan(a.high)})")
    parts.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in a.words(lang)[0]) + "</ul>")
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
