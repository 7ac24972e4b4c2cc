"""The stacking layer: rules between measures, declared as data, applied before totals.

Kinds of rule:

- ``exclusive``: "同一事项不重复享受" / "市区两级同类政策只能申请一次" / "不得重复申领" / "就高不就低" — of the
  eligible awards in the group only one is paid. ``keep="highest"`` pays the highest point amount
  (就高不就低; also the rational choice where the firm may apply only once); ``keep="first"`` pays the
  first eligible measure listed (a text that says which one prevails).
- ``reduce_by``: "a later subsidy reduced by what an earlier one paid" — the first measure's amount is
  reduced by the amounts of the others (never below zero).

``per="leases"`` applies either kind item by item: where the awards record the share each lease earns
(``r.parts(leases, ...)`` in a definition: ``award.parts["leases.0"]``), "one level only" is decided lease by lease — a firm renting one 区属 and one
市属 state-owned premises gets the district relief on the first and the city relief on the second — and a
reduction takes off only what the earlier measure paid on the same lease. If an award in the group has no
parts, the rule falls back to the whole award.

Every award a rule touches says so in ``award.stacking``; a rule naming an unknown measure is an error at
import time (see :meth:`Catalog.check`).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

from .award import Award
from .money import ZERO, exact, round_fen, yuan
from .sources import Source

_NONE = Fraction(0)


@dataclass(frozen=True, slots=True)
class StackingRule:
    """A rule between measures, with the sentence it rests on."""

    id: str
    kind: Literal["exclusive", "reduce_by"]
    measures: tuple[str, ...]
    source: Source
    explanation: str
    keep: Literal["highest", "first"] = "highest"
    per: str | None = None
    #: a reading (``Assumptions`` field) whose value ``"firm"`` turns a ``per`` rule back into a whole-award rule
    per_reading: str | None = None

    def apply(self, awards: dict[str, Award], assumptions: Any = None) -> None:
        present = [awards[m] for m in self.measures if m in awards]
        per = self.per
        if per is not None and self.per_reading is not None and assumptions is not None:
            scope = getattr(assumptions, self.per_reading)
            for a in present:
                if a.status == "eligible":
                    a.readings[self.per_reading] = scope
            if scope == "firm":
                per = None
        if per is not None:
            # an award an earlier per-item rule left without items pays nothing: it takes no part here
            present = [a for a in present
                       if not (a.status == "eligible" and a.quantified and not a.parts and a.amount == 0)]
            paying = [a for a in present if a.status == "eligible" and a.relief]
            if len(paying) >= 2 and all(a.parts for a in paying):
                if self.kind == "exclusive":
                    self._exclusive_parts(paying)
                elif paying[0].measure_id == self.measures[0]:
                    self._reduce_parts(paying[0], paying[1:])
                return
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
        paid = sum((a.amount for a in earlier), ZERO)
        before = later.amount
        later.amount = max(ZERO, later.amount - paid)
        later.low = max(ZERO, later.low - paid)
        later.high = max(ZERO, later.high - paid)
        names = ", ".join(a.measure_id for a in earlier)
        later.stacking.append(f"reduced by {yuan(paid)} already paid under {names}: {yuan(before)} → "
                              f"{yuan(later.amount)}: {self._cite()}")
        for a in earlier:
            a.stacking.append(f"deducted from {later.measure_id}: {self._cite()}")

    # -- item by item (per="leases") ----------------------------------------------------------------------
    def _exclusive_parts(self, paying: list[Award]) -> None:
        keys = sorted({k for a in paying for k in a.parts}, key=_item_order)
        lost: dict[int, list[str]] = {}
        for key in keys:
            having = [a for a in paying if key in a.parts]
            if len(having) < 2:
                continue
            kept = (max(having, key=lambda a: (a.parts[key][0], a.parts[key][2], -having.index(a)))
                    if self.keep == "highest" else having[0])
            for a in having:
                if a is kept:
                    a.stacking.append(f"{key}: paid here ({yuan(round_fen(a.parts[key][0]))}); excludes "
                                      f"{', '.join(x.measure_id for x in having if x is not a)} on it: {self._cite()}")
                    continue
                a.stacking.append(f"{key}: not added: {kept.measure_id} pays it instead "
                                  f"({yuan(round_fen(kept.parts[key][0]))} vs {yuan(round_fen(a.parts[key][0]))}): "
                                  f"{self._cite()}")
                lost.setdefault(id(a), []).append(key)
        for a in paying:
            for key in lost.get(id(a), []):
                del a.parts[key]
            if id(a) in lost:
                _resum(a)

    def _reduce_parts(self, later: Award, earlier: list[Award]) -> None:
        before = later.amount
        notes = []
        for key, (amt, lo, hi) in list(later.parts.items()):
            paid = sum((exact(a.parts[key][0]) for a in earlier if key in a.parts), Fraction(0))
            if not paid:
                continue
            later.parts[key] = (max(_NONE, exact(amt) - paid), max(_NONE, exact(lo) - paid), max(_NONE, exact(hi) - paid))
            notes.append(f"{key} by {yuan(round_fen(paid))}")
        if not notes:
            return
        _resum(later)
        names = ", ".join(a.measure_id for a in earlier)
        later.stacking.append(f"reduced ({'; '.join(notes)}) already paid under {names} on the same lease: "
                              f"{yuan(before)} → {yuan(later.amount)}: {self._cite()}")
        for a in earlier:
            a.stacking.append(f"deducted from {later.measure_id} lease by lease: {self._cite()}")


def _item_order(key: str) -> tuple[str, int]:
    head, _, tail = key.rpartition(".")
    return (head, int(tail)) if tail.isdigit() else (key, -1)


def _resum(a: Award) -> None:
    """An award's amount, low and high from its remaining parts: rounded once, half-up, to the fen."""
    a.amount = round_fen(sum((exact(v[0]) for v in a.parts.values()), Fraction(0)))
    a.low = round_fen(sum((exact(v[1]) for v in a.parts.values()), Fraction(0)))
    a.high = round_fen(sum((exact(v[2]) for v in a.parts.values()), Fraction(0)))
