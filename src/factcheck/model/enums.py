"""Closed vocabularies of the claim model: every one is an enum, never a bare string."""

from __future__ import annotations

from enum import Enum


class ClaimKind(str, Enum):
    """What a claim reports: an in-person meeting or visit, a call, or a statement."""

    MEETING = "meeting"
    VISIT = "visit"
    CALL = "call"
    STATEMENT = "statement"

    @property
    def is_event(self) -> bool:
        """True for contacts between people (meeting, visit, call); False for statements."""
        return self is not ClaimKind.STATEMENT

    @property
    def is_in_person(self) -> bool:
        """True for meetings and visits, which the scorer and the reconciler treat alike."""
        return self in (ClaimKind.MEETING, ClaimKind.VISIT)


class DateBasis(str, Enum):
    """How a claim's date was found."""

    EXPLICIT = "explicit"
    RELATIVE = "relative"
    DATELINE = "dateline"
    INFERRED = "inferred"


class DatePrecision(str, Enum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class RoleBasis(str, Enum):
    """Whether an office is written in the article or inferred (e.g. from 'his counterpart')."""

    STATED = "stated"
    INFERRED = "inferred"


class Polarity(str, Enum):
    """Whether a stance is for or against its target."""

    SUPPORT = "support"
    OPPOSE = "oppose"


class ConflictType(str, Enum):
    """Kinds of disagreement, or of missing detail, between accounts."""

    NAME_VARIANT = "name_variant"
    ROLE_MISMATCH = "role_mismatch"
    RANK_MISMATCH = "rank_mismatch"
    OFFICE_HOLDER_CONFLICT = "office_holder_conflict"
    SUCCESSION = "succession"
    COUNTERPART_MISMATCH = "counterpart_mismatch"
    DATE_MISSING = "date_missing"
    DATE_MISMATCH = "date_mismatch"
    PLACE_MISMATCH = "place_mismatch"
    MODE_MISMATCH = "mode_mismatch"
    STANCE_CONFLICT = "stance_conflict"
    REFERENCE_MISMATCH = "reference_mismatch"


class Severity(str, Enum):
    """How much a conflict matters: info for variants and gaps, error for incompatible facts."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Sort key: higher is more severe."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class OutputFormat(str, Enum):
    """Report formats the renderers produce (csv: a row per conflict value; ftm: followthemoney
    entities as JSON lines)."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
    CSV = "csv"
    FTM = "ftm"
