"""Load articles from files, directories and stdin; what cannot be read is skipped, with why."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import ArticleError
from factcheck.ingest.html import parse_html_article
from factcheck.ingest.records import iter_json, iter_jsonl
from factcheck.ingest.text import parse_text_article
from factcheck.model import Article, Skipped

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")


@dataclass
class LoadResult:
    """Articles read, in input order, and the inputs skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def load_articles(*paths: str | Path) -> LoadResult:
    """Read every article under `paths` ('-' is JSONL on stdin).

    Directories are read for .txt, .json, .jsonl and .html files, sorted by name. A file or line
    that cannot be read is listed in `skipped`; the others are still loaded.
    """
    result = LoadResult()
    for item in _expand(paths, result):
        if isinstance(item, ArticleError):
            result.skipped.append(Skipped(source=item.source, line=item.line, reason=item.reason))
        else:
            result.articles.append(item)
    return result


def _expand(paths: Iterable[str | Path], result: LoadResult) -> Iterator[Article | ArticleError]:
    for raw in paths:
        if str(raw) == "-":
            yield from iter_jsonl(sys.stdin.read().splitlines(), "<stdin>", "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SUFFIXES)
            for file in files:
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ArticleError(str(path), "no such file or directory")


def read_file(path: Path) -> Iterator[Article | ArticleError]:
    """Articles of one file, chosen by its suffix."""
    source = str(path)
    if path.suffix not in SUFFIXES:
        yield ArticleError(source, f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield ArticleError(source, f"cannot read: {exc}")
        return
    if path.suffix in {".html", ".htm"}:
        try:
            yield parse_html_article(path.stem, raw)
        except (ImportError, ValueError) as exc:
            yield ArticleError(source, str(exc))
        return
    if path.suffix == ".jsonl":
        yield from iter_jsonl(raw.splitlines(), source, path.stem)
    elif path.suffix == ".json":
        yield from iter_json(raw, source, path.stem)
    else:
        try:
            yield parse_text_article(path.stem, raw)
        except ValueError as exc:
            yield ArticleError(source, f"bad dateline: {exc}")
