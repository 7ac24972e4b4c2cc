"""Every mistake of a profile at once, each with its field, the bad value and a did-you-mean.

:func:`problems` turns a pydantic ``ValidationError`` of :class:`~subsidycalc.Firm` into :class:`Problem` rows:
the field's dotted path, the value given, what is wrong, and, for a misspelt field or enum value, the closest names
the profile knows (``dongchen`` → ``dongcheng``) or the term the profile uses for a common synonym (``restaurant`` →
``catering``). :class:`ProfileError` is the ``ValidationError`` :func:`subsidycalc.estimate` raises: it is still a
``pydantic.ValidationError`` (``errors()`` as pydantic gives them), and its message lists every problem.
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

#: words people write for an enum value the profile names otherwise (field name → {word: value}); a did-you-mean
#: only, never applied silently
SYNONYMS: dict[str, dict[str, str]] = {
    "industry": {"restaurant": "catering", "restaurants": "catering", "food_service": "catering", "hotel": "accommodation",
                 "hotels": "accommodation", "shop": "retail", "store": "retail", "supermarket": "retail",
                 "bank": "finance", "factory": "manufacturing", "software_development": "software", "it": "software",
                 "hospital": "healthcare", "cinema_theatre": "cinema", "theatre": "performing_arts",
                 "travel_agency": "tourism", "school": "education_training", "training": "education_training"},
    "size": {"small_business": "small", "sme": "small", "large_enterprise": "large"},
    "ownership": {"soe": "state", "state_owned": "state", "privately_owned": "private"},
}


@dataclass(frozen=True)
class Problem:
    """One mistake: ``field`` (dotted path), ``value`` (as given), ``problem`` (words), ``suggestions``."""

    field: str
    value: Any
    problem: str
    suggestions: tuple[str, ...] = ()

    @property
    def words(self) -> str:
        """The problem with its did-you-mean, without the field."""
        hint = f"; did you mean {' or '.join(repr(s) for s in self.suggestions)}?" if self.suggestions else ""
        return self.problem + hint

    def __str__(self) -> str:
        return f"{self.field or '(the profile)'}: {self.words}"

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {"field": self.field, "value": v if isinstance(v, (str, int, float, bool, type(None))) else repr(v),
                "problem": self.problem, "suggestions": list(self.suggestions)}


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model whose field list holds the last element of ``loc``."""
    cur: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if not (isinstance(cur, type) and issubclass(cur, BaseModel)) or part not in cur.model_fields:
            return None
        ann = cur.model_fields[part].annotation
        cur = _unwrap(ann)
    return cur if isinstance(cur, type) and issubclass(cur, BaseModel) else None


def _unwrap(ann: Any) -> Any:
    while True:
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        origin = typing.get_origin(ann)
        if origin in (list, tuple) and args:
            ann = args[0]
            continue
        if origin in (typing.Union, types.UnionType):
            ann = args[0] if len(args) == 1 else ann
            if len(args) != 1:
                return ann
            continue
        if origin is typing.Annotated:
            ann = args[0]
            continue
        return ann


def _show(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 60 else text[:57] + "..."


def problems(e: ValidationError, model: type[BaseModel] | None = None) -> list[Problem]:
    """Every error of ``e`` as a :class:`Problem` (``model``: the validated model, default :class:`Firm`)."""
    if model is None:
        from .firm import Firm

        model = Firm
    out: list[Problem] = []
    for err in e.errors():
        loc = tuple(err.get("loc", ()))
        path = ".".join(str(x) for x in loc)
        value = err.get("input")
        kind = err.get("type", "")
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        suggestions: tuple[str, ...] = ()
        if kind == "extra_forbidden":
            owner = _model_at(model, loc)
            name = str(loc[-1]) if loc else ""
            known = list(owner.model_fields) if owner else []
            suggestions = tuple(difflib.get_close_matches(name, known, n=3, cutoff=0.6))
            msg = "unknown field (see `subsidycalc schema` or docs/input.md)"
        elif kind in ("literal_error", "enum"):
            expected = [x.strip().strip("'") for x in
                        str(err.get("ctx", {}).get("expected", "")).replace(" or ", ", ").split(",") if x.strip()]
            field = str(next((x for x in reversed(loc) if isinstance(x, str)), ""))
            given = str(value)
            syn = SYNONYMS.get(field, {}).get(given.lower().replace(" ", "_").replace("-", "_"))
            close = difflib.get_close_matches(given, expected, n=3, cutoff=0.6)
            suggestions = tuple(dict.fromkeys(([syn] if syn else []) + close))
            msg = f"{_show(value)} is not one of: {', '.join(expected)}"
        elif kind == "missing":
            msg = "required"
        elif value is not None and not isinstance(value, (dict, list)) and str(value) not in msg:
            msg = f"{msg} (got {_show(value)})"
        out.append(Problem(path, value, msg, suggestions))
    return out


class ProfileError(ValidationError):
    """A profile that does not validate: a ``pydantic.ValidationError`` whose message lists every problem with its
    field, the bad value and a did-you-mean (:attr:`problems`)."""

    problems: list[Problem]

    def __str__(self) -> str:
        ps = getattr(self, "problems", None) or problems(self)
        head = f"{len(ps)} problem{'s' if len(ps) != 1 else ''} in the firm profile:"
        return "\n".join([head] + [f"  {p}" for p in ps])

    def to_dicts(self) -> list[dict[str, Any]]:
        return [p.to_dict() for p in (getattr(self, "problems", None) or problems(self))]


def profile_error(e: ValidationError, model: type[BaseModel] | None = None) -> ProfileError:
    """``e`` as a :class:`ProfileError` (the same errors, the message listing them all)."""
    if isinstance(e, ProfileError):
        return e
    pe = ProfileError.from_exception_data(e.title, e.errors())  # type: ignore[arg-type]
    pe.problems = problems(e, model)
    return pe


__all__ = ["SYNONYMS", "Problem", "ProfileError", "problems", "profile_error"]
