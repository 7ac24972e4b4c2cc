"""Hypothesis strategies derived from the Firm model itself, so fields added later are covered too."""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

from hypothesis import strategies as st
from pydantic import BaseModel

from subsidycalc.profile import types as ptypes

MONEY = st.decimals(min_value=0, max_value=Decimal("200000000"), places=2, allow_nan=False, allow_infinity=False)
HEADCOUNT = st.one_of(st.integers(0, 2000).map(Decimal), st.decimals(0, 2000, places=1))
RATE = st.decimals(min_value=0, max_value=Decimal("0.2"), places=4)
DAY = st.dates(date(2019, 6, 1), date(2021, 6, 30))


def _validators(meta: list[Any]) -> set[Any]:
    return {getattr(m, "func", None) for m in meta}


def _unwrap(ann: Any) -> tuple[Any, list[Any]]:
    meta: list[Any] = []
    while get_origin(ann) is typing.Annotated:
        args = get_args(ann)
        ann, meta = args[0], meta + list(args[1:])
    return ann, meta


def for_annotation(ann: Any, meta: list[Any] | None = None, name: str = "") -> st.SearchStrategy[Any]:
    ann, more = _unwrap(ann)
    meta = (meta or []) + more
    origin = get_origin(ann)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(ann) if a is not type(None)]
        return st.one_of([for_annotation(a, meta, name) for a in args])
    if origin is Literal:
        return st.sampled_from(get_args(ann))
    if origin is list:
        return st.lists(for_annotation(get_args(ann)[0], [], name), max_size=3)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return model_dict(ann)
    if ann is bool:
        return st.booleans()
    if ann is int:
        return st.integers(0, 60)
    if ann is date:
        return DAY.map(date.isoformat)
    if ann is str:
        return st.text(max_size=10)
    if ann is Decimal:
        vals = _validators(meta)
        if ptypes._rate in vals:
            return RATE.map(str)
        if "avg" in name or "employees" in name or "count" in name:
            return HEADCOUNT.map(str)
        return MONEY.map(str)
    raise NotImplementedError(f"no strategy for {ann!r} ({name})")


def model_dict(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """A dict that validates as ``model``: each optional field present or left out."""
    fields = {}
    for fname, f in model.model_fields.items():
        fields[fname] = for_annotation(f.annotation, list(f.metadata), fname)
    return st.fixed_dictionaries({}, optional=fields)


def firm_dicts() -> st.SearchStrategy[dict[str, Any]]:
    from subsidycalc import Firm

    return model_dict(Firm)
