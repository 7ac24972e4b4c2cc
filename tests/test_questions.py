"""What to tell us next (issue 11 §1): report.questions(), `subsidycalc questions`, the end of `estimate`."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import subsidycalc as sc
from subsidycalc.cli import main
from subsidycalc.display import table, width
from subsidycalc.questions import _probe_values, _set, asked_now, render

EXAMPLES = sorted(Path(__file__).resolve().parents[1].joinpath("examples", "firms").glob("*.json"))
RESTAURANT = next(p for p in EXAMPLES if p.name == "xicheng_restaurant.json")


def load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports() -> dict[str, sc.Report]:
    return {p.name: sc.estimate(load(p)) for p in EXAMPLES}


def test_every_missing_fact_is_asked_once_with_its_measures(reports: dict[str, sc.Report]) -> None:
    for name, r in reports.items():
        qs = r.questions()
        now = asked_now(qs)
        missing: dict[str, set[str]] = {}
        for a in r.undetermined:
            if a.relief:
                for p in a.missing:
                    missing.setdefault(p, set()).add(a.measure_id)
        assert {q.path: set(q.measures) for q in now} == missing, name
        assert len({q.path for q in qs}) == len(qs), name  # each fact once


def test_ranked_by_what_they_could_unlock_then_by_measures(reports: dict[str, sc.Report]) -> None:
    for r in reports.values():
        now = asked_now(r.questions())
        keys = [(-q.up_to, -len(q.measures)) for q in now]
        assert keys == sorted(keys)


def test_a_question_carries_the_schema_description_type_and_values(reports: dict[str, sc.Report]) -> None:
    by_kind: dict[str, sc.questions.Question] = {}
    for r in reports.values():
        for q in r.questions():
            by_kind.setdefault(q.kind, q)
            assert q.description, q.path
            assert q.kind in {"money", "number", "count", "date", "flag", "enum", "text", "strlist", "list", "section"}
            if q.kind == "enum":
                assert q.values
    assert {"flag", "list"} <= set(by_kind)


def test_the_bound_is_the_most_the_measure_pays_when_answered() -> None:
    # 中关村 small-firm R&D subsidy: tiers of 10万 / 20万 per firm (beijing.zgc_small_firm_rd_subsidy); every fact
    # that decides it for the restaurant is worth at most the highest tier
    cat = sc.catalog()
    m = cat["beijing.zgc_small_firm_rd_subsidy"]
    r = sc.estimate(load(RESTAURANT))
    assert r["beijing.zgc_small_firm_rd_subsidy"].status == "undetermined"
    qs = [q for q in r.questions() if q.measures == [m.id]]
    assert qs
    highest = m.params["tier3_cap"].value  # L1672-L1686: 每家不超过20万元, the highest tier
    for q in qs:
        assert q.up_to == highest, (q.path, q.up_to)
        assert q.value_words == f"up to {highest:,.2f} yuan"


def test_facts_needed_only_later_are_announced() -> None:
    r = sc.estimate(load(RESTAURANT))
    qs = {q.path: q for q in r.questions()}
    first = qs["social_insurance.late_before_dec_2019"]
    assert "social_insurance.late_made_up" in first.then
    later = qs["social_insurance.late_made_up"]
    assert "social_insurance.late_before_dec_2019" in later.asked_after
    assert later not in asked_now(list(qs.values()))
    assert "asked after social_insurance.late_before_dec_2019" in render(list(qs.values()))


def test_a_list_section_asks_its_items_fields_after_it(reports: dict[str, sc.Report]) -> None:
    r = reports["chaoyang_cultural_park_operator.json"]
    hires = next(q for q in r.questions() if q.path == "hires")
    assert hires.kind == "list" and any(p.startswith("hires.0.") for p in hires.then)


def _answers(q_path: str) -> st.SearchStrategy:
    values = _probe_values(q_path)
    return st.sampled_from(values) if values else st.nothing()


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data(), example=st.sampled_from(EXAMPLES))
def test_answering_the_first_question_never_leaves_more_undetermined(data: st.DataObject, example: Path) -> None:
    profile = load(example)
    r = sc.estimate(profile)
    qs = [q for q in asked_now(r.questions()) if _probe_values(q.path)]
    if not qs:
        return
    q = qs[0] if data.draw(st.booleans()) else data.draw(st.sampled_from(qs))
    answer = data.draw(_answers(q.path))
    d = r.firm.model_dump(mode="json", exclude_none=True)
    _set(d, q.path, answer)
    try:
        firm = sc.Firm.model_validate(d)
    except Exception:  # an answer the profile refuses (an order of dates): not an answer
        return
    again = sc.estimate(firm)
    assert len(again.undetermined) <= len(r.undetermined), (q.path, answer,
                                                            {a.measure_id for a in again.undetermined}
                                                            - {a.measure_id for a in r.undetermined})


def test_cli_questions_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questions", str(RESTAURANT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("What to tell us next (")
    assert main(["questions", str(RESTAURANT), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["path"] and Decimal(data[0]["up_to"]) >= Decimal(data[-1]["up_to"]) or data[-1]["asked_after"]
    assert main(["questions", str(RESTAURANT), "--lang", "zh"]) == 0
    assert capsys.readouterr().out.startswith("接下来请补充的信息")


def test_estimate_ends_with_the_top_three_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["estimate", str(RESTAURANT)]) == 0
    out = capsys.readouterr().out
    tail = out[out.index("What to tell us next"):].splitlines()
    numbered = [ln for ln in tail if ln[:5].strip().rstrip(".").isdigit()]
    assert len(numbered) == 3
    assert "more: `subsidycalc questions FIRM.json`" in out


# --- the table a person reads (issue 11 §4) -------------------------------------------------------------------


@pytest.mark.parametrize("cols", [60, 80, 120])
def test_the_table_wraps_reasons_to_the_width(reports: dict[str, sc.Report], cols: int) -> None:
    r = reports["xicheng_restaurant.json"]
    text = table(r, cols=cols)
    assert all(width(ln) <= cols for ln in text.splitlines()), max(text.splitlines(), key=width)
    assert "…" not in text  # wrapped, nothing clipped


def test_the_table_in_chinese_uses_chinese_titles(reports: dict[str, sc.Report]) -> None:
    r = reports["xicheng_restaurant.json"]
    text = table(r, lang="zh", cols=200)
    for a in r.eligible:
        assert a.title_zh in text


def test_relief_in_kind_is_not_zero_yuan(reports: dict[str, sc.Report]) -> None:
    r = reports["xicheng_restaurant.json"]
    a = r["beijing.road_occupation_fee_waiver"]
    assert a.status == "eligible" and a.amount == 0
    row = next(ln for ln in table(r, cols=200).splitlines() if ln.startswith(a.measure_id))
    assert "in kind" in row and "0.00" not in row
    assert "relief in time or in kind" in table(r, cols=200)


def test_python_summary_does_not_mention_a_cli_flag(reports: dict[str, sc.Report], capsys) -> None:
    r = reports["xicheng_restaurant.json"]
    assert "--all" not in r.summary()
    assert main(["estimate", str(RESTAURANT)]) == 0
    assert "--all lists them" in capsys.readouterr().out


def test_the_total_line_shows_the_range_when_low_and_high_differ() -> None:
    for p in EXAMPLES:
        r = sc.estimate(load(p))
        line = next(ln for ln in table(r, cols=200).splitlines() if ln.startswith("total:"))
        assert ("range" in line) == (r.total_low != r.total_high), p.name
