"""What a stance is about, as a key: 'Tehran' and 'Iran' are one target."""

from __future__ import annotations

from factcheck.lexicon import country_in, load_lexicon
from factcheck.names import fold


def target_key(target: str) -> str:
    """A stance target reduced to the country or alias it names, else its folded words."""
    lex = load_lexicon()
    lowered = target.lower()
    for alias, name in lex.target_aliases.items():
        if alias in lowered:
            return name.lower()
    return country_in(target) or fold(target)
