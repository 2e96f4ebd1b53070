"""The HTML report: one self-contained page, readable without scripts, filtered with one."""

from factcheck.render.html.page import render_html

__all__ = ["render_html"]
