"""What reconciliation produces: people, events, conflicts and the report holding them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from factcheck.model.claim import Claim, PersonMention
from factcheck.model.enums import ClaimKind, ConflictType, Severity

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class EntityMention(BaseModel):
    """One article's name for an entity."""

    model_config = _FROZEN

    article: str
    name: str


class Entity(BaseModel):
    """One real person, with every article's mention of them."""

    model_config = _FROZEN

    id: str
    name: str
    country: str | None = None
    mentions: tuple[EntityMention, ...]


class EventCluster(BaseModel):
    """Claims from one or more articles judged to report the same event."""

    model_config = _FROZEN

    id: str
    kind: ClaimKind
    participants: tuple[str, ...]
    date: str | None = None
    where: str | None = None
    claims: tuple[str, ...]


class Support(BaseModel):
    """One value of a disputed field and the sources that give it."""

    model_config = _FROZEN

    value: str
    articles: tuple[str, ...]
    independent_sources: int


class Consensus(BaseModel):
    """Which value of a disputed field the sources support best; `value` is None when
    support is too thin or tied (undetermined)."""

    model_config = _FROZEN

    value: str | None
    independent_sources: int
    support: tuple[Support, ...]


class Conflict(BaseModel):
    """Where sources disagree, or where one account lacks what another has."""

    model_config = _FROZEN

    type: ConflictType
    severity: Severity
    subject: str
    claims: tuple[str, ...]
    values: dict[str, str] = Field(default_factory=dict)
    explanation: str
    consensus: Consensus | None = None


class ArticleClaims(BaseModel):
    """An article's metadata and the claims extracted from it."""

    model_config = _FROZEN

    id: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    claims: tuple[Claim, ...] = ()
    people: tuple[PersonMention, ...] = ()


class Skipped(BaseModel):
    """An input that could not be read, and why; the rest of the run goes on without it.

    `error` is the type of the exception when extraction itself failed ('RecursionError'),
    `traceback` its traceback when the run asked for one (--debug); `companion` marks a
    file kept beside articles (a README), listed but no loss (the exit code stays 0).
    """

    model_config = _FROZEN

    source: str
    line: int | None = None
    reason: str
    error: str | None = None
    traceback: str | None = None
    companion: bool = False


class Report(BaseModel):
    """The whole cross-check: its JSON form is the interchange of eval/FORMAT.md."""

    model_config = _FROZEN

    articles: tuple[ArticleClaims, ...] = ()
    people: tuple[Entity, ...] = ()
    events: tuple[EventCluster, ...] = ()
    statements: tuple[EventCluster, ...] = ()
    """Statement events: one speaker's statements on one day about overlapping targets."""
    conflicts: tuple[Conflict, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def claims(self) -> list[Claim]:
        """Every claim of every article, in report order."""
        return [claim for article in self.articles for claim in article.claims]

    def worst_severity_at_least(self, severity: Severity) -> bool:
        """True when some conflict is at least as severe as `severity`."""
        return any(c.severity.rank >= severity.rank for c in self.conflicts)
