"""The 驾驶舱's figures two ways, side by side on one city: kept (the day rows of figure_counts,
issue 26) and recounted (every ticket of the period), through the same query function the API
calls, for a street, a community, a grid and the whole city over a month and a year. Checks
that both give the same numbers; prints the median time of each and the ratio.

    python -m bench.figures            # a street with 300,000 tickets over a year (~3 minutes)
    python -m bench.figures --quick    # 10,000 tickets (CI's smoke: the answers must agree)
    python -m bench.figures --tickets 1000000   # the city-scale street of bench.queries
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import statistics
import sys
import time
from datetime import datetime, timedelta

import asyncpg

from bench import city as citygen
from bench.stack import start_stack
from redgrid.common.clock import BEIJING
from redgrid.tickets.queries import figures
from redgrid.tickets.settings import TicketsSettings

RUNS = 7


async def timed(conn: asyncpg.Connection, args: tuple, kept: bool) -> tuple[float, list]:
    times, rows = [], []
    for _ in range(RUNS):
        t = time.perf_counter()
        rows = await figures.figures(conn, *args, rates=TicketsSettings().rates(), kept=kept)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), [dict(r) for r in rows]


async def cases(conn: asyncpg.Connection, c: citygen.City, now: datetime) -> list[tuple]:
    path = {k: await conn.fetchval("SELECT path FROM orgs WHERE id = $1", v)
            for k, v in (("street", c.street), ("community", c.community), ("city", c.city))}
    local = now.astimezone(BEIJING)
    month = (local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
             - timedelta(days=1)).replace(day=1)
    last_month = (month, (month + timedelta(days=32)).replace(day=1))
    year = (now - timedelta(days=366), None)
    return [  # name, (scope, group_by, since, until, now, status, category, channel, grids,
        #          community, street)
        ("street, last month", (path["street"], None, *last_month)),
        ("street, year", (path["street"], None, *year)),
        ("street, year by community", (path["street"], "community", *year)),
        ("street, year by month", (path["street"], "month", *year)),
        ("community, year", (path["community"], None, *year)),
        ("community, year by grid", (path["community"], "grid", *year)),
        ("grid, year", (path["street"], None, *year, now, None, None, None, [c.grid])),
        ("city, year by street", (path["city"], "street", *year)),
    ]


def full_args(args: tuple, now: datetime) -> tuple:
    scope, group_by, since, until, *rest = args
    rest = rest or [now, None, None, None, None]
    return (scope, group_by, since, until, *rest, *([None] * (7 - len(rest))))


async def main(tickets: int) -> int:
    plan = dataclasses.replace(citygen.QUICK, tickets=tickets)
    stack = start_stack(["registry", "tickets"])
    failures = 0
    try:
        conn = await asyncpg.connect(stack.admin_url)
        now = datetime.now(BEIJING)
        t = time.time()
        c = await citygen.build(conn, plan, now, progress=lambda m: print(m, flush=True))
        print(f"city built in {time.time() - t:.0f}s: {c.sizes['tickets.tickets']:,} tickets",
              flush=True)
        await conn.execute("SET search_path = tickets")
        print(f"{'figures':28} {'kept ms':>8} {'recount ms':>11} {'faster':>7}  same")
        for name, args in await cases(conn, c, now):
            args = full_args(args, now)
            kept_ms, kept = await timed(conn, args, kept=True)
            recount_ms, recount = await timed(conn, args, kept=False)
            same = kept == recount
            failures += not same
            print(f"{name:28} {kept_ms:>8.1f} {recount_ms:>11.1f} "
                  f"{recount_ms / kept_ms:>6.1f}×  {'yes' if same else 'NO'}", flush=True)
        print(f"(median of {RUNS} runs each, SQL only, on {tickets:,} tickets in one street; "
              "target: every screen < 100 ms p95 through HTTP, see bench.queries)")
        await conn.close()
    finally:
        stack.stop()
    return 1 if failures else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--tickets", type=int, default=300_000)
    a = parser.parse_args()
    sys.exit(asyncio.run(main(10_000 if a.quick else a.tickets)))
