"""Extraction of many articles, in this process or in worker processes, in input order.

Workers are started once with the extractor (so a parser loads once per worker, not once
per article); at most a few articles per worker are in flight, so memory does not grow
with the number of articles. The results come back in input order, so a run with
`jobs=4` writes exactly what a run with `jobs=1` writes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from factcheck.extract import Extractor, ParseExtractor
from factcheck.isolation import MAX_CHARS, extract_guarded
from factcheck.model import Article, Skipped
from factcheck.model.extraction import ExtractedArticle

_IN_FLIGHT_PER_WORKER = 4

_worker_extractor: Extractor | None = None
_worker_options: tuple[int, bool] = (MAX_CHARS, False)


def default_jobs() -> int:
    """Cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - platforms without affinity


Sourced = tuple[Article | Skipped, str]
"""An article (or Skipped entry) and the file it comes from."""


def extract_all(
    items: Iterable[Sourced],
    extractor: Extractor | None = None,
    jobs: int = 1,
    max_chars: int = MAX_CHARS,
    debug: bool = False,
) -> Iterator[ExtractedArticle | Skipped]:
    """Each article extracted under a guard, each Skipped passed through, in input order."""
    if jobs <= 1:
        chosen = extractor or ParseExtractor()
        for item, source in items:
            if isinstance(item, Skipped):
                yield item
            else:
                yield extract_guarded(item, chosen, max_chars, debug, source)
        return
    yield from _in_workers(items, extractor, jobs, max_chars, debug)


def _start_worker(extractor: Extractor | None, max_chars: int, debug: bool) -> None:
    global _worker_extractor, _worker_options
    _worker_extractor = extractor or ParseExtractor()
    _worker_options = (max_chars, debug)


def _extract_in_worker(article: Article, source: str) -> ExtractedArticle | Skipped:
    assert _worker_extractor is not None, "worker started without its initializer"
    max_chars, debug = _worker_options
    return extract_guarded(article, _worker_extractor, max_chars, debug, source)


def _in_workers(
    items: Iterable[Sourced],
    extractor: Extractor | None,
    jobs: int,
    max_chars: int,
    debug: bool,
) -> Iterator[ExtractedArticle | Skipped]:
    def start(workers: int = jobs) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, initializer=_start_worker, initargs=(extractor, max_chars, debug)
        )

    def alone(article: Article, source: str) -> Future[ExtractedArticle | Skipped]:
        """The article extracted in a worker of its own: if that worker dies too, the
        article is the one that kills it, and is skipped."""
        done: Future[ExtractedArticle | Skipped] = Future()
        with start(1) as solo:
            try:
                done.set_result(solo.submit(_extract_in_worker, article, source).result())
            except BrokenProcessPool as exc:
                done.set_result(
                    Skipped(
                        source=source,
                        reason=f"article {article.id!r}: the worker process extracting it "
                        f"stopped ({exc})",
                        error=type(exc).__name__,
                    )
                )
        return done

    pool = start()
    pending: deque[tuple[Sourced, Future[ExtractedArticle | Skipped] | None]] = deque()

    def finish_first() -> ExtractedArticle | Skipped:
        nonlocal pool
        (item, _), future = pending[0]
        if isinstance(item, Skipped) or future is None:
            assert isinstance(item, Skipped)
            pending.popleft()
            return item
        try:
            result = future.result()
        except BrokenProcessPool:
            # a worker died (killed, out of memory) and took every article in flight with
            # it: each is tried again alone, so that only the one that kills is skipped
            pool.shutdown(cancel_futures=True)
            for index, ((other, other_source), other_future) in enumerate(pending):
                if other_future is not None and isinstance(other, Article):
                    pending[index] = ((other, other_source), alone(other, other_source))
            pool = start()
            return finish_first()
        pending.popleft()
        return result

    try:
        for item, source in items:
            if isinstance(item, Skipped):
                pending.append(((item, source), None))
            else:
                pending.append(((item, source), pool.submit(_extract_in_worker, item, source)))
            while len(pending) > jobs * _IN_FLIGHT_PER_WORKER:
                yield finish_first()
        while pending:
            yield finish_first()
    finally:
        pool.shutdown(cancel_futures=True)
