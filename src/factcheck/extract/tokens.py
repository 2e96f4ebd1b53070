"""Sentences and word tokens with exact character spans into the article text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from factcheck.lexicon import load_lexicon

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|[^\W\d_]+(?:[-‐][^\W\d_]+)*(?:['’](?![sS]\b)[^\W\d_]+)*(?:[-‐][^\W\d_]+)*"
    r"|['’][sS]\b"
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?"
    r"|\S",
)
_SPLIT = re.compile(f"({_TOKEN.pattern})")
"""The token pattern as a separator: split gives [between, token, between, token, ...]."""
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*")
RUN_ON_CHARS = 300
"""A stretch this long with no sentence end is read as run-on text (photo captions pasted
together); only such stretches are searched for sentences that start without a full stop."""
_OPEN_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘“\"](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=[^\W\d_])['’”\"](?=\s+[A-Z][a-z])")


class Token(NamedTuple):
    """A word or punctuation mark; `norm` is lower-case with dots dropped.

    `is_capitalised`: starts with an upper-case letter; `is_word`: starts with a letter.
    A named tuple: articles hold tens of thousands of tokens, built and read in hot loops.
    """

    text: str
    start: int
    end: int
    norm: str
    is_capitalised: bool = False
    is_word: bool = False


_START, _NORM = itemgetter(1), itemgetter(3)
"""A token's start and norm, read in C."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading line) and its tokens, in text order; `vocabulary` holds its
    tokens' norms, so that a stage looking for cue words can skip a sentence with none."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    vocabulary: frozenset[str] = frozenset()


@lru_cache(maxsize=65536)
def normalise_token(text: str) -> str:
    """Lower-case, dots dropped, curly apostrophe made straight."""
    return text.lower().replace(".", "").replace("’", "'").replace("‐", "-")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose spans are offsets into the full article text."""
    # The hot loop of extraction. One C-level split gives tokens with the text between
    # them, so offsets are running sums of lengths; tuple.__new__ skips the named tuple's
    # Python-level constructor.
    new, facts = tuple.__new__, _word_facts
    parts = iter(_SPLIT.split(text))
    pos = offset + len(next(parts))
    out = []
    for word in parts:
        end = pos + len(word)
        out.append(new(Token, (word, pos, end) + facts(word)))  # noqa: RUF005 (faster)
        pos = end + len(next(parts))
    return out


@lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, bool, bool]:
    """(norm, is_capitalised, is_word) of a word: computed once per distinct word."""
    head = word[:1]
    return normalise_token(word), head.isupper(), head.isalpha()


def _is_abbreviation_stop(text: str, dot_end: int) -> bool:
    """True when the full stop ending at `dot_end` closes an abbreviation or an initial."""
    start = dot_end - 1
    while start > 0 and text[start - 1] not in " \n\t(\"'“":
        start -= 1
    word = text[start:dot_end].rstrip(".!?\"'”’)]").lower()
    if word in load_lexicon().abbreviations:
        return True
    return len(word) == 1 and word.isalpha()


def split_sentences(text: str) -> list[Sentence]:
    """Split on sentence-final punctuation and line breaks, keeping abbreviations whole."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group()[:1] in ".!?" and _is_abbreviation_stop(text, match.start() + 1):
            continue
        if (
            match.group().startswith(".)")
            and "(" in text[max(0, match.start() - 15) : match.start()]
        ):
            continue  # '(R-Wis.)': an abbreviation closing a short parenthesis
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    openers = [
        m.start() for m in _opener_starts().finditer(text) if _after_lowercase(text, m.start())
    ]
    if openers or any(end - begin >= RUN_ON_CHARS for begin, end in bounds):
        bounds = [
            part for begin, end in bounds for part in _run_on_parts(text, begin, end, openers)
        ]
    bounds = [part for begin, end in bounds for part in _capped(text, begin, end)]
    return _sentences(text, bounds, tokenize(text))


MAX_SENTENCE_CHARS = 1500
"""No sentence is longer: a longer stretch (text with no full stops) is cut at white space,
so that work done per sentence, which may grow with its square, stays bounded. Real news
sentences, run-on captions included, stay well below it."""


def _capped(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    parts = []
    while end - begin > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", begin + MAX_SENTENCE_CHARS // 2, begin + MAX_SENTENCE_CHARS)
        cut = cut if cut > begin else begin + MAX_SENTENCE_CHARS
        parts.append((begin, cut))
        begin = cut
    parts.append((begin, end))
    return parts


@lru_cache(maxsize=1)
def _opener_starts() -> re.Pattern[str]:
    """A clause opener capitalised after a lower-case word ('... in their photo After
    meeting with X, ...'): English writes 'After' or 'While' capitalised only where a
    sentence starts, so a sentence starts there though no full stop ends the one before."""
    openers = "|".join(sorted(word.capitalize() for word in load_lexicon().clause_openers))
    return re.compile(rf"(?:{openers})(?=\s)")  # a plain alternation: fast to scan for


def _after_lowercase(text: str, start: int) -> bool:
    """True when white space, then a lower-case letter, stands before `start`."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < start - 1 and text[k].islower()


@lru_cache(maxsize=1)
def _caption_starts() -> re.Pattern[str]:
    """In run-on text only: a capitalised word after a time of day that closes a caption
    ('... on Wednesday afternoon Anna Lima met ...')."""
    times = "|".join(sorted(load_lexicon().time_of_day_words))
    return re.compile(rf"\b(?:{times}|\d+[ap]m)\s+(?=[A-Z][a-z])")


def _run_on_parts(text: str, start: int, end: int, openers: list[int]) -> list[tuple[int, int]]:
    """A stretch with no sentence end, cut at clause openers; when it is long (run-on
    captions), also after a closing quote with an open quote before it and at
    `_caption_starts`."""
    cuts = set(openers[bisect_left(openers, start) : bisect_left(openers, end)])
    if end - start >= RUN_ON_CHARS:
        cuts.update(m.end() for m in _caption_starts().finditer(text, start, end))
        opened = 0
        for match in _CLOSE_QUOTE.finditer(text, start, end):
            if len(_OPEN_QUOTE.findall(text, opened or start, match.start())) > 0:
                cuts.add(match.end())
                opened = match.end()
    if not cuts:
        return [(start, end)]
    lex = load_lexicon()
    parts, begin = [], start
    for cut in sorted(cuts):
        word = text[cut : cut + 12].split(" ", 1)[0].lower()
        if begin < cut < end and (word in lex.clause_openers or word not in lex.function_words):
            parts.append((begin, cut))
            begin = cut
    parts.append((begin, end))
    return parts


def _sentences(text: str, bounds: list[tuple[int, int]], tokens: list[Token]) -> list[Sentence]:
    """The non-blank spans of `bounds`, each with its tokens (the text is tokenized once:
    no token crosses a sentence end, which always sits before white space)."""
    sentences: list[Sentence] = []
    k = 0
    for start, end in bounds:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        begin = start + len(chunk) - len(chunk.lstrip())
        finish = begin + len(stripped)
        first = k
        k = bisect_left(tokens, finish, lo=k, key=_START)
        if k > first:
            mine = tuple(tokens[first:k])
            vocabulary = frozenset(map(_NORM, mine))
            sentences.append(Sentence(len(sentences), begin, finish, mine, vocabulary))
    return sentences
