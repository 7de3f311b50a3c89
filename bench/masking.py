"""How fast the PII detector (redgrid.common.masking.mask_text) masks free text (not a test).

    python -m bench.masking            # 20,000 texts per kind
    python -m bench.masking --quick    # 2,000: for CI, fails on a wrong answer, never on speed

Texts of about 200 characters, three kinds: a ticket full of personal data (with the names on
the record), the same without names, and plain text with numbers that must stay (dates, money,
ticket numbers: the detector's slow path, no fast exit). Prints throughput (texts/s) and the
latency p50/p99 of one call (wall clock, and the thread's CPU time: a busy machine's
preemptions show in the one and not in the other), and the structlog processor's cost per log line; writes
bench/results/masking-<time>.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import time
from datetime import datetime
from pathlib import Path

from redgrid.common import logs
from redgrid.common.masking import mask_text

RESULTS = Path(__file__).parent / "results"
NAMES = ["张三丰", "李敏"]


def _mobile(rng: random.Random) -> str:
    n = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    return rng.choice([n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86{n}"])


def rich(rng: random.Random) -> str:
    text = (f"张三丰反映幸福路{rng.randrange(1, 200)}号{rng.randrange(1, 30)}栋2单元"
            f"{rng.randrange(101, 2800)}室漏水，电话{_mobile(rng)}，或{_mobile(rng)}，座机025-8765"
            f"{rng.randrange(10**4):04d}，身份证320102199001011232，车牌苏A{rng.randrange(10**5):05d}，"
            f"邮箱li{rng.randrange(999)}@example.com。已联系李敏女士，她说楼上卫生间防水层老化，"
            f"物业答应{rng.randrange(1, 28)}日内维修，费用约1,200元，涉及186户居民，请网格员跟进回访。")
    return text[:200]


def plain(rng: random.Random) -> str:
    text = (f"工单DZ-2026{rng.randrange(1, 13):02d}07-{rng.randrange(10**4):04d}：2026年12月7日 "
            f"09:30 居民反映人民医院3号楼附近路灯不亮，拨打12345热线转办单2026120700123，"
            f"费用￥{rng.randrange(100, 9999)}.00，共{rng.randrange(10, 999)}户{rng.randrange(1000, 9999)}"
            "人受影响，满意率98.5%。社区党群服务中心2楼会议室召开联席会议，"
            "共驻共建单位147家参加，合并185个网格为106个，客服400-123-4567。")
    return text[:200]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def measure(texts: list[str], names: list[str]) -> dict:
    for t in texts[:200]:  # warm the regular expressions and the names' pattern
        mask_text(t, names)
    wall, cpu = [], []
    start = time.perf_counter()
    for t in texts:
        w0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        mask_text(t, names)
        cpu.append((time.thread_time_ns() - c0) / 1000)
        wall.append((time.perf_counter_ns() - w0) / 1000)
    total = time.perf_counter() - start
    return {"texts": len(texts), "chars": round(sum(map(len, texts)) / len(texts)),
            "per_second": round(len(texts) / total), "p50_us": round(percentile(wall, 0.5), 1),
            "p99_us": round(percentile(wall, 0.99), 1),
            "cpu_p99_us": round(percentile(cpu, 0.99), 1)}


def log_line_cost(n: int) -> dict:
    """The processor alone on a typical event dict (a few ids and a short message)."""
    event = {"event": "ticket.received", "ticket_id": "0190a5b3-0000-7000-8000-abcdef012345",
             "number": "DZ-20261207-0001", "grid": "育红网格", "phone": "13812345678",
             "level": "info", "timestamp": "2026-12-07T01:30:00.000000Z"}
    start = time.perf_counter()
    for _ in range(n):
        logs.mask_personal_data(None, "info", dict(event))
    return {"lines": n, "us_per_line": round((time.perf_counter() - start) / n * 1e6, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n = 2_000 if args.quick else 20_000
    rng = random.Random(22)
    with_pii = [rich(rng) for _ in range(n)]
    assert "13812345678" not in mask_text(with_pii[0], NAMES)
    plain_texts = [plain(rng) for _ in range(n)]
    assert all(mask_text(t) == t for t in plain_texts[:100]), "a plain text was changed"
    figures = {
        "personal data, names given": measure(with_pii, NAMES),
        "personal data, no names": measure(with_pii, []),
        "plain text with numbers": measure(plain_texts, []),
    }
    print(f"{'texts':<28}{'chars':>6}{'texts/s':>10}{'p50 µs':>9}{'p99 µs':>9}"
          f"{'p99 CPU µs':>12}")
    for kind, f in figures.items():
        print(f"{kind:<28}{f['chars']:>6}{f['per_second']:>10}{f['p50_us']:>9}{f['p99_us']:>9}"
              f"{f['cpu_p99_us']:>12}")
    print("(p99: wall clock, other work on the machine included; CPU: this thread's time only)")
    line = log_line_cost(n)
    print(f"structlog processor: {line['us_per_line']} µs per log line")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"masking-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps({"python": platform.python_version(), "figures": figures,
                               "log_line": line}, ensure_ascii=False, indent=2))
    print(f"written {out}")


if __name__ == "__main__":
    main()
