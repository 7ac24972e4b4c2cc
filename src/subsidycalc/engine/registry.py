"""The catalog: every measure by id (and alias), its readings and stacking rules."""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from .measure import Measure, Reading
from .readings import COMMON_READINGS
from .stacking import StackingRule


class UnknownMeasureError(KeyError):
    """No measure has this id or alias; the message names close ids."""

    def __str__(self) -> str:  # KeyError quotes its argument; show the message plainly
        return str(self.args[0]) if self.args else ""


class Catalog:
    """Every measure the library knows. ``cat[id]`` (ids and aliases), ``len``, iteration, ``filter``."""

    def __init__(self, measures: list[Measure], rules: list[StackingRule], readings: dict[str, Reading]) -> None:
        self._measures = list(measures)
        self._by_id: dict[str, Measure] = {}
        for m in self._measures:
            for key in (m.id, *m.aliases):
                if key in self._by_id:
                    raise ValueError(f"duplicate measure id or alias {key!r} ({m.id} and {self._by_id[key].id})")
                self._by_id[key] = m
        self.rules: tuple[StackingRule, ...] = tuple(rules)
        self.readings: dict[str, Reading] = dict(readings)
        #: readings that became something else (a profile field, a reference table), old name → where it went
        self.moved_readings: dict[str, str] = {}
        #: where, how and by when to apply, by measure id (``src/subsidycalc/apply/``)
        self.apply: dict[str, Any] = {}
        # per registered district: the plan and the stacking rules it can touch (engine/estimate.py fills them)
        self._plans: dict[str | None, Any] = {}
        self._rules_for: dict[str | None, tuple[StackingRule, ...]] = {}
        # per registered district: the assumptions last used and, for each plan entry, what ``run_evaluated`` runs
        self._runs: dict[str | None, Any] = {}

    def how_to_apply(self, key: str) -> Any:
        """Where, how and by when to apply for a measure (id or alias): its cited office, contacts, channel,
        materials, window and deadline, as far as the texts give them (:class:`~.apply.HowToApply`)."""
        from .apply import NOTHING

        return self.apply.get(self.resolve(key), NOTHING)

    def __getitem__(self, key: str) -> Measure:
        try:
            return self._by_id[key]
        except KeyError:
            close = difflib.get_close_matches(key, list(self._by_id), n=5, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `subsidycalc measures`"
            raise UnknownMeasureError(f"unknown measure id {key!r}{hint}") from None

    def __contains__(self, key: object) -> bool:
        return key in self._by_id

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._measures)

    def __len__(self) -> int:
        return len(self._measures)

    def ids(self) -> list[str]:
        return [m.id for m in self._measures]

    def resolve(self, key: str) -> str:
        """The canonical id of an id or alias."""
        return self[key].id

    def filter(self, district: str | None = None, kind: str | None = None,
               beneficiary: str | None = None, relief: bool | None = None) -> Catalog:
        ms = [m for m in self._measures
              if (district is None or m.district == district)
              and (kind is None or m.kind == kind)
              and (beneficiary is None or m.beneficiary == beneficiary)
              and (relief is None or m.relief == relief)]
        ids = {m.id for m in ms}
        rules = [r for r in self.rules if any(x in ids for x in r.measures)]
        return Catalog(ms, rules, self.readings)

    def __repr__(self) -> str:
        return f"<Catalog of {len(self)} measures>"


def _modules() -> list[ModuleType]:
    """Every measure module of :mod:`subsidycalc.measures`, subpackages included (``measures/haidian/finance.py``);
    a name starting with ``_`` is a helper, not scanned. City modules first (district rules refer to them)."""
    from .. import measures as pkg

    names = sorted(m.name for m in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg.__name__}.")
                   if not any(part.startswith("_") for part in m.name.split(".")[2:]) and not m.ispkg)
    names.sort(key=lambda n: (not n.split(".")[2].startswith("beijing"), n))
    return [importlib.import_module(n) for n in names]


def _how_to_apply(cat: Catalog) -> dict[str, Any]:
    """``HOW_TO_APPLY`` of every module of :mod:`subsidycalc.apply`, by canonical measure id (an unknown id is an
    error naming it)."""
    from .. import apply as pkg

    out: dict[str, Any] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        for key, how in getattr(mod, "HOW_TO_APPLY", {}).items():
            mid = cat.resolve(key)
            if mid in out:
                raise ValueError(f"how to apply for {mid} declared twice ({mod.__name__})")
            out[mid] = how
    return out


_CURRENT: list[Catalog] = []


def current() -> Catalog:
    """The catalog :func:`load` built last (the engine resolves a rule's dependencies in it)."""
    if not _CURRENT:
        _CURRENT.append(load())
    return _CURRENT[-1]


def load() -> Catalog:
    """Import every module of :mod:`subsidycalc.measures` and build the catalog.

    A module declares ``MEASURES: list[Measure]`` and may declare ``READINGS: list[Reading]`` and
    ``STACKING: list[StackingRule]``.
    """
    measures: list[Measure] = []
    rules: list[StackingRule] = []
    readings: dict[str, Reading] = {r.name: r for r in COMMON_READINGS}
    moved: dict[str, str] = {}
    shared = importlib.import_module("subsidycalc.measures._readings")
    for r in getattr(shared, "READINGS", ()):
        readings[r.name] = r
    for mod in _modules():
        measures += list(getattr(mod, "MEASURES", ()))
        rules += list(getattr(mod, "STACKING", ()))
        moved.update(getattr(mod, "MOVED_READINGS", {}))
        owned = [r for m in getattr(mod, "MEASURES", ()) for r in getattr(m, "owned_readings", ())]
        for r in [*getattr(mod, "READINGS", ()), *owned]:
            if r.name in readings and readings[r.name] != r:
                raise ValueError(f"reading {r.name!r} declared twice with different definitions ({mod.__name__})")
            readings[r.name] = r
    cat = Catalog(measures, [], readings)
    resolved = []
    for rule in rules:
        try:
            ids = tuple(cat.resolve(x) for x in rule.measures)
        except KeyError as e:
            raise ValueError(f"stacking rule {rule.id} names an unknown measure: {e}") from None
        if rule.per_reading is not None and rule.per_reading not in readings:
            raise ValueError(f"stacking rule {rule.id} uses reading {rule.per_reading!r} that no module declares")
        resolved.append(dataclasses.replace(rule, measures=ids))
    for m in measures:
        for name in m.readings:
            if name not in readings:
                raise ValueError(f"measure {m.id} uses reading {name!r} that no module declares")
    cat = Catalog(measures, resolved, readings)
    cat.moved_readings = moved
    cat.apply = _how_to_apply(cat)
    _CURRENT[:] = [cat]
    return cat
