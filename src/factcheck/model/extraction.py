"""What an extractor returns for one article: its claims and every person it names."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factcheck.model.claim import Claim, PersonMention


class Extraction(BaseModel):
    """Claims of one article, and all the people it names (in claims or not)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: str
    claims: tuple[Claim, ...] = ()
    people: tuple[PersonMention, ...] = ()
