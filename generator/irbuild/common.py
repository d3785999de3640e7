"""Small helpers every part of the build shares (text, JSON pointers, nullability).

They live apart so the concern modules (schemas, operations, bodies, responses)
depend on this one and on :mod:`generator.irbuild.context`, never on each other's
internals.
"""

from __future__ import annotations

from typing import Any

from .. import ir, media

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_PREFIX = "/components/schemas/"


def text(value: Any) -> str:
    """A description-like value as stripped text; anything else as ``""``."""
    return value.strip() if isinstance(value, str) else ""


def escape(key: str) -> str:
    """``key`` as one JSON pointer segment (``/`` -> ``~1``, ``~`` -> ``~0``)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def maybe_null(t: ir.Type, nullable: bool) -> ir.Type:
    """``t`` or ``Nullable(t)``; ``Any`` already admits null, so it is never wrapped."""
    if not nullable or isinstance(t, ir.Nullable) or t == ir.ANY:
        return t
    return ir.Nullable(t)


def primitive_of_value(value: Any) -> ir.Type:
    """The type of a literal (a ``const`` or an enum's values)."""
    if isinstance(value, bool):
        return ir.Primitive("bool")
    if isinstance(value, int):
        return ir.Primitive("int")
    if isinstance(value, float):
        return ir.Primitive("float")
    if isinstance(value, str):
        return ir.Primitive("str")
    return ir.ANY


def non_json_type(content_type: str) -> ir.Type:
    """Text comes back as ``str``, everything else (images, archives...) as ``bytes``."""
    return ir.Primitive("str" if media.is_text(content_type) else "bytes")


def json_or_first(content: dict[str, Any]) -> str:
    """The media type a body or response is typed by: the first JSON one with
    a schema, else the first JSON one, else the first.  (Zuora gives its errors
    an ``application/json`` with examples only, then the schema under
    ``application/json; charset=utf-8``.)"""
    kinds = [c for c in content if media.is_json(c)]
    for kind in kinds:
        if isinstance(content[kind], dict) and "schema" in content[kind]:
            return kind
    return kinds[0] if kinds else next(iter(content))
