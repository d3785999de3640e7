"""Component schemas the client never uses: those the document ties only to
bodies the client neither decodes nor encodes.

A body in XML (or another structured raw type) travels as raw text or bytes
(see :mod:`generator.irbuild.skipped`), so the schema describing it is not
used; nor are the schemas of the media types a body offers beside the one the
client picks.  A class for such a schema would be dead code, and misleading:
its JSON ``from_dict`` and ``to_dict`` do not fit an XML wire format (Amazon
EC2's ``DescribeInstancesResult`` reads keys that its XML never has).  EC2
ties 2,606 of its 3,024 component schemas to XML bodies only; building,
rendering and writing their classes was about a third of its generation time.

So those schemas get no class.  A schema stays when anything the client does
use reaches it (a parameter, a decoded body or response, a header, another
kept schema), and so does a schema nothing in the document reaches at all:
without a body to tie it to XML it is part of the API's vocabulary, as usual.

This works on the document before the build, by ``$ref`` alone, as the
builder picks a body's media type (:func:`common.json_or_first`); a schema it
judged wrongly would still be built when the builder meets a reference to it.
"""

from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import unquote

from .. import media
from .common import HTTP_METHODS, json_or_first, unescape

_SCHEMAS = "#/components/schemas/"


def unused_schemas(doc: dict[str, Any]) -> frozenset[str]:
    """The keys of ``components/schemas`` that only undecoded bodies use."""
    components = doc.get("components")
    components = components if isinstance(components, dict) else {}
    schemas = components.get("schemas")
    if not isinstance(schemas, dict) or not schemas:
        return frozenset()
    raw: set[str] = set()  # reached from bodies the client does not decode
    used: set[str] = set()  # reached from anything else
    for body, decodes in _bodies(doc, components):
        _media_refs(body, decodes, raw, used)
    if not raw:  # the usual case: no XML bodies, nothing more to walk
        return frozenset()
    for key, value in doc.items():
        if key not in ("paths", "webhooks", "components"):
            _refs(value, used)
    for key, value in components.items():
        if key not in ("schemas", "requestBodies", "responses"):
            _refs(value, used)
    for owner in _operations_and_items(doc):
        for key, value in owner.items():
            if key not in ("requestBody", "responses"):
                _refs(value, used)
    graph = {key: _refs(value, set()) for key, value in schemas.items()}
    reached = _closure(raw | used, graph)
    vocabulary = set(schemas) - reached  # reached by nothing: kept, as any schema
    return frozenset(_closure(raw, graph) - _closure(used | vocabulary, graph))


def _operations(doc: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    """(section, operation) for every operation of the paths and webhooks."""
    for section in ("paths", "webhooks"):
        items = doc.get(section)
        for item in (items if isinstance(items, dict) else {}).values():
            for method in HTTP_METHODS:
                op = item.get(method) if isinstance(item, dict) else None
                if isinstance(op, dict):
                    yield section, op


def _operations_and_items(doc: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every path item and webhook (its keys but the operations), and every operation."""
    for section in ("paths", "webhooks"):
        items = doc.get(section)
        for item in (items if isinstance(items, dict) else {}).values():
            if isinstance(item, dict):
                yield {k: v for k, v in item.items() if k not in HTTP_METHODS}
    for _, op in _operations(doc):
        yield op


def _bodies(doc: dict[str, Any], components: dict[str, Any]) -> Iterable[tuple[Any, Any]]:
    """Each request body and response, and which media types of its
    ``content`` the client decodes: a function of (chosen media type)."""
    for section, op in _operations(doc):
        # A webhook's payload is decoded only as JSON (irbuild/bodies).
        yield op.get("requestBody"), _webhook if section == "webhooks" else _request
        responses = op.get("responses")
        for response in (responses if isinstance(responses, dict) else {}).values():
            yield response, _response
    for key, decodes in (("requestBodies", _request), ("responses", _response)):
        shared = components.get(key)
        for body in (shared if isinstance(shared, dict) else {}).values():
            yield body, decodes


def _request(chosen: str) -> bool:
    return media.content_kind(chosen) != "raw"


def _response(chosen: str) -> bool:
    return media.is_json(chosen) or media.is_event_stream(chosen)


def _webhook(chosen: str) -> bool:
    return media.is_json(chosen)


def _media_refs(body: Any, decodes: Any, raw: set[str], used: set[str]) -> None:
    """Sort the references of ``body``'s media types' schemas into ``raw`` and
    ``used``; everything else of the body (headers, links) is ``used``.  A
    ``$ref`` body is a shared one, looked at where it is defined."""
    if not isinstance(body, dict) or "$ref" in body:
        return
    content = body.get("content")
    _refs({k: v for k, v in body.items() if k != "content"}, used)
    if not isinstance(content, dict) or not content:
        return
    chosen = json_or_first(content)
    for kind, media_object in content.items():
        if not isinstance(media_object, dict):
            continue
        schemas = {k: media_object[k] for k in ("schema", "itemSchema") if k in media_object}
        _refs(schemas, used if kind == chosen and decodes(chosen) else raw)
        _refs({k: v for k, v in media_object.items() if k not in schemas}, used)


def _refs(node: Any, found: set[str]) -> set[str]:
    """Add the component schema each ``$ref`` under ``node`` points into."""
    stack = [node]
    pop, push = stack.pop, stack.append
    while stack:
        value = pop()
        if type(value) is dict:
            ref = value.get("$ref")
            if type(ref) is str and ref.startswith(_SCHEMAS):
                found.add(_component(ref))
            value = value.values()
        elif type(value) is not list:
            continue
        for item in value:
            if type(item) is dict or type(item) is list:
                push(item)
    return found


def _component(ref: str) -> str:
    """The key of the component schema ``#/components/schemas/Key/...`` names."""
    part = ref[len(_SCHEMAS) :].split("/", 1)[0]
    return unescape(unquote(part) if "%" in part else part)


def _closure(roots: Iterable[str], graph: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        key = stack.pop()
        if key in seen or key not in graph:
            continue
        seen.add(key)
        stack.extend(graph[key])
    return seen
