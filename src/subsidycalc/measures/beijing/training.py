"""一次性技能培训补贴 (city rule, 门头沟 M1; 东城 D1, 朝阳)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from ...engine import checks
from ...engine.evaluation import Ev
from ...engine.measure import Measure, Param, Params, Reading
from ...engine.money import yuan
from ...engine.periods import Window
from .._documents import (
    CHAOYANG_CZBF_2020_2,
    DONGCHENG_D1,
    DONGCHENG_DZBF_2020_3,
    MENTOUGOU_M1,
)
from ._helpers import other_award, tri_or

# =====================================================================================================
# beijing.skills_training_subsidy — 一次性技能培训补贴 (1,000 yuan per trained employee)
# =====================================================================================================
TRAINING_SOURCES = (
    MENTOUGOU_M1.cite(
        "L6309-L6315",
        "享受了上述困难企业失业保险费返还、一次性社会保险补贴政策的企业,根据岗位需要,在 2020 年组织职工(含待岗人员)参加"
        "职业技能培训,累计不低于 40 课时(每课时 45 分钟)的,对参加了培训的职工按照每人 1000 元的标准给予一次性技能培训补贴"
        "(以下简称“培训补贴”)。申领补贴时,参加了培训的职工须仍在本企业就业。",
    ),
    MENTOUGOU_M1.cite(
        "L6338-L6342",
        "若企业申领培训补贴时同时满足职业技能提升行动中其他培训补贴政策申领条件,不得重复申领。",
    ),
    DONGCHENG_D1.cite(
        "L1154-L1160",
        "享受了上述文件中规定的困难企业失业保险费返还、一次性社会保险补贴政策的企业，根据岗位需要，在 2020年组织职工（含待岗"
        "人员）参加职业技能培训且累计培训不低于 40课时（每课时 45分钟）的，企业可为参加了培训的职工按照每人 1000 元的标准申请"
        "一次性技能培训补贴。",
    ),
    DONGCHENG_DZBF_2020_3.cite(
        "L2231-L2235",
        "（2）一次性技能培训补贴：企业通过市人力社保局官网“职业技能提升行动”模块申请培训补贴，区人力社保局对培训真实性和满意度"
        "进行电话回访和检查，检查合格并公示通过的，向市级申请补贴资金并尽快拨付到位。",
    ),
    CHAOYANG_CZBF_2020_2.cite(
        "L3048-L3050",
        "对于享受上述政策的企业，根据岗位需要组织职工（含待岗人员）参加符合规定的职业技能培训，可按每人 1000元的标准享受一次性"
        "技能提升培训补贴。",
    ),
)
TRAINING_PARAMS = Params(
    per_person=Param(Decimal(1000), "对参加了培训的职工按照每人 1000 元的标准给予一次性技能培训补贴", unit="yuan per employee",
                     literal="1000 元"),
    min_class_hours=Param(40, "累计不低于 40 课时(每课时 45 分钟)", unit="class hours of 45 minutes",
                          note="不低于: 40 included", literal="40 课时"),
    year=Param(Window(date(2020, 1, 1), date(2020, 12, 31)), "在 2020 年组织职工(含待岗人员)参加职业技能培训",
               convention="'在 2020 年' is the calendar year 2020-01-01..2020-12-31 (the literal reader has no form "
                          "for a bare year)"),
)
TRAINING_READINGS = [
    Reading("training_prior_policy", Literal["any", "all"], "any",
            "'享受了上述困难企业失业保险费返还、一次性社会保险补贴政策的企业' (L6309): 'any' (default: the two joined by "
            "'、', either suffices) or 'all' (both). The library evaluates both measures for the same firm."),
    Reading("training_min_class_hours", Literal["city_40", "unstated"], "city_40",
            "The hours test: 'city_40' (default: 累计不低于 40 课时, 门头沟 L6311 and 东城 L1156) or 'unstated' (朝阳 "
            "L3048-L3050 says only '符合规定的职业技能培训')."),
    Reading("training_require_still_employed", bool, True,
            "Whether trainees must still work at the firm when it claims ('申领补贴时,参加了培训的职工须仍在本企业就业', "
            "L6315): True (default, the city rule) or False (东城 D1 omits it)."),
]


def skills_training_subsidy(ev: Ev) -> None:
    """1,000 yuan per employee who completed ≥ 40 class hours of training in 2020, for firms that enjoyed the
    hardship UI refund or the one-off SI subsidy."""
    f, n = ev.firm, ev.n
    si = f.social_insurance
    enjoyed: list[bool | None] = []
    missing: list[str] = []
    said: list[str] = []
    for mid, fact in (("beijing.hardship_unemployment_insurance_refund", "ui_refund_2020_received"),
                      ("beijing.one_off_social_insurance_subsidy", "one_off_si_subsidy_received")):
        received = getattr(si, fact) if si else None
        if received is not None:  # what the firm received is a fact of the profile (issue 8 §2)
            enjoyed.append(received)
            said.append(f"{mid}: {'received' if received else 'not received'} (social_insurance.{fact})")
            continue
        a = other_award(ev, mid)  # else the firm is taken to claim the measure when it is eligible
        enjoyed.append(None if a.status == "undetermined" else a.status == "eligible")
        said.append(f"{mid}: {a.status}")
        if a.status == "undetermined":
            missing += [p for p in (f"social_insurance.{fact}", *a.missing) if p not in missing]
    names = "困难企业失业保险费返还 / 一次性社会保险补贴"
    mode = ev.reading("training_prior_policy")
    ok = (tri_or(*enjoyed) if mode == "any" else
          (False if False in enjoyed else (True if all(e is True for e in enjoyed) else None)))
    ev.require(ok, f"enjoys {'one of' if mode == 'any' else 'both of'} {names} ({', '.join(said)})",
               f"enjoys {'neither' if mode == 'any' else 'not both'} of {names} ({', '.join(said)})", missing)
    hours_test = ev.reading("training_min_class_hours") == "city_40"
    still = ev.reading("training_require_still_employed")
    batches = f.trainings
    if batches is None and f.trained_employees is not None:
        ev.settle()
        count = f.trained_employees
        ev.step(f"trained_employees = {count}, taken as employees who completed the required training in 2020"
                + (" and are still employed" if still else ""))
    else:
        batches = checks.require_list(ev, batches, "trainings", "training programmes")
        ev.settle()
        assert batches is not None
        count = 0
        for i, b in enumerate(batches):
            p = f"trainings.{i}"
            if b.other_subsidy_claimed:
                ev.reasons.append(f"✗ trainings {i}: another 职业技能提升行动 subsidy claimed for it (不得重复申领)")
                continue
            if b.completed_on is not None and not n.year.contains(b.completed_on):
                ev.reasons.append(f"✗ trainings {i}: completed {b.completed_on}, not in {n.year}")
                continue
            if hours_test and b.class_hours is not None and b.class_hours < n.min_class_hours:
                ev.reasons.append(f"✗ trainings {i}: {b.class_hours} class hours < {n.min_class_hours} (累计不低于 40 课时)")
                continue
            keys = ["employees", "completed_on"] + (["class_hours"] if hours_test else []) + (
                ["still_employed"] if still else [])
            gaps = [f"{p}.{k}" for k in keys if getattr(b, k) is None]
            if gaps:
                ev.unknown(f"trainings {i}: facts needed", gaps)
                continue
            assert b.employees is not None
            c = min(b.employees, b.still_employed) if still and b.still_employed is not None else b.employees
            ev.step(f"trainings {i}: {c} employee(s)" + (f" of {b.employees} still employed" if still else "")
                    + (f", {b.class_hours} class hours ≥ {n.min_class_hours}" if hours_test else ""))
            count += c
        ev.settle()
    if count == 0:
        ev.fail(f"no trained employee qualifies (≥ {n.min_class_hours} 课时 in {n.year}"
                + (", still employed)" if still else ")"))
    amount = n.per_person * count
    ev.step(f"{count} × {yuan(n.per_person)} = {yuan(amount)}")
    ev.met(f"{count} employee(s) trained in 2020")
    ev.pay(amount)




MEASURES = [
    Measure(
        id="beijing.skills_training_subsidy",
        district="beijing",
        title_zh="一次性技能培训补贴",
        title_en="One-off skills-training subsidy: 1,000 yuan per employee trained ≥ 40 class hours in 2020",
        kind="training_subsidy",
        beneficiary="enterprise",
        sources=TRAINING_SOURCES,
        calc=skills_training_subsidy,
        params=TRAINING_PARAMS,
        readings=tuple(r.name for r in TRAINING_READINGS),
        aliases=("dongcheng.skills_training_subsidy", "chaoyang.skills_training_subsidy",
                 "mentougou.skills_training_subsidy"),
        apply_note="online, 市人力社保局 '职业技能提升行动' module",
        summary="1,000 × employees trained ≥ 40 课时 in 2020 and still employed; only after the UI refund or the one-off "
                "SI subsidy",
    ),
]

READINGS = [*TRAINING_READINGS]
