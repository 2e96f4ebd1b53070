"""The parser-based extractor: parse, then people, then frames, then claims.

Each stage is a module taking the previous stage's output: pipeline (spaCy), people
(names and in-article coreference), frames (events from the dependency tree), setting
(dates and places), voices (speakers and stances), claims (the model's claims).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from factcheck.extract.parsed.arguments import Context, subjects_of
from factcheck.extract.parsed.claims import build_extraction, merge_accounts
from factcheck.extract.parsed.cues import is_worth_parsing
from factcheck.extract.parsed.frames import Frame, find_frames
from factcheck.extract.parsed.inference import (
    country_counts,
    described_countries,
    described_offices,
    infer_counterparts,
    infer_countries,
)
from factcheck.extract.parsed.people import ArticlePeople, find_people
from factcheck.extract.parsed.pipeline import load_pipeline, parse_many
from factcheck.extract.parsed.seams import article_surnames, cut_at, find_seams
from factcheck.extract.parsed.setting import find_settings
from factcheck.extract.parsed.voices import StanceFound, Voice, find_stances, find_voices
from factcheck.extract.tokens import split_sentences
from factcheck.ingest.dateline import body_start, dateline_end
from factcheck.model import Article, Extraction, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class ParseExtractor:
    """Extraction on a statistical dependency parse (spaCy), with the project's lexicons
    applied to it. `model` names an installed spaCy pipeline; by default the small English
    one. The pipeline is loaded on first use, once per process."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model

    @property
    def nlp(self) -> Language:
        """The loaded spaCy pipeline."""
        return load_pipeline(self.model)

    def extract(self, article: Article) -> Extraction:
        """Claims of one article in text order, and every person it names."""
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extractions of many articles, in order, parsed in one stream (faster than one
        `extract` call per article)."""
        batch = list(articles)
        bounds = [_sentence_bounds(a.text) for a in batch]
        texts = [[a.text[s:e] for s, e in b] for a, b in zip(batch, bounds, strict=True)]
        for article, spans, docs in zip(batch, bounds, parse_many(self.nlp, texts), strict=True):
            yield _extract(article, *_cut_seams(self.nlp, article.text, docs, spans))


MAX_PIECE = 3000
"""Characters parsed as one piece at most: a 'sentence' longer than this (a page with no
full stops) is cut at white space, so no parse grows with the length of the input."""


MAX_WORD = 100
"""Characters without white space parsed as one piece at most: the tokenizer's affix
search is quadratic in the length of a run with no space ('((((((...')."""
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD},}}")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The pieces of `text` to parse, in order: sentences (long ones cut) with a cue."""
    return [(a, b) for a, b in _pieces(text) if is_worth_parsing(text[a:b])]


def _pieces(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    for sentence in split_sentences(text):
        for start, end in _runs_cut(text, sentence.start, sentence.end):
            while end - start > MAX_PIECE:
                cut = text.rfind(" ", start + MAX_PIECE // 2, start + MAX_PIECE)
                cut = cut if cut > start else start + MAX_PIECE
                bounds.append((start, cut))
                start = cut
            if end > start:
                bounds.append((start, end))
    return bounds


def _runs_cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) with every run of MAX_WORD or more non-space characters cut into
    pieces of its own of MAX_WORD characters."""
    pieces: list[tuple[int, int]] = []
    at = start
    for run in _LONG_RUN.finditer(text, start, end):
        if run.start() > at:
            pieces.append((at, run.start()))
        pieces.extend(
            (a, min(a + MAX_WORD, run.end())) for a in range(run.start(), run.end(), MAX_WORD)
        )
        at = run.end()
    if end > at:
        pieces.append((at, end))
    return pieces


def _cut_seams(
    nlp: Language, text: str, docs: list[Doc], bounds: list[tuple[int, int]]
) -> tuple[list[Doc], list[tuple[int, int]]]:
    """The pieces with run-on captions the first parse shows (seams.py) cut and parsed
    again; the parts with no cue are dropped, as whole pieces with none are."""
    surnames = article_surnames(docs)
    cuts = {i: find_seams(doc, surnames) for i, doc in enumerate(docs)}
    if not any(cuts.values()):
        return docs, bounds
    new_bounds: list[tuple[int, int]] = []
    owner: list[int | None] = []
    for i, (start, end) in enumerate(bounds):
        if not cuts[i]:
            new_bounds.append((start, end))
            owner.append(i)
            continue
        for a, b in cut_at(start, end, cuts[i]):
            if is_worth_parsing(text[a:b]):
                new_bounds.append((a, b))
                owner.append(None)
    again = [text[a:b] for (a, b), o in zip(new_bounds, owner, strict=True) if o is None]
    fresh = iter(nlp.pipe(again))
    new_docs = [docs[o] if o is not None else next(fresh) for o in owner]
    return new_docs, new_bounds


def _extract(article: Article, docs: list[Doc], bounds: list[tuple[int, int]]) -> Extraction:
    text = article.text
    offsets = [start for start, _ in bounds]
    people = find_people(docs, offsets, text)
    frames, voices, stances = _read_sentences(docs, offsets, people)
    described_countries(people, docs)
    infer_counterparts(people, frames)
    infer_countries(people, frames, country_counts(docs))
    described_offices(people, docs)
    infer_counterparts(people, frames)  # a counterpart of an office found only now
    settings = find_settings(frames, docs, offsets, text, article.published)
    accounts = merge_accounts(frames, settings, bounds)
    return build_extraction(article, people, accounts, voices, stances, _dateline(article))


def _read_sentences(
    docs: list[Doc], offsets: list[int], people: ArticlePeople
) -> tuple[list[Frame], list[Voice], list[StanceFound]]:
    frames: list[Frame] = []
    voices: list[Voice] = []
    stances: list[StanceFound] = []
    previous: int | None = None
    for index, doc in enumerate(docs):
        last = next((f for f in reversed(frames) if not f.joins), None)  # not a companion's
        ctx = Context(people, index, previous, (last.who, *last.met) if last else ())
        frames.extend(find_frames(doc, ctx))
        spoken = find_voices(doc, ctx, offsets[index])
        voices.extend(spoken)
        stances.extend(find_stances(doc, ctx, offsets[index], [v.person for v in spoken]))
        previous = _salient_subject(doc, ctx) or previous
    return frames, voices, stances


def _salient_subject(doc: Doc, ctx: Context) -> int | None:
    """The person who is the subject of the sentence's main verb: what 'he' refers to next."""
    for token in doc:
        if token.dep_ == "ROOT":
            found = subjects_of(token, ctx)
            if found:
                return found[0]
    for mention in ctx.people.by_sentence.get(ctx.sentence, []):
        if doc[mention.last].dep_ in {"nsubj", "nsubjpass"}:
            return mention.person
    return None


def _dateline(article: Article) -> tuple[str, Span] | None:
    """The dateline city and where it is written, for in-person events the text does not
    place."""
    if not article.dateline_place:
        return None
    start = body_start(article.text, article.title)
    end = dateline_end(article.text[start:])
    head = article.text[start : start + (end or 120)].lower()
    at = head.find(article.dateline_place.lower())
    if at < 0:
        return None
    a = start + at
    b = a + len(article.dateline_place)
    return article.dateline_place, Span(start=a, end=b, text=article.text[a:b])
