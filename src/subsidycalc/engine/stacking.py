"""The stacking layer: rules between measures, declared as data, applied before totals.

Kinds of rule:

- ``exclusive``: "同一事项不重复享受" / "市区两级同类政策只能申请一次" / "不得重复申领" / "就高不就低" — of the
  eligible awards in the group only one is paid. ``keep="highest"`` pays the highest point amount
  (就高不就低; also the rational choice where the firm may apply only once); ``keep="first"`` pays the
  first eligible measure listed (a text that says which one prevails).
- ``reduce_by``: "a later subsidy reduced by what an earlier one paid" — the first measure's amount is
  reduced by the amounts of the others (never below zero).

Every award a rule touches says so in ``award.stacking``; a rule naming an unknown measure is an error at
import time (see :meth:`Catalog.check`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from .award import Award
from .money import ZERO, yuan
from .sources import Source


@dataclass(frozen=True, slots=True)
class StackingRule:
    """A rule between measures, with the sentence it rests on."""

    id: str
    kind: Literal["exclusive", "reduce_by"]
    measures: tuple[str, ...]
    source: Source
    explanation: str
    keep: Literal["highest", "first"] = "highest"

    def apply(self, awards: dict[str, Award]) -> None:
        present = [awards[m] for m in self.measures if m in awards]
        if self.kind == "exclusive":
            self._exclusive(present)
        else:
            self._reduce(present)

    def _cite(self) -> str:
        return f"{self.explanation} (rule {self.id}; {self.source.title}, seed {self.source.lines}: “{self.source.quote}”)"

    def _exclusive(self, present: list[Award]) -> None:
        paying = [a for a in present if a.status == "eligible" and a.relief]
        if len(paying) < 2:
            for a in present:
                if a.status == "undetermined":
                    others = ", ".join(m for m in self.measures if m != a.measure_id)
                    a.stacking.append(f"if eligible, not paid together with {others}: {self._cite()}")
            return
        if self.keep == "highest":
            kept = max(paying, key=lambda a: (a.amount, a.high, -paying.index(a)))
        else:
            kept = paying[0]
        for a in paying:
            if a is kept:
                a.stacking.append(f"paid; excludes {', '.join(x.measure_id for x in paying if x is not a)}: {self._cite()}")
                continue
            a.stacking.append(
                f"not added: {kept.measure_id} is paid instead ({yuan(kept.amount)} vs {yuan(a.amount)}): {self._cite()}")
            a.amount = a.low = a.high = ZERO

    def _reduce(self, present: list[Award]) -> None:
        if not present or present[0].measure_id != self.measures[0]:
            return
        later, earlier = present[0], [a for a in present[1:] if a.status == "eligible" and a.relief]
        if later.status != "eligible" or not earlier:
            return
        paid = sum((a.amount for a in earlier), Decimal(0))
        before = later.amount
        later.amount = max(ZERO, later.amount - paid)
        later.low = max(ZERO, later.low - paid)
        later.high = max(ZERO, later.high - paid)
        names = ", ".join(a.measure_id for a in earlier)
        later.stacking.append(f"reduced by {yuan(paid)} already paid under {names}: {yuan(before)} → "
                              f"{yuan(later.amount)}: {self._cite()}")
        for a in earlier:
            a.stacking.append(f"deducted from {later.measure_id}: {self._cite()}")
