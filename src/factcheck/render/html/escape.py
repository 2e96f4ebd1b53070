"""Escaping for the page: every string that came from an article goes through here."""

from __future__ import annotations

import html
from urllib.parse import urlsplit


def text(value: object) -> str:
    """`value` as HTML text or attribute content: & < > " ' escaped."""
    return html.escape(str(value), quote=True)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL escaped for an href, or None for any other scheme (javascript:, data:)
    or no URL; only such links leave the page."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return text(url.strip()) if scheme in ("http", "https") else None


def external_link(url: str | None, label: str) -> str:
    """A link to a source's own page, or '' when it has no http(s) URL."""
    href = safe_url(url)
    if href is None:
        return ""
    return f'<a class="source-link" href="{href}" rel="noopener noreferrer">{text(label)}</a>'
