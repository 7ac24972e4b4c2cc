"""The facts a rule can read, derived from the :class:`~subsidycalc.profile.firm.Firm` model itself.

Every leaf field of the profile is a *fact* with a dotted path (``workforce.ui_insured_avg_2019``), a kind (money,
number, count, date, flag, enum, text, list of text) and, for the fields of a list section's items, the section
(``loans``: path ``loans.N.principal``). Sub-models (``workforce``, ``lending`` ...) and list sections also have a
*presence* fact: whether the profile gives them at all (absent ``lending``: not a lender; absent ``loans``: the
loans are unknown).

A rule names a fact by path; a path the profile does not have is an error when the rule is defined, never a silent
``None``. Adding a field to the profile makes it readable by rules at once.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel

FactKind = Literal["money", "number", "count", "date", "flag", "enum", "text", "strlist"]


@dataclass(frozen=True, slots=True)
class FactSpec:
    """One leaf fact of the profile."""

    path: str
    """Dotted path from the firm (``loans.principal`` for an item field: the item index is not part of it)."""
    field: str
    """The field's own name (last part of the path)."""
    kind: FactKind
    section: str | None
    """The list section whose items carry the fact (``loans``), or ``None`` for a firm-level fact."""
    parents: tuple[str, ...]
    """The attribute chain from the firm (or the item) to the field: ``("workforce", "ui_insured_avg_2019")``."""
    values: tuple[str, ...] = ()
    """The allowed values of an enum, in declaration order."""
    description: str = ""
    unit: str = ""
    """How the explanation shows a value: ``yuan`` (money), ``rate`` / ``share`` (a percentage), or plain."""

    def item_path(self, index: int) -> str:
        """The profile path of this fact on item ``index`` of its section: ``loans.3.principal``."""
        assert self.section is not None
        return f"{self.section}.{index}.{'.'.join(self.parents)}"


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """A list section of the profile (``loans``, ``lending.first_loans`` ...)."""

    path: str
    parents: tuple[str, ...]
    model: type[BaseModel]


@dataclass(frozen=True)
class Schema:
    facts: dict[str, FactSpec]
    """Firm-level facts by path, and item facts by ``<section>.<field>``."""
    sections: dict[str, SectionSpec]
    presence: dict[str, tuple[str, ...]]
    """Sub-model and list paths whose presence a rule may test, with their attribute chains."""

    def fact(self, path: str) -> FactSpec:
        try:
            return self.facts[path]
        except KeyError:
            import difflib

            close = difflib.get_close_matches(path, list(self.facts), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KeyError(f"the profile has no fact {path!r}{hint}") from None

    def item_fact(self, section: str, field: str) -> FactSpec:
        return self.fact(f"{section}.{field}")


def _kind(ann: Any) -> tuple[FactKind, tuple[str, ...]]:
    from ...profile import types as t

    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        base, *meta = typing.get_args(ann)
        funcs = {getattr(m, "func", None) for m in meta}
        kinds = [str(m) for m in meta if isinstance(m, t.Kind)]
        if base is date:
            return "date", ()
        if base is Decimal:
            if kinds and kinds[0].startswith("money"):
                return "money", ()
            return "number", ()
        if base is int or t._rate in funcs:
            return ("count", ()) if base is int else ("number", ())
        if base is str:
            return "text", ()
        return _kind(base)
    if origin is Literal:
        return "enum", tuple(str(v) for v in typing.get_args(ann))
    if origin is list:
        return "strlist", ()
    if ann is bool:
        return "flag", ()
    if ann is str:
        return "text", ()
    if ann is int:
        return "count", ()
    if ann is Decimal:
        return "number", ()
    if ann is date:
        return "date", ()
    raise TypeError(f"no fact kind for {ann!r}")


def _unit(ann: Any, kind: str) -> str:
    from ...profile import types as t

    if kind == "money":
        return "yuan"
    if typing.get_origin(ann) is typing.Annotated:
        kinds = [str(m) for m in typing.get_args(ann)[1:] if isinstance(m, t.Kind)]
        if kinds and kinds[0].startswith("rate"):
            return "rate"
        if kinds and kinds[0].startswith("signed decimal fraction"):
            return "share"
    return ""


def _unwrap_optional(ann: Any) -> Any:
    if typing.get_origin(ann) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return ann


def build(model: type[BaseModel]) -> Schema:
    facts: dict[str, FactSpec] = {}
    sections: dict[str, SectionSpec] = {}
    presence: dict[str, tuple[str, ...]] = {}

    def walk(m: type[BaseModel], chain: tuple[str, ...], section: str | None, item_chain: tuple[str, ...]) -> None:
        for name, f in m.model_fields.items():
            ann = _unwrap_optional(f.annotation)
            here = chain + (name,)
            in_item = item_chain + (name,)
            path = ".".join(here)
            inner = typing.get_args(ann)[0] if typing.get_origin(ann) is list else None
            if inner is not None and isinstance(inner, type) and issubclass(inner, BaseModel):
                if section is not None:
                    raise TypeError(f"{path}: a list inside a list item is not supported")
                sections[path] = SectionSpec(path, here, inner)
                presence[path] = here
                walk(inner, here, path, ())
                continue
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                if section is None:
                    presence[path] = here
                walk(ann, here, section, in_item)
                continue
            kind, values = _kind(ann)
            key = path if section is None else f"{section}.{'.'.join(in_item)}"
            facts[key] = FactSpec(key, name, kind, section, here if section is None else in_item, values,
                                  f.description or "", _unit(ann, kind))

    walk(model, (), None, ())
    return Schema(facts, sections, presence)


@lru_cache(maxsize=1)
def firm_schema() -> Schema:
    """The schema of :class:`subsidycalc.Firm` (built once)."""
    from ...profile.firm import Firm

    return build(Firm)


__all__ = ["FactKind", "FactSpec", "Schema", "SectionSpec", "build", "firm_schema"]
