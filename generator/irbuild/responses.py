"""Responses: one per status code, typed by its JSON (or first) media type.

Naming is the only subtle part: the success type is ``<Op>Response``, or
``<Op>Response201`` when several success codes carry content, and error
bodies are ``<Op>Error404``/``<Op>ErrorDefault``, so each inline schema gets a
stable name that says where it came from.
"""

from __future__ import annotations

from typing import Any, Optional

from .. import ir, media
from ..naming import pascal
from .common import escape, json_or_first, non_json_type, text
from .context import Context
from .schemas import Schemas


def type_suffix(code: str, typed_success: int) -> str:
    """The suffix naming a response's inline type (see the module docstring)."""
    if not code.startswith("2"):
        return f"Error{pascal(code) or 'Default'}"
    return "Response" if typed_success <= 1 else f"Response{code}"


class Responses:
    def __init__(self, ctx: Context, schemas: Schemas) -> None:
        self.ctx = ctx
        self.schemas = schemas

    def responses(self, raw: dict[str, Any], pointer: str, hint: str) -> tuple[ir.Response, ...]:
        typed_success = sum(1 for code, r in raw.items() if self._typed_success(code, r, pointer))
        result = []
        for code, value in raw.items():
            code = str(code)
            response, response_pointer = self.ctx.resolver.deref(value, f"{pointer}/{escape(code)}")
            if not isinstance(response, dict):
                continue
            content = response.get("content") or {}
            content_type: Optional[str] = None
            rtype: Optional[ir.Type] = None
            if isinstance(content, dict) and content:
                content_type = json_or_first(content)
                name = hint + type_suffix(code, typed_success)
                rtype = self._content_type(content, content_type, response_pointer, name)
            result.append(
                ir.Response(
                    status=code,
                    description=text(response.get("description")),
                    content_type=content_type,
                    type=rtype,
                    headers=tuple(str(h) for h in (response.get("headers") or {})),
                    events=media.is_event_stream(content_type) and rtype is not None,
                )
            )
        return tuple(result)

    def _typed_success(self, code: Any, raw: Any, pointer: str) -> bool:
        if not str(code).startswith("2"):
            return False
        response = self.ctx.resolver.deref(raw, pointer)[0]
        return isinstance(response, dict) and bool(response.get("content"))

    def _content_type(
        self, content: dict[str, Any], content_type: str, pointer: str, name: str
    ) -> ir.Type:
        media_object = content.get(content_type) or {}
        schema = media_object.get("schema") if isinstance(media_object, dict) else None
        if media.is_event_stream(content_type) and isinstance(media_object, dict):
            return self._event_data(media_object, f"{pointer}/content/{escape(content_type)}", name)
        if not media.is_json(content_type):
            return non_json_type(content_type)
        if schema is None:
            return ir.ANY
        return self.schemas.schema_type(
            schema, f"{pointer}/content/{escape(content_type)}/schema", name
        )

    def _event_data(self, media_object: dict[str, Any], pointer: str, name: str) -> ir.Type:
        """The type of one event's data in a ``text/event-stream``.

        OpenAPI 3.2's ``itemSchema`` describes one event: when it has a ``data``
        property, that property's ``contentSchema`` types the data (JSON), and
        a ``data`` without one is text; an ``itemSchema`` without ``data``
        types the data itself.  Before 3.2 a ``schema`` that is not a string
        is read as the data's schema; a string one (the whole stream as text),
        or none, gives text events."""
        item = media_object.get("itemSchema")
        if isinstance(item, dict):
            item, pointer = self.ctx.resolver.deref(item, f"{pointer}/itemSchema")
            properties = item.get("properties") if isinstance(item, dict) else None
            data = properties.get("data") if isinstance(properties, dict) else None
            if isinstance(data, dict):
                content = data.get("contentSchema")
                if content is None:
                    return ir.Primitive("str")
                where = f"{pointer}/properties/data/contentSchema"
                return self.schemas.schema_type(content, where, name + "Data")
            return self.schemas.schema_type(item, pointer, name + "Data")
        schema = media_object.get("schema")
        if not isinstance(schema, dict):
            return ir.Primitive("str")
        resolved = self.ctx.resolver.deref(schema, f"{pointer}/schema")[0]
        typed = isinstance(resolved, dict) and resolved.get("type") not in ("string", None)
        if not typed and not (isinstance(resolved, dict) and "properties" in resolved):
            return ir.Primitive("str")
        return self.schemas.schema_type(schema, f"{pointer}/schema", name + "Data")

    @staticmethod
    def untyped() -> tuple[ir.Response, ...]:
        """The responses of an operation that could not be typed: any JSON."""
        return (ir.Response("200", "", "application/json", ir.ANY),)
