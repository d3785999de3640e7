"""Request parameters: OpenAPI's serialization styles for query, path, header
and cookie values, path expansion and ``multipart/form-data`` parts.

Path values are encoded as one segment each, so no value can add a segment or
climb out of its own (``..``).
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping
from urllib.parse import quote

from ._decoding import encode
from ._types import Unset


@dataclass(frozen=True)
class Styled:
    """A parameter value with a serialization other than the default for its
    location (OpenAPI ``style``/``explode``); plain values use the defaults."""

    value: Any
    style: str
    explode: bool


# What quote(..., safe="") leaves as it is.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


def _unstyle(value: Any, style: str, explode: bool) -> tuple[Any, str, bool]:
    if isinstance(value, Styled):
        value, style, explode = value.value, value.style, value.explode
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    return value, style, explode


def _pairs(value: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (str(k), _scalar(v)) for k, v in value.items() if v is not None and not isinstance(v, Unset)
    ]


def query_pairs(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters as (key, value) pairs: unset ones dropped, booleans as
    ``true``/``false``, arrays and objects serialized per their style."""
    result: list[tuple[str, str]] = []
    for name, raw in values.items():
        value, style, explode = _unstyle(raw, "form", True)
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, Mapping):
            pairs = _pairs(value)
            if style == "deepObject":
                result += [(f"{name}[{k}]", v) for k, v in pairs]
            elif explode:
                result += pairs
            else:
                joined = _DELIMITERS.get(style, ",").join(part for pair in pairs for part in pair)
                result.append((name, joined))
        elif isinstance(value, (list, tuple)):
            texts = [_scalar(v) for v in value]
            if explode and style == "form":
                result += [(name, text) for text in texts]
            else:
                result.append((name, _DELIMITERS.get(style, ",").join(texts)))
        else:
            result.append((name, _scalar(value)))
    return result


def simple_value(raw: Any, escape: Callable[[str], str] = str) -> str:
    """Path, header and cookie values (``simple`` style): arrays comma-joined,
    objects as ``k,v,k2,v2`` (or ``k=v,k2=v2`` when exploded).  ``escape``
    applies to each key and value, not to the separators."""
    value, _, explode = _unstyle(raw, "simple", False)
    if isinstance(value, Mapping):
        pairs = [(escape(k), escape(v)) for k, v in _pairs(value)]
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
    if isinstance(value, (list, tuple)):
        return ",".join(escape(_scalar(v)) for v in value)
    return escape(_scalar(value))


def simple_values(values: Mapping[str, Any]) -> dict[str, str]:
    """Header or cookie values; unset ones (also inside ``Styled``) are left out."""
    result: dict[str, str] = {}
    for key, raw in values.items():
        value = raw.value if isinstance(raw, Styled) else raw
        if value is not None and not isinstance(value, Unset):
            result[key] = simple_value(raw)
    return result


def _quote_segment(text: str) -> str:
    """A path value as one segment: ``/`` and everything else reserved is
    encoded, and a value of ``.`` or ``..`` becomes ``%2E`` / ``%2E%2E`` so it
    cannot climb out of its segment (``/apps/x/..`` is ``/apps/``)."""
    if text == "." or text == "..":
        return text.replace(".", "%2E")
    return quote(text, safe="")


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with each ``{name}`` replaced by its value in the value's
    style (``simple``, ``label`` or ``matrix``), every key and value encoded
    as part of one segment."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", path_value(name, value))
    return template


def path_value(name: str, raw: Any) -> str:
    """One path value per RFC 6570, which OpenAPI's path styles follow:
    ``simple`` ``blue,black``; ``label`` ``.blue,black`` (exploded
    ``.blue.black``); ``matrix`` ``;color=blue,black`` (exploded
    ``;color=blue;color=black``, objects ``;R=100;G=200``)."""
    if type(raw) is str and _UNRESERVED.fullmatch(raw) and raw not in (".", ".."):
        return raw  # the common case: nothing to style or encode
    value, style, explode = _unstyle(raw, "simple", False)
    if style not in ("label", "matrix"):
        return simple_value(raw, _quote_segment)
    lead, key = (".", "") if style == "label" else (";", _quote_segment(name))
    if isinstance(value, Mapping):
        pairs = [(_quote_segment(k), _quote_segment(v)) for k, v in _pairs(value)]
        if explode:
            return "".join(f"{lead}{k}={v}" for k, v in pairs)
        texts = [part for pair in pairs for part in pair]
    elif isinstance(value, (list, tuple)):
        texts = [_quote_segment(_scalar(v)) for v in value]
        if explode:
            return "".join(f"{lead}{key}={t}" if key else f"{lead}{t}" for t in texts)
    else:
        texts = [_quote_segment(_scalar(value))]
    joined = ",".join(texts)
    if not key:
        return lead + joined
    return f"{lead}{key}={joined}" if joined else f"{lead}{key}"


def multipart_parts(values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """``multipart/form-data`` parts for requests: bytes and open files become
    file parts (a ``(filename, content[, content_type])`` tuple is passed on as
    is), everything else a plain field."""
    if not isinstance(values, Mapping):
        kind = type(values).__name__
        raise TypeError(f"a multipart body is a mapping of part names to values, not {kind}")
    parts: list[tuple[str, Any]] = []
    for name, value in values.items():
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, tuple):
            parts.append((name, value))
        elif isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
            filename = os.path.basename(str(getattr(value, "name", "") or "")) or name
            parts.append((name, (filename, value)))
        elif isinstance(value, (Mapping, list)) or hasattr(value, "to_dict"):
            parts.append((name, (None, json.dumps(encode(value)), "application/json")))
        else:
            parts.append((name, (None, _scalar(value))))
    return parts


_DOT_SEGMENT = re.compile(r"(?<=/)\.\.?(?=[/?#]|$)")


def protect_dot_segments(url: str) -> str:
    """``url`` with every ``.`` or ``..`` path segment as ``%2E`` / ``%2E%2E``.

    ``expand_path`` encodes a path value of ``.`` or ``..`` that way, but
    requests decodes ``%2E`` back to ``.`` while preparing the URL (it is an
    unreserved character) and urllib3 would then resolve ``/apps/x/..`` to
    ``/apps/``: ``get_app("..")`` would ask for ``GET /``.  The session's auth
    runs after that step, on every prepared request, so it encodes them again
    here.  Literal dot segments of the URL were already resolved by requests
    before it decoded ``%2E``, so any left came from a value.
    """
    base, mark, rest = url.partition("?")
    scheme, slashes, after = base.partition("://")
    host, slash, path = after.partition("/")
    path = _DOT_SEGMENT.sub(lambda m: m.group().replace(".", "%2E"), slash + path)
    return scheme + slashes + host + path + mark + rest
