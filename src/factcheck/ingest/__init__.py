"""Files, JSON records and stdin -> Article."""

from factcheck.ingest.html import parse_html_article
from factcheck.ingest.loader import ArticleReader, LoadResult, load_articles, read_file
from factcheck.ingest.reference import load_reference
from factcheck.ingest.text import parse_text_article

__all__ = [
    "ArticleReader",
    "LoadResult",
    "load_articles",
    "load_reference",
    "parse_html_article",
    "parse_text_article",
    "read_file",
]
