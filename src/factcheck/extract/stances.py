"""Stances: who condemned or supported what, from verbs, nouns and 'against' in a sentence.

A target must name something: a proper noun, a country word, or a descriptive alias from
`data/stance_targets.json` ('the occupying regime'); 'the forces of evil' is no target.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.frames import distinct_people, plural_span, subject_refs
from factcheck.extract.people import MentionIndex, Ref
from factcheck.extract.roles import find_country
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import load_lexicon
from factcheck.model import Polarity

_QUOTE_MARKS = '"“”'


@dataclass(frozen=True)
class StanceFrame:
    """One stance found in one sentence, before it is attached to a claim."""

    holder: int
    target: str
    polarity: Polarity
    sentence: int
    start: int
    end: int


def _is_named(tokens: list[Token]) -> bool:
    lex = load_lexicon()
    phrase = " ".join(t.norm for t in tokens)
    if any(alias in phrase for alias in lex.target_aliases):
        return True
    if find_country(tokens):
        return True
    return any(t.is_capitalised and t.is_word and t.norm not in lex.function_words for t in tokens)


def _target(tokens: tuple[Token, ...], start: int, keep: frozenset[str] = frozenset()) -> int:
    """Index one past the end of the noun phrase starting at `start`."""
    k = start
    while k < len(tokens) and k - start < 14:
        token = tokens[k]
        if token.text in {",", ";", ".", ":", "!", "?", *_QUOTE_MARKS}:
            break
        if (
            token.norm in load_lexicon().verbs["target_cut"]
            and token.norm not in keep
            and k > start
        ):
            break
        if token.norm == "and" and k > start and _starts_clause(tokens, k + 1):
            break
        k += 1
    return k


def _starts_clause(tokens: tuple[Token, ...], k: int) -> bool:
    """True when the words after 'and' begin a new verb phrase ('and condemned the ...')."""
    if k >= len(tokens) or tokens[k].is_capitalised or not tokens[k].is_word:
        return False
    verbs = load_lexicon().verbs
    word = tokens[k].norm
    if word.endswith("ed") or word in verbs["clause_verbs_after_and"]:
        return True
    if any(word in verbs[name] for name in ("speech_verbs", "support_verbs", "oppose_verbs")):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].norm == "the" and word not in {"of", "for"}


@lru_cache(maxsize=1)
def _stance_words() -> frozenset[str]:
    """Every word that can trigger a stance, to skip the rest of a sentence fast."""
    verbs = load_lexicon().verbs
    words = verbs["oppose_verbs"] | verbs["support_verbs"] | verbs["support_nouns"]
    return frozenset(words | verbs["oppose_nouns"] | verbs["appeal_verbs"] | {"against", "as"})


def _triggers(tokens: tuple[Token, ...]) -> list[tuple[int, int, Polarity]]:
    """(target start, target end, polarity) for each stance trigger in a sentence."""
    verbs = load_lexicon().verbs
    cues = _stance_words()
    out: list[tuple[int, int, Polarity]] = []
    for i, token in enumerate(tokens):
        norm = token.norm
        if norm not in cues:
            continue
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        verb = norm in verbs["oppose_verbs"] or norm in verbs["support_verbs"]
        if (
            verb
            and nxt not in load_lexicon().verbs["target_cut"]
            and nxt not in {"for", "of", "and", ""}
        ):
            polarity = Polarity.OPPOSE if norm in verbs["oppose_verbs"] else Polarity.SUPPORT
            out.append((i + 1, _target(tokens, i + 1), polarity))
        elif norm in verbs["support_nouns"] and i + 1 < len(tokens):
            if i > 0 and tokens[i - 1].norm in {"its", "their"}:
                continue
            links = {"for", "with"} if norm == "solidarity" else {"for"}
            k = next(
                (k for k in range(i + 1, min(i + 10, len(tokens))) if tokens[k].norm in links),
                None,
            )
            if k is not None:
                keep = frozenset({"for", "with"})
                out.append((k + 1, _target(tokens, k + 1, keep), Polarity.SUPPORT))
        elif norm in verbs["appeal_verbs"]:
            # 'urged Israel to halt its attacks', 'called on Israel to stop': X is opposed
            k = i + 2 if nxt == "on" else i + 1
            to = next(
                (m for m in range(k, min(k + 6, len(tokens))) if tokens[m].norm == "to"), None
            )
            ceases = to is not None and to + 1 < len(tokens) and to > k
            if ceases and to is not None and tokens[to + 1].norm in verbs["cease_verbs"]:
                out.append((k, to, Polarity.OPPOSE))
        elif norm == "against" and not (
            i > 0
            and (
                tokens[i - 1].norm in load_lexicon().verbs["victim_nouns"]
                or tokens[i - 1].norm == "crimes"
            )
        ):
            out.append((i + 1, _target(tokens, i + 1), Polarity.OPPOSE))
        elif norm in verbs["oppose_nouns"] and i + 1 < len(tokens) and tokens[i + 1].norm == "of":
            out.append((i + 2, _target(tokens, i + 2), Polarity.OPPOSE))
        elif norm in verbs["oppose_nouns"] and i > 0 and find_country(tokens[i - 1 : i]):
            out.append((i - 1, i + 1, Polarity.OPPOSE))
        elif norm == "as" and i + 1 < len(tokens):
            end = min(i + 6, len(tokens))
            if any(t.norm in verbs["oppose_nouns"] for t in tokens[i + 1 : end]):
                start = next(
                    (
                        k + 1
                        for k in range(i - 1, -1, -1)
                        if tokens[k].norm in verbs["speech_verbs"]
                    ),
                    None,
                )
                if start is not None:
                    out.append((start, i, Polarity.OPPOSE))
    return _outermost(out)


def _outermost(found: list[tuple[int, int, Polarity]]) -> list[tuple[int, int, Polarity]]:
    """Drop triggers inside another's target: 'slammed Washington's support for Israel' is
    opposition to that support, not support for Israel."""
    return [
        f
        for f in found
        if not any(o is not f and o[0] <= f[0] - 1 < o[1] and o[0] != f[0] for o in found)
    ]


def find_stances(
    text: str, sentences: list[Sentence], index: MentionIndex, event_people: dict[int, list[int]]
) -> list[StanceFrame]:
    """Every stance whose holder is a person of the article.

    `event_people` maps a sentence index to the participants of the latest event reported
    at or before it, for plural holders ('the two generals').
    """
    quotes = _quote_speakers(text, sentences, index)
    out: list[StanceFrame] = []
    for sentence in sentences:
        tokens = sentence.tokens
        refs = index.refs_in(sentence.index)
        if _stance_words().isdisjoint(sentence.vocabulary):
            continue
        for start, end, polarity in _triggers(tokens):
            words = list(tokens[start:end])
            if not words or not _is_named(words):
                continue
            trigger_at = tokens[start - 1].start if start > 0 else sentence.start
            holders = _holders(text, sentence, refs, index, trigger_at, quotes, event_people)
            if not holders:
                continue
            a, b = words[0].start, words[-1].end
            if _possessor_mismatch(tokens, start, holders, index):
                continue
            for holder in holders:
                out.append(StanceFrame(holder, text[a:b], polarity, sentence.index, a, b))
    return out


def _possessor_mismatch(
    tokens: tuple[Token, ...], start: int, holders: list[int], index: MentionIndex
) -> bool:
    """'Syria's support for X' voiced by an Iranian is Syria's stance, not the speaker's."""
    for k in range(max(0, start - 6), start):
        if tokens[k].norm == "'s" and k > 0:
            country = find_country(tokens[k - 1 : k])
            if country:
                return all(index.people[h].country not in (None, country) for h in holders)
    return False


def _holders(
    text: str,
    sentence: Sentence,
    refs: list[Ref],
    index: MentionIndex,
    trigger_at: int,
    quotes: list[tuple[int, int, int]],
    event_people: dict[int, list[int]],
) -> list[int]:
    for start, end, speaker in quotes:
        if start <= trigger_at < end:
            return [speaker]
    plural = plural_span(text, sentence)
    if plural and plural[0] < trigger_at:
        return event_people.get(sentence.index, [])
    subjects = subject_refs(refs, trigger_at)
    return distinct_people(subjects, index)


def _quote_speakers(
    text: str, sentences: list[Sentence], index: MentionIndex
) -> list[tuple[int, int, int]]:
    """(start, end, speaker) for each quotation whose speaker is a person of the article.

    Quotes are paired within a paragraph; an unclosed quote runs to the paragraph's end.
    """
    out: list[tuple[int, int, int]] = []
    all_refs = sorted((r for refs in index.refs.values() for r in refs), key=lambda r: r.start)
    starts = [r.start for r in all_refs]
    sentence_starts = [s.start for s in sentences]
    offset = 0
    for paragraph in text.split("\n"):
        marks = [m.start() + offset for m in re.finditer(r'["“”]', paragraph)]
        pairs = [
            (marks[i], marks[i + 1] if i + 1 < len(marks) else offset + len(paragraph))
            for i in range(0, len(marks), 2)
        ]
        for start, end in pairs:
            speaker = _speaker(start, end, (all_refs, starts), (sentences, sentence_starts), index)
            if speaker is not None:
                out.append((start, end, speaker))
        offset += len(paragraph) + 1
    return out


def _speaker(
    start: int,
    end: int,
    refs: tuple[list[Ref], list[int]],
    sentences: tuple[list[Sentence], list[int]],
    index: MentionIndex,
) -> int | None:
    """The speaker of the quote [start, end): a name right after it, else the subject of
    the sentence it opens in. Refs and sentences come with their sorted starts, so each
    quote is placed by bisection, not by a scan of the article."""
    found, starts = refs
    at = bisect_left(starts, end)
    if at < len(found) and found[at].start <= end + 4:
        return found[at].person
    spans, sentence_starts = sentences
    k = bisect_right(sentence_starts, start) - 1
    opening = spans[k] if k >= 0 and start < spans[k].end else None
    if opening is None:
        return None
    subjects = subject_refs(index.refs_in(opening.index), start)
    return subjects[0].person if subjects else None
