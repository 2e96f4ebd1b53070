"""Which pieces of an article are worth parsing: those with a word that can open a frame,
voice a stance or title a person. The rest (boilerplate, lists of names, runs of
punctuation) cannot carry a claim, and parsing them would cost time in proportion."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.parsed.lexicon import load_frames
from factcheck.extract.parsed.names import title_words
from factcheck.lexicon import load_lexicon

IRREGULAR = {
    "meet": ("met",),
    "hold": ("held",),
    "speak": ("spoke", "spoken"),
    "tell": ("told",),
    "say": ("said",),
    "make": ("made",),
    "have": ("had", "has"),
    "take": ("took", "taken"),
    "pay": ("paid",),
    "begin": ("began", "begun"),
    "sit": ("sat",),
    "ring": ("rang", "rung"),
    "lead": ("led",),
    "give": ("gave", "given"),
    "write": ("wrote", "written"),
    "spend": ("spent",),
    "seek": ("sought",),
    "shake": ("shook",),
}
"""Past forms the regular endings do not give."""


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # 'planned'
    forms.update(IRREGULAR.get(lemma, ()))
    return forms


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every word form whose presence makes a piece worth parsing (lower case)."""
    frames = load_frames()
    lemmas = set(frames.meeting_verbs | frames.visit_verbs | frames.call_verbs)
    lemmas |= frames.report_verbs | frames.light_verbs | frames.accompany_words
    lemmas |= {"attend", "accompany"} | frames.guide_verbs | frames.giving_verbs
    words: set[str] = set()
    for lemma in lemmas:
        words |= _forms(lemma)
    for noun in frames.event_nouns:
        words |= {noun, noun + "s"} | set(noun.split())
    for name, forms in load_lexicon().verbs.items():
        if name.endswith(("_verbs", "_nouns")):
            words |= {w for f in forms for w in f.split()}
    words |= title_words()
    return frozenset(w.lower() for w in words)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def is_worth_parsing(piece: str) -> bool:
    """True when `piece` holds a cue word (see cue_words)."""
    cues = cue_words()
    return any(m.group().lower().rstrip("'’") in cues for m in _WORD.finditer(piece))
