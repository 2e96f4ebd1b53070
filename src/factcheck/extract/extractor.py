"""The extractor interface and the rule- and lexicon-based extractor behind it."""

from __future__ import annotations

from collections import Counter
from typing import Protocol, runtime_checkable

from factcheck.extract.assembly import person_mention, stances_of, statement_claim
from factcheck.extract.dates import dateline_date
from factcheck.extract.events import EventFrame, find_events
from factcheck.extract.people import MentionIndex, find_people
from factcheck.extract.roles import country_first_words, match_country
from factcheck.extract.stances import StanceFrame, find_stances
from factcheck.extract.statements import SpeechAct, find_speakers
from factcheck.extract.tokens import Sentence, split_sentences
from factcheck.ingest.dateline import body_start, dateline_end
from factcheck.lexicon import load_lexicon
from factcheck.model import (
    Article,
    Claim,
    Extraction,
    PersonMention,
    Span,
    make_claim_id,
)


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns an article into claims: rules here; an LLM or spaCy backend
    can stand behind the same method."""

    def extract(self, article: Article) -> Extraction:
        """Claims of one article in text order, and every person it names; evidence spans
        index `article.text`."""
        ...


class RuleExtractor:
    """Rule- and lexicon-based extraction: in-process, no model download, deterministic."""

    def extract(self, article: Article) -> Extraction:
        """One claim per event the article reports, one statement claim per other speaker,
        and every person the article names."""
        text = article.text
        sentences = split_sentences(text)
        index = find_people(text, sentences)
        skip = _dateline_end(article)
        frames = find_events(text, sentences, index, article.published, skip)
        _infer_countries(frames, index, sentences)
        stances = find_stances(text, sentences, index, _event_people(frames, sentences))
        speeches = find_speakers(sentences, index)
        mentions = {key: person_mention(record, text) for key, record in index.people.items()}
        claims = _claims(article, frames, stances, speeches, mentions)
        return Extraction(article=article.id, claims=tuple(claims), people=tuple(mentions.values()))


def _dateline_end(article: Article) -> int:
    """Where the city dateline opening the body ends (0 without one)."""
    if not article.dateline_place:
        return 0
    start = body_start(article.text, article.title)
    end = dateline_end(article.text[start:])
    return start + end if end else 0


def extract_claims(article: Article, extractor: Extractor | None = None) -> Extraction:
    """Claims of one article and every person it names, with the given extractor (the rule
    extractor by default): what `check` passes to `reconcile` for the article."""
    return (extractor or RuleExtractor()).extract(article)


def _infer_countries(
    frames: list[EventFrame], index: MentionIndex, sentences: list[Sentence]
) -> None:
    """Countries for officials the article gives none.

    In an article about two countries, a participant meeting someone of one of them is of
    the other ('President X met Iran's foreign minister'); an official otherwise takes the
    article's clearly dominant country (named at least twice as often as any other).
    """
    if all(p.country is not None or p.office is None for p in index.people.values()):
        return  # nobody to infer: skip counting country words
    lex = load_lexicon()
    counts: Counter[str] = Counter()
    first_words = country_first_words()
    for sentence in sentences:
        if first_words.isdisjoint(sentence.vocabulary):
            continue  # no country named here
        tokens = sentence.tokens
        for i in range(len(tokens)):
            if not tokens[i].is_capitalised:
                continue
            found = match_country(tokens[i : i + lex.max_phrase], lex)
            if found and (i == 0 or match_country(tokens[i - 1 : i], lex) is None):
                counts[found[0]] += 1
    ranked = counts.most_common(2)
    if len(ranked) == 2:
        pair = [ranked[0][0], ranked[1][0]]
        for frame in frames:
            known = {index.people[p].country for p in frame.participants} - {None}
            if len(known) != 1:
                continue
            (country,) = known
            if country not in pair:
                continue
            other = pair[1] if country == pair[0] else pair[0]
            for person in frame.participants:
                if index.people[person].country is None:
                    index.people[person].country = other
    dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 else None
    if dominant and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        for record in index.people.values():
            if record.country is None and record.office is not None:
                record.country = dominant


def _event_people(frames: list[EventFrame], sentences: list[Sentence]) -> dict[int, list[int]]:
    """For each sentence, the participants of the latest event reported at or before it."""
    out: dict[int, list[int]] = {}
    for sentence in sentences:
        earlier = [f for f in frames if min(f.sentences) <= sentence.index]
        if earlier:
            latest = max(earlier, key=lambda f: min(f.sentences))
            out[sentence.index] = [latest.who, *latest.met]
    return out


def _claims(
    article: Article,
    frames: list[EventFrame],
    stances: list[StanceFrame],
    speeches: list[SpeechAct],
    mentions: dict[int, PersonMention],
) -> list[Claim]:
    text = article.text
    attached: dict[int, list[StanceFrame]] = {}
    statements: dict[int, list[StanceFrame]] = {}
    spoken: dict[int, list[SpeechAct]] = {}
    in_events = {p for f in frames for p in f.participants}
    for act in speeches:
        if act.speaker not in in_events:
            spoken.setdefault(act.speaker, []).append(act)
    for stance in stances:
        own = [i for i, f in enumerate(frames) if stance.holder in f.participants]
        before = [i for i in own if min(frames[i].sentences) <= stance.sentence]
        if before or own:
            chosen = max(before, key=lambda i: min(frames[i].sentences)) if before else own[0]
            attached.setdefault(chosen, []).append(stance)
        else:
            statements.setdefault(stance.holder, []).append(stance)
    claims: list[Claim] = []
    dateline = _dateline_span(article)
    for i, frame in enumerate(frames):
        evidence = tuple(frame.evidence)
        where, where_evidence = (
            (frame.place.name, frame.place_span) if frame.place else (None, None)
        )
        if where is None and dateline and frame.kind.is_in_person:
            # a story datelined in a city reports an in-person event there unless it says
            where, where_evidence = article.dateline_place, dateline
        who, met = mentions[frame.who], tuple(mentions[p] for p in frame.met)
        names = [who.name, *(m.name for m in met)]
        claims.append(
            Claim(
                id=make_claim_id(article.id, frame.kind, names, evidence[0].start),
                article=article.id,
                kind=frame.kind,
                who=who,
                met=met,
                where=where,
                where_evidence=where_evidence,
                when=frame.when
                if frame.when and frame.when.date
                else dateline_date(article.published),
                stance=stances_of(attached.get(i, []), mentions, text),
                evidence=evidence,
            )
        )
    for holder in sorted(set(statements) | set(spoken)):
        found = statements.get(holder, [])
        spans = {(a.start, a.end) for a in spoken.get(holder, [])}
        spans |= {(st.start, st.end) for st in found}
        claims.append(statement_claim(article, mentions[holder], spans, found, mentions))
    claims.sort(key=lambda c: c.evidence[0].start if c.evidence else 0)
    return claims


def _dateline_span(article: Article) -> Span | None:
    """Where the article's dateline city is written, if it has one."""
    if not article.dateline_place:
        return None
    head = article.text[:120].lower()
    at = head.find(article.dateline_place.lower())
    if at < 0:
        return None
    end = at + len(article.dateline_place)
    return Span(start=at, end=end, text=article.text[at:end])
