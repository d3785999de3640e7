"""Classifying media types, shared by the builder and the targets' hooks, so
every part of the generator agrees on what counts as JSON, a form or raw bytes."""

from __future__ import annotations

from typing import Optional


def base(content_type: Optional[str]) -> str:
    """``application/json; charset=utf-8`` -> ``application/json``; none means JSON."""
    return (content_type or "application/json").split(";")[0].strip().lower()


def is_json(content_type: Optional[str]) -> bool:
    kind = base(content_type)
    return kind == "application/json" or kind.endswith("+json") or kind == "*/*"


def is_form(content_type: Optional[str]) -> bool:
    return base(content_type) in ("application/x-www-form-urlencoded", "multipart/form-data")


def is_text(content_type: Optional[str]) -> bool:
    kind = base(content_type)
    return kind.startswith("text/") or kind.endswith(
        ("/xml", "+xml", "/yaml", "/csv", "/javascript")
    )


def content_kind(content_type: Optional[str]) -> str:
    """How a body travels: ``json``, ``form``, ``multipart`` or ``raw``."""
    kind = base(content_type)
    if kind == "application/x-www-form-urlencoded":
        return "form"
    if kind.startswith("multipart/"):
        return "multipart"
    return "json" if is_json(kind) else "raw"
