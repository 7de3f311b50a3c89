"""六上门: door-to-door visits by party members and grid workers (新澜社区)."""

from __future__ import annotations

from enum import StrEnum


class VisitKind(StrEnum):
    POLICY = "policy"  # 政策宣传讲上门: policy explained
    OPINION = "opinion"  # 征求意见访上门: opinions sought
    PROBLEM = "problem"  # 查摆问题找上门: problems found
    DISPUTE = "dispute"  # 矛盾纠纷调上门: disputes mediated
    SERVICE = "service"  # 便民服务送上门: services delivered
    HELP = "help"  # 扶弱济困帮上门: the weak helped
