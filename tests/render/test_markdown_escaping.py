"""No HTML from the articles passes through the Markdown report: rendered by a real Markdown
library that allows raw HTML, only the report's own tags come out."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import Report, render
from factcheck.render.markdown import escape_markdown

markdown_it = pytest.importorskip("markdown_it")

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "![pic](http://evil.example/x.png)",
    "<a href='http://evil.example'>x</a>",
    "`<b>bold</b>`",
    "``<i>two</i>``",
    "<!-- comment -->",
    "<http://evil.example>",
    "| cell | break |",
    "line\n\n# heading\n<div>block</div>",
    "&lt;already&gt; &#60;u&#62;",
    "*em* _em_ ~~strike~~ \\<s>x</s>",
]
ENUM_KEYS = {"kind", "severity", "type", "basis", "precision", "polarity", "role_basis"}
FIXED_FORMAT = {"date", "country", "published"}  # validated patterns: no room for payloads
OWN_TAGS = {"h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "li"}
OWN_TAGS |= {"strong", "code"}


class Tags(HTMLParser):
    """Every start tag and attribute of an HTML text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}


def _poisoned(value: Any, payload: str, key: str = "") -> Any:
    """`value` with `payload` added to every free-text string in it."""
    if isinstance(value, dict):
        return {k: _poisoned(v, payload, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poisoned(v, payload, key) for v in value]
    if isinstance(value, str) and key not in ENUM_KEYS | FIXED_FORMAT:
        return value + payload
    return value


def _html_of(markdown: str) -> Tags:
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    tags = Tags()
    tags.feed(md.render(markdown))
    return tags


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_tag_from_input_survives(seed_report: Report, payload: str) -> None:
    data = _poisoned(seed_report.model_dump(mode="json"), payload)
    data["skipped"] = [{"source": "seeds/" + payload + ".txt", "line": 3, "reason": payload}]
    hostile = Report.model_validate(data)
    found = _html_of(render(hostile, "markdown"))
    assert found.tags <= OWN_TAGS, found.tags - OWN_TAGS
    assert found.attributes <= {"style"}  # table alignment only


def test_the_clean_report_renders_to_the_same_tags(seed_report: Report) -> None:
    assert _html_of(render(seed_report, "markdown")).tags <= OWN_TAGS


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'`*_[]()!|~\\#-=: \nabc/")), max_size=60))
def test_escaped_text_renders_as_itself(value: str) -> None:
    md = markdown_it.MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    rendered = md.renderInline(escape_markdown(value))
    tags = Tags()
    tags.feed(rendered)
    assert tags.tags == set()
    assert html.unescape(rendered) == re.sub("\n+", " ", value)
