"""factcheck: claim-level cross-checking of news articles about the same events."""

from factcheck.errors import ArticleError, FactcheckError, FormatError, ReferenceTableError
from factcheck.extract import Extractor, ParseExtractor, extract_claims
from factcheck.ingest import LoadResult, load_articles, load_reference
from factcheck.model import (
    Article,
    Claim,
    ClaimKind,
    Conflict,
    ConflictType,
    Entity,
    EventCluster,
    Extraction,
    OfficeTerm,
    OutputFormat,
    PersonMention,
    Report,
    Severity,
    Skipped,
    Span,
    Stance,
    TimeRef,
)
from factcheck.model.extraction import ExtractedArticle
from factcheck.names import NameMatch, match_names
from factcheck.pipeline import check, extract_articles, reconcile_extracted
from factcheck.reconcile import reconcile
from factcheck.render import render
from factcheck.stream import read_claims, write_claims

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Claim",
    "ClaimKind",
    "Conflict",
    "ConflictType",
    "Entity",
    "EventCluster",
    "ExtractedArticle",
    "Extraction",
    "Extractor",
    "FactcheckError",
    "FormatError",
    "LoadResult",
    "NameMatch",
    "OfficeTerm",
    "OutputFormat",
    "ParseExtractor",
    "PersonMention",
    "ReferenceTableError",
    "Report",
    "Severity",
    "Skipped",
    "Span",
    "Stance",
    "TimeRef",
    "check",
    "extract_articles",
    "extract_claims",
    "load_articles",
    "load_reference",
    "match_names",
    "read_claims",
    "reconcile",
    "reconcile_extracted",
    "render",
    "write_claims",
]
