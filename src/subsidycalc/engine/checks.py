"""Conditions many measures share, each recorded on an :class:`Ev` with words a user understands."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from ..profile.industries import DISTRICT_ZH, INDUSTRIES
from ..profile.sme_size_standard import SizeStandardError, classify_size
from .evaluation import Ev
from .periods import Window

T = TypeVar("T")

SIZE_ZH = {"micro": "微型", "small": "小型", "medium": "中型", "large": "大型"}


@lru_cache(maxsize=4096)
def _classify(industry: str, employees: Any, revenue: Any, assets: Any) -> tuple[str | None, str]:
    """``classify_size`` memoised on its (hashable) inputs: (size, "") or (None, the error's text).

    A firm's size is asked for by a dozen measures per estimate; the standard is a pure function of these four
    figures, so it is classified once per distinct profile."""
    try:
        return classify_size(industry, employees, revenue, assets), ""
    except SizeStandardError as e:
        return None, str(e)


def firm_size(ev: Ev) -> str | None:
    """The firm's size: declared ``size`` wins (the reasons say when the figures disagree); else classified
    from ``industry`` and figures by the SME size standard; ``None`` when neither is possible."""
    f = ev.firm
    classified: str | None = None
    why = ""
    if f.industry is not None:
        classified, why = _classify(f.industry, f.employees, f.revenue, f.assets)
    if f.size is not None:
        if classified is not None and classified != f.size:
            ev.reasons.append(
                f"note: declared size {f.size} wins; the SME size standard would classify the figures as {classified}")
        return f.size
    if classified is not None:
        ev.reasons.append(
            f"size {classified} ({SIZE_ZH[classified]}) classified from {f.industry}, employees, revenue/assets "
            "by 工信部联企业〔2011〕300号")
        return classified
    paths = ["size"] if f.industry is None else ["size"] + ([why.split(":")[0]] if why else [])
    ev.unknown("firm size (declare size, or industry with employees/revenue/assets)" + (f": {why}" if why else ""),
               paths)
    return None


def require_size(ev: Ev, allowed: Collection[str], label: str) -> str | None:
    """Require the firm's size to be one of ``allowed`` (e.g. 中小微企业)."""
    size = firm_size(ev)
    if size is None:
        return None
    ev.require(size in allowed, f"size {size} is within {label}", f"size {size} is not within {label}")
    return size


def require_flag(ev: Ev, section: Any, name: str, want: bool, met: str, failed: str, prefix: str) -> bool | None:
    """Require a boolean fact (e.g. ``qualifications.heavily_affected``) to be ``want``."""
    value = getattr(section, name) if section is not None else None
    if value is None:
        ev.unknown(met + " — not known", [f"{prefix}.{name}"])
        return None
    ev.require(value == want, met, failed)
    return True


def require_qualification(ev: Ev, name: str, want: bool, met: str, failed: str) -> bool | None:
    return require_flag(ev, ev.firm.qualifications, name, want, met, failed, "qualifications")


def require_ownership(ev: Ev, allowed: Collection[str], met: str, failed: str) -> bool | None:
    own = ev.firm.ownership
    if own is None:
        ev.unknown(met + " — not known", ["ownership"])
        return None
    ev.require(own in allowed, met, f"{failed} (ownership: {own})")
    return True


def require_industry(ev: Ev, allowed: Collection[str], label: str) -> bool | None:
    ind = ev.firm.industry
    if ind is None:
        ev.unknown(f"industry among {label} — not known", ["industry"])
        return None
    zh = INDUSTRIES[ind][0]
    ev.require(ind in allowed, f"industry {ind} ({zh}) is among {label}",
               f"industry {ind} ({zh}) is not among {label}")
    return True


def require_in_window(ev: Ev, day: date | None, window: Window, what: str, path: str) -> bool | None:
    """Require ``day`` to fall in the inclusive window."""
    if day is None:
        ev.unknown(f"{what} — not known", [path])
        return None
    ev.require(window.contains(day), f"{what} {day} is within {window}", f"{what} {day} is outside {window}")
    return True


def district_zh(d: str | None) -> str:
    return DISTRICT_ZH.get(d or "", str(d))


def require_list(ev: Ev, value: list[Any] | None, path: str, what: str) -> list[Any] | None:
    """A list section of the profile: ``None`` is unknown (missing), ``[]`` is none."""
    if value is None:
        ev.unknown(f"{what} — not known", [path])
    return value


def list_candidates(ev: Ev, items: Sequence[T], path: str, label: str, fails: Callable[[T], list[str] | None],
                    keys: Sequence[str] | Callable[[T], Sequence[str]], facts: str) -> list[tuple[int, T]]:
    """The items of a list section of the profile (``path``: ``leases``, ``rent_relief_granted``) that may count, as
    ``(index, item)`` in the profile's order.

    For each item: ``fails(item)`` is ``None`` to pass it over silently (not the kind the measure is about), or the
    known facts that rule it out, recorded as one reason ``✗ {label} i: a; b``; else the ``keys`` (a list, or a
    function of the item) whose values are unknown go to ``missing`` as ``{path}.i.key`` with the reason
    ``{label} i: {facts}``; else the item is a candidate. The caller settles.
    """
    out: list[tuple[int, T]] = []
    for i, item in enumerate(items):
        failed = fails(item)
        if failed is None:
            continue
        if failed:
            ev.reasons.append(f"✗ {label} {i}: " + "; ".join(failed))
            continue
        needed = keys(item) if callable(keys) else keys
        missing = [f"{path}.{i}.{k}" for k in needed if getattr(item, k) is None]
        if missing:
            ev.unknown(f"{label} {i}: {facts}", missing)
            continue
        out.append((i, item))
    return out


def count_paths(prefix: str, items: Iterable[Any], fields: Iterable[str]) -> list[str]:
    """Dotted paths of the ``None`` fields among list items: ``loans.0.interest_paid``."""
    names = list(fields)
    return [f"{prefix}.{i}.{n}" for i, it in enumerate(items) for n in names if getattr(it, n) is None]


def information(ev: Ev) -> None:
    """Calculator of an information entry (``Measure(relief=False)``): the engine reports it and never pays."""
