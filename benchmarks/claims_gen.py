"""Claims for scale benchmarks, generated from the claims of real articles.

The base is what `factcheck check` finds in the shared corpora (mideast, g5) when they are
present, else in the seeds. Each replica of the base gets new article ids, dates shifted
by a week per replica, and new people: every name token is mapped to an invented token per
group of REPLICAS_PER_GROUP replicas (so one group's people meet again on other dates, as
real people do), given names are drawn from a small pool (so some given names are very
common), and a share of the names is respelled, joined or given an extra family name, as
outlets do. Claims are shallow copies of the base claims, sharing their evidence spans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from factcheck import Article, Claim, PersonMention, check
from factcheck.model import Stance, TimeRef
from factcheck.stream import compact

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

REPLICAS_PER_GROUP = 4
"""Replicas sharing one set of people, a week apart: the same people at other events."""

GIVEN_POOL = 40
"""Distinct given names per base given name across all groups: a few very common ones."""

FAMILY_SYLLABLES = 3
"""Fewest syllables of an invented name that is not a given name."""

_SYLLABLES = [
    "ba",
    "ka",
    "ra",
    "mi",
    "no",
    "su",
    "te",
    "lo",
    "vi",
    "da",
    "ze",
    "fu",
    "ha",
    "jo",
    "ki",
    "ne",
    "pa",
    "ro",
    "sa",
    "ti",
    "ul",
    "ya",
    "bor",
    "dan",
    "fel",
    "gar",
    "hal",
    "kem",
    "lor",
    "mar",
    "nel",
    "pon",
    "rek",
    "sol",
    "tam",
    "vor",
    "zim",
]


@dataclass(frozen=True)
class Base:
    """The claims, people and articles of the real corpus the replicas copy."""

    claims: list[Claim]
    people: dict[str, tuple[PersonMention, ...]]
    articles: list[Article]


def base_corpus() -> Base:
    """What `factcheck check` gives on the shared corpora, or the seeds without them."""
    folders = [SHARED / "corpus" / name for name in ("mideast", "g5")]
    found = [f for f in folders if f.is_dir()] or [ROOT / "seeds"]
    report = check(*found)
    articles = [
        Article(id=a.id, text=a.id, title=a.title, published=_day(a.published))
        for a in report.articles
    ]
    return Base(
        claims=report.claims(),
        people={a.id: a.people for a in report.articles},
        articles=articles,
    )


def _day(date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(date) if date else None


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "big")


def invented_token(token: str, group: int, syllables: int = 2) -> str:
    """The invented token standing for `token` in one group of replicas: `syllables` or
    one more. Given names take two or three (a small pool, many shared); other names three
    or four, about two million of them, so that people of different groups are different
    people, as the replicas mean, not namesakes whose number grows with the square of the
    corpus (two-syllable surnames, 1,369 of them, were each held by ~65 people at 1M claims)."""
    h = _digest(token, group)
    count = syllables + h % 2
    parts = [_SYLLABLES[(h >> (6 * i)) % len(_SYLLABLES)] for i in range(count)]
    return "".join(parts).capitalize()


def _respelled(token: str, how: int) -> str:
    swaps = (("u", "ou"), ("i", "ee"), ("k", "q"), ("a", "e"), ("o", "u"))
    old, new = swaps[how % len(swaps)]
    return token.replace(old, new, 1)


class Renamer:
    """Maps the names of the base to the invented names of one replica."""

    def __init__(self, replica: int) -> None:
        self.group = replica // REPLICAS_PER_GROUP
        self.replica = replica
        self._cache: dict[str, str] = {}
        self._people: dict[PersonMention, PersonMention] = {}

    def name(self, name: str) -> str:
        """The replica's spelling of a base name."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._rename(name)
        return found

    def _rename(self, name: str) -> str:
        words = name.split()
        out = []
        for i, word in enumerate(words):
            particle, dash, rest = word.partition("-")
            if dash and particle.lower() in {"al", "el"} and rest:  # 'al-' and a real name
                out.append(particle + dash + invented_token(rest, self.group, FAMILY_SYLLABLES))
                continue
            if word.lower() in {"al", "bin", "ibn", "al-"} or not word[:1].isupper():
                out.append(word)
                continue
            if i == 0 and len(words) > 1:  # given names from a small pool: some very common
                out.append(invented_token(word, self.group % GIVEN_POOL))
            else:
                out.append(invented_token(word, self.group, FAMILY_SYLLABLES))
        variant = _digest(name, self.replica) % 10
        if variant == 0 and len(out) > 1:
            out[-1] = _respelled(out[-1], self.replica)
        elif variant == 1 and len(out) > 2:
            out[-2:] = [out[-2] + out[-1].lower()]
        elif variant == 2 and len(out) > 1:
            out += ["Al", invented_token(out[-1], -1, FAMILY_SYLLABLES)]
        return " ".join(out)

    def person(self, person: PersonMention) -> PersonMention:
        """A person with the replica's name; forms, offices and ranks kept. One object
        per base person and replica, shared by its claims (as a loader's cache would)."""
        found = self._people.get(person)
        if found is None:
            found = self._people[person] = person.model_copy(
                update={"name": self.name(person.name)}
            )
        return found


def _shift(date: str | None, days: int) -> str | None:
    if date is None:
        return None
    full = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date)
    return (full + dt.timedelta(days=days)).isoformat()[: len(date)]


def replica_claims(
    base: Base, replica: int
) -> tuple[list[Claim], dict[str, tuple[PersonMention, ...]], list[Article]]:
    """The claims, people and articles of one replica of the base."""
    renamer = Renamer(replica)
    days = 7 * replica
    suffix = f"~r{replica}"
    claims = []
    for claim in base.claims:
        article = claim.article + suffix
        when = claim.when
        if when.date:
            when = TimeRef(
                date=_shift(when.date, days),
                precision=when.precision,
                basis=when.basis,
                text=when.text,
                evidence=when.evidence,
            )
        stance = tuple(
            Stance(
                holder=renamer.name(s.holder),
                target=s.target,
                polarity=s.polarity,
                evidence=s.evidence,
            )
            for s in claim.stance
        )
        claims.append(
            claim.model_copy(
                update={
                    "id": article + claim.id[len(claim.article) :],
                    "article": article,
                    "who": renamer.person(claim.who),
                    "met": tuple(renamer.person(p) for p in claim.met),
                    "when": when,
                    "stance": stance,
                }
            )
        )
    people = {
        article + suffix: tuple(renamer.person(p) for p in found)
        for article, found in base.people.items()
    }
    articles = [
        a.model_copy(
            update={
                "id": a.id + suffix,
                "text": a.id + suffix,
                "published": a.published + dt.timedelta(days=days) if a.published else None,
            }
        )
        for a in base.articles
    ]
    # as read_claims does for every record read, so claims held by the million are small
    return (
        [compact(c) for c in claims],
        {a: tuple(compact(p) for p in found) for a, found in people.items()},
        [compact(a) for a in articles],
    )


def generate(
    base: Base, size: int
) -> tuple[list[Claim], dict[str, tuple[PersonMention, ...]], list[Article]]:
    """At least `size` claims (whole replicas, then cut to `size`), with people and articles."""
    claims: list[Claim] = []
    people: dict[str, tuple[PersonMention, ...]] = {}
    articles: list[Article] = []
    replica = 0
    while len(claims) < size:
        more, named, written = replica_claims(base, replica)
        claims += more
        people.update(named)
        articles += written
        replica += 1
    return claims[:size], people, articles
