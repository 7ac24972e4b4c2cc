"""The industry table (issue 8 §6): its import-time guard fails when the ``Industry`` literal and ``INDUSTRIES``
differ either way, and the sets derived from the literals are the documented ones."""

from __future__ import annotations

import ast
import inspect
from typing import Literal

import pytest

from subsidycalc.profile import industries


def _guard() -> ast.Module:
    """The module's ``assert set(Industry.__args__) == set(INDUSTRIES)`` statement, alone."""
    tree = ast.parse(inspect.getsource(industries))
    asserts = [n for n in tree.body if isinstance(n, ast.Assert)]
    assert len(asserts) == 1
    return ast.Module(body=asserts, type_ignores=[])


def _run_guard(literal: object, table: dict[str, object]) -> None:
    exec(compile(_guard(), "industries-guard", "exec"), {"Industry": literal, "INDUSTRIES": table})


def test_the_guard_passes_when_the_literal_and_the_table_agree() -> None:
    _run_guard(Literal["a", "b"], {"a": 1, "b": 2})
    _run_guard(industries.Industry, industries.INDUSTRIES)


@pytest.mark.parametrize("literal, table", [
    (Literal["a", "b", "c"], {"a": 1, "b": 2}),   # an id the table lacks
    (Literal["a"], {"a": 1, "b": 2}),             # a table row the literal lacks
    (Literal["a", "c"], {"a": 1, "b": 2}),
])
def test_the_guard_fails_when_they_differ(literal: object, table: dict[str, object]) -> None:
    with pytest.raises(AssertionError, match="Industry literal and INDUSTRIES table differ"):
        _run_guard(literal, table)


def test_derived_sets() -> None:
    assert industries.SME_SIZES == frozenset({"micro", "small", "medium"})
    assert industries.SMALL_MICRO == frozenset({"micro", "small"})
    assert len(industries.DISTRICTS) == 16 and industries.DISTRICTS[0] == "dongcheng"
    assert set(industries.DISTRICT_ZH) == {*industries.DISTRICTS, "beijing"}
    assert {k for k, (_, row) in industries.INDUSTRIES.items() if row is None} == {"finance", "guarantee"}
