"""Extraction time on hostile shapes of text, from 100 KB to 1.6 MB, doubling.

Three shapes that made extraction grow about 4x per doubling: a run of capitalised names,
'X met Y in Z on Monday and' repeated, and brackets and quotes nested deep. For each size
it prints the time of `extract_claims` with the default extractor, the growth against the
size before (linear is 2.0x) and seconds per MB. A measurement is stopped at CAP seconds,
and once one size takes more than SLOW seconds, or the next would take more than CAP at the
growth seen, the larger sizes of that shape are skipped (and the table says so), so the
whole run stays within about three minutes. Run with `make bench` (or directly).
"""

from __future__ import annotations

import argparse
import signal
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from types import FrameType

from factcheck import Article, extract_claims

SIZES_KB = (100, 200, 400, 800, 1600)
CAP = 45.0
SLOW = 30.0

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


def timed(text: str, cap: float) -> tuple[float | None, str]:
    """Seconds to extract `text` (None past `cap`) and what happened."""
    article = Article(id="hostile", text=text)
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        extraction = extract_claims(article)
        return time.perf_counter() - start, f"{len(extraction.claims)} claims"
    except _Stopped:
        return None, f"stopped after {cap:.0f} s"
    except Exception as exc:  # the point is to see what fails, not to stop
        return time.perf_counter() - start, f"{type(exc).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=CAP, help="stop one measurement here (s)")
    parser.add_argument("--slow", type=float, default=SLOW, help="skip larger sizes past this (s)")
    args = parser.parse_args()
    extract_claims(Article(id="warm", text="Ana Lima met Ivo Sena in Lisbon on Monday."))
    print("hostile shapes: extract_claims, default extractor (linear = 2.0x per doubling)")
    print(f"{'shape':<24} {'size':>8} {'time':>9} {'growth':>7} {'s/MB':>7}  result")
    for name, make in SHAPES.items():
        before: float | None = None
        for kb in SIZES_KB:
            text = make(kb * 1000)
            seconds, result = timed(text, args.cap)
            shown = f"{seconds:8.2f}s" if seconds is not None else f">{args.cap:7.0f}s"
            growth = f"{seconds / before:6.1f}x" if seconds and before else f"{'':>7}"
            per_mb = f"{seconds / (len(text) / 1e6):7.1f}" if seconds is not None else f"{'':>7}"
            print(f"{name:<24} {kb:>6}KB {shown} {growth} {per_mb}  {result}", flush=True)
            rest = ", ".join(f"{k} KB" for k in SIZES_KB if k > kb)
            if seconds is None or seconds > args.slow:
                if rest:
                    print(f"{'':<24} skipped {rest}: {kb} KB took over {args.slow:.0f} s")
                break
            predicted = seconds * max(2.0, seconds / before if before else 2.0)
            if rest and predicted > args.cap:
                print(f"{'':<24} skipped {rest}: the next size would take about {predicted:.0f} s")
                break
            before = seconds


if __name__ == "__main__":
    main()
