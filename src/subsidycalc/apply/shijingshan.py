"""How to apply for the 石景山 measures (石政发〔2020〕3号): the text names each item's 责任单位 but no contact,
channel or application period; the measures apply for the epidemic control period (L4852-L4854)."""

from __future__ import annotations

from ..engine.apply import Fact, HowToApply
from ..measures._documents import SHIJINGSHAN_SZF_2020_3 as SJS
from ._cite import fact

VALIDITY = fact(SJS, "L4852-L4854", "适用于疫情防控期间", "applies for the epidemic control period")
INTERPRETER = fact(SJS, "L4852", "本措施由石景山区投资促进服务中心负责解释",
                   "interpreted by the 石景山 investment promotion service centre")
NO_DEADLINE = ("the text sets no application deadline and gives no contact; the measures apply for the epidemic "
               "control period (适用于疫情防控期间)")
RECOGNISED = "经认定后"


def _item(lines: str, offices: tuple[tuple[str, str], ...], notes_lines: str | None = None) -> HowToApply:
    notes: tuple[Fact, ...] = ()
    if notes_lines:
        notes = (fact(SJS, notes_lines, RECOGNISED, "after recognition"),)
    return HowToApply(offices=tuple(fact(SJS, lines, o, f"责任单位: {en}") for o, en in offices),
                      notes=(*notes, INTERPRETER, VALIDITY), no_deadline=NO_DEADLINE)


FIN = (("区金融办", "district finance office"), ("区财政局", "district finance bureau"))

HOW_TO_APPLY = {
    "shijingshan.soe_collective_rent_reduction": _item(
        "L4765-L4769", (("区国资委", "district SASAC"), ("区政府集体资产监管办", "collective assets supervision office")),
        "L4765-L4767"),
    "shijingshan.landlord_rent_reduction_support": _item(
        "L4771-L4777", (("区财政局", "district finance bureau"), ("区投促中心", "investment promotion centre")),
        "L4773"),
    "shijingshan.loan_interest_subsidy": _item("L4789-L4793", FIN, "L4789-L4791"),
    "shijingshan.guarantee_fee_waiver": _item("L4795-L4801", FIN, "L4795-L4797"),
    "shijingshan.frontline_staff_post_subsidy": _item(
        "L4805-L4808", (("区商务局", "district commerce bureau"), ("区人力资源社会保障局", "district HRSS bureau"),
                        ("区财政局", "district finance bureau")), "L4805-L4807"),
}
