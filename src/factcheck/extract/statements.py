"""Speakers: named people who say, tell, stress or announce something in the article.

The annotation counts people who act in an article (meet, call, speak); a speaker with no
meeting still yields a statement claim, so that their office and identity are reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.frames import is_attribution, who_aside
from factcheck.extract.people import MentionIndex, Ref, RefKind, governing_words
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import load_lexicon

_BETWEEN = 5
"""Words allowed between a speaker and the verb ('Mr X has also repeatedly said')."""

_NOT_SPEECH = frozenset({"called", "welcomed", "expressed", "voiced"})


@dataclass(frozen=True)
class SpeechAct:
    """A person saying something in one sentence; `start`/`end` span the sentence."""

    speaker: int
    sentence: int
    start: int
    end: int


def find_speakers(sentences: list[Sentence], index: MentionIndex) -> list[SpeechAct]:
    """Every (speaker, sentence) where a named person is the subject of a speech verb,
    follows it ('said Mr X') or is cited as the source ('according to X')."""
    verbs = load_lexicon().verbs
    speech = verbs["speech_verbs"] - _NOT_SPEECH
    inverted = verbs["inverted_speech_verbs"]
    acts: list[SpeechAct] = []
    for sentence in sentences:
        tokens = sentence.tokens
        refs = index.refs_in(sentence.index)
        speakers: list[int] = []
        for ref in refs:
            k = ref.last + 1
            if k < len(tokens) and tokens[k].norm == "'s":
                nouns = [t.norm for t in tokens[k + 1 : k + 4]]
                if any(n in verbs["speech_nouns"] for n in nouns):
                    speakers.append(ref.person)
            elif is_attribution(tokens, ref):
                speakers.append(ref.person)  # the source a report is attributed to
        for i, token in enumerate(tokens if not speech.isdisjoint(sentence.vocabulary) else ()):
            if token.norm not in speech:
                continue
            at = _before_aside(tokens, i)  # 'X, who visited the scene, warned': X speaks
            before = [r for r in refs if r.last < at and at - r.last <= _BETWEEN]
            before = [r for r in before if r.governor not in governing_words()]
            after = [
                r
                for r in refs
                if r.first == i + 1 and token.norm in inverted and not _reported_subject(tokens, r)
            ]
            for ref in before[-1:] or after[:1]:
                if ref.kind is not RefKind.PRONOUN or ref.person not in speakers:
                    speakers.append(ref.person)
        for person in dict.fromkeys(speakers):
            acts.append(SpeechAct(person, sentence.index, sentence.start, sentence.end))
    return acts


_AUXILIARIES = frozenset(
    {
        "would",
        "will",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "did",
        "does",
        "'s",
    }
)


def _reported_subject(tokens: tuple[Token, ...], ref: Ref) -> bool:
    """'The White House said X would convene ...': X is the subject of what was said, not
    the one who said it ('..., said X.')."""
    k = ref.last + 1
    return k < len(tokens) and tokens[k].norm in _AUXILIARIES


def _before_aside(tokens: tuple[Token, ...], at: int) -> int:
    """The index of the comma opening an aside that ends just before `at` (', who visited
    the scene,' or ', for his part,'), else `at`."""
    aside = who_aside(tokens, at - 15, at)
    if aside is not None and aside[1] == at - 1:
        return aside[0]
    if at >= 3 and tokens[at - 1].text == ",":
        opening = next(
            (k for k in range(at - 2, max(0, at - 6), -1) if tokens[k].text == ","), None
        )
        if opening is not None and all(t.is_word for t in tokens[opening + 1 : at - 1]):
            return opening  # 'X, for his part, stressed'
    return at
