"""公示稿: the detector's proposal, and an approval that must pass the detector unchanged."""

from __future__ import annotations

import pytest

from redgrid.common.errors import Invalid
from redgrid.tickets.domain import notices
from redgrid.tickets.domain.notices import Summary

NAMES = ("张三丰",)


def test_the_proposal_masks_names_phones_and_rooms():
    p = notices.propose("张三丰反映幸福路1号3栋2单元401室漏水 电话138 1234 5678",
                        "已联系张三丰先生, 已维修", NAMES)
    assert p.title == "张**反映幸福路1号3栋**漏水 电话138****5678"
    assert p.response == "已联系张**先生, 已维修"
    assert notices.check_clean(p, NAMES) == p  # the proposal itself may be approved


def test_an_approval_holding_personal_data_is_refused_with_the_field():
    with pytest.raises(Invalid) as err:
        notices.check_clean(Summary("漏水", "请联系张三丰"), NAMES)
    assert err.value.extra["field"] == "response" and "张三丰" not in err.value.detail
    assert notices.check_clean(Summary("幸福路1号漏水", "已维修, 费用120元"), NAMES)
