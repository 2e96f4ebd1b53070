"""Name folding: case, accents, particles and romanisation variants reduced to one form."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from factcheck.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    text = resources.files("factcheck.data").joinpath("transliteration.json").read_text("utf-8")
    data = json.loads(text)
    return tuple((a, b) for a, b in data["rules"]), frozenset(data["particles"])


def particles() -> frozenset[str]:
    """Name particles such as al-, bin, ibn, van."""
    return _rules()[1]


def fold(text: str) -> str:
    """Lower-case ASCII letters and spaces: accents dropped, hyphens and apostrophes removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ascii_text = re.sub(r"['’`ʿʾ]", "", ascii_text)
    return " ".join(re.sub(r"[^a-z]+", " ", ascii_text).split())


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a personal name, without titles, ranks or particles.

    'Maj. Gen. Karim al-Rashidi' -> ['karim', 'rashidi'].
    """
    lex = load_lexicon()
    title_words = {w for key in lex.ranks for w in key} | lex.honorifics | lex.chain_words
    tokens = fold(name).split()
    while tokens and tokens[0] in title_words:
        tokens = tokens[1:]
    return [t for t in tokens if t not in particles()] or tokens


def fold_token(text: str) -> str:
    """One written name token folded, particles dropped: 'al-Rashidi' -> 'rashidi'."""
    parts = [p for p in fold(text).split() if p not in particles()]
    return "".join(parts) or fold(text).replace(" ", "")


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A romanisation-insensitive key of one folded token: 'qasimi' and 'ghasemi' -> 'gasimi'."""
    out = token
    for pattern, replacement in _rules()[0]:
        out = out.replace(pattern, replacement)
    return re.sub(r"(.)\1+", r"\1", out)
