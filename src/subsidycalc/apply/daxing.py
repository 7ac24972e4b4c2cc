"""How to apply for the 大兴 SOE rent relief (大兴区国资委 notice): apply to the landlord SOE with the lease."""

from __future__ import annotations

from ..engine.apply import HowToApply
from ..measures.daxing import DX5
from ._cite import fact

HOW_TO_APPLY = {
    "daxing.soe_rent_reduction": HowToApply(
        offices=(fact(DX5, "L5293-L5295", "区属国有出租方", "the district SOE landlord"),),
        channels=(fact(DX5, "L5307-L5309", "中小微企业向出租方提出申请",
                       "apply to the landlord, which sets the reduction; the lease is amended"),),
        materials=(fact(DX5, "L5293-L5295", "合法有效的房屋租赁合同、协议等符合相关要求的证明文件",
                        "a valid lease or agreement"),),
        no_deadline="the text sets no application deadline (apply to the landlord in time, 及时向区属国有出租方提出申请)",
    ),
}
