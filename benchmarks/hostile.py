"""Extraction time on hostile shapes of text, from 100 KB to 1.6 MB, doubling.

Three shapes that made extraction grow about 4x per doubling: a run of capitalised names,
'X met Y in Z on Monday and' repeated, and brackets and quotes nested deep. For each size
it prints the time of `extract_claims` with the default extractor (or the one named by
--extractor), the growth against the size before (linear is 2.0x) and seconds per MB. Each
measurement runs in a forked child, killed at CAP seconds (a signal cannot stop compiled
code such as spaCy's tokenizer), and once one size takes more than SLOW seconds, or the
next would take more than CAP at the growth seen, the larger sizes of that shape are
skipped (and the table says so), so the whole run stays within about three minutes.
--profile then profiles (cProfile) each shape past the issue's bounds: growth over 2.5x
per doubling (on times over a second), over 10 s per MB, or stopped at its first size
(then timed at a few small sizes and profiled at the largest that finished).
Run with `make bench` (or directly).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import pstats
import signal
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from multiprocessing.connection import Connection
from types import FrameType

from factcheck import Article, Extractor, extract_claims
from factcheck.extract.registry import EXTRACTORS, make_extractor

SIZES_KB = (100, 200, 400, 800, 1600)
CAP = 45.0
SLOW = 30.0
PROBE_KB = (2, 4, 8)
"""Sizes a super-linear shape is timed at for --profile; the largest is profiled."""
SUPERLINEAR = 2.5
"""Growth per doubling past which a shape is profiled (the issue's bound)."""
TARGET = 10.0
"""Seconds per MB past which a shape is profiled too (the issue's bound)."""
NOISE = 1.0
"""Times under this many seconds are too short for a growth figure to mean much."""

GIVEN = ("Rafael", "Tamsin", "Oskar", "Leyla", "Dario", "Mirela", "Ivo", "Ana")
FAMILY = ("Okafor", "Vasquez", "Lindqvist", "Brandt", "Sena", "Lima", "Moreau", "Haddani")
PLACES = ("Lisbon", "Doha", "Amman", "Geneva")


def names_run(size: int) -> str:
    """'Rafael Okafor Tamsin Vasquez ...': capitalised names with nothing between them."""
    names = (f"{g} {f}" for g in GIVEN for f in FAMILY)
    return _filled(size, (f"{n} " for n in cycle(list(names))))


def met_chain(size: int) -> str:
    """'Rafael Okafor met Tamsin Vasquez in Lisbon on Monday and ...' repeated."""
    pairs = zip(cycle(GIVEN), cycle(FAMILY), cycle(GIVEN[1:]), cycle(FAMILY[3:]), cycle(PLACES))
    return _filled(size, (f"{a} {b} met {c} {d} in {p} on Monday and " for a, b, c, d, p in pairs))


def nested(size: int) -> str:
    """Brackets and quotes opened deep around one meeting sentence, then closed."""
    depth = max(1, (size - 60) // 6)
    return '("[' * depth + "Ana Lima met Ivo Sena in Lisbon on Monday." + ']")' * depth


def _filled(size: int, pieces: Iterator[str]) -> str:
    out: list[str] = []
    total = 0
    for piece in pieces:
        out.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(out)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "names run": names_run,
    "met ... and": met_chain,
    "nested brackets/quotes": nested,
}


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def timed(text: str, cap: float, extractor: Extractor | None = None) -> tuple[float | None, str]:
    """Seconds to extract `text` (None past `cap`) and what happened."""
    article = Article(id="hostile", text=text)
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        extraction = extract_claims(article, extractor)
        return time.perf_counter() - start, f"{len(extraction.claims)} claims"
    except _Stopped:
        return None, f"stopped after {cap:.0f} s"
    except Exception as exc:  # the point is to see what fails, not to stop
        return time.perf_counter() - start, f"{type(exc).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _child(
    out: Connection, text: str, cap: float, extractor: Extractor | None, profile: bool
) -> None:
    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    seconds, result = timed(text, cap, extractor)
    if profiler is not None:
        profiler.disable()
        result += "\n" + _top_functions(profiler)
    out.send((seconds, result))


def timed_apart(
    text: str, cap: float, extractor: Extractor | None = None, profile: bool = False
) -> tuple[float | None, str]:
    """`timed` in a forked child (it inherits the loaded extractor), killed past `cap`."""
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_child, args=(send, text, cap, extractor, profile)
    )
    child.start()
    send.close()
    ready = receive.poll(cap + 5)
    outcome: tuple[float | None, str] = (
        receive.recv() if ready else (None, f"killed after {cap:.0f} s")
    )
    if child.is_alive():
        child.kill()
    child.join()
    return outcome


def _top_functions(profiler: cProfile.Profile, count: int = 8) -> str:
    """The `count` functions with the most own time, as file:function lines."""
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)
    total = sum(v[2] for _, v in rows) or 1.0
    lines = []
    for (path, _, function), (_, calls, own, cumulative, _) in rows[:count]:
        where = path.split("site-packages/")[-1].split("src/")[-1]
        lines.append(
            f"    {own:7.2f}s own {cumulative:7.2f}s cum {own / total:4.0%} "
            f"{calls:>8} calls  {where}:{function}"
        )
    return "\n".join(lines)


def growth_table(
    extractor: Extractor | None, cap: float, slow: float
) -> dict[str, tuple[int | None, str]]:
    """Print the growth table; return the shapes past the bounds, each with the size to
    profile (None when its first size was stopped) and why."""
    print(f"{'shape':<24} {'size':>8} {'time':>9} {'growth':>7} {'s/MB':>7}  result")
    flagged: dict[str, tuple[int | None, str]] = {}
    for name, make in SHAPES.items():
        before: float | None = None
        for index, kb in enumerate(SIZES_KB):
            text = make(kb * 1000)
            seconds, result = timed_apart(text, cap, extractor)
            shown = f"{seconds:8.2f}s" if seconds is not None else f">{cap:7.0f}s"
            growth = f"{seconds / before:6.1f}x" if seconds and before else f"{'':>7}"
            per_mb = f"{seconds / (len(text) / 1e6):7.1f}" if seconds is not None else f"{'':>7}"
            print(f"{name:<24} {kb:>6}KB {shown} {growth} {per_mb}  {result}", flush=True)
            if name not in flagged:
                flagged.update(_past_bounds(name, index, seconds, before, len(text)))
            rest = ", ".join(f"{k} KB" for k in SIZES_KB if k > kb)
            if seconds is None or seconds > slow:
                if rest:
                    print(f"{'':<24} skipped {rest}: {kb} KB took over {slow:.0f} s")
                break
            predicted = seconds * max(2.0, seconds / before if before else 2.0)
            if rest and predicted > cap:
                print(f"{'':<24} skipped {rest}: the next size would take about {predicted:.0f} s")
                break
            before = seconds
    return flagged


def _past_bounds(
    name: str, index: int, seconds: float | None, before: float | None, chars: int
) -> dict[str, tuple[int | None, str]]:
    kb = SIZES_KB[index]
    if seconds is None:
        return {name: (SIZES_KB[index - 1] if index else None, f"stopped at {kb} KB")}
    if before and seconds >= NOISE and seconds / before > SUPERLINEAR:
        return {name: (SIZES_KB[index - 1], f"{seconds / before:.1f}x to {kb} KB")}
    if seconds / (chars / 1e6) > TARGET:
        return {name: (kb, f"{seconds / (chars / 1e6):.0f} s/MB at {kb} KB")}
    return {}


def profile_shapes(
    shapes: dict[str, tuple[int | None, str]], extractor: Extractor | None, cap: float
) -> None:
    """Profile each flagged shape at its size; one stopped at its first size is first
    timed at PROBE_KB and profiled at the largest that finished."""
    for name, (size, why) in shapes.items():
        make = SHAPES[name]
        if size is None:
            times = []
            size = PROBE_KB[0]
            for kb in PROBE_KB:
                seconds, _ = timed_apart(make(kb * 1000), cap, extractor)
                times.append(f"{kb} KB {seconds:.2f}s" if seconds is not None else f"{kb} KB >cap")
                if seconds is None:
                    break
                size = kb
            print(f"{name!r} at small sizes: " + ", ".join(times), flush=True)
        _, result = timed_apart(make(size * 1000), cap * 2, extractor, profile=True)
        print(f"profile of {name!r} ({why}) at {size} KB, top functions by own time")
        print("(cProfile; compiled code that calls no Python counts in the function calling it):")
        print(result.split("\n", 1)[-1], flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=CAP, help="stop one measurement here (s)")
    parser.add_argument("--slow", type=float, default=SLOW, help="skip larger sizes past this (s)")
    parser.add_argument(
        "--extractor", choices=sorted(EXTRACTORS), help="extractor to measure (default: default)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile the shapes past the issue's bounds"
    )
    args = parser.parse_args()
    extractor = make_extractor(args.extractor) if args.extractor else None
    extract_claims(Article(id="warm", text="Ana Lima met Ivo Sena in Lisbon on Monday."), extractor)
    which = f"{args.extractor} extractor" if args.extractor else "default extractor"
    print(f"hostile shapes: extract_claims, {which} (linear = 2.0x per doubling)")
    flagged = growth_table(extractor, args.cap, args.slow)
    if args.profile:
        profile_shapes(flagged, extractor, args.cap)


if __name__ == "__main__":
    main()
