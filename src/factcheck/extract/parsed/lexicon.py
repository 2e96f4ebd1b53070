"""The frame lexicon (data/frames.json): which lemmas open meeting, visit and call frames."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.model import ClaimKind


@dataclass(frozen=True)
class FrameLexicon:
    """Lemma sets of the event frames; see the `_doc` of data/frames.json."""

    meeting_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    host_verbs: frozenset[str]
    visit_verbs: frozenset[str]
    call_verbs: frozenset[str]
    event_nouns: dict[str, ClaimKind]
    light_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    guide_verbs: frozenset[str]
    together_verbs: frozenset[str]
    call_words: frozenset[str]
    denial_heads: frozenset[str]
    planned_heads: frozenset[str]
    report_verbs: frozenset[str]
    partner_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    accompany_words: frozenset[str]
    address_verbs: frozenset[str]

    def verb_kind(self, lemma: str) -> ClaimKind | None:
        """The kind of event a verb of this lemma reports, if any."""
        if lemma in self.call_verbs:
            return ClaimKind.CALL
        if lemma in self.visit_verbs:
            return ClaimKind.VISIT
        if lemma in self.meeting_verbs:
            return ClaimKind.MEETING
        return None


@lru_cache(maxsize=1)
def load_frames() -> FrameLexicon:
    """Read data/frames.json once per process."""
    raw = resources.files("factcheck.data").joinpath("frames.json").read_text(encoding="utf-8")
    data = json.loads(raw)

    def words(name: str) -> frozenset[str]:
        return frozenset(data[name])

    return FrameLexicon(
        meeting_verbs=words("meeting_verbs"),
        weak_verbs=words("weak_verbs"),
        host_verbs=words("host_verbs"),
        visit_verbs=words("visit_verbs"),
        call_verbs=words("call_verbs"),
        event_nouns={k: ClaimKind(v) for k, v in data["event_nouns"].items()},
        light_verbs=words("light_verbs"),
        giving_verbs=words("giving_verbs"),
        guide_verbs=words("guide_verbs"),
        together_verbs=words("together_verbs"),
        call_words=words("call_words"),
        denial_heads=words("denial_heads"),
        planned_heads=words("planned_heads"),
        report_verbs=words("report_verbs"),
        partner_prepositions=words("partner_prepositions"),
        place_prepositions=words("place_prepositions"),
        accompany_words=words("accompany_words"),
        address_verbs=words("address_verbs"),
    )
