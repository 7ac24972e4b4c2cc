"""The result of one measure for one firm."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from .money import ZERO, round_fen, yuan
from .sources import Source

Status = Literal["eligible", "ineligible", "undetermined"]


@dataclass(slots=True)
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
    """

    measure_id: str
    status: Status
    amount: Decimal = ZERO
    low: Decimal = ZERO
    high: Decimal = ZERO
    reasons: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    readings: dict[str, Any] = field(default_factory=dict)
    sources: tuple[Source, ...] = ()
    relief: bool = True
    quantified: bool = True
    needs: list[str] = field(default_factory=list)
    effects: dict[str, str] = field(default_factory=dict)
    stacking: list[str] = field(default_factory=list)
    parts: dict[str, tuple[Decimal, Decimal, Decimal]] = field(default_factory=dict)
    title_zh: str = ""
    title_en: str = ""
    district: str = ""
    kind: str = ""
    beneficiary: str = ""

    @property
    def reason(self) -> str:
        """One line: the deciding reason (failed condition, missing facts, or what is paid)."""
        if self.status == "undetermined" and self.missing:
            return "needs " + ", ".join(self.missing)
        if self.stacking:
            return self.stacking[-1]
        return self.reasons[-1] if self.reasons else ""

    def to_dict(self) -> dict[str, Any]:
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
            "reasons": list(self.reasons),
            "missing": list(self.missing),
            "needs": list(self.needs),
            "steps": list(self.steps),
            "readings": {k: _jsonable(v) for k, v in self.readings.items()},
            "effects": dict(self.effects),
            "stacking": list(self.stacking),
            "parts": {k: f"{round_fen(v[0]):.2f}" for k, v in self.parts.items()},
            "sources": [s.to_dict() for s in self.sources],
        }

    def explain(self) -> str:
        """A plain-text explanation: status, amount and range, reasons, steps, readings, quoted sources."""
        out = [f"{self.measure_id}  {self.title_zh}", f"  {self.title_en}",
               f"  status: {self.status}"]
        if self.status == "eligible":
            rng = "" if self.low == self.high == self.amount else f"  (range {yuan(self.low)} – {yuan(self.high)})"
            out.append(f"  amount: {yuan(self.amount)} yuan{rng}")
            if not self.quantified:
                out.append("  amount not quantified by the text; supply: " + ", ".join(self.needs))
        if self.missing:
            out.append("  missing: " + ", ".join(self.missing))
        out.append("  reasons:")
        out += [f"    - {r}" for r in self.reasons]
        if self.steps:
            out.append("  steps:")
            out += [f"    {s}" for s in self.steps]
        if self.effects:
            out.append("  effects:")
            out += [f"    {k}: {v}" for k, v in self.effects.items()]
        if self.stacking:
            out.append("  stacking:")
            out += [f"    - {s}" for s in self.stacking]
        if self.readings:
            out.append("  readings used:")
            out += [f"    {k} = {_jsonable(v)}" for k, v in self.readings.items()]
        out.append("  sources:")
        for s in self.sources:
            no = f" {s.doc_no}" if s.doc_no else ""
            out.append(f"    {s.title}{no} — {s.issuer}, {s.issued.isoformat()}, seed {s.lines}")
            out.append(f"      {s.url}")
            out.append(f"      “{s.quote}”")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        from ..display import award_html

        return award_html(self)

    def to_html(self, lang: str = "en") -> str:
        from ..display import award_html

        return award_html(self, lang=lang)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        extra = ""
        if self.status == "eligible":
            extra = f" {yuan(self.amount)}"
            if self.low != self.high:
                extra += f" [{yuan(self.low)}–{yuan(self.high)}]"
        elif self.missing:
            extra = f" missing={self.missing}"
        return f"<Award {self.measure_id}: {self.status}{extra}>"


def _jsonable(v: Any) -> Any:
    from datetime import date

    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple | list):
        return [_jsonable(x) for x in v]
    return v
