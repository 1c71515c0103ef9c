"""Renderers of a :class:`~unspun.results.Report`: JSON (the contract), terminal, HTML.

Every renderer reads ``report.to_dict()``, the form ``schema.json`` describes, so what a
reader of the HTML page sees is exactly what the JSON says.
"""

from __future__ import annotations

from .html import render_html
from .serialise import render_json, schema
from .terminal import render_terminal

__all__ = ["render_html", "render_json", "render_terminal", "schema"]
