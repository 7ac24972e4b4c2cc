"""The fixed words of generated explanations in English and Chinese: a small message catalogue keyed by message id.

An explanation (``award.reasons``, the reason column of ``subsidycalc estimate``) is composed of two kinds of text:

- **a measure's own wording**: the words its definition gives a condition (``require(..., met=..., failed=...)``),
  a selection, a payment, a note — English sentences that quote the seed's Chinese terms where they matter
  ("registered and paying tax in 朝阳区, recognised by the competent authority (经行业主管部门认定)"). These
  have no Chinese form yet and stay in English under ``lang="zh"``: :func:`untranslated` counts them (docs/cli.md
  gives the figure). A definition may give a Chinese form by passing a :class:`Msg` instead of a plain string.
- **fixed fragments the engine adds around them**: "— not known", "(known: …)", "2 of 3 leases qualify",
  "needs …", yes / no / unknown, the territory clause ("registered in 朝阳区"), the SME size note, the stacking
  rules' "paid here … excludes …", the calendar's "open until …". These are the :data:`MESSAGES` below; under
  ``lang="zh"`` they are written in Chinese. No machine translation: each Chinese form was written for its
  message, using the seed's own terms (划型, 从业人员, 营业收入 of 工信部联企业〔2011〕300号; the
  measures' quoted words) and plain words elsewhere; no legal term is made up.

The traced evaluator writes its words in the language of :data:`LANG` (set by :func:`language`), so that the
explanation functions need no extra parameter; texts built before rendering (stacking, the quick ineligible reasons,
the calendar sentences) are translated by :func:`translate`, which recognises the English forms of the catalogue's
:data:`SENTENCES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

LANGS = ("en", "zh")

#: the language the traced evaluator's words are rendered in (see :func:`language`)
LANG: ContextVar[str] = ContextVar("subsidycalc_lang", default="en")

MESSAGES: dict[str, dict[str, str]] = {
    # values as explanations show them
    "unknown": {"en": "unknown", "zh": "未知"},
    "yes": {"en": "yes", "zh": "是"},
    "no": {"en": "no", "zh": "否"},
    # the traced evaluator's fragments around a measure's words
    "not_known": {"en": "{what} — not known", "zh": "{what} — 未知"},
    "known": {"en": "{words} (known: {known})", "zh": "{words}（已知：{known}）"},
    "n_qualify": {"en": "{n} of {m} {noun} qualify ({label} {which})", "zh": "{m} 项 {noun} 中 {n} 项符合（{label} {which}）"},
    "n_qualifies": {"en": "{n} of {m} {noun} qualifies ({label} {which})",
                    "zh": "{m} 项 {noun} 中 {n} 项符合（{label} {which}）"},
    "the_qualifies": {"en": "the {label} qualifies ({label} 0)", "zh": "该 {label} 符合条件（{label} 0）"},
    "item_undecided": {"en": "{label} {i}: facts needed to decide whether it qualifies",
                       "zh": "{label} {i}：需补充信息才能判断是否符合"},
    "size_declared": {"en": "note: declared size {declared} wins; the SME size standard would classify the figures as "
                            "{classified}",
                      "zh": "注：以填报的规模 {declared} 为准；按中小企业划型标准，所填数据将划为 {classified}"},
    "size_classified": {"en": "size {classified} ({zh}) classified from {industry}, employees, revenue/assets by "
                              "工信部联企业〔2011〕300号",
                        "zh": "按工信部联企业〔2011〕300号，由行业 {industry}、从业人员、营业收入/资产划型为{zh}（{classified}）"},
    # the steps' fixed words
    "days_inside": {"en": "days of {start}..{end} inside {window}", "zh": "{start}..{end} 在 {window} 内的天数"},
    "no_items": {"en": "0 (no {section} item counted)", "zh": "0（{section} 中没有计入的项）"},
    "rounded": {"en": "rounded half-up to the fen: {amount}", "zh": "四舍五入到分：{amount}"},
    # the territory clause (engine/rules/define.py: territory)
    "registered_in": {"en": "registered in {here}", "zh": "注册在{here}"},
    "not_registered_in": {"en": "not registered in {here}", "zh": "未注册在{here}"},
    "registered_in_unknown": {"en": "registered in {here} — not known", "zh": "是否注册在{here} — 未知"},
    "pays_tax_in": {"en": "pays tax in {here}", "zh": "在{here}纳税"},
    "tax_elsewhere": {"en": "a {here} measure for firms paying tax in {here}; the firm pays tax in {{}}",
                      "zh": "{here}的措施面向在{here}纳税的企业；该企业在{{}}纳税"},
    # reasons built outside the traced evaluator
    "needs": {"en": "needs {paths}", "zh": "缺少：{paths}"},
}

#: the headings of ``Award.explain(lang=...)``
EXPLAIN: dict[str, dict[str, str]] = {
    "en": {"status": "status", "amount": "amount", "yuan": "yuan", "range": "range", "missing": "missing",
           "not_quantified": "amount not quantified by the text; supply", "reasons": "reasons", "steps": "steps",
           "effects": "effects", "stacking": "stacking", "readings": "readings used", "sources": "sources",
           "eligible": "eligible", "ineligible": "ineligible", "undetermined": "undetermined", "seed": "seed"},
    "zh": {"status": "结果", "amount": "金额", "yuan": "元", "range": "区间", "missing": "缺少",
           "not_quantified": "文件未规定金额；请提供", "reasons": "理由", "steps": "计算", "effects": "效果",
           "stacking": "叠加规则", "readings": "所用解释口径", "sources": "出处", "eligible": "可享受",
           "ineligible": "不适用", "undetermined": "待定", "seed": "seed"},
}

#: English sentences built before rendering (by the stacking rules, the quick ineligible reasons, the calendar):
#: message id → (English pattern, Chinese form). ``{name}`` matches any text; the rule citation at the end of a
#: stacking sentence is matched by ``{cite}``.
SENTENCES: dict[str, tuple[str, str]] = {
    "stack_if_eligible": ("if eligible, not paid together with {others}: {cite}",
                          "如符合条件，不与 {others} 同时享受：{cite}"),
    "stack_paid": ("paid; excludes {others}: {cite}", "予以支付；不再同时享受 {others}：{cite}"),
    "stack_not_added": ("not added: {kept} is paid instead ({a} vs {b}): {cite}",
                        "不计入：改由 {kept} 支付（{kept}：{a}；本措施：{b}）：{cite}"),
    "stack_reduced": ("reduced by {paid} already paid under {names}: {before} → {after}: {cite}",
                      "扣除已由 {names} 支付的 {paid}：{before} → {after}：{cite}"),
    "stack_deducted_leases": ("deducted from {mid} lease by lease: {cite}", "按租约逐项从 {mid} 中扣除：{cite}"),
    "stack_deducted": ("deducted from {mid}: {cite}", "从 {mid} 中扣除：{cite}"),
    "stack_part_paid": ("{key}: paid here ({amount}); excludes {others} on it: {cite}",
                        "{key}：由本措施支付（{amount}）；该项不再享受 {others}：{cite}"),
    "stack_part_not_added": ("{key}: not added: {kept} pays it instead ({a} vs {b}): {cite}",
                             "{key}：不计入，改由 {kept} 支付（{kept}：{a}；本措施：{b}）：{cite}"),
    "stack_part_reduced": ("reduced ({notes}) already paid under {names} on the same lease: {before} → {after}: {cite}",
                           "扣除同一租约已由 {names} 支付的部分（{notes}）：{before} → {after}：{cite}"),
    "information": ("information, not relief: {summary}", "信息，非扶持措施：{summary}"),
    "other_district": ("a {there} measure; the firm is registered in {here}", "{there}的措施；该企业注册在{here}"),
    "needs": ("needs {paths}", "缺少：{paths}"),
    # the calendar (engine/apply.py: state_on, elsewhere_note)
    "cal_not_yet_open": ("opens {first}, closes {last}", "{first} 开始受理，{last} 截止"),
    "cal_closed": ("closed on {last}", "已于 {last} 截止"),
    "cal_closing": ("closes {last} ({left} days left)", "{last} 截止（还剩 {left} 天）"),
    "cal_closing_1": ("closes {last} ({left} day left)", "{last} 截止（还剩 {left} 天）"),
    "cal_open": ("open until {last}", "受理至 {last}"),
    "cal_no_deadline": ("the text gives no application deadline", "文件未规定申请截止日期"),
    "cal_elsewhere": ("offices and phones as {there}'s notice gives them (the seed prints this city measure's procedure "
                      "only there): a firm of {here} applies to the same office of {here}",
                      "受理部门和电话按{there}的通知列出（本市措施的办理程序仅见于该通知）：{here}的企业向{here}的同一部门申请"),
}

#: a stacking rule's citation: its explanation (the rule's own English wording, kept), id, document and quote
_CITE = re.compile(r"(?P<explanation>.*) \(rule (?P<rule>[\w.]+); (?P<title>.*), seed (?P<lines>L[\dL-]+): "
                   r"“(?P<quote>.*)”\)", re.S)
_CITE_ZH = "{explanation}（规则 {rule}；{title}，seed {lines}：“{quote}”）"


class Msg(str):
    """A string of English words that also has a Chinese form (``Msg(key, **fields)``): everywhere a string, in
    English; :meth:`text` gives it in another language. Measure definitions may pass one as their words."""

    __slots__ = ("key", "fields")
    key: str
    fields: dict[str, Any]

    def __new__(cls, key: str, **fields: Any) -> Msg:
        self = super().__new__(cls, MESSAGES[key]["en"].format(**fields))
        self.key = key
        self.fields = fields
        return self

    @classmethod
    def pair(cls, en: str, zh: str) -> Msg:
        """A measure's own words with their Chinese form beside them (no catalogue key): ``zh`` must hold the same
        ``{}`` placeholders, in the same order, as ``en`` (they are filled from the same values)."""
        if en.count("{}") != zh.count("{}"):
            raise ValueError(f"the Chinese form of {en!r} must have its {en.count('{}')} placeholder(s) {{}}: {zh!r}")
        self = super().__new__(cls, en)
        self.key = ""
        self.fields = {"zh": zh}
        return self

    def text(self, lang: str | None = None) -> str:
        lang = lang or LANG.get()
        if not self.key:  # a pair
            return self.fields["zh"] if lang == "zh" else str.__str__(self)
        return MESSAGES[self.key][lang].format(**self.fields)

    def __reduce__(self) -> Any:  # pickling (the registry's worker processes)
        if not self.key:
            return (_pair, (str.__str__(self), self.fields["zh"]))
        return (_msg, (self.key, self.fields))


def _msg(key: str, fields: dict[str, Any]) -> Msg:
    return Msg(key, **fields)


def _pair(en: str, zh: str) -> Msg:
    return Msg.pair(en, zh)


def zh(en: str, chinese: str) -> Msg:
    """``zh("registered in 朝阳区", "在朝阳区注册")``: a measure's words with their Chinese form (:meth:`Msg.pair`)."""
    return Msg.pair(en, chinese)


def t(key: str, lang: str | None = None, **fields: Any) -> str:
    """Message ``key`` in ``lang`` (default: the current :data:`LANG`), its fields filled."""
    return MESSAGES[key][lang or LANG.get()].format(**fields)


_NOT_KNOWN = " — not known"


def local(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` when it is a :class:`Msg`, else as it is (a measure's own wording), but for the fixed
    " — not known" some measures end their words with."""
    if isinstance(text, Msg):
        return text.text(lang)
    if text.endswith(_NOT_KNOWN) and (lang or LANG.get()) != "en":
        return t("not_known", lang, what=text[: -len(_NOT_KNOWN)])
    return text


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Words rendered inside the block are in ``lang``."""
    if lang not in LANGS:
        raise ValueError(f"lang {lang!r}: expected one of {', '.join(LANGS)}")
    token = LANG.set(lang)
    try:
        yield
    finally:
        LANG.reset(token)


def _pattern(en: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", en)
    out: list[str] = []
    seen: set[str] = set()
    for p in parts:
        if p == "{cite}":
            out.append(r"(?P<cite>.* \(rule [\w.]+; .*, seed L[\dL-]+: “.*”\))")
        elif re.fullmatch(r"\{\w+\}", p):
            out.append(f"(?P={p[1:-1]})" if p[1:-1] in seen else f"(?P<{p[1:-1]}>.+?)")
            seen.add(p[1:-1])
        else:
            out.append(re.escape(p))
    return re.compile("^" + "".join(out) + "$", re.S)


_PATTERNS = [(key, _pattern(en), zh) for key, (en, zh) in SENTENCES.items()]


def translate(text: str, lang: str | None = None) -> str:
    """An English sentence built before rendering (:data:`SENTENCES`) in ``lang``; any other text as it is (a
    measure's own wording). A :class:`Msg` gives its own form."""
    lang = lang or LANG.get()
    if isinstance(text, Msg):
        return text.text(lang)
    if lang == "en":
        return text
    prefix = text[:2] if text[:2] in ("✓ ", "✗ ", "? ") else ""
    if prefix:
        return prefix + translate(text[2:], lang)
    for _key, pat, zh in _PATTERNS:
        m = pat.match(text)
        if m is None:
            continue
        fields = m.groupdict()
        if "cite" in fields:
            c = _CITE.fullmatch(fields["cite"])
            fields["cite"] = _CITE_ZH.format(**c.groupdict()) if c else fields["cite"]
        return zh.format(**fields)
    return local(text, lang)


def catalogue_words(lang: str = "en") -> set[str]:
    """The English words of the catalogue's fixed fragments (their text outside the ``{fields}``): a Chinese
    explanation contains none of them (``tests/test_i18n.py``)."""
    words: set[str] = set()
    texts = [m["en"] for m in MESSAGES.values()] + [en for en, _ in SENTENCES.values()]
    for en in texts:
        for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w*\}", " ", en)):
            words.add(w.lower())
    return words


def untranslated(catalog: Any = None) -> dict[str, list[str]]:
    """The measure wordings that have no Chinese form (plain strings, not :class:`Msg`), by measure id: the
    words given to ``require`` / ``select`` / ``pay`` / ``need`` / ``note`` / ``unquantified`` / ``effect`` under
    the default readings. ``python -c "from subsidycalc.i18n import untranslated; ..."`` counts them."""
    from .engine.registry import current
    from .engine.rules.define import Effect, Need, Note, Pay, Require, Select, Unquantified

    cat = catalog or current()
    from . import Assumptions

    out: dict[str, list[str]] = {}
    for m in cat:
        if not m.relief or getattr(m, "rule", None) is None:
            continue
        try:
            d = m.definition(Assumptions())
        except Exception:  # pragma: no cover - a measure without a definition
            continue
        texts: list[str] = []
        for s in d.statements:
            if isinstance(s, Require):
                texts += [x for x in (s.met, s.failed, s.unknown) if x]
            elif isinstance(s, Select):
                texts += [s.label] + [tx for _, tx in s.conds] + ([s.none] if s.none else [])
            elif isinstance(s, Pay):
                texts += [s.met] if s.met else []
            elif isinstance(s, Need):
                texts.append(s.what)
            elif isinstance(s, Note | Effect):
                texts.append(s.text)
            elif isinstance(s, Unquantified):
                texts.append(s.why)
        # a text with no letter ("{}": the words are a value the rule computes) has nothing to translate
        left = [x for x in dict.fromkeys(texts) if not isinstance(x, Msg) and re.search("[A-Za-z]", x)]
        if left:
            out[m.id] = left
    return out


__all__ = ["EXPLAIN", "LANG", "LANGS", "MESSAGES", "Msg", "SENTENCES", "catalogue_words", "language", "local", "t", "translate",
           "untranslated", "zh"]
