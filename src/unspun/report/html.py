"""A self-contained HTML report: suspect and source side by side, coloured by label.

Every piece of article text goes through Jinja2's autoescaping; the page loads nothing
from the network (inline CSS, a few lines of inline script for cross-highlighting).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .._text import counted, source_limit_line
from ..results import Report

__all__ = ["render_html"]


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("unspun", "report/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["counted"] = counted  # {{ n | counted("word") }}: "1 word", "2 words"
    environment.tests["web_link"] = is_web_link  # {% if url is web_link %}
    environment.filters["bdi"] = bdi  # {{ article_text | bdi }}
    environment.filters["source_limit_line"] = source_limit_line  # the terminal's wording
    return environment


def bdi(text: object) -> Markup:
    """Text escaped and isolated in a <bdi>: its direction is its own (Arabic or Hebrew
    reads right to left), and a bidi control in it (U+202E, say) cannot reorder the labels
    and links around it."""
    return Markup("<bdi>") + escape(text) + Markup("</bdi>")


def is_web_link(url: object) -> bool:
    """True for an http(s) URL safe to put in an href: no javascript: or data: links, and
    nothing a browser would strip (whitespace, control characters) to make it one."""
    if not isinstance(url, str) or any(c.isspace() or ord(c) < 32 or c == "\x7f" for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed IPv6 host, say
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _source_view(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Per source: its metadata and its sentences with which suspect sentences use them, or
    why omitted."""
    used_by: dict[tuple[str, int], list[int]] = {}
    for finding in data["findings"]:
        for j in finding["source_indices"]:
            used_by.setdefault((finding["source_id"], j), []).append(finding["index"])
    omitted: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for o in data["omissions"]:
        omitted.setdefault((o["source_id"], o["index"]), []).append(o)
    uses = {s["id"]: s for s in data["sources"]}
    views = []
    for k, (source_id, source) in enumerate(data.get("source_texts", {}).items()):
        sentences = []
        for j, (start, end, role) in enumerate(source["sentences"]):
            marks = omitted.get((source_id, j), [])
            whole = [m for m in marks if m["start"] == start and m["end"] == end]
            sentences.append(
                {
                    "index": j,
                    "text": source["text"][start:end],
                    "role": role,
                    "used_by": used_by.get((source_id, j), []),
                    "omitted": whole[0]["kind"] if whole else None,
                    # inside a sentence left out whole: the attributions and credits
                    # it takes with it
                    "dropped": [m for m in marks if m not in whole]
                    + [p for m in whole for p in m.get("parts", [])],
                }
            )
        views.append(
            {"id": source_id, "k": k, "use": uses.get(source_id, {}), "sentences": sentences}
        )
    return views


def _flags(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentences an editor must look at: altered, or added with a type (a fabrication,
    filler, caption or camera line; not a metadata line, nor a sentence with no source)."""
    return [
        f
        for f in data["findings"]
        if f["label"] == "altered" or f["added_type"] not in (None, "unsourced")
    ]


def render_html(report: Report) -> str:
    from .. import __version__  # here, not at the top: unspun/__init__ sets it after imports

    data = report.to_dict(include_texts=True)
    source_index = {sid: k for k, sid in enumerate(data.get("source_texts", {}))}
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=data,
        sources=_source_view(data),
        source_index=source_index,
        flags=_flags(data),
        version=__version__,
        made=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
