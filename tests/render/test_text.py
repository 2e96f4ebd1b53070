from __future__ import annotations

from factcheck import Article, Report, extract_claims, reconcile, render
from factcheck.render.text import terminal_safe


def test_colour_only_when_asked(seed_report: Report) -> None:
    plain = render(seed_report, "text")
    coloured = render(seed_report, "text", color=True)
    assert "\x1b" not in plain
    assert "\x1b[33m[WARNING]\x1b[0m role_mismatch: Mohammad Bagheri" in coloured
    assert coloured.replace("\x1b[33m", "").replace("\x1b[36m", "").replace("\x1b[0m", "") == plain


def test_escape_sequences_from_articles_are_neutralised() -> None:
    text = "President Ana \x1b[2J\x1b]0;owned\x07Lima met Prime Minister Ivo Sena in Lisbon."
    article = Article(id="tty\x1b[31m", text=text)
    report = reconcile(extract_claims(article).claims, [article])
    for colour in (False, True):
        out = render(report, "text", color=colour)
        assert "\x1b[2J" not in out and "\x07" not in out and "\x1b[31m" not in out
    assert terminal_safe("a\x1bb\tc\nd") == "a\ufffdb\tc\nd"
