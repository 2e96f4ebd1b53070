"""How reconciliation time and memory grow with the number of claims.

Claims are generated from the claims of real articles (benchmarks/claims_gen.py): new ids,
dates shifted a week per replica, invented people who meet again, name variants. Each size
runs in its own process, so its peak memory (ru_maxrss) is its own; the time is that of
`reconcile` alone, after the claims are generated. Growth per 10x is the time at a size
over the time at a tenth of it (linear is 10x; issue 11 asks at most 12x from 100k to 1M,
within about 4 GB at 1M). Run with `make bench` (the 1M row takes several minutes and a
few GB; FACTCHECK_BENCH_1M=0 leaves it out), or with --sizes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from claims_gen import base_corpus, generate  # noqa: E402

from factcheck import reconcile  # noqa: E402


def measure(size: int, profile: bool = False) -> dict[str, float]:
    """Generate `size` claims and reconcile them: seconds, peak MB, and what came out."""
    claims, people, articles = generate(base_corpus(), size)
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    report = reconcile(claims, articles, people=people)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(12)
        stats.sort_stats("cumulative").print_stats(30)
    return {
        "claims": size,
        "seconds": seconds,
        "peak_mb": peak_mb,
        "people": len(report.people),
        "events": len(report.events),
        "largest_entity": max((len(e.mentions) for e in report.people), default=0),
    }


def _run_child(size: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(size)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print the scaling table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", help="claims per run")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=int, help="profile one size (cProfile, to stderr)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    if args.profile:
        print(json.dumps(measure(args.profile, profile=True)))
        return
    sizes = args.sizes or [10_000, 100_000]
    if not args.sizes and os.environ.get("FACTCHECK_BENCH_1M") != "0":
        sizes.append(1_000_000)
    print(
        f"{'claims':>10} {'seconds':>9} {'peak MB':>9} {'growth/10x':>11} {'people':>8} "
        f"{'events':>8} {'largest':>8}"
    )
    times: dict[int, float] = {}
    for size in sizes:
        row = _run_child(size)
        times[size] = row["seconds"]
        before = times.get(size // 10)
        growth = f"{row['seconds'] / before:10.1f}x" if before else f"{'':>11}"
        print(
            f"{size:>10} {row['seconds']:9.1f} {row['peak_mb']:9.0f} {growth} "
            f"{row['people']:>8} {row['events']:>8} {row['largest_entity']:>8}",
            flush=True,
        )


if __name__ == "__main__":
    main()
