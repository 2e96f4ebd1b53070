"""A report -> text | json | markdown | html | csv | ftm; formatting only."""

from factcheck.render.base import Renderer, RenderOptions, render

__all__ = ["RenderOptions", "Renderer", "render"]
