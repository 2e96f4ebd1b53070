"""Throughput of the parser extractor, each as a ratio to a baseline run in this process.

Three races on the same texts (g5 and mideast from ../shared/corpus when present, else the
seeds and the test fixtures), in alternating rounds with the median of the paired ratios
(as run.py's `_race`), after one warm-up pass of each side:

- whole parser extraction (`ParseExtractor().extract_many`) against dateparser's
  `search_dates(text, languages=['en'])`: the issue's target is >= 1.0x;
- the same extraction against spaCy's full `nlp.pipe(texts)` of the same pipeline over
  the whole texts: what parsing only the sentences that matter saves;
- `extract_articles(..., jobs=2)` against `jobs=1` with the parser extractor (process pool
  on two cores against one process), pool start-up included, as a user sees it.

The machine is shared: absolute articles/s drift, the paired ratios much less; the
single-process races also give the paired ratio of CPU seconds, which other processes on
the machine disturb less than wall time. The full pipeline is spaCy's as packaged (stock
attribute ruler), loaded apart from the extractor's. Run with
`make bench` (or directly; --repeats sets the rounds, --pool-repeats those of the pool
race, two by default to keep `make bench` near ten minutes).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import Article, ParseExtractor, extract_articles, load_articles
from factcheck.extract.parsed.pipeline import load_stock_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _paths() -> list[Path]:
    found = [SHARED / "corpus" / name for name in ("g5", "mideast")]
    return [p for p in found if p.is_dir()] or [ROOT / "seeds", ROOT / "tests" / "fixtures"]


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def race(
    repeats: int, ours: Callable[[], object], theirs: Callable[[], object], ours_shorter: bool
) -> tuple[float, float, float, float]:
    """(least time of ours, least time of theirs, median paired ratio theirs/ours of wall
    time, the same of CPU time), in alternating rounds as run.py's `_race`: the shorter
    side takes the best of three in each round, so the longer side runs once a round."""
    short, long = (ours, theirs) if ours_shorter else (theirs, ours)
    best = [float("inf"), float("inf")]
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(repeats):
        a = min((_timed_both(short) for _ in range(3)), key=lambda t: t[0])
        b = _timed_both(long)
        best = [min(best[0], a[0]), min(best[1], b[0])]
        walls.append(b[0] / a[0])
        cpus.append(b[1] / a[1])
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    if ours_shorter:
        return best[0], best[1], wall, cpu
    return best[1], best[0], 1.0 / wall, 1.0 / cpu


def _timed_both(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _cpu(run: Callable[[], object]) -> float:
    """CPU seconds of one run, in this process and the worker processes it waited for: a
    pool that gets less than 2x has had no second core free when this is about the same."""

    def used() -> float:
        mine, workers = (
            resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
        return mine.ru_utime + mine.ru_stime + workers.ru_utime + workers.ru_stime

    start = used()
    run()
    return used() - start


def _line(label: str, n: int, seconds: float, note: str = "") -> None:
    print(f"{label:<28} {n / seconds:8.2f} articles/s  {note}".rstrip(), flush=True)


def bench_search_dates(
    repeats: int, extract: Callable[[], object], warm: float, articles: list[Article]
) -> None:
    """(a) whole parser extraction (its warm-up took `warm` s) vs search_dates alone, after
    one warm-up run of its own."""
    from dateparser.search import search_dates

    n = len(articles)

    def dates() -> object:
        return [search_dates(a.text, languages=["en"]) for a in articles]

    shorter = warm <= _timed(dates)
    ours, theirs, ratio, cpu = race(repeats, extract, dates, shorter)
    _line("parser extraction", n, ours, f"({n} articles)")
    _line("search_dates", n, theirs)
    print(f"{'ratio':<28} {ratio:8.2f}x  (extraction speed / search_dates; target >= 1.0)")
    print(f"{'ratio of CPU seconds':<28} {cpu:8.2f}x  (search_dates CPU / extraction CPU)")


def bench_full_pipe(
    repeats: int, extract: Callable[[], object], warm: float, nlp: Language, articles: list[Article]
) -> None:
    """(b) parser extraction vs spaCy's whole pipeline (`nlp`, as packaged) over the whole
    texts, after one warm-up run."""
    texts = [a.text for a in articles]
    n = len(articles)

    def pipe() -> object:
        return list(nlp.pipe(texts))

    shorter = warm <= _timed(pipe)
    ours, theirs, ratio, cpu = race(repeats, extract, pipe, shorter)
    _line("parser extraction", n, ours)
    _line("full nlp.pipe", n, theirs, f"({', '.join(nlp.pipe_names)})")
    print(f"{'ratio':<28} {ratio:8.2f}x  (extraction speed / full nlp.pipe)")
    print(f"{'ratio of CPU seconds':<28} {cpu:8.2f}x  (full nlp.pipe CPU / extraction CPU)")


def bench_jobs(repeats: int, extractor: ParseExtractor, paths: list[Path], n: int) -> None:
    """(c) extraction over a process pool of two against one process."""

    def run(jobs: int) -> Callable[[], object]:
        return lambda: list(extract_articles(*paths, extractor=extractor, jobs=jobs))

    two, one, ratio, _ = race(repeats, run(2), run(1), ours_shorter=True)
    _line("extract_articles jobs=2", n, two, f"(CPU {_cpu(run(2)):.1f} s in all processes)")
    _line("extract_articles jobs=1", n, one, f"(CPU {_cpu(run(1)):.1f} s)")
    print(f"{'ratio':<28} {ratio:8.2f}x  (jobs=1 time / jobs=2 time; 2.0 = both cores used)")


def main() -> None:
    """Run the three races and print articles/s and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="paired rounds per race")
    parser.add_argument(
        "--pool-repeats", type=int, default=2, help="paired rounds of the jobs=2/jobs=1 race"
    )
    parser.add_argument("--model", help="spaCy pipeline for the parser extractor")
    args = parser.parse_args()
    paths = _paths()
    articles = load_articles(*paths).articles
    extractor = ParseExtractor(model=args.model)
    size = sum(len(a.text) for a in articles) / 1000
    shown = ", ".join(p.name for p in paths)
    print(f"throughput: parser extractor on {shown}: {len(articles)} articles, {size:.0f} KB")
    print("(single process unless said; a shared 2-core machine: absolute figures are noisy)")

    def extract() -> object:
        return list(extractor.extract_many(articles))

    warm = _timed(extract)  # the warm-up: loads the pipeline, fills the caches
    bench_search_dates(args.repeats, extract, warm, articles)
    stock = load_stock_pipeline(args.model)
    bench_full_pipe(args.repeats, extract, warm, stock, articles)
    bench_jobs(args.pool_repeats, extractor, paths, len(articles))


if __name__ == "__main__":
    main()
