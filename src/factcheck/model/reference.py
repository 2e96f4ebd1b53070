"""A reference table of who held which office when, to check role claims against."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class OfficeTerm(BaseModel):
    """One person's term in one office; open-ended when `start` or `end` is None."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: str = Field(min_length=1)
    office: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None

    def covers(self, day: dt.date) -> bool:
        """True when the term includes `day`."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)
