"""Sentences and word tokens with exact character spans into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factcheck.lexicon import load_lexicon

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|[^\W\d_]+(?:[-‐][^\W\d_]+)*(?:['’](?![sS]\b)[^\W\d_]+)*(?:[-‐][^\W\d_]+)*"
    r"|['’][sS]\b"
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?"
    r"|\S",
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*")


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


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading line) and its tokens, in text order."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


@lru_cache(maxsize=65536)
def normalise_token(text: str) -> str:
    """Lower-case, dots dropped, curly apostrophe made straight."""
    return text.lower().replace(".", "").replace("’", "'").replace("‐", "-")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose spans are offsets into the full article text."""
    # The hot loop of extraction: findall and str.find run in C, and tuple.__new__ skips
    # the named tuple's Python-level constructor. Tokens cover every non-space character,
    # so the next occurrence of a word from the last end is the word itself.
    new, find, facts = tuple.__new__, text.find, _word_facts
    out = []
    end = 0
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        out.append(new(Token, (word, start + offset, end + offset) + facts(word)))  # noqa: RUF005 (concatenation is faster than unpacking here)
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
    sentences: list[Sentence] = []
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
        _append(text, start, end, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    finish = begin + len(stripped)
    tokens = tuple(tokenize(text[begin:finish], begin))
    if tokens:
        sentences.append(Sentence(len(sentences), begin, finish, tokens))
