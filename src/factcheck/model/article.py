"""An article as loaded: its text and what is known of where it came from."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Article(BaseModel):
    """One news article; evidence spans in claims are character offsets into `text`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    dateline_place: str | None = None
