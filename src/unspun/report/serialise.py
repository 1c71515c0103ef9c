"""The JSON form of a report and its schema."""

from __future__ import annotations

import json as _json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..results import Report

__all__ = ["render_json", "schema"]


def render_json(report: Report, *, indent: int | None = 2, include_texts: bool = True) -> str:
    return _json.dumps(
        report.to_dict(include_texts=include_texts), ensure_ascii=False, indent=indent
    )


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of ``Report.to_dict()`` (draft 2020-12)."""
    text = (resources.files("unspun") / "report" / "schema.json").read_text(encoding="utf-8")
    return _json.loads(text)
