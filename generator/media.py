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


def is_event_stream(content_type: Optional[str]) -> bool:
    return base(content_type) == "text/event-stream"


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


def concrete(content_type: str) -> str:
    """A type a request can be sent as: a media range (``*/*``,
    ``application/*+json``, ``text/*``) is not one, so it becomes the concrete
    type it stands for (``application/json``, ``text/plain``, else
    ``application/octet-stream``); a concrete type is kept as written."""
    kind = base(content_type)
    if "*" not in kind:
        return content_type
    if is_json(kind):
        return "application/json"
    return "text/plain" if kind.startswith("text/") else "application/octet-stream"


def accept(content_types: list[Optional[str]], decoded: Optional[list[bool]] = None) -> str:
    """An ``Accept`` value for responses in ``content_types``: the JSON ones
    first (decoded), then the rest at a lower quality (returned raw), each once;
    ``*/*`` declared for JSON is asked for as ``application/json``, and as
    ``*/*`` where ``decoded`` (one flag per content type) says it is returned raw."""
    json_kinds: list[str] = []
    raw_kinds: list[str] = []
    for index, content_type in enumerate(content_types):
        kind = base(content_type)
        if kind == "*/*" and (decoded is None or decoded[index]):
            kind = "application/json"
        group = json_kinds if is_json(kind) and kind != "*/*" else raw_kinds
        if kind not in group:
            group.append(kind)
    raw = [f"{kind};q=0.5" if json_kinds else kind for kind in raw_kinds]
    return ", ".join(json_kinds + raw)
