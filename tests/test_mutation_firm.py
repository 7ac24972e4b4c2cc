"""The Firm profile's own validators and helpers (issue 8 §6): every date-order check at the edge (the same day
accepted, the day before refused, one date alone accepted), the model settings, ``effective_tax_district`` and
the short ``repr``."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import BaseModel, ValidationError

from subsidycalc.profile import firm as f

D1, D2 = date(2020, 3, 1), date(2020, 3, 2)

# model, first field, last field, the error's words
ORDERED = [
    (f.Lease, "starts_on", "ends_on", "ends_on is before starts_on"),
    (f.FlexibleWorker, "gap_start", "gap_end", "gap_end is before gap_start"),
    (f.RentRelief, "period_start", "period_end", "period_end is before period_start"),
    (f.FeeCharge, "start", "end", r"end (2020-03-01 )?is before start"),  # names the dates
    (f.StaffDuty, "first_day", "last_day", "last_day is before first_day"),
]


@pytest.mark.parametrize("model, first, last, words", ORDERED, ids=[m[0].__name__ for m in ORDERED])
def test_the_last_day_may_not_come_before_the_first(model: type[BaseModel], first: str, last: str,
                                                     words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        model(**{first: D2, last: D1})
    same = model(**{first: D1, last: D1})  # a one-day period
    assert (getattr(same, first), getattr(same, last)) == (D1, D1)
    assert getattr(model(**{first: D1, last: D2}), last) == D2
    assert getattr(model(**{last: D1}), first) is None  # one date alone: nothing to compare
    assert getattr(model(**{first: D2}), last) is None
    assert getattr(model(), first) is None
    with pytest.raises(ValidationError, match=words):  # from JSON too
        model.model_validate_json(f'{{"{first}": "2020-03-02", "{last}": "2020-03-01"}}')


def test_models_are_frozen_and_strict_about_keys() -> None:
    firm = f.Firm(district="xicheng")
    with pytest.raises(ValidationError):
        firm.district = "haidian"  # type: ignore[misc]
    lease = f.Lease(starts_on=D1)
    with pytest.raises(ValidationError):
        lease.starts_on = D2  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        f.Lease(starts=D1)  # type: ignore[call-arg]
    assert hash(f.Lease(starts_on=D1)) == hash(f.Lease(starts_on=D1))


def test_defaults_are_not_validated() -> None:
    """``validate_default=False``: the defaults are taken as written (None), without a validator's run."""
    for model in (f.Firm, f.Lease, f.FeeCharge, f.Workforce):
        assert model.model_config["validate_default"] is False
        assert model.model_config["frozen"] is True


def test_effective_tax_district() -> None:
    assert f.Firm(district="xicheng").effective_tax_district == "xicheng"
    assert f.Firm(district="xicheng", tax_district="haidian").effective_tax_district == "haidian"
    assert f.Firm(tax_district="haidian").effective_tax_district == "haidian"
    assert f.Firm().effective_tax_district is None


def test_repr_names_the_set_identity_fields_only() -> None:
    firm = f.Firm(name="甲", district="xicheng", industry="software", size="small", employees=3)
    assert repr(firm) == "Firm(name='甲', district='xicheng', industry='software', size='small')"
    assert str(firm) == repr(firm)
    assert repr(f.Firm(industry="retail")) == "Firm(industry='retail')"
    assert repr(f.Firm(name="", district="dongcheng")) == "Firm(district='dongcheng')"
    assert repr(f.Firm()) == "Firm()"
