"""A report -> text | json | markdown | html; formatting only."""

from factcheck.render.base import Renderer, render

__all__ = ["Renderer", "render"]
