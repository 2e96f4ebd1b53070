"""Article -> claims: people and their titles, events, places, dates and stances."""

from factcheck.extract.extractor import Extractor, RuleExtractor, extract_claims

__all__ = ["Extractor", "RuleExtractor", "extract_claims"]
