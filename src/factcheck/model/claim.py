"""Claims: one source's account of one event or statement, every field tied to a text span."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.model.enums import ClaimKind, DateBasis, DatePrecision, Polarity, RoleBasis

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Span(BaseModel):
    """A character span of an article; `text` is exactly `article.text[start:end]`."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class PersonMention(BaseModel):
    """A person as one article gives them: fullest name, every surface form, rank, office."""

    model_config = _FROZEN

    name: str
    forms: tuple[Span, ...] = ()
    rank: str | None = None
    role: str | None = None
    role_basis: RoleBasis | None = None
    office: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    role_evidence: Span | None = None


class TimeRef(BaseModel):
    """When a claim happened: an ISO date at some precision, and how it was found."""

    model_config = _FROZEN

    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    precision: DatePrecision | None = None
    basis: DateBasis | None = None
    text: str | None = None
    evidence: Span | None = None


class Stance(BaseModel):
    """A position voiced by `holder` for or against `target`, with the words that voice it."""

    model_config = _FROZEN

    holder: str
    target: str
    polarity: Polarity
    evidence: Span


class Claim(BaseModel):
    """One source's account of one event or statement; `id` derives from its content."""

    model_config = _FROZEN

    id: str
    article: str
    kind: ClaimKind
    who: PersonMention
    met: tuple[PersonMention, ...] = ()
    where: str | None = None
    where_evidence: Span | None = None
    when: TimeRef = TimeRef()
    stance: tuple[Stance, ...] = ()
    evidence: tuple[Span, ...] = ()
    planned: bool = False
    """The text reports the event as planned or expected, not as having happened."""

    @property
    def people(self) -> tuple[PersonMention, ...]:
        """The subject followed by the counterparts."""
        return (self.who, *self.met)


def make_claim_id(article_id: str, kind: ClaimKind, names: list[str], first_offset: int) -> str:
    """A stable claim id from its content: re-running on the same text gives the same id."""
    key = "|".join([kind.value, *sorted(names), str(first_offset)])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{article_id}#{kind.value}-{digest}"
