"""What person finding builds for one article: records of people and references to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from factcheck.extract.roles import Title
from factcheck.extract.tokens import Token
from factcheck.model import RoleBasis
from factcheck.names import fold_token
from factcheck.names.normalize import particles


class RefKind(str, Enum):
    """How a reference names its person."""

    NAME = "name"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"


@dataclass
class PersonRecord:
    """One person of one article, built up as mentions are found."""

    key: int
    tokens: list[Token]
    forms: list[tuple[int, int]] = field(default_factory=list)
    rank: str | None = None
    rank_span: tuple[int, int] | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    office: str | None = None
    role_basis: RoleBasis | None = None
    country: str | None = None
    counterpart_of: int | None = None
    counterpart_country: str | None = None
    gender: str | None = None
    folded: list[str] = field(default_factory=list, init=False, repr=False)

    @property
    def name(self) -> str:
        """The fullest name the article gives."""
        return " ".join(t.text for t in self.tokens)

    def __post_init__(self) -> None:
        self.rename(self.tokens)

    def rename(self, tokens: list[Token]) -> None:
        """Set the name's tokens (a fuller form was found) and their folded forms."""
        self.tokens = tokens
        out = [fold_token(t.text) for t in tokens]
        self.folded = [t for t in out if t and t not in particles()] or out

    def absorb(self, title: Title | None) -> None:
        """Merge what a title says: the most specific rank, the first stated office."""
        if title is None:
            return
        if title.rank and (self.rank is None or len(title.rank) > len(self.rank)):
            self.rank, self.rank_span = title.rank, title.rank_span
        if title.role and (self.office is None and (title.office or self.role is None)):
            self.role, self.role_span, self.office = title.role, title.role_span, title.office
            self.role_basis = RoleBasis.STATED
        if title.country and self.country is None:
            self.country = title.country


@dataclass(frozen=True)
class Ref:
    """One reference to a person in a sentence; token indices are within the sentence."""

    person: int
    sentence: int
    first: int
    last: int
    start: int
    end: int
    kind: RefKind
    governor: str | None


@dataclass
class MentionIndex:
    """Every person of an article and every reference to them, sentence by sentence."""

    people: dict[int, PersonRecord]
    refs: dict[int, list[Ref]]

    def refs_in(self, sentence: int) -> list[Ref]:
        """References in one sentence, in text order."""
        return self.refs.get(sentence, [])
