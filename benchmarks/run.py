"""Speed benchmarks, each reported as a ratio to a baseline timed in the same process.

Absolute times on small shared machines are noisy; ratios against a baseline run on the
same inputs, interleaved, are not. Run with `make bench`.

(Extraction throughput is benchmarks/extractors.py's.)

- names: pairs/s of `match_names` against `rapidfuzz.fuzz.token_sort_ratio` on the
  labelled name pairs of ../shared/eval/names when present, else pairs made from the seeds.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable
from pathlib import Path

from factcheck import extract_claims, load_articles, match_names

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _best_of(
    repeats: int, run: Callable[[], object], setup: Callable[[], object] | None = None
) -> float:
    """Least wall time of `run` over `repeats` runs, `setup` (if any) called untimed before each."""
    best = float("inf")
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _pairs() -> list[tuple[str, str]]:
    path = SHARED / "eval" / "names" / "ofac_dev.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))
        return [(r[0], r[1]) for r in rows[1:] if len(r) >= 2]
    names = [
        p.name
        for a in load_articles(ROOT / "seeds").articles
        for c in extract_claims(a).claims
        for p in c.people
    ]
    return [(a, b) for a in names for b in names] * 20


def bench_names(repeats: int) -> None:
    """match_names vs rapidfuzz token_sort_ratio on the same pairs."""
    from rapidfuzz import fuzz

    from factcheck.names import clear_caches

    pairs = _pairs()

    def match_all() -> list[object]:
        return [match_names(a, b) for a, b in pairs]

    ours = _best_of(repeats, match_all, setup=clear_caches)
    warm = _best_of(repeats, match_all)
    theirs = _best_of(repeats, lambda: [fuzz.token_sort_ratio(a, b) for a, b in pairs])
    n = len(pairs)
    print(f"match_names     {n / ours:10.0f} pairs/s  ({n} pairs, caches cleared each run)")
    print(f"match_names     {n / warm:10.0f} pairs/s  (steady state: names seen before)")
    print(f"token_sort      {n / theirs:10.0f} pairs/s")
    print(f"ratio           {ours / theirs:10.3f}  (match_names time / token_sort_ratio time)")


def main() -> None:
    """Run every benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5, help="best of this many runs")
    args = parser.parse_args()
    bench_names(args.repeats)


if __name__ == "__main__":
    main()
