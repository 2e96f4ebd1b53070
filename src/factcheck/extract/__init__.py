"""Article -> claims: people and their titles, events, places, dates and stances."""

from factcheck.extract.parsed import ModelError, ParseExtractor
from factcheck.extract.protocol import Extractor, extract_claims
from factcheck.extract.registry import DEFAULT_EXTRACTOR, EXTRACTORS, make_extractor

__all__ = [
    "DEFAULT_EXTRACTOR",
    "EXTRACTORS",
    "Extractor",
    "ModelError",
    "ParseExtractor",
    "extract_claims",
    "make_extractor",
]
