"""Request bodies (and webhook payloads): which media type is sent, and whether
the body is offered as one argument or flattened into one argument per field.

An inline JSON or form object is flattened, so a caller writes
``create(name="x")`` rather than building a dict; a form whose schema is a
referenced object is flattened too, since a form is sent field by field.
Everything else (a referenced JSON model, a list, binary data) is one ``body``.
"""

from __future__ import annotations

from typing import Any, Optional, TypeGuard

from .. import ir, media
from ..naming import UniqueNames
from .common import escape, json_or_first, non_json_type, text
from .context import Context
from .schemas import Schemas


def flattenable(schema: Any, content_type: str) -> TypeGuard[dict[str, Any]]:
    """Whether an inline schema's properties become arguments of their own."""
    return (
        (media.is_json(content_type) or media.is_form(content_type))
        and isinstance(schema, dict)
        and "$ref" not in schema
        and bool(schema.get("properties"))
        and not schema.get("additionalProperties")
        and not schema.get("allOf")
    )


def as_arguments(fields: tuple[ir.Field, ...], arguments: UniqueNames) -> tuple[ir.Field, ...]:
    """The writable fields, each renamed to an argument name free in this operation."""
    return tuple(
        ir.Field(**{**f.__dict__, "ident": arguments.claim(f.ident)})
        for f in fields
        if not f.read_only
    )


class Bodies:
    def __init__(self, ctx: Context, schemas: Schemas) -> None:
        self.ctx = ctx
        self.schemas = schemas

    def request_body(
        self, raw: Any, pointer: str, hint: str, arguments: UniqueNames
    ) -> Optional[ir.RequestBody]:
        if raw is None:
            return None
        body, pointer = self.ctx.resolver.deref(raw, pointer)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        content_types = list(content)
        chosen = json_or_first(content)
        media_object = content[chosen] if isinstance(content[chosen], dict) else {}
        media_pointer = f"{pointer}/content/{escape(chosen)}/schema"
        schema = media_object.get("schema")
        name = hint + "Body"
        fields: Optional[tuple[ir.Field, ...]] = None
        if flattenable(schema, chosen):
            inline, _ = self.schemas.fields(schema, media_pointer, name, arguments=True)
            fields = as_arguments(inline, arguments)
            body_type: ir.Type = ir.MapOf(ir.ANY)
        elif media.content_kind(chosen) == "raw":
            # Sent as it is (raw text or bytes): its schema is not used (see irbuild/unused).
            body_type = non_json_type(chosen)
        else:
            body_type = (
                self.schemas.schema_type(schema, media_pointer, name)
                if schema is not None
                else ir.ANY
            )
            if not media.is_json(chosen) and body_type == ir.ANY:
                body_type = ir.Primitive("bytes")
            if media.is_form(chosen) and isinstance(body_type, ir.ModelRef):
                fields = self._form_fields(body_type, arguments)
        return ir.RequestBody(
            content_type=chosen,
            type=body_type,
            required=bool(body.get("required")),
            ident=arguments.claim("body") if fields is None else "body",
            fields=fields,
            description=text(body.get("description")),
            other_content_types=tuple(c for c in content_types if c != chosen),
        )

    def _form_fields(
        self, model_ref: ir.ModelRef, arguments: UniqueNames
    ) -> Optional[tuple[ir.Field, ...]]:
        """A form is sent field by field: offer a referenced (or allOf) object's
        fields as arguments, as for an inline one."""
        model = self.schemas.model_named(model_ref.name)
        if model is None or not model.fields or model.additional is not None:
            return None
        return as_arguments(model.fields, arguments)

    @staticmethod
    def untyped(spec: dict[str, Any], arguments: UniqueNames) -> Optional[ir.RequestBody]:
        """The body of an operation that could not be typed: any JSON, if it has one."""
        if "requestBody" not in spec:
            return None
        return ir.RequestBody("application/json", ir.ANY, False, arguments.claim("body"))

    def payload_type(self, raw: Any, pointer: str, name: str) -> Optional[ir.Type]:
        """The type of a webhook's request body (what the API sends)."""
        body, pointer = self.ctx.resolver.deref(raw, pointer)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        content_type = json_or_first(content)
        media_object = content[content_type] if isinstance(content[content_type], dict) else {}
        if not media.is_json(content_type):
            return non_json_type(content_type)
        schema_pointer = f"{pointer}/content/{escape(content_type)}/schema"
        return self.schemas.schema_type(
            media_object.get("schema"), schema_pointer, name + "WebhookPayload"
        )
