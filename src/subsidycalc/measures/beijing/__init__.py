"""City-wide employment and social-insurance rules (北京市), each encoded once, with every district text that
restates it as a source and every district catalog id as an alias.

Most of these rules reach the seed only through district restatements; the fullest is 门头沟's 人力社保局
"服务包" (M1, L5784-L6659), which is therefore the primary source. No district scope clause narrows them:
their territory is ``beijing``.

One module per document or topic of the city's 人力社保 measures:

- :mod:`.social_insurance_subsidies` — 援企稳岗: the one-off SI subsidy and the hardship UI refund;
- :mod:`.training` — the 1,000-yuan training subsidy (职业技能提升行动), which requires one of those two;
- :mod:`.hiring` — the hiring subsidies (用人单位岗补社补);
- :mod:`.hr_agencies` — the one-off grant to HR agencies (《关于落实一次性就业创业服务补助有关工作的通知》);
- :mod:`.contributions` — social-insurance collection: the deferrals to end-March and end-July, the January refund,
  the flexible workers' make-up, medical-insurance late processing;
- :mod:`.startup_loans`, :mod:`.wage_obligations` — information only: the start-up guaranteed-loan rules and
  ceilings, three employer wage obligations.

Every relief measure is written once in the rule vocabulary (``rule=``; :mod:`subsidycalc.engine.rules`); no
calculator is left. A measure paid in part (the hire subsidies while a minimum contribution base is unknown) pays the
quantified part and says what is missing (``r.incomplete``).

Public figures (issue 8 §8): the texts name figures they do not print. The 全口径城镇单位就业人员平均工资 is taken
from 北京市人力资源和社会保障局's published table (``subsidycalc.reference.public_figures``): its 2019 monthly figure
gives the default base cap of the priority-groups hire subsidy (reading ``hire_subsidy_base_cap_monthly`` overrides
it), and its 2018 figure agrees with the one-off SI subsidy's printed cap of 6,315 yuan/person. The 2019 monthly
average unemployment benefit and the minimum contribution bases were not found in an official publication: their
readings have no default and the measures that need them say so (unquantified, or quantified only in part).

What the firm received is a fact of the profile (issue 8 §2): ``social_insurance.ui_refund_2020_received`` and
``social_insurance.one_off_si_subsidy_received`` decide the training subsidy's prerequisite and whether the hire
subsidies have anything to deduct; absent, the measure's award for the firm decides (``r.award``: a firm is taken
to claim what it is eligible for; the engine evaluates the dependency first). A recognition the texts make a
condition is a fact too (issue 8 §3): the end-July deferral's 经市级相关行业主管部门确认
(``social_insurance.july_deferral_confirmed``), the HR agency's 职业中介活动行政许可 (``hr_agency.licensed``), the
重点企业 of the 就业超市 column (``placements.N.key_enterprise``), the registration of a hire
(``hires.N.registration``: a registration other than the scheme's is a failed condition; absent, the hire's group —
登记失业人员 / 就业困难人员 — is itself a registered status). Treated as procedure, because they check a claim rather
than recognise a status: the collection agency's 核定 of the contributions (L5995), the district's 电话回访和检查 of a
training (东城 L2231-L2235), the 公示 before the HR grant is paid (L6131-L6133), and 市人力社保局's approval of a first
hire-subsidy claim (东城 L2368-L2374, reading ``hire_subsidy_claim_rule='dongcheng'``).

Items with a period (issue 8 §1): a hire counts for the months performed within its contract and the scheme's five
(three) years; a training for its completion in 2020; a placement for its date inside 疫情防控期间; a flexible worker's
gap for its months inside 2019-12..2020-02 only.

Stacking: no engine stacking rule. The hiring subsidies' "核减已享受的相应补贴" (L5847-L5848) deducts per hire and from
the SI part only (the engine's reduce_by would deduct the whole one-off subsidy from the whole award, job subsidy
included), so it is part of their definition; the training subsidy's prerequisite (L6309) is a condition, not a rule
between two awards paid together; its "不得重复申领" with other 职业技能提升行动 subsidies (L6338-L6342) is per training
batch (``trainings.N.other_subsidy_claimed``): those subsidies are not in the catalog.

Arithmetic is exact (issue 8 §1b): exact rationals until the engine's one rounding. Period arithmetic is
:mod:`subsidycalc.engine.periods` (``add_months`` is re-exported here for the district modules that import it from
``subsidycalc.measures.beijing``).
"""

from __future__ import annotations

from ...engine.periods import add_months
from . import (
    contributions,
    hiring,
    hr_agencies,
    social_insurance_subsidies,
    startup_loans,
    training,
    wage_obligations,
)

MEASURES = [*social_insurance_subsidies.MEASURES, *training.MEASURES, *contributions.MEASURES, *hiring.MEASURES,
            *hr_agencies.MEASURES, *startup_loans.MEASURES, *wage_obligations.MEASURES]

__all__ = ["MEASURES", "add_months"]
