"""The Firm profile: everything a measure may ask about a firm, in every role it plays.

A field left out is *unknown* (a measure that needs it is ``undetermined`` with the field's dotted path in
``missing``), never zero; an empty list means *none*. Unknown fields are rejected (they catch typos).
See ``docs/input.md`` (generated field reference) and ``subsidycalc schema``.

Adding a fact a measure needs: add an optional field with a ``description`` (English, with the Chinese
term of the text), in the section it belongs to, and document the measure that reads it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .industries import District, Industry, Size
from .types import Count, Day, Flag, Headcount, Money, Months, Rate, SignedShare, SquareMetres, Text

Ownership = Literal["private", "state", "collective", "foreign"]
LandlordType = Literal["district_soe", "city_soe", "collective", "park", "private", "institution", "individual"]
Use = Literal["office", "business"]
HireGroup = Literal[
    "urban_rural_labor",
    "military_family",
    "registered_unemployed",
    "priority_groups",
    "graduate",
]




def _district_measure_id(value: str) -> str:
    """A measure id (or alias) of a district measure of the catalog, for :attr:`Firm.city_level_chosen_for`; returns
    the measure's own id.

    The profile cannot import the catalog when it loads (the measure modules import the profile), so the catalog is
    looked up when a profile is validated; while the catalog itself is still being built the id is let through."""
    try:
        from .. import catalog
    except ImportError:  # pragma: no cover - only while the package is still initialising
        return value
    cat = catalog()
    if value not in cat:
        try:
            cat[value]
        except KeyError as e:
            raise ValueError(str(e)) from None
    measure = cat[value]
    if measure.district == "beijing":
        raise ValueError(f"{value!r} is a city measure: name the district measure the firm claims at the city level "
                         "instead")
    return measure.id  # an alias is stored as the measure's own id


def _between(lo: Any, hi: Any, text: str) -> Any:
    """A value within ``lo … hi`` (inclusive), as the text bounds it (``text``)."""

    def check(v: Any) -> Any:
        if not lo <= v <= hi:
            raise ValueError(f"{v} is outside {lo} … {hi} ({text})")
        return v

    return check


DistrictMeasureId = Annotated[str, AfterValidator(_district_measure_id)]
"""The id (or alias) of a district measure of the catalog (e.g. ``haidian.covid_rd_support``)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False)


class Workforce(_Model):
    """Headcounts and social-insurance contributions (用人单位社会保险)."""

    ui_insured_avg_2019: Headcount | None = Field(
        None, description="2019 monthly average number of staff paying unemployment insurance (2019年月均缴纳失业保险费人数)")
    ui_insured_avg_2020_jan_apr: Headcount | None = Field(
        None, description="Jan–Apr 2020 monthly average number of staff paying unemployment insurance (2020年前4个月月均缴纳失业保险费人数)")
    employer_si_paid_2020_feb_apr: Money | None = Field(
        None, description="Employer pension + medical + unemployment contributions actually paid for Feb–Apr 2020 (3个月实际缴纳社会保险费, 单位缴费)")
    employer_si_payable_2020_feb_apr: Money | None = Field(
        None, description="Employer pension + medical + unemployment contributions payable for Feb–Apr 2020 (应缴纳社会保险费; 朝阳 wording)")
    ui_paid_months: Months | None = Field(
        None, description="Months of unemployment insurance paid in full up to the application (足额缴纳失业保险费月数; hardship UI refund: 12 个月以上)")
    ui_insured_dec_2018: Headcount | None = Field(
        None, description="Staff insured for unemployment in December 2018 (2018年12月失业保险参保人数), for the 2019 lay-off rate")
    ui_insured_dec_2019: Headcount | None = Field(
        None, description="Staff insured for unemployment in December 2019 (2019年12月失业保险参保人数), for the 2019 lay-off rate")
    natural_attrition_2019: Headcount | None = Field(
        None, description="Natural attrition in 2019 — retirement, death and the like (2019年自然减员人数), for the 2019 lay-off rate")
    no_layoffs_2019: Flag | None = Field(
        None, description="No lay-offs in 2019 (2019年度未裁员), the year before the epidemic: the hardship UI refund's "
        "test; not qualifications.no_layoffs, which is about the epidemic period (不裁员、少裁员)")
    ui_insured_employees: Headcount | None = Field(
        None, description="Employees insured for unemployment when applying (企业参保职工人数; hardship UI refund base N)")


class Loan(_Model):
    """A loan the firm took (as borrower)."""

    principal: Money | None = Field(None, description="Principal in yuan (贷款金额)")
    disbursed_on: Day | None = Field(None, description="Disbursement date (发放日期)")
    term_months: Months | None = Field(None, description="Contract term in months (期限)")
    annual_rate: Rate | None = Field(None, description="Contract annual interest rate as a decimal fraction (年利率)")
    interest_paid: Money | None = Field(None, description="Interest actually paid, yuan (实际支付利息)")
    inclusive_finance: Flag | None = Field(None, description="An inclusive-finance loan (普惠贷款)")
    lender_district: District | None = Field(None, description="District of the lending institution or branch (辖区金融机构)")
    guarantee_fee: Money | None = Field(
        None, description="Guarantee fee payable on the loan over the whole guarantee term, yuan; 0 = not guaranteed (担保费用)")
    guarantor_district_government: Flag | None = Field(
        None, description="The guarantor is a district government-backed financing guarantee institution (区属政府性融资担保机构)")
    other_interest_subsidy: Money | None = Field(
        None, description="Interest on this loan already subsidised under other (city or central) schemes, yuan (其他财政贴息)")
    rights_confirmation: Literal["platform", "other", "none"] | None = Field(
        None, description="Confirmed-receivable financing (确权融资): platform (on 海淀's blockchain supply-chain debt platform, "
        "against receivables from district government or district-SOE procurement), other (确权融资 elsewhere), none")
    ma_loan: Flag | None = Field(None, description="An M&A loan (并购贷款) financing an acquisition")
    interest_months_paid: Months | None = Field(
        None, description="Months of interest already paid on the loan (付息后), from disbursement")
    similar_district_subsidy: Flag | None = Field(
        None, description="This loan already draws an interest subsidy under another, similar policy of the same district "
        "(与区有关相近政策不重复享受: read by 西城 （七） xicheng.loan_interest_subsidy); absent means not")


class Lease(_Model):
    """Premises the firm rents (as tenant)."""

    landlord: LandlordType | None = Field(None, description="Who owns the premises: district_soe (区属国有企业), city_soe (市属国有企业), collective, park, private, institution (行政事业单位), individual")
    landlord_district: District | None = Field(None, description="District the landlord belongs to (for SOEs: the owning district)")
    use: Use | None = Field(None, description="office (办公用房) or business (生产经营用房)")
    monthly_rent: Money | None = Field(None, description="Monthly rent in yuan (月租金)")
    premises_in_beijing: Flag | None = Field(
        None, description="The premises lie within Beijing's administrative area (京内; 位于北京市行政辖区内的房产); follows "
        "from premises_district when that is given (set one of them: a district of Beijing implies 京内)")
    premises_district: District | None = Field(
        None, description="District where the premises lie (区内房产: e.g. 丰台 SOE rent, 通州 producer rent subsidy)")
    starts_on: Day | None = Field(
        None, description="First day of the lease (租赁起始日) when it began during the months a rent measure relieves; absent: already in force")
    ends_on: Day | None = Field(
        None, description="Last day of the lease (租赁终止日) when it ended during the months a rent measure relieves; absent: still in force")
    landlord_follows_district_terms: Flag | None = Field(
        None, description="The landlord, where the text only encourages it (e.g. a 集体经济组织, 鼓励…参照执行), chose to grant the district's rent-relief terms")
    rent_waived: Money | None = Field(
        None, description="Rent the landlord actually waived or reduced on this lease, yuan (减免租金), where the landlord decides the terms")
    monthly_property_fee: Money | None = Field(
        None, description="Monthly property-management fee (物业费) of the premises, yuan: the management fee only (not "
        "heating, utilities or parking); for a quarterly or yearly invoice, one month's share")
    property_manager: Literal["landlord", "district_soe", "other"] | None = Field(
        None, description="Who manages the property (物业): landlord (the landlord itself), district_soe (another 区属国有企业), other")
    relief_recognised: Flag | None = Field(
        None, description="经认定: the rent relief on this lease was recognised (认定) by the authority the rule names — 朝阳 item 2 "
        "(L2889-L2899, '经认定后'; 区国资委 for 区属国有企业 premises, 区财政局 for 区属事业单位, 区农业农村局 for 集体经济组织): "
        "read by chaoyang.district_soe_rent_relief.production_use / .office_use, chaoyang.district_institution_rent_relief "
        "and chaoyang.collective_org_rent_relief_encouraged; 海淀 (L3280-L3284, 经行业主管部门和出租方认定: the industry "
        "authority and the lessor) haidian.district_soe_tenant_relief_feb.*; unknown leaves them undetermined, false rules "
        "the lease out")
    landlord_level: Literal["central", "city", "district"] | None = Field(
        None, description="The level the landlord belongs to — central (中央), city (市属) or district (区属) — for an "
        "institution (事业单位) or a collective; for city_soe / district_soe it follows from landlord (a different value "
        "is an error). A 市属事业单位's premises are neither 区属事业单位房产 (朝阳 L2897) nor 国有企业房产 (the city "
        "February rule beijing.soe_rent_reduction_feb, L5656, names SOE premises only)")

    @model_validator(mode="after")
    def _lease_order(self) -> Lease:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self

    @field_validator("landlord_level")
    @classmethod
    def _landlord_level(cls, level: str | None, info: ValidationInfo) -> str | None:
        landlord = info.data.get("landlord")
        implied = {"city_soe": "city", "district_soe": "district"}.get(landlord or "")
        if implied is not None and level is not None and level != implied:
            raise ValueError(f"{level} contradicts landlord {landlord} (level {implied}); leave it out for an SOE")
        return level


class Hire(_Model):
    """One batch of hires (as employer)."""

    group: HireGroup | None = Field(None, description="urban_rural_labor (城乡劳动力, incl. 应届大中专毕业生), military_family (随军家属), registered_unemployed (登记失业人员), priority_groups (就业困难人员等), graduate")
    hukou_district: District | None = Field(None, description="District whose labour force the hires belong to (本区劳动力)")
    count: Count | None = Field(None, description="Number of persons in the batch")
    contract_months: Months | None = Field(None, description="Labour-contract term in months (劳动合同期限)")
    hired_on: Day | None = Field(None, description="Hiring date")
    social_insurance_paid: Flag | None = Field(None, description="Social insurance paid as required (按规定缴纳社会保险)")
    wage_at_least_minimum: Flag | None = Field(None, description="Monthly wage at least the Beijing minimum wage (不低于最低工资标准; "
                                               "门头沟's hire subsidies). Three different wage tests, each read by the "
                                               "measures that name it: this one, monthly_wage_at_least_1_2x_minimum and "
                                               "average_wage_at_least_1_2x_minimum; give the ones you know")
    monthly_wage_at_least_1_2x_minimum: Flag | None = Field(
        None, description="Wage paid in full every month at no less than 1.2 × the Beijing minimum wage (按月足额发放不低于本市职工最低工资标准1.2倍工资)")
    contribution_base: Money | None = Field(
        None, description="Monthly social-insurance contribution base of each hire, yuan (实际缴费基数)")
    months_performed: Months | None = Field(
        None, description="Months of the labour contract performed with social insurance actually paid, up to the claim (履行劳动合同且实际缴纳社会保险费的月数)")
    one_off_si_subsidy_share: Money | None = Field(
        None, description="Part of the one-off social insurance subsidy already received that relates to these hires, yuan (核减已享受的相应补贴)")
    registration: Literal["rural_transfer", "unemployment", "none"] | None = Field(
        None, description="Registration of the hires before hiring: rural_transfer (农村劳动力转移就业登记), unemployment "
        "(失业登记), none")
    average_wage_at_least_1_2x_minimum: Flag | None = Field(
        None, description="Average monthly wage at least 1.2 × the current-year Beijing minimum wage (月平均工资不低于当年本市职工"
        "最低工资标准的1.2倍)")
    si_urban_employee_standard: Flag | None = Field(
        None, description="Social insurance paid at the urban-employee standard (按照城镇职工标准缴纳社会保险)")


class SocialInsurance(_Model):
    """The employer's social-insurance payments, for the 2020 deferral and refund rules (参保单位)."""

    late_before_dec_2019: Flag | None = Field(
        None, description="Contributions paid late before December 2019 (2019年12月(不含)前存在未按时缴纳社会保险费情况)")
    late_made_up: Flag | None = Field(
        None, description="Those late contributions have since been made up (补齐)")
    jan_feb_2020_unpaid: Flag | None = Field(
        None, description="The January/February 2020 contributions were not (successfully) paid on time (未能按时成功缴纳)")
    jan_feb_2020_payable: Money | None = Field(
        None, description="Contributions payable in January and February 2020, yuan (1月、2月应缴社会保险费)")
    july_deferral_applied_on: Day | None = Field(
        None, description="Date the firm applied online to defer to end-July (我要申请延长缴费)")
    july_deferral_confirmed: Flag | None = Field(
        None, description="Confirmed by the municipal industry authority for the end-July deferral (经市级相关行业主管部门确认)")
    jan_2020_debited: Money | None = Field(
        None, description="January 2020 pension, unemployment and work-injury contributions already debited, yuan (已扣缴2020年1月份社会保险费)")
    jan_2020_settled_persons: Money | None = Field(
        None, description="Part of jan_2020_debited for staff with retirement, transfer or death settlement in January, yuan (账户清算类业务人员)")
    jan_refund_applied_on: Day | None = Field(
        None, description="Date the firm applied for the refund of January 2020 contributions (申请退费)")
    ui_refund_2020_received: Flag | None = Field(
        None, description="The firm received (享受了) the 2020 hardship unemployment-insurance refund (困难企业失业保险费返还, "
        "beijing.hardship_unemployment_insurance_refund). Read by beijing.skills_training_subsidy (its prerequisite); "
        "absent: decided by evaluating that measure for the firm")
    one_off_si_subsidy_received: Flag | None = Field(
        None, description="The firm received (享受了) the 2020 one-off social insurance subsidy (一次性社会保险补贴, "
        "beijing.one_off_social_insurance_subsidy). Read by beijing.skills_training_subsidy (its prerequisite) and the "
        "city hire subsidies (核减已享受的相应补贴: False means nothing to deduct); absent: decided by evaluating that "
        "measure for the firm")


class TrainingBatch(_Model):
    """Employees trained together in one programme (职业技能培训)."""

    employees: Count | None = Field(None, description="Employees (incl. 待岗人员) who took the training")
    class_hours: Count | None = Field(None, description="Class hours each of them completed, 45 minutes each (累计课时, 每课时45分钟)")
    completed_on: Day | None = Field(None, description="Date the training was completed")
    still_employed: Count | None = Field(None, description="Of them, still employed by the firm when the subsidy is claimed (申领补贴时仍在本企业就业)")
    other_subsidy_claimed: Flag | None = Field(
        None, description="Another 职业技能提升行动 training subsidy was claimed for this training (不得重复申领); absent means not claimed")


class Placement(_Model):
    """Workers an HR agency placed with one key enterprise (推荐成功上岗)."""

    persons: Count | None = Field(None, description="Persons placed (推荐成功上岗人数)")
    placed_on: Day | None = Field(None, description="Date of the placements (疫情防控期间)")
    key_enterprise: Flag | None = Field(
        None, description="The employer is a 重点企业 that posted its needs in the 就业超市 urgent-hiring column (急聘公告专栏)")
    workers_district: District | None = Field(
        None, description="District whose labour force the placed workers belong to (本区劳动者)")
    si_months: Months | None = Field(
        None, description="Months of employee social insurance (职工社会保险) the employer has paid for each placed worker")


class HRAgency(_Model):
    """As a commercial HR service agency (经营性人力资源服务机构)."""

    licensed: Flag | None = Field(
        None, description="Holds a job-brokerage licence of the city or a district HR authority (职业中介活动行政许可)")
    placements: list[Placement] | None = Field(None, description="Placements with key enterprises; [] means none")
    tongzhou_hr_park: Flag | None = Field(
        None, description="Located in the 通州 park of the China Beijing HR Service Industrial Park (中国北京人力资源服务产业园通州园区)")
    fees_waived_for_local_firms: Money | None = Field(
        None, description="Recruitment and labour-dispatch fees waived or discounted for firms of the park's district "
        "(为区内企业提供免费或优惠的人员招聘及劳务派遣服务), yuan")


class FlexibleWorker(_Model):
    """As a flexible-employment individual paying social insurance (灵活就业人员)."""

    debit_failed_jan_feb_2020: Flag | None = Field(
        None, description="The January/February 2020 bank debit failed (未成功缴费)")
    gap_start: Day | None = Field(None, description="First month of interrupted contributions (缴费中断), any day of it")
    gap_end: Day | None = Field(None, description="Last month of interrupted contributions, any day of it")
    gap_due_to_failed_debit: Flag | None = Field(None, description="The interruption came from failed debits (因缴费不成功导致)")

    @model_validator(mode="after")
    def _gap_order(self) -> FlexibleWorker:
        if self.gap_start and self.gap_end and self.gap_end < self.gap_start:
            raise ValueError("gap_end is before gap_start")
        return self


class Finances(_Model):
    """Profit figures the hardship tests use."""

    profit_tax_change_2019: SignedShare | None = Field(
        None, description="Year-on-year change of 2019 profit plus tax (利税总额同比) as a decimal fraction: -0.5 = down 50%")
    losses_two_consecutive_quarters: Flag | None = Field(
        None, description="Losses in two consecutive quarters (连续两个季度出现亏损)")
    loss_q1_2020: Flag | None = Field(None, description="A loss in the first quarter of 2020 (2020年第一季度出现亏损)")


class RentRelief(_Model):
    """Rent the profile, as landlord, waived or reduced for a tenant (减免租金)."""

    tenant_size: Size | None = Field(None, description="Tenant's size (中小微企业 tenants count)")
    tenant_district: District | None = Field(None, description="District where the tenant is registered (区属中小微企业)")
    tenant_tax_district: District | None = Field(
        None, description="District where the tenant pays tax, when it differs from tenant_district (在…注册纳税)")
    carrier: Text | None = Field(
        None, description="Name of the carrier or park whose premises were relieved, for an operator running several (每个单位)")
    mandated: Flag | None = Field(
        None, description="The reduction was one the landlord had to grant under a rent-relief rule (e.g. as a 区属国有企业), not a voluntary one")
    tenant_fits_district_positioning: Flag | None = Field(
        None, description="The tenant fits the district's industrial positioning (符合区域产业发展定位)")
    tenant_high_tech: Flag | None = Field(
        None, description="The tenant is a certified high-tech enterprise (高新技术企业)")
    use: Use | None = Field(None, description="office or business premises")
    amount: Money | None = Field(None, description="Rent waived, yuan (减免金额)")
    period_start: Day | None = Field(None, description="First day of the relieved period")
    period_end: Day | None = Field(None, description="Last day of the relieved period")
    subsidised_elsewhere: Flag | None = Field(
        None, description="This reduction already earned a subsidy under another scheme (同一事项不重复享受补贴); absent means not")
    recognised: Flag | None = Field(
        None, description="The reduction was recognised by the authority the measure names (经认定后 / 经行业主管部门认定): "
        "西城 （十三） xicheng.landlord_rent_reduction_subsidy (区国资委 for a 区属国有企业, 园区主管部门 for a park non-SOE, "
        "行业主管部门 for others); 石景山 item 4 shijingshan.landlord_rent_reduction_support; 朝阳 item 3 (L2929-L2946: "
        "区科技和信息化局 for 科技创新园/众创空间/创业基地/孵化器, 文创实验区管委会 or 区文创办 for 文化产业园) "
        "chaoyang.innovation_carrier_rent_reduction_reward; unknown leaves the reduction undetermined, false leaves it out")

    @model_validator(mode="after")
    def _period_order(self) -> RentRelief:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError("period_end is before period_start")
        return self


class FirstLoan(_Model):
    """A first loan (首笔贷款) the institution made to a borrower."""

    amount: Money | None = Field(None, description="Loan amount, yuan")
    disbursed_on: Day | None = Field(None, description="Disbursement date")
    borrower_size: Size | None = Field(None, description="Borrower's size")
    borrower_first_ever: Flag | None = Field(
        None, description="The borrower's first bank loan ever (首贷), not only its first loan from this lender")
    borrower_district: District | None = Field(None, description="District where the borrower is registered")


class CreditLoanLoss(_Model):
    """A loss on a loan the institution made (信贷损失)."""

    principal: Money | None = Field(None, description="Principal of the loan, yuan (本金)")
    lost_principal: Money | None = Field(None, description="Principal lost (not recovered), yuan")
    disbursed_on: Day | None = Field(None, description="Disbursement date")
    borrower_size: Size | None = Field(None, description="Borrower's size")
    unsecured: Flag | None = Field(None, description="An unsecured credit loan (信用贷款), no collateral or guarantee")


class RiskCompClaim(_Model):
    """An overdue loan for which a cooperating bank or guarantor claims 东城's risk compensation (风险补偿资金代偿)."""

    in_pool: Flag | None = Field(
        None, description="The loan project was included in the risk-compensation pool (纳入风险补偿资金池) under a signed "
        "《风险补偿资金业务合作协议》")
    borrower_size: Size | None = Field(None, description="Borrower's size (中小微企业)")
    borrower_district: District | None = Field(None, description="District where the borrower is registered")
    borrower_tier: Literal["culture_plus", "high_end", "none"] | None = Field(
        None, description="The borrower's direction: culture_plus (文化科技、文化旅游等“文化+”融合企业), high_end (other 东城 "
        "“高精尖” direction), none")
    security: Literal["credit", "quasi_credit_pledge", "third_party_guarantee", "mortgage_residential",
                      "mortgage_commercial"] | None = Field(
        None, description="How the credit was secured: credit (纯信用, incl. unlimited personal or family guarantees), "
        "quasi_credit_pledge (IP, equity or receivables pledge), third_party_guarantee (第三方法人保证), "
        "mortgage_residential / mortgage_commercial (房产抵押)")
    credit_line: Money | None = Field(None, description="Credit granted on the loan, yuan (授信额度)")
    collateral_value: Money | None = Field(None, description="Appraised value of the mortgaged property, yuan (mortgages only)")
    loss_principal: Money | None = Field(
        None, description="Principal unrepaid at maturity (bank mode) or paid by the guarantor to the bank (guarantor "
        "mode), yuan (贷款清偿逾期)")
    loss_interest: Money | None = Field(None, description="Interest and penalty interest unrepaid or paid likewise, yuan")
    matures_on: Day | None = Field(None, description="Maturity date of the loan contract (贷款合同到期日)")
    recovered: Money | None = Field(
        None, description="Amount of the overdue loan recovered after compensation, yuan (收回逾期贷款); absent means none")
    compensated_elsewhere: Flag | None = Field(
        None, description="The loss on this loan already drew a risk compensation or 代偿补偿 of the same kind at another "
        "level, e.g. from a city fund (东城 D4 附则: 凡市区两级共有的政策…不得重复享受同类补贴支持资金; read by "
        "dongcheng.risk_comp.default_compensation); absent means not")
    compensation_ratio: Rate | None = Field(
        None, description="The compensation ratio (代偿比例) 区金融服务办 applied to this claim's credit exposure: at most 60% "
        "for a “文化+” borrower, 50% for another 高精尖 one (东城 D2 第十五条 '代偿比例不超过 60% / 50%', set case by case; "
        "read by dongcheng.risk_comp.default_compensation, held at the ceiling); absent: not set yet (the award is the "
        "range 0 … ceiling × exposure, the point at the ceiling)")


class Lending(_Model):
    """For a financial institution or its branch: the lending the relief measures reward."""

    branch_district: District | None = Field(None, description="District where the institution or branch is located (驻区金融机构)")
    first_loans: list[FirstLoan] | None = Field(None, description="First loans to borrowers (首笔信贷业务)")
    credit_loan_losses: list[CreditLoanLoss] | None = Field(
        None, description="Losses on loans made (出现信贷损失); [] means none")
    renewal_center_member: Flag | None = Field(
        None, description="Has joined the Beijing enterprise loan-renewal acceptance center (入驻北京市企业续贷受理中心)")
    renewals_count: Count | None = Field(
        None, description="Loan renewals (续贷业务, 笔) done through the renewal center")
    renewal_loan_amount: Money | None = Field(
        None, description="Total amount of the loans renewed through the renewal center, yuan (贷款金额)")
    risk_comp_claims: list[RiskCompClaim] | None = Field(
        None, description="Overdue pool loans claimed for 东城's risk compensation in the bank mode (政、银合作); [] means none")
    credit_loss_share: Annotated[Rate, AfterValidator(_between(Decimal("0.20"), Decimal("0.70"), "20%至 70%"))] | None = Field(
        None, description="按本金的 20%至 70%予以补贴 (海淀 H1 （七）, L3343-L3346): the share of the principal the district set for this "
        "institution's credit losses, in [0.20, 0.70]; read by haidian.credit_loan_loss_compensation. Absent: not set "
        "yet (the award is the range 20% … 70%)")


class GuaranteeDiscount(_Model):
    """A guarantee on which the guarantor cut its comprehensive rate (综合费率优惠)."""

    amount: Money | None = Field(None, description="Amount guaranteed, yuan")
    original_rate: Rate | None = Field(None, description="Comprehensive annual rate before the discount (综合费率)")
    discounted_rate: Rate | None = Field(None, description="Comprehensive annual rate charged after the discount")
    term_months: Months | None = Field(None, description="Guarantee term in months")
    granted_on: Day | None = Field(None, description="Date the discounted guarantee was granted")
    borrower_size: Size | None = Field(None, description="Borrower's size (中小微企业)")
    borrower_severely_affected: Flag | None = Field(
        None, description="The borrower is a 受疫情影响严重的优质中小微企业 (severely affected, of good quality), as recognised")
    borrower_district: District | None = Field(
        None, description="District where the borrower is registered and pays tax (在…注册纳税)")
    borrower_supply_firm: Flag | None = Field(
        None, description="The borrower is a firm of epidemic control or key daily-necessities supply (疫情防控和重点生活必需品"
        "保障的相关企业)")
    recognised: Flag | None = Field(
        None, description="The discount was recognised by the district (经认定: read by 西城 （十） xicheng.guarantee_fee_subsidy, "
        "区发展改革委 / 北京金融街服务局); unknown leaves the guarantee undetermined, false rules it out")


class Guarantor(_Model):
    """As a financing guarantee company (融资担保公司)."""

    renewal_center_member: Flag | None = Field(
        None, description="Has joined the Beijing enterprise loan-renewal acceptance center (入驻北京市企业续贷受理中心)")
    renewal_guarantee_amount: Money | None = Field(
        None, description="Total amount guaranteed on loans renewed through the renewal center, yuan (担保金额)")
    district: District | None = Field(None, description="District where the guarantee company is located (驻区担保机构)")
    discounted_guarantees: list[GuaranteeDiscount] | None = Field(
        None, description="Guarantees with a comprehensive-rate discount (综合费率优惠); [] means none")
    risk_comp_claims: list[RiskCompClaim] | None = Field(
        None, description="Pool loans on which the guarantor paid the bank and claims 东城's risk compensation "
        "(政、银、担合作, 代偿补偿); [] means none")


class StockPledge(_Model):
    """A stock-pledge agreement (股票质押协议) of a listed company."""

    matures_on: Day | None = Field(None, description="Maturity date of the agreement (到期)")
    repayment_difficulty: Flag | None = Field(None, description="Repayment difficulty at maturity (存在还款困难)")
    pledgee_district: District | None = Field(
        None, description="District where the pledgee financial institution is located (驻区金融机构)")
    extension_months: Months | None = Field(
        None, description="The extension in months the pledgee institution granted on this pledge (its decision): 展期 "
        "3至 6个月 of 西城 （八） xicheng.stock_pledge_extension and 海淀 H1 （十） haidian.stock_pledge_extension "
        "(L3403-L3407); absent: not decided yet (the range of new maturities is reported); a length outside 3–6 is not "
        "these measures' extension (the pledge is ruled out)")


class CapitalMarkets(_Model):
    """Bond issues, listing and stock pledges (直接融资、上市)."""

    listed: Flag | None = Field(None, description="A listed company (上市公司)")
    pre_ipo: Flag | None = Field(None, description="Preparing to list (拟上市企业)")
    direct_financing_approval: Literal["approved", "registered", "none"] | None = Field(
        None, description="Bonds or other direct-financing products: approved for issue by the national authorities "
        "(经国家有关部门批准发行), only registered (注册制), or none issued")
    direct_financing_national_strategy: Flag | None = Field(
        None, description="The issue fits the national key strategic directions (符合国家重点战略方向)")
    direct_financing_intermediary_fees: Money | None = Field(
        None, description="Intermediary fees (中介费用: underwriting, rating, legal, audit, trustee) of those issues, yuan")
    listing_intermediary_fees: Money | None = Field(
        None, description="Intermediary fees of the listing preparation (sponsor, audit, legal), yuan")
    stock_pledges: list[StockPledge] | None = Field(None, description="Stock-pledge agreements; [] means none")


class Qualifications(_Model):
    """Self-declared facts the texts use without numbers; unknown means undetermined."""

    heavily_affected: Flag | None = Field(None, description="受疫情影响较大 (heavily affected by the epidemic)")
    fits_capital_function: Flag | None = Field(None, description="符合首都功能定位和产业发展方向 (e.g. registered in 中关村一区十六园 / 三城一区, or a 十大高精尖 industry)")
    in_restricted_catalog: Flag | None = Field(None, description="In 北京市新增产业的禁止和限制目录")
    serious_dishonesty_list: Flag | None = Field(None, description="On the 严重违法失信企业名单")
    no_layoffs: Flag | None = Field(None, description="不裁员、少裁员: kept (almost) all staff during the epidemic (the SOE "
                                    "rent rules' condition); not workforce.no_layoffs_2019, which is about 2019")
    epidemic_control_participant: Flag | None = Field(None, description="直接参与疫情防控 (recognised as directly taking part in epidemic control)")
    high_tech_enterprise: Flag | None = Field(None, description="高新技术企业 (certified high-tech enterprise)")
    temporary_difficulty: Flag | None = Field(
        None, description="面临暂时性生产经营困难且恢复有望 (temporarily in difficulty, recovery expected)")
    job_stabilisation_measures: Flag | None = Field(
        None, description="制定了稳定就业岗位措施 (has adopted measures to keep jobs)")
    fits_district_positioning: Flag | None = Field(
        None, description="符合区域产业发展定位 (fits the industrial positioning of the firm's district, as recognised by it)")
    open_or_closed_per_rules: Flag | None = Field(
        None, description="按照政府要求坚持营业或依照防疫规定关闭停业 (stayed open as the government required, or closed under epidemic rules)")
    epidemic_supply_output_increased: Flag | None = Field(
        None, description="加大生产、增加排产计划的防疫物资生产企业 (a maker of epidemic supplies that raised output or production plans)")
    necessities_supply_increased: Flag | None = Field(
        None, description="加大生活必需品供应保障力度的企业 (stepped up the supply of daily necessities)")
    key_enterprise_kept_operating: Flag | None = Field(
        None, description="受疫情影响较大仍坚持生产经营的重点企业 (a key enterprise, heavily affected, that kept operating)")
    existing_plant_epidemic_supply_line: Flag | None = Field(
        None, description="利用存量厂房、存量生产车间引进生产线生产口罩、防护服、护目镜、消毒液等防疫物资 (set up a production line for epidemic supplies in existing plant)")
    epidemic_rnd_breakthrough: Flag | None = Field(
        None, description="对涉及防疫领域研发项目…取得重大突破 (a major breakthrough in epidemic R&D: COVID-19 clinical research, or AI / big-data / smart-manufacturing products for epidemic control)")
    covid_rd_engaged: Flag | None = Field(
        None, description="从事新冠肺炎快速检测试剂、疫苗、创新医疗器械或特效治疗药物研发 (R&D of COVID-19 rapid tests, vaccines, "
        "innovative medical devices or specific drugs)")
    covid_rd_developed: Flag | None = Field(
        None, description="That R&D succeeded (研发出 a COVID-19 rapid test, vaccine, innovative device or drug)")
    covid_emergency_project: Literal["national", "city", "none"] | None = Field(
        None, description="Emergency approval (应急立项) of a COVID-19 prevention or treatment research project (科技攻关项目): "
        "national (国家级), city, or none")
    tech_epidemic_control_applied: Flag | None = Field(
        None, description="AI, cloud, big-data or information systems of the firm actually applied to large-scale epidemic "
        "control (实际应用于大规模疫情防控)")
    tech_epidemic_control_contributions: list[Literal["epidemic_control", "production", "city_operation"]] | None = Field(
        None, description="Efficiencies to which that application made an outstanding contribution (有突出贡献): "
        "epidemic_control (疫情防控), production (生产经营), city_operation (城市运行); [] means none")
    epidemic_supply_emergency_production: Flag | None = Field(
        None, description="应急生产口罩、医用防护服、测温仪、呼吸机、消杀用品等防疫物资 (produced, not merely traded, epidemic "
        "supplies in the emergency)")
    high_epidemic_cost_operation: Flag | None = Field(
        None, description="疫情期间承担较高防疫成本开工生产 (produced during the epidemic bearing relatively high epidemic-control "
        "costs; for a 重点建设工程项目, its owner)")
    q1_2020_growth_contribution: Flag | None = Field(
        None, description="2020年第一季度对主导行业、主要领域“稳增长”贡献突出 (an outstanding Q1 2020 contribution to steady growth)")
    good_credit_epidemic_contribution: Flag | None = Field(
        None, description="信用良好、抗击疫情贡献突出 (good credit and an outstanding contribution to fighting the epidemic, "
        "as recognised by the district)")
    kept_supplies_during_epidemic: Flag | None = Field(
        None, description="疫情防控期间保障群众生活必需或提供和保障防疫物资 (an essential-goods retailer, department store or "
        "mall serving shoppers, emergency supplier of necessities, or supplier of epidemic materials during the epidemic)")
    epidemic_supply_producer: Flag | None = Field(
        None, description="防疫用品生产企业 (produces epidemic-prevention supplies: 口罩、手套、防护服、杀菌用品等)")
    accepts_government_allocation: Flag | None = Field(
        None, description="服从政府统一调配 (its output is at the government's unified disposal)")
    epidemic_or_necessities_supplier: Flag | None = Field(
        None, description="疫情防控物资和重要生活必需品生产、运输和销售的企业 (produces, transports or sells epidemic-control "
        "supplies or essential daily necessities)")
    epidemic_supply_outstanding_contribution: Flag | None = Field(
        None, description="在防疫应急物资保障、生活必需品供应储备等方面做出突出贡献 (an outstanding contribution to epidemic supplies or the supply and stocks of daily necessities)")
    affected_by_epidemic: Flag | None = Field(
        None, description="受疫情影响 (affected by the epidemic at all; the broader test of 东城's special-equipment fee waiver "
        "and of the ice and snow venue subsidy; heavily_affected implies it)")
    tax_payment_difficulty: Flag | None = Field(
        None, description="受疫情影响纳税申报困难 (difficulty filing or paying tax because of the epidemic; 丰台's wording: "
        "受疫情影响经营困难)")
    zgc_high_tech_enterprise: Flag | None = Field(
        None, description="中关村高新技术企业 (a certified Zhongguancun high-tech enterprise)")
    in_zgc_zone: Flag | None = Field(
        None, description="注册在中关村国家自主创新示范区内 (registered in the Zhongguancun demonstration zone, 一区十六园)")
    heavily_affected_recognised: Flag | None = Field(
        None, description="受疫情影响较大, as recognised by the district authority (经认定后): 石景山 items 6–7, group (b) "
        "受疫情影响较大的区内中小微企业 (shijingshan.loan_interest_subsidy, shijingshan.guarantee_fee_waiver; 区金融办); true "
        "implies heavily_affected")
    essential_outlet_recognised: Flag | None = Field(
        None, description="The outlet (essential_outlet) is recognised as one that kept the city's basic operation supplied "
        "in the epidemic (保障城市基本运行的…经认定后): 石景山 item 8 shijingshan.frontline_staff_post_subsidy (区商务局)")
    tech_epidemic_control_recognised: Flag | None = Field(
        None, description="经相关部门评定: the relevant departments assessed and recognised the firm's technology "
        "contribution to epidemic control (海淀 haidian.tech_epidemic_control_reward, L3248-L3254); false: assessed and "
        "not recognised")
    epidemic_supply_production_recognised: Flag | None = Field(
        None, description="经相关部门评定: the relevant departments assessed and recognised the firm's emergency "
        "production of epidemic supplies (海淀 haidian.epidemic_supply_production_reward, L3256-L3260); false: assessed "
        "and not recognised")
    tongzhou_epidemic_supply_producer_recognised: Flag | None = Field(
        None, description="经认定: recognised by 通州区经济和信息化局 as a 防疫用品生产企业 for the full rent subsidy of "
        "通政办发〔2020〕3号 （二） (read by tongzhou.epidemic_supply_producer_rent_subsidy); false: not (yet) recognised")


FeeKind = Literal[
    "special_equipment_inspection", "special_equipment_testing", "sewage_treatment", "road_occupation", "other_admin",
]


class FeeCharge(_Model):
    """An administrative fee (行政事业性收费) the firm would pay but for a waiver (停征): what was or would be billed."""

    fee: FeeKind | None = Field(
        None, description="special_equipment_inspection (特种设备检验费), special_equipment_testing (特种设备检测费), "
        "sewage_treatment (污水处理费), road_occupation (城市道路占道费 / 占用费), other_admin (another 行政事业性收费)")
    amount: Money | None = Field(
        None, description="The fee payable under its schedule had it not been waived, yuan (the schedules are not in the texts)")
    start: Day | None = Field(
        None, description="The day the fee arises (an inspection's date) or the first day of the period it is charged for "
        "(water used, road occupied)")
    end: Day | None = Field(None, description="Last day of that period; absent: a one-day event such as an inspection")
    billed_on: Day | None = Field(None, description="Date of the bill or invoice (账单/缴款日期)")
    district: District | None = Field(
        None, description="District where the fee is charged (the road occupied, the equipment's site, the water supply)")
    construction_works: Flag | None = Field(
        None, description="占道费 only: the road is occupied for construction works (因工程建设需要占用城市道路)")
    extension: Literal["none", "epidemic", "other"] | None = Field(
        None, description="占道费 only: whether the charge is for extending an already-granted road-occupation permit, and "
        "why — none (a new permit, 新报送的临时占用城市道路的许可), epidemic (受疫情影响需延期占用城市道路), other (another "
        "cause, e.g. 因特殊原因未在审批时限内完成占掘路施工). Read by beijing.road_occupation_fee_waiver under 东城's "
        "item 2 (reading road_occupation_new_permit_current_year), which waives an extension only when the epidemic "
        "caused it")

    @field_validator("end")
    @classmethod
    def _order(cls, end: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start")
        if start is not None and end is not None and end < start:
            raise ValueError(f"end {end} is before start {start}")
        return end


class TaxDeferral(_Model):
    """A tax the firm asks to defer (延期缴纳税款 or 延期申报)."""

    kind: Literal["payment", "filing"] | None = Field(
        None, description="payment (延期缴纳税款) or filing (延期申报)")
    due_on: Day | None = Field(None, description="The original due date (法定缴款/申报期限)")
    amount: Money | None = Field(None, description="The tax due, yuan (unchanged by a deferral)")
    months_requested: Months | None = Field(None, description="Months of deferral asked for")
    statutory_conditions_met: Flag | None = Field(
        None, description="符合法定条件不能按期申报或按期缴纳税款 (the statutory conditions of the tax-collection law are met; 朝阳)")


class CovidPatient(_Model):
    """As an individual treated for COVID-19 (新冠肺炎患者): the medical costs and what the insurance schemes paid."""

    diagnosis: Literal["confirmed", "suspected", "other"] | None = Field(
        None, description="confirmed (确诊), suspected under the health authority's 诊疗方案 (疑似), or other")
    treated_from: Day | None = Field(None, description="First day of the treatment")
    treated_to: Day | None = Field(None, description="Last day of the treatment")
    beijing_designated_hospital: Flag | None = Field(
        None, description="Treated at a Beijing designated medical institution (本市定点医疗机构)")
    total_cost: Money | None = Field(None, description="Total medical costs of the treatment, yuan (医疗费用)")
    basic_insurance_paid: Money | None = Field(None, description="Paid by basic medical insurance (基本医保), yuan")
    critical_illness_paid: Money | None = Field(None, description="Paid by critical-illness insurance (大病保险), yuan")
    medical_assistance_paid: Money | None = Field(None, description="Paid by medical assistance (医疗救助), yuan")
    other_paid: Money | None = Field(None, description="Paid by other schemes as prescribed (等按规定支付), yuan; 0 = none")
    self_pay_items: Money | None = Field(
        None, description="Part of total_cost for items outside the insurance catalogue (自费), yuan; 0 = none")


class IceSnowVenue(_Model):
    """As the operator of an ice rink or ski venue (滑冰滑雪运动项目经营单位)."""

    kind: Literal["ice", "snow"] | None = Field(None, description="ice (滑冰场所) or snow (滑雪场所)")
    ski_permit: Flag | None = Field(None, description="Snow venues: holds the 许可证（滑雪场所）")
    cit_receipts_2017_2019: Flag | None = Field(
        None, description="Has receipts of enterprise income tax paid for 2017, 2018 and 2019 (连续 3 年缴纳企业所得税票据)")
    applied_on: Day | None = Field(None, description="Date the application materials were submitted (申报材料报送)")
    area_m2: SquareMetres | None = Field(
        None, description="Ice surface (冰面面积) or ski-run area (雪道面积), square metres")


class StaffDuty(_Model):
    """Staff on duty at an essential outlet (上岗人员), each of them every day from first_day to last_day."""

    persons: Count | None = Field(None, description="Persons on duty (上岗人员)")
    first_day: Day | None = Field(None, description="First day on duty")
    last_day: Day | None = Field(None, description="Last day on duty")
    customer_facing: Flag | None = Field(None, description="The persons serve customers (front-line, not back-office)")

    @model_validator(mode="after")
    def _order(self) -> StaffDuty:
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValueError("last_day is before first_day")
        return self


class Restart(_Model):
    """Resumption of work and staff commuting (复工复产, 员工出行)."""

    key_construction_project: Flag | None = Field(
        None, description="A key construction-project firm (重点工程建设企业)")
    applied_on: Day | None = Field(None, description="Date the firm applied to resume work (申请复工)")
    resumed_on: Day | None = Field(None, description="Date the firm resumed work, having met the conditions (符合复工条件并已复工)")
    chartered_buses: Flag | None = Field(
        None, description="Staff carried by point-to-point chartered buses (采用“点对点”定制包车)")
    labour_headcount: Count | None = Field(None, description="Labour headcount (劳务用工人数)")
    charter_cost_per_head: Money | None = Field(
        None, description="Cost of the chartered transport per person carried, yuan")
    tongzhou_commute_recognised: Flag | None = Field(
        None, description="经认定: recognised by the competent 通州 authority (中关村科技园通州园、文化旅游区、运河商务区管委会 or "
        "区住房城乡建设委) for the one-off commute subsidy of 通政办发〔2020〕3号 （七） (read by "
        "tongzhou.commute_per_worker_subsidy); false: not (yet) recognised")


AssessedGrantMeasure = Literal["haidian.covid_rd_support", "haidian.national_emergency_project_matching",
                               "haidian.tech_epidemic_control_reward", "haidian.epidemic_supply_production_reward",
                               "haidian.epidemic_control_cost_subsidy_q1"]


class AssessedGrant(_Model):
    """An amount a department assessed for the firm under a grant whose text sets only a ceiling and no base (不高于 /
    最高 X: 海淀 H1 （一）（二）（六）): one figure per project, or one for the firm."""

    measure: AssessedGrantMeasure | None = Field(None, description="The measure the amount was assessed under")
    amount: Money | None = Field(None, description="The amount assessed (评定), yuan, before the measure's ceiling")


class Firm(_Model):
    """A firm (or any Beijing organisation) described for the relief measures.

    >>> Firm.model_validate({"district": "xicheng", "size": "small"}).district
    'xicheng'
    """

    name: Text | None = Field(None, description="Name, for display")
    district: District | None = Field(None, description="District of registration, tax and statistics (注册、纳税、纳统)")
    tax_district: District | None = Field(None, description="District where the firm pays tax, when it differs from district")
    industry: Industry | None = Field(None, description="Industry id (see docs/input.md)")
    size: Size | None = Field(None, description="micro | small | medium | large; when left out, classified from industry and figures")
    employees: Headcount | None = Field(None, description="Employees (从业人员), for the SME size standard")
    revenue: Money | None = Field(None, description="Operating revenue, yuan (营业收入)")
    assets: Money | None = Field(None, description="Total assets, yuan (资产总额)")
    ownership: Ownership | None = Field(None, description="private | state | collective | foreign")
    state_owner_level: Literal["central", "city", "district"] | None = Field(
        None, description="For a state-owned firm: who owns it — central (央企), city (市属国有企业) or district (区属国有企业)")
    essential_outlet: Literal[
        "key_supermarket", "chain_convenience_store", "community_vegetable_shop", "public_catering", "other"
    ] | None = Field(
        None, description="Outlet type keeping the city supplied: 重点商超, 连锁便利店, 社区菜店, 为社会提供供餐服务的餐饮经营单位, or other")
    frontline_duty: list[StaffDuty] | None = Field(
        None, description="Staff on duty at the outlet during the epidemic (上岗人员); [] means none")
    landlord_premises_type: Literal[
        "science_park", "maker_space", "startup_base", "incubator", "cultural_park", "other_carrier",
        "office_building", "mall", "commercial_street", "other",
    ] | None = Field(
        None, description="As a landlord, the premises the firm operates: innovation carriers (创新创业载体) science_park 科技创新园, "
        "maker_space 众创空间, startup_base 创业基地, incubator 科技企业孵化器, cultural_park 文化产业园, other_carrier (其他载体); "
        "office_building 商务楼宇; mall 商场卖场; commercial_street 商业街区; other")
    restart_hotel_rent: Money | None = Field(
        None, description="Hotel rent paid for staff rooms rented to restart work (因开复工需要租住酒店), yuan; 0 = none")
    restart: Restart | None = Field(None, description="Resumption of work and staff commuting (复工复产); absent is unknown")
    essential_outlet_rent: Money | None = Field(
        None, description="Rent of the outlet premises (网点房屋租金) over the period an outlet rent-support programme covers, yuan")
    force_majeure_notary_fees: Money | None = Field(
        None, description="Notary fees (公证费用) for notarising force-majeure matters of contracts the firm could not perform "
        "(on time) because of the epidemic (不可抗力相关事项公证), yuan; 0 = none")
    workforce: Workforce | None = None
    loans: list[Loan] | None = Field(None, description="Loans the firm took; [] means none")
    leases: list[Lease] | None = Field(None, description="Premises the firm rents; [] means none")
    hires: list[Hire] | None = Field(None, description="Hiring batches; [] means none")
    trained_employees: Count | None = Field(None, description="Employees trained (职工培训人数)")
    trainings: list[TrainingBatch] | None = Field(
        None, description="Training programmes for employees in detail (职业技能培训); [] means none; wins over trained_employees")
    rent_relief_granted: list[RentRelief] | None = Field(None, description="As landlord: rent waived for tenants; absent means not a landlord claiming")
    lending: Lending | None = Field(None, description="As a financial institution: absent means not a lender")
    social_insurance: SocialInsurance | None = Field(
        None, description="Social-insurance payment facts (参保单位), for the 2020 deferral and refund rules")
    finances: Finances | None = None
    hr_agency: HRAgency | None = Field(
        None, description="As a commercial HR service agency (经营性人力资源服务机构): absent means not one")
    flexible_worker: FlexibleWorker | None = Field(
        None, description="As a flexible-employment individual (灵活就业人员): absent means not one")
    qualifications: Qualifications | None = None
    enterprise: Flag | None = Field(
        None, description="The profile is an enterprise (企业); false for a non-enterprise unit such as a 事业单位, "
        "university or research institute (项目单位)")
    national_emergency_project_funding: Money | None = Field(
        None, description="National funding of the firm's nationally approved COVID-19 emergency research project, yuan")
    epidemic_control_costs: Money | None = Field(
        None, description="Epidemic-control costs borne during the epidemic (防疫成本), yuan")
    guarantor: Guarantor | None = Field(
        None, description="As a financing guarantee company (融资担保公司): absent means not one")
    capital_markets: CapitalMarkets | None = Field(
        None, description="Bond issues, listing and stock pledges (直接融资、上市); absent is unknown")
    city_tou_dai_jiang_award_2019: Money | None = Field(
        None, description="Beijing 投贷奖 policy award granted for 2019 (2019年度北京市“投贷奖”政策奖励), yuan; 0 = none")
    city_fang_zu_tong_subsidy: Money | None = Field(
        None, description="Beijing 房租通 policy subsidy received (北京市“房租通”政策补贴), yuan; 0 = none")
    subsidy_fraud_clawback_on: Day | None = Field(
        None, description="Date district subsidy funds were clawed back for fraud (弄虚作假骗取奖励补贴…全额收缴); "
        "absent means none")
    fees: list[FeeCharge] | None = Field(
        None, description="Administrative fees (特种设备检验费, 污水处理费, 占道费 …) the firm pays or would pay but for a waiver; "
        "[] means none; absent: the waiver is reported without an amount")
    tax_deferrals: list[TaxDeferral] | None = Field(
        None, description="Taxes the firm asks to defer (延期纳税); [] means none; absent: the deferral is reported without dates")
    covid_patient: CovidPatient | None = Field(
        None, description="As an individual COVID-19 patient (新冠肺炎患者): absent means not one")
    ice_snow_venue: IceSnowVenue | None = Field(
        None, description="As the operator of an ice rink or ski venue (滑冰滑雪场所): absent means not one")
    established_on: Day | None = Field(None, description="Date the firm was established (成立时间)")
    rd_expense_2019: Money | None = Field(
        None, description="R&D expenses of 2019, the year before the 2020 applications (上一年度研发费用), yuan")
    zgc_rd_subsidy_assessed: Money | None = Field(
        None, description="The grant the 中关村管委会 assessed for the firm under the 中关村 small-firm R&D subsidy, yuan "
        "(tiers 2 and 3 say only '每家不超过 10万元 / 20万元'); read by beijing.zgc_small_firm_rd_subsidy, capped at the "
        "tier's maximum; absent: not assessed yet (the award is the range 0 … cap)")
    city_level_chosen_for: list[DistrictMeasureId] | None = Field(
        None, description="凡市区两级共有的政策，企业只能选择其中一级进行申请 (海淀 附则 L3482-L3484; 东城 附则 L2521-L2523): the "
        "district measures of this library (ids such as haidian.epidemic_supply_production_reward) for which the firm "
        "applies for the city-level policy of the same type instead; each of them is then ineligible. Read by every "
        "海淀 measure (haidian.*). Absent or [] means none: the firm claims the district level. Each id must name a "
        "district measure of the catalog (checked when the profile is validated)")
    chaoyang_rent_cut_reward_share: Rate | None = Field(
        None, description="As a 商务楼宇 / 商场卖场 / 商业街区 operator that cut tenants' rent (对于采取减免租金措施的，给予奖励支持; "
        "朝阳 item 2, L2899-L2907): the share of the rent waived that the district rewards it — the text sets no amount, "
        "区发展改革委 / 区商务局 decide it per operator; read by chaoyang.office_building_rent_reduction_reward and "
        "chaoyang.mall_rent_reduction_reward (formerly the readings chaoyang_office_building_reward_share / "
        "chaoyang_mall_reward_share); unknown leaves them undetermined")
    chaoyang_rnd_breakthrough_reward: Money | None = Field(
        None, description="The reward the district granted for a major breakthrough in epidemic R&D (对取得重大突破的，给予奖励支持; "
        "朝阳 item 11, L3068-L3076: the text sets no amount, 区科技和信息化局 / 中关村朝阳园管委会 decide it per firm), yuan; "
        "read by chaoyang.epidemic_rnd_breakthrough_reward (formerly a reading); unknown leaves it undetermined")
    chaoyang_supply_contribution_reward: Money | None = Field(
        None, description="The reward the district granted for an outstanding contribution to epidemic supplies or daily "
        "necessities (做出突出贡献的企业，给予奖励支持; 朝阳 item 13, L3101-L3103: the text sets no amount, 区商务局 decides it per "
        "firm), yuan; read by chaoyang.epidemic_supply_contribution_reward (formerly a reading); unknown leaves it "
        "undetermined")
    supply_guarantee_reward_granted: Money | None = Field(
        None, description="The one-off government reward (一次性政府资金奖励) 区商务局 granted the firm for keeping necessities "
        "or epidemic supplies flowing (东城 D4 item 11, dongcheng.supply_guarantee_one_off_reward; the text sets no "
        "amount), yuan; absent: not granted yet (the reward is eligible but unquantified)")
    commercial_building_subsidy_rate: Rate | None = Field(
        None, description="The rate within 30%–50% the 东城 district government set for the firm's 商务楼宇 rent subsidy "
        "(由区政府给予 30%-50%的资金补贴, D4 item 6, dongcheng.commercial_building_rent_subsidy; held within 30%–50%); "
        "absent: not set yet (the award is the range 30% … 50%)")
    xicheng_contribution_grant_assessed: Money | None = Field(
        None, description="The grant 西城 assessed for the firm under （十二） '为部分信用良好、抗击疫情贡献突出的企业提供资金补贴' "
        "(the text sets no amount or rate), yuan; read by xicheng.epidemic_contribution_grant; absent: not assessed "
        "yet (eligible, amount unquantified)")
    tongzhou_outlet_support_rate: Rate | None = Field(
        None, description="The rent-support ratio (支持比例) granted to the outlet under 通州 （三） (L4444-L4448, "
        "'支持比例上限提高至 80%'), a decimal fraction of the outlet's rent; read by tongzhou.essential_outlet_rent_support, "
        "capped at 80%; absent: not granted yet (the award is unquantified, the range 0 … the cap)")
    tongzhou_outlet_city_support_rate: Rate | None = Field(
        None, description="The city programme's rent-support ratio granted to the outlet (市级补助政策, 京政办发〔2020〕7号), "
        "a decimal fraction of its rent; read by tongzhou.essential_outlet_rent_support when 通州 pays the part above "
        "the city's (reading tongzhou_outlet_award_basis = district_increment); absent: not known (nothing is taken "
        "off the cap's bound, the award is unquantified)")
    shunyi_supply_reward_granted: Money | None = Field(
        None, description="The reward 顺义 granted the firm under item 1 (奖励稳定市场供应和社会预期企业: 给予适度奖励和支持, "
        "L5509-L5513), yuan; read by shunyi.supply_stability_reward; absent: not granted yet (eligible, unquantified)")
    shunyi_idle_plant_reward_granted: Money | None = Field(
        None, description="The reward 顺义 granted the firm under item 8 (利用存量厂房…生产防疫物资: 并给予适度奖励和支持, "
        "L5566-L5568), yuan; read by shunyi.idle_plant_epidemic_supply_reward; absent: not granted yet (eligible, "
        "unquantified)")
    assessed_grants: list[AssessedGrant] | None = Field(
        None, description="The amounts departments assessed for the firm under the 海淀 grants whose texts set only a "
        "ceiling (不高于 300万元 / 500万元, 最高 200万元: read by haidian.covid_rd_support, "
        "national_emergency_project_matching, tech_epidemic_control_reward, epidemic_supply_production_reward and "
        "epidemic_control_cost_subsidy_q1), one item per figure (per project, or one for the firm). Absent or no item for "
        "a measure: not assessed yet (its award is the range 0 … the ceiling)")

    @property
    def effective_tax_district(self) -> str | None:
        """Where the firm pays tax: ``tax_district``, else ``district``."""
        return self.tax_district or self.district

    def __repr__(self) -> str:
        bits = [f"{k}={getattr(self, k)!r}" for k in ("name", "district", "industry", "size") if getattr(self, k)]
        return f"Firm({', '.join(bits)})"

    __str__ = __repr__
