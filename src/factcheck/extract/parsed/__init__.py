"""Extraction on a dependency parse: spaCy finds the structure, the lexicons read it."""

from factcheck.extract.parsed.extractor import ParseExtractor
from factcheck.extract.parsed.pipeline import ModelError, load_pipeline

__all__ = ["ModelError", "ParseExtractor", "load_pipeline"]
