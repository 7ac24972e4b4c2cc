"""The result of one measure for one firm."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from .money import ZERO, round_fen, yuan
from .sources import Source
from .views import view

Status = Literal["eligible", "ineligible", "undetermined"]


class Award:
    """One measure evaluated for one firm.

    - ``status``: ``eligible`` | ``ineligible`` (``reasons`` says which condition failed) |
      ``undetermined`` (``missing`` lists the dotted Firm paths needed to decide);
    - ``amount``: the point value in yuan under the readings used, 2 decimal places, ``0.00`` unless eligible;
    - ``low``/``high``: the range the text leaves open ("30%-50%", "最高不超过"); equal to ``amount`` where
      the text fixes the number;
    - ``quantified``: False when the text gives no number ("适当补贴") and no reading supplies one —
      ``needs`` then names the assumption that would;
    - ``effects``: non-cash effects (a deferral's months, a new due date ...);
    - ``stacking``: what the stacking layer did to this award, in words;
    - ``parts``: for measures paid per item (a lease), each item's (amount, low, high) before rounding, after
      stacking — a per-item rule ("one level per lease") removes the items another measure pays.

    ``reasons``, ``steps`` and ``effects`` of an award the traced evaluator computed are written from its trace
    when first read (the words cost more than the arithmetic, and most awards of a portfolio are never read).
    """

    FIELDS = ("measure_id", "status", "amount", "low", "high", "reasons", "missing", "steps", "readings", "sources",
              "relief", "quantified", "needs", "effects", "stacking", "parts", "title_zh", "title_en", "district",
              "kind", "beneficiary")
    __slots__ = ("measure_id", "status", "amount", "low", "high", "_reasons", "missing", "_steps", "readings",
                 "sources", "relief", "quantified", "needs", "_effects", "stacking", "parts", "title_zh", "title_en",
                 "district", "kind", "beneficiary", "_render", "_again")

    def __init__(self, measure_id: str, status: Status, amount: Decimal = ZERO, low: Decimal = ZERO,
                 high: Decimal = ZERO, reasons: list[str] | None = None, missing: list[str] | None = None,
                 steps: list[str] | None = None, readings: dict[str, Any] | None = None,
                 sources: tuple[Source, ...] = (), relief: bool = True, quantified: bool = True,
                 needs: list[str] | None = None, effects: dict[str, str] | None = None,
                 stacking: list[str] | None = None, parts: dict[str, tuple[Any, Any, Any]] | None = None,
                 title_zh: str = "", title_en: str = "", district: str = "", kind: str = "",
                 beneficiary: str = "") -> None:
        self.measure_id = measure_id
        self.status = status
        self.amount = amount
        self.low = low
        self.high = high
        self._reasons = [] if reasons is None else reasons
        self.missing = [] if missing is None else missing
        self._steps = [] if steps is None else steps
        self.readings = {} if readings is None else readings
        self.sources = sources
        self.relief = relief
        self.quantified = quantified
        self.needs = [] if needs is None else needs
        self._effects = {} if effects is None else effects
        self.stacking = [] if stacking is None else stacking
        self.parts = {} if parts is None else parts
        self.title_zh = title_zh
        self.title_en = title_en
        self.district = district
        self.kind = kind
        self.beneficiary = beneficiary
        self._render: Any = None

    def _words(self) -> None:
        render, self._render = self._render, None
        if render is not None:
            reasons, steps, effects = render()
            self._reasons[:0] = reasons
            self._steps[:0] = steps
            self._effects = {**effects, **self._effects}
            self._again = (render, len(reasons), len(steps))

    def _settle(self) -> None:
        """Write the lazy words now, in every language: after this the award holds no reference to its trace (the
        state pickle, ``copy`` and ``deepcopy`` see, and what a copy's words are read from)."""
        if self._render is not None:
            self._words()
        again = getattr(self, "_again", None)
        if again is not None and not isinstance(again[0], _Written):
            from ..i18n import LANGS

            render, nr, ns = again
            self._again = (_Written({lang: render(lang) for lang in LANGS if lang != "en"}), nr, ns)

    def __getstate__(self) -> dict[str, Any]:
        self._settle()
        return {k: getattr(self, k) for k in self.__slots__ if hasattr(self, k)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)

    def words(self, lang: str = "en") -> tuple[list[str], list[str], dict[str, str]]:
        """``reasons``, ``steps`` and ``effects`` with their fixed fragments in ``lang`` (:mod:`subsidycalc.i18n`:
        "— not known", "needs", the stacking rules' words …); a measure's own wording as it gives it."""
        from ..i18n import translate

        reasons, steps, effects = self.reasons, self.steps, self.effects
        if lang == "en":
            return reasons, steps, effects
        again = getattr(self, "_again", None)  # the traced words, written again in ``lang``
        if again is not None:
            render, nr, ns = again
            r, s, e = render(lang)
            reasons, steps, effects = r + reasons[nr:], s + steps[ns:], {**effects, **e}
        return [translate(x, lang) for x in reasons], list(steps), effects

    @property
    def reasons(self) -> list[str]:
        if self._render is not None:
            self._words()
        return self._reasons

    @reasons.setter
    def reasons(self, value: list[str]) -> None:
        self._words()
        self._reasons = value

    @property
    def steps(self) -> list[str]:
        if self._render is not None:
            self._words()
        return self._steps

    @steps.setter
    def steps(self, value: list[str]) -> None:
        self._words()
        self._steps = value

    @property
    def effects(self) -> dict[str, str]:
        if self._render is not None:
            self._words()
        return self._effects

    @effects.setter
    def effects(self, value: dict[str, str]) -> None:
        self._words()
        self._effects = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Award):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    __hash__ = None  # type: ignore[assignment]

    @property
    def how_to_apply(self) -> Any:
        """Where, how and by when to apply (office, contacts, channel, materials, window, deadline), each cited."""
        from .registry import current

        return current().how_to_apply(self.measure_id)

    @property
    def reason(self) -> str:
        """One line: the deciding reason (failed condition, missing facts, or what is paid)."""
        if self.status == "undetermined" and self.missing:
            return "needs " + ", ".join(self.missing)
        if self.stacking:
            return self.stacking[-1]
        return self.reasons[-1] if self.reasons else ""

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-safe dict; ``lang="zh"``: the reasons, steps and effects in Chinese (:meth:`words`)."""
        reasons, steps, effects = (self.reasons, self.steps, self.effects) if lang == "en" else self.words(lang)
        return {
            "measure_id": self.measure_id,
            "title_zh": self.title_zh,
            "title_en": self.title_en,
            "district": self.district,
            "kind": self.kind,
            "beneficiary": self.beneficiary,
            "status": self.status,
            "amount": f"{self.amount:.2f}",
            "low": f"{self.low:.2f}",
            "high": f"{self.high:.2f}",
            "relief": self.relief,
            "quantified": self.quantified,
            "reasons": list(reasons),
            "missing": list(self.missing),
            "needs": list(self.needs),
            "steps": list(steps),
            "readings": {k: _jsonable(v) for k, v in self.readings.items()},
            "effects": dict(effects),
            "stacking": list(self.stacking),
            "parts": {k: f"{round_fen(v[0]):.2f}" for k, v in self.parts.items()},
            "sources": [s.to_dict() for s in self.sources],
        }

    def explain(self, lang: str = "en") -> str:
        """A plain-text explanation: status, amount and range, reasons, steps, readings, quoted sources
        (``lang="zh"``: Chinese headings and fixed fragments; a measure's own wording as it gives it)."""
        from ..i18n import EXPLAIN

        W = EXPLAIN[lang]
        reasons, steps, effects = self.words(lang)
        out = [f"{self.measure_id}  {self.title_zh}", f"  {self.title_en}",
               f"  {W['status']}: {self.status if lang == 'en' else W[self.status]}"]
        if self.status == "eligible":
            rng = "" if self.low == self.high == self.amount else \
                f"  ({W['range']} {yuan(self.low)} – {yuan(self.high)})"
            out.append(f"  {W['amount']}: {yuan(self.amount)} {W['yuan']}{rng}")
            if not self.quantified:
                out.append(f"  {W['not_quantified']}: " + ", ".join(self.needs))
        if self.missing:
            out.append(f"  {W['missing']}: " + ", ".join(self.missing))
        out.append(f"  {W['reasons']}:")
        out += [f"    - {r}" for r in reasons]
        if steps:
            out.append(f"  {W['steps']}:")
            out += [f"    {s}" for s in steps]
        if effects:
            out.append(f"  {W['effects']}:")
            out += [f"    {k}: {v}" for k, v in effects.items()]
        if self.stacking:
            from ..i18n import translate

            out.append(f"  {W['stacking']}:")
            out += [f"    - {translate(s, lang)}" for s in self.stacking]
        if self.readings:
            out.append(f"  {W['readings']}:")
            out += [f"    {k} = {_jsonable(v)}" for k, v in self.readings.items()]
        out.append(f"  {W['sources']}:")
        for s in self.sources:
            no = f" {s.doc_no}" if s.doc_no else ""
            out.append(f"    {s.title}{no} — {s.issuer}, {s.issued.isoformat()}, {W['seed']} {s.lines}")
            out.append(f"      {s.url}")
            out.append(f"      “{s.quote}”")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        return view("award_html")(self)  # type: ignore[no-any-return]

    def to_html(self, lang: str = "en") -> str:
        return view("award_html")(self, lang=lang)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        extra = ""
        if self.status == "eligible":
            extra = f" {yuan(self.amount)}"
            if self.low != self.high:
                extra += f" [{yuan(self.low)}–{yuan(self.high)}]"
        elif self.missing:
            extra = f" missing={self.missing}"
        return f"<Award {self.measure_id}: {self.status}{extra}>"


class _Written(dict):  # type: ignore[type-arg]
    """The traced words of a settled award, by language (what the trace's renderer gave): called like it."""

    def __call__(self, lang: str) -> tuple[list[str], list[str], dict[str, str]]:
        if lang not in self:
            from ..i18n import language

            with language(lang):  # the renderer's error for a language it does not know
                pass
        r, s, e = self[lang]
        return list(r), list(s), dict(e)


def _jsonable(v: Any) -> Any:
    from datetime import date

    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple | list):
        return [_jsonable(x) for x in v]
    return v
