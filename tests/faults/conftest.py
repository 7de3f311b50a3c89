"""Fault injection: each module runs its own system (tests/faults/cluster.py) and hurts it.

The ledger of every fault injected is printed at the end of the run (the `make soak` table).
"""

from __future__ import annotations

import pytest

from .checker import LEDGER, table
from .cluster import Cluster
from .knobs import KNOBS, SOAKING


@pytest.fixture(autouse=True)
async def left_running(request):
    """A test that fails in the middle of a fault (a crashed service not yet restarted, NATS
    killed) leaves it running again: otherwise the next tests fail for want of it, and the
    module's audit counts the stopped producer's unsent events as lost."""
    yield
    if "cluster" in request.fixturenames:
        cluster = request.getfixturevalue("cluster")
        if isinstance(cluster, Cluster) and (started := await cluster.ensure_running()):
            request.node.add_report_section("teardown", "restarted", ", ".join(started))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not LEDGER:
        return
    mode = "soak" if SOAKING else "bounded (make test)"
    terminalreporter.write_sep("=", f"fault injection: {mode}, {KNOBS.writers} writers, "
                                    f"{KNOBS.rate:g} orders/s")
    terminalreporter.write_line(table(LEDGER))
