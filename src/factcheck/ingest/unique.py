"""Unique article ids: a second article with an id already read is renamed, never merged."""

from __future__ import annotations

from pathlib import Path

from factcheck.model import Article


class UniqueIds:
    """The ids read so far and where each came from."""

    def __init__(self) -> None:
        self._sources: dict[str, str] = {}

    def claim(self, article: Article, path: Path, root: Path | None) -> tuple[Article, str | None]:
        """The article under an id no earlier article has, and a warning when it was renamed.

        The derived id is qualified by the file's folder ('b/x' for b/x.txt, 'batch/a1' for
        a record 'a1' of batch.jsonl), then numbered ('b/x~2') if that is taken too.
        """
        source = str(path)
        first = self._sources.get(article.id)
        if first is None:
            self._sources[article.id] = source
            return article, None
        base = _qualified(article.id, path, root)
        derived, number = base, 1
        while derived in self._sources:
            number += 1
            derived = f"{base}~{number}"
        self._sources[derived] = source
        warning = (
            f"{source}: article id {article.id!r} was already read from {first}; "
            f"read as {derived!r}"
        )
        return article.model_copy(update={"id": derived}), warning


def _qualified(article_id: str, path: Path, root: Path | None) -> str:
    if str(path) == "-":
        return f"stdin/{article_id}"
    try:
        relative = path.relative_to(root) if root else Path(path.parent.name, path.name)
    except ValueError:
        relative = Path(path.parent.name, path.name)
    stem = relative.with_suffix("").as_posix()
    derived = stem if Path(stem).name == article_id else f"{stem}/{article_id}"
    if derived == article_id:  # a file at the top of its folder: name the folder
        derived = f"{(root or path.parent).resolve().name}/{derived}"
    return derived
