"""Fault injection: each module runs its own system (tests/faults/cluster.py) and hurts it.

The ledger of every fault injected is printed at the end of the run (the `make soak` table).
"""

from __future__ import annotations

from .checker import LEDGER, table
from .knobs import KNOBS, SOAKING


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not LEDGER:
        return
    mode = "soak" if SOAKING else "bounded (make test)"
    terminalreporter.write_sep("=", f"fault injection: {mode}, {KNOBS.writers} writers, "
                                    f"{KNOBS.rate:g} orders/s")
    terminalreporter.write_line(table(LEDGER))
