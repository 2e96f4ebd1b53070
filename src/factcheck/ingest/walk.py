"""Paths given on the command line -> the files to read, and what is left out, with why.

Nothing under a folder is passed over without a word: a file of another type, a folder
inside a folder (without `recursive`), a broken link or a link back up the tree is listed
with its reason. Folders are walked with an explicit stack, not recursion, in name order.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
"""File types read as articles (matched case-insensitively)."""


@dataclass(frozen=True)
class InputFile:
    """A file to read: its path and the folder path given for it (None for a file given
    by itself), which qualifies its article id when another article has that id."""

    path: Path
    root: Path | None = None


@dataclass(frozen=True)
class LeftOut:
    """A path not read, and why; `companion` for a file a corpus keeps beside its
    articles (a README, a licence, a hidden file), which is no loss."""

    path: Path
    reason: str
    companion: bool = False


def walk_inputs(
    paths: Iterable[str | Path], recursive: bool = False
) -> Iterator[InputFile | LeftOut]:
    """Files to read under `paths`, in order: each folder's entries sorted by name."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, recursive)
        elif path.is_file():
            yield InputFile(path)
        elif path.is_symlink():
            yield LeftOut(path, _link_reason(path))
        elif path.exists():
            yield LeftOut(path, "not a regular file or folder")
        else:
            yield LeftOut(path, "no such file or directory")


def _walk(root: Path, recursive: bool) -> Iterator[InputFile | LeftOut]:
    stack: list[tuple[Path, frozenset[str]]] = [(root, frozenset({os.path.realpath(root)}))]
    while stack:
        folder, above = stack.pop()
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield LeftOut(folder, f"cannot list the folder: {exc.strerror or exc}")
            continue
        folders: list[tuple[Path, frozenset[str]]] = []
        for entry in entries:
            if entry.is_dir():
                real = os.path.realpath(entry)
                if real in above:
                    yield LeftOut(entry, "symlink loop: a link to a folder above it")
                elif not recursive:
                    yield LeftOut(entry, "a folder inside a folder (use --recursive to read it)")
                else:
                    folders.append((entry, above | {real}))
            elif entry.is_file():
                if entry.suffix.lower() in SUFFIXES:
                    yield InputFile(entry, root)
                elif is_companion(entry):
                    yield LeftOut(entry, "not an article: " + unsupported(entry), True)
                else:
                    yield LeftOut(entry, unsupported(entry))
            elif entry.is_symlink():
                yield LeftOut(entry, _link_reason(entry))
            else:
                yield LeftOut(entry, "not a regular file or folder")
        stack.extend(reversed(folders))  # popped in name order


COMPANION_STEMS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def is_companion(path: Path) -> bool:
    """A file corpora keep beside their articles: README, LICENSE, a hidden file."""
    return path.name.startswith(".") or path.stem.lower() in COMPANION_STEMS


def unsupported(path: Path) -> str:
    """Why a file of another type is not read."""
    kind = repr(path.suffix) if path.suffix else "without a suffix"
    return f"unsupported file type {kind} (reads {', '.join(SUFFIXES)})"


def _link_reason(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop so
        return "symlink loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        return "broken symlink: its target does not exist"
    return "a link to something that is neither a file nor a folder"


def estimate_articles(paths: Iterable[str | Path], recursive: bool = False) -> int | None:
    """About how many articles `paths` hold, for a progress line: one per file, one per
    line of a JSONL file (counted in blocks, not parsed). None when stdin is read."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        for entry in walk_inputs([raw], recursive):
            if isinstance(entry, LeftOut):
                continue
            if entry.path.suffix.lower() != ".jsonl":
                total += 1
                continue
            try:
                with entry.path.open("rb") as fh:
                    total += sum(
                        block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b"")
                    )
            except OSError:
                total += 1
    return total
