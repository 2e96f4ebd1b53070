"""What an extractor returns for one article: its claims and every person it names."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factcheck.model.article import Article
from factcheck.model.claim import Claim, PersonMention


class Extraction(BaseModel):
    """Claims of one article, and all the people it names (in claims or not)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: str
    claims: tuple[Claim, ...] = ()
    people: tuple[PersonMention, ...] = ()


class ExtractedArticle(BaseModel):
    """One article with what was extracted from it: a line of a claims file (`factcheck
    extract`), and all that reconciliation needs of the article."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: Article
    claims: tuple[Claim, ...] = ()
    people: tuple[PersonMention, ...] = ()
