"""Load articles from files, directories and stdin; what cannot be read is skipped, with why."""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from factcheck.errors import ArticleError
from factcheck.ingest.decode import NotTextError, decode_text
from factcheck.ingest.html import parse_html_article
from factcheck.ingest.records import iter_json, iter_jsonl
from factcheck.ingest.text import parse_text_article
from factcheck.ingest.unique import UniqueIds
from factcheck.ingest.walk import SUFFIXES, InputFile, LeftOut, unsupported, walk_inputs
from factcheck.model import Article, Skipped


@dataclass
class LoadResult:
    """Articles read, in input order, the inputs skipped, and warnings (an article read
    under a derived id because its own id was taken)."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def load_articles(*paths: str | Path, recursive: bool = False) -> LoadResult:
    """Read every article under `paths` ('-' is JSONL on stdin) into memory.

    Folders are read for .txt, .json, .jsonl and .html files, sorted by name; every other
    entry is listed in `skipped` with its reason, as is a file or line that cannot be read.
    Article ids are unique: see ArticleReader.
    """
    result = LoadResult()
    reader = ArticleReader(paths, recursive=recursive)
    for item in reader:
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.articles.append(item)
    result.warnings = reader.warnings
    return result


class ArticleReader:
    """Articles of `paths` one at a time, for runs that must not hold them all in memory.

    Ids are unique: an article whose id was already read gets a derived id qualified by
    its folder ('b/x' after 'x' from a/x.txt), never merged with the first; each renaming
    is appended to `warnings`.
    """

    def __init__(
        self,
        paths: Iterable[str | Path],
        recursive: bool = False,
        on_warning: Callable[[str], None] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.recursive = recursive
        self.on_warning = on_warning
        self.warnings: list[str] = []

    def __iter__(self) -> Iterator[Article | Skipped]:
        for item, _ in self.sourced():
            yield item

    def sourced(self) -> Iterator[tuple[Article | Skipped, str]]:
        """Each article or Skipped entry with the file it comes from."""
        ids = UniqueIds()
        for raw in self.paths:
            if str(raw) == "-":
                found: Iterable[InputFile | LeftOut] = [InputFile(Path("-"))]
            else:
                found = walk_inputs([raw], self.recursive)
            for entry in found:
                source = str(entry.path)
                if isinstance(entry, LeftOut):
                    yield (
                        Skipped(source=source, reason=entry.reason, companion=entry.companion),
                        source,
                    )
                    continue
                for item in _guarded(entry):
                    if isinstance(item, ArticleError):
                        yield (
                            Skipped(source=item.source, line=item.line, reason=item.reason),
                            source,
                        )
                        continue
                    unique, warning = ids.claim(item, entry.path, entry.root)
                    if warning:
                        self.warnings.append(warning)
                        if self.on_warning:
                            self.on_warning(warning)
                    yield unique, "<stdin>" if source == "-" else source


def _guarded(entry: InputFile) -> Iterator[Article | ArticleError]:
    """The file's articles; an exception no reader expected (a parser's own bug on a
    hostile file) ends that file, with its reason, and not the run."""
    try:
        yield from _read_entry(entry)
    except Exception as exc:
        yield ArticleError(str(entry.path), f"cannot read: {type(exc).__name__}: {exc}"[:300])


def _read_entry(entry: InputFile) -> Iterator[Article | ArticleError]:
    if str(entry.path) == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream put in place of stdin (tests, notebooks)
            yield from iter_jsonl(sys.stdin.read().split("\n"), "<stdin>", "stdin")
        else:
            yield from iter_jsonl(_lines(stream), "<stdin>", "stdin")
        return
    yield from read_file(entry.path)


def read_file(path: Path) -> Iterator[Article | ArticleError]:
    """Articles of one file, chosen by its suffix; JSONL files are read a line at a time."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ArticleError(source, unsupported(path))
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, source)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ArticleError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from parse_file(data, source, suffix, path.stem)


def parse_file(
    data: bytes, source: str, suffix: str, stem: str
) -> Iterator[Article | ArticleError]:
    """Articles held in the bytes of one file of type `suffix` ('.txt', '.json', ...)."""
    try:
        raw = decode_text(data)
    except NotTextError as exc:
        yield ArticleError(source, str(exc))
        return
    if suffix in {".html", ".htm"}:
        try:
            yield parse_html_article(stem, raw)
        except (ImportError, ValueError) as exc:
            yield ArticleError(source, str(exc))
    elif suffix == ".jsonl":
        yield from iter_jsonl(raw.split("\n"), source, stem)
    elif suffix == ".json":
        yield from iter_json(raw, source, stem)
    else:
        try:
            yield parse_text_article(stem, raw)
        except ValueError as exc:
            yield ArticleError(source, str(exc))


def _read_jsonl(path: Path, source: str) -> Iterator[Article | ArticleError]:
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield from parse_file(fh.read(), source, ".jsonl", path.stem)  # rare: read whole
            return
        seen = False
        for item in iter_jsonl(_lines(fh), source, path.stem):
            seen = True
            yield item
        if not seen:
            yield ArticleError(source, "empty file, not text")


def _lines(stream: BinaryIO) -> Iterator[str | NotTextError]:
    """Lines of a binary stream split on b'\\n' only, decoded as UTF-8 (a BOM dropped);
    a line that is not UTF-8 comes as the error that says so."""
    for number, line in enumerate(stream, start=1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            yield line.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield NotTextError(
                f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"
            )
