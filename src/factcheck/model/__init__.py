"""Pure data: the pydantic models and enums every stage exchanges; no I/O, no logic."""

from factcheck.model.article import Article
from factcheck.model.claim import Claim, PersonMention, Span, Stance, TimeRef, make_claim_id
from factcheck.model.enums import (
    ClaimKind,
    ConflictType,
    DateBasis,
    DatePrecision,
    OutputFormat,
    Polarity,
    RoleBasis,
    Severity,
)
from factcheck.model.extraction import Extraction
from factcheck.model.reference import OfficeTerm
from factcheck.model.report import (
    ArticleClaims,
    Conflict,
    Consensus,
    Entity,
    EntityMention,
    EventCluster,
    Report,
    Skipped,
    Support,
)

__all__ = [
    "Article",
    "ArticleClaims",
    "Claim",
    "ClaimKind",
    "Conflict",
    "ConflictType",
    "Consensus",
    "DateBasis",
    "DatePrecision",
    "Entity",
    "EntityMention",
    "EventCluster",
    "Extraction",
    "OfficeTerm",
    "OutputFormat",
    "PersonMention",
    "Polarity",
    "Report",
    "RoleBasis",
    "Severity",
    "Skipped",
    "Span",
    "Stance",
    "Support",
    "TimeRef",
    "make_claim_id",
]
