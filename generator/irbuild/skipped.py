"""What the client leaves out of an operation, said once each, by pointer.

A generated client calls operations; it runs no server, so an operation's
``callbacks`` (requests the API sends back) are not generated.  A body in a
structured media type the client cannot encode or decode (XML; a response's
``text/event-stream`` is decoded, event by event) still travels,
as raw text or bytes: the operation stays callable, but the schema that
described the body is not used.  Neither stops the client from being built,
so each becomes a warning (an error under ``--strict``) instead of silence.

These warnings are collected apart from the typing of the operation, so they
never mark it degraded: it is built exactly as it would be without them.
"""

from __future__ import annotations

from typing import Any, Iterator

from .. import media
from .common import escape, json_or_first


def operation_warnings(
    resolver: Any, spec: dict[str, Any], pointer: str
) -> Iterator[tuple[str, str]]:
    """(pointer, message) for each skipped callback and each undecodable
    structured media type of the operation (once per media type)."""
    callbacks = spec.get("callbacks")
    if isinstance(callbacks, dict):
        for name in callbacks:
            yield (
                f"{pointer}/callbacks/{escape(str(name))}",
                f"callback {str(name)!r} not generated: a client receives no requests",
            )
    warned: set[str] = set()
    for where, content in _contents(resolver, spec, pointer):
        chosen = json_or_first(content)
        kind = media.base(chosen)
        if kind in warned or not _structured(chosen, content[chosen]):
            continue
        if media.is_event_stream(chosen) and "/responses/" in where:
            continue  # decoded: its schema types each event's data (irbuild/responses)
        warned.add(kind)
        yield (
            f"{where}/content/{escape(chosen)}",
            f"{kind} is not decoded or encoded by the client: the body travels as raw "
            "text or bytes and its schema is not used",
        )


def _contents(
    resolver: Any, spec: dict[str, Any], pointer: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The request body's and each response's ``content``, with their pointers."""
    body, body_pointer = resolver.deref(spec.get("requestBody"), pointer + "/requestBody")
    if isinstance(body, dict) and isinstance(body.get("content"), dict) and body["content"]:
        yield body_pointer, body["content"]
    responses = spec.get("responses")
    for code, raw in (responses if isinstance(responses, dict) else {}).items():
        response, where = resolver.deref(raw, f"{pointer}/responses/{escape(str(code))}")
        content = response.get("content") if isinstance(response, dict) else None
        if isinstance(content, dict) and content:
            yield where, content


def _structured(content_type: str, media_object: Any) -> bool:
    """Whether a non-JSON body's schema describes structure the client drops:
    XML always; another raw type when its schema is more than a string
    (``format: binary`` downloads and plain text lose nothing)."""
    if media.content_kind(content_type) != "raw":
        return False
    kind = media.base(content_type)
    if kind.endswith(("/xml", "+xml")):
        return True
    schema = media_object.get("schema") if isinstance(media_object, dict) else None
    if not isinstance(schema, dict) or not schema:
        return False
    return schema.get("type") not in ("string", None) or "$ref" in schema or "properties" in schema
