"""Decoding response bodies into the generated models, and encoding arguments
into JSON.

The generated ``from_dict`` methods are made of these small helpers, so a
response that does not match the schema fails with a ``DecodeError`` naming the
field, never with a ``KeyError`` or ``TypeError`` from deep inside a model.

Replies are decoded tolerantly unless the client or the call asks for
``strict=True``: real servers break their own schemas in small ways (a
``date`` holding a date-time, ``null`` in a non-nullable field, a missing
required field), and one such field should not make the whole reply
unreadable.  A field that does not decode then holds the raw JSON value (its
annotation still names the declared type, the value is what the server sent)
and the package logger warns once per (model, field).  The fast path of every
helper is unchanged; only the failure path looks at the mode.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import logging
import sys
import threading
from types import FrameType
from typing import Any, Mapping, Optional, Sequence, TypeVar

from ._errors import DecodeError
from ._redact import redact_url
from ._types import Decoder, HttpResponse, T, Unset

E = TypeVar("E", bound="OpenEnum")

log = logging.getLogger(__name__.rsplit(".", 2)[0])

# ``tolerant`` is True while ``decode`` decodes a reply the caller did not ask
# to decode strictly; thread-local, so concurrent calls with different modes do
# not see each other's.  Outside a reply (a direct ``Model.from_dict``) it is
# False: decoding the caller's own data stays strict.
_mode = threading.local()
# (model, field) pairs already warned about; bounded so a long-running process
# decoding ever-new keys (additional properties) cannot grow it without end.
_warned: set[tuple[str, str]] = set()
_MAX_WARNED = 4096
# The attribute ``BaseClient.request`` sets on a response: decode it strictly.
STRICT_ATTRIBUTE = "openapi_strict_decoding"


def _model_name() -> str:
    """The model whose ``from_dict`` is decoding the failing field: read from
    the calling frames, only on the failure path, so the hot path need not
    pass the model's name to every helper."""
    frame: Optional[FrameType] = sys._getframe(2)
    for _ in range(8):
        if frame is None:
            break
        if frame.f_code.co_name == "from_dict":
            return str(getattr(frame.f_locals.get("cls"), "__name__", ""))
        frame = frame.f_back
    return ""


def _kept(error: DecodeError, raw: Any) -> Any:
    """``raw`` when decoding tolerantly (warning once per model and field);
    otherwise ``error`` is raised, as strict mode wants."""
    if not getattr(_mode, "tolerant", False):
        raise error from None
    # List indexes left out: one warning for a field, not one per item.
    key = (_model_name(), ".".join(p for p in error.path if not p.startswith("[")))
    if key not in _warned and len(_warned) < _MAX_WARNED:
        _warned.add(key)
        where = f"{key[0]}." if key[0] else ""
        log.warning("%s%s; kept the raw value (strict=True raises instead)", where, error)
    return raw


def loads(content: bytes) -> Any:
    """JSON from the body bytes, decoded strictly as UTF-8 (RFC 8259; a BOM is
    ignored): a body in another encoding is an error, not garbled text."""
    text = content.decode("utf-8")  # "utf-8-sig" would do both, in Python: slower
    return json.loads(text[1:] if text.startswith("\ufeff") else text)


def json_of(response: HttpResponse) -> Any:
    try:
        return loads(response.content)
    except UnicodeDecodeError:
        got: Any = "bytes that are not UTF-8"
    except RecursionError:
        got = "JSON nested too deeply"
    except ValueError:
        got = response.content[:50].decode("utf-8", "replace")
    error = DecodeError("a JSON body", got)
    error.url, error.status = redact_url(str(response.url)), response.status_code
    raise error from None


def decode(response: HttpResponse, decoder: Decoder[T], what: str) -> T:
    """Decode a success body; a mismatch names the field and the URL.  Tolerant
    (see the module's docstring) unless the response was asked for strictly:
    a body that does not match at all (an array for a model) is returned raw.
    A 204 or 205 has no body by definition (RFC 9110), whatever the document
    declares for it: None."""
    if response.status_code in (204, 205) and not response.content:
        return None  # type: ignore[return-value]
    return decode_value(json_of(response), decoder, what, response)


def decode_value(data: Any, decoder: Decoder[T], what: str, response: HttpResponse) -> T:
    """``data`` (JSON from ``response``: its body, or one streamed event's) decoded
    as ``decode`` decodes a body."""
    tolerant = not getattr(response, STRICT_ATTRIBUTE, True)
    outer = getattr(_mode, "tolerant", False)
    _mode.tolerant = tolerant
    try:
        return decoder(data)
    except DecodeError as error:
        if error.url is None:
            error.within(what)
            error.url, error.status = redact_url(str(response.url)), response.status_code
        if tolerant:
            return _kept(error, data)  # type: ignore[no-any-return]
        raise
    except RecursionError:  # a recursive schema and a body nested deeper than the stack
        deep = DecodeError(what, "a value nested too deeply")
        deep.url, deep.status = redact_url(str(response.url)), response.status_code
        raise deep from None
    finally:
        _mode.tolerant = outer


def decode_by_status(
    response: HttpResponse, decoders: Mapping[int, tuple[Decoder[Any], str]]
) -> Any:
    """For operations whose success responses differ by status code."""
    chosen = decoders.get(response.status_code)
    if chosen is None:
        return json_of(response) if response.content else None
    return decode(response, chosen[0], chosen[1])


# The decoders of an operation's declared error bodies, by status key: an
# exact code ("404"), a range ("4XX") or "default".
ErrorDecoders = Mapping[str, tuple[Decoder[Any], str]]


def error_decoder(status: int, decoders: ErrorDecoders) -> Optional[tuple[Decoder[Any], str]]:
    """The decoder the document declares for an error ``status``: its exact
    code first, then its range (``4XX``), then ``default`` (OpenAPI's order)."""
    return (
        decoders.get(str(status)) or decoders.get(f"{status // 100}XX") or decoders.get("default")
    )


def error_data(response: HttpResponse, decoders: ErrorDecoders) -> Any:
    """An error body decoded with its declared schema, tolerantly (a field that
    breaks it keeps its raw value and warns, as success bodies do); None when
    nothing is declared for the status, or the body is empty, not JSON or not
    the declared shape at all.  Never raises: the API's error matters more
    than its body's shape."""
    chosen = error_decoder(response.status_code, decoders)
    if chosen is None or not response.content:
        return None
    outer = getattr(_mode, "tolerant", False)
    _mode.tolerant = True
    try:
        return chosen[0](json_of(response))
    except (DecodeError, RecursionError) as error:
        log.warning("%s error body not decoded as %s: %s", response.status_code, chosen[1], error)
        return None
    finally:
        _mode.tolerant = outer


def expect_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DecodeError("object", value)
    return value


def required(data: Mapping[str, Any], key: str, decoder: Decoder[T]) -> T:
    if key not in data:
        missing = DecodeError("a value (required field is missing)", None, [key])
        return _kept(missing, None)  # type: ignore[no-any-return]
    try:
        return decoder(data[key])
    except DecodeError as error:
        return _kept(error.within(key), data[key])  # type: ignore[no-any-return]


def optional(data: Mapping[str, Any], key: str, decoder: Decoder[T]) -> Optional[T]:
    value = data.get(key)
    if value is None:
        return None
    try:
        return decoder(value)
    except DecodeError as error:
        return _kept(error.within(key), value)  # type: ignore[no-any-return]


# ``optional(data, key, as_str)`` and friends in one call each: most fields of
# most models are optional scalars, and decoding a long list spends its time in
# these calls.


def optional_str(data: Mapping[str, Any], key: str) -> Optional[str]:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    return _kept(DecodeError("string", value, [key]), value)  # type: ignore[no-any-return]


def optional_bool(data: Mapping[str, Any], key: str) -> Optional[bool]:
    value = data.get(key)
    if value is None or isinstance(value, bool):
        return value
    return _kept(DecodeError("boolean", value, [key]), value)  # type: ignore[no-any-return]


def optional_int(data: Mapping[str, Any], key: str) -> Optional[int]:
    value = data.get(key)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return optional(data, key, as_int)  # an integral float, or an error naming the key


def optional_float(data: Mapping[str, Any], key: str) -> Optional[float]:
    value = data.get(key)
    if value is None or isinstance(value, float):
        return value
    return optional(data, key, as_float)


def optional_datetime(data: Mapping[str, Any], key: str) -> Optional[_dt.datetime]:
    value = data.get(key)
    if value is None:
        return None
    parsed = _parse_datetime(value)
    if parsed is None:
        error = DecodeError("date-time string", value, [key])
        return _kept(error, value)  # type: ignore[no-any-return]
    return parsed


def extra(data: Mapping[str, Any], known: frozenset[str], decoder: Decoder[T]) -> dict[str, T]:
    """The keys of ``data`` that are not named fields, decoded."""
    return {
        key: optional_value(value, decoder, key) for key, value in data.items() if key not in known
    }


def optional_value(value: Any, decoder: Decoder[T], where: str) -> T:
    try:
        return decoder(value)
    except DecodeError as error:
        return _kept(error.within(where), value)  # type: ignore[no-any-return]


def _item(value: Any, decoder: Decoder[T], where: str) -> T:
    """An item of an array or map.  Not tolerated here: the field holding the
    container keeps the raw value instead, so the warning names that field."""
    try:
        return decoder(value)
    except DecodeError as error:
        raise error.within(where) from None


def as_str(value: Any) -> str:
    if not isinstance(value, str):
        raise DecodeError("string", value)
    return value


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise DecodeError("integer", value)
    return value


def as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DecodeError("number", value)
    return float(value)


def as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise DecodeError("boolean", value)
    return value


def as_any(value: Any) -> Any:
    return value


def as_none(value: Any) -> None:
    if value is not None:
        raise DecodeError("null", value)


def as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise DecodeError("binary string", value)


def as_datetime(value: Any) -> _dt.datetime:
    parsed = _parse_datetime(value)
    if parsed is None:
        raise DecodeError("date-time string", value)
    return parsed


def _parse_datetime(value: Any) -> Optional[_dt.datetime]:
    """RFC 3339 text as a datetime, None if it is not."""
    if not isinstance(value, str):
        return None
    if value.endswith(_ZULU_TO_REWRITE):
        value = value[:-1] + "+00:00"
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        return None


# RFC 3339 allows "Z" or "z" for UTC.  fromisoformat reads a trailing "Z"
# itself from Python 3.11 on, never a "z"; those are spelled as an offset.
_ZULU_TO_REWRITE = ("z",) if sys.version_info >= (3, 11) else ("Z", "z")


def as_date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise DecodeError("date string", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError("date string", value) from None


def nullable(decoder: Decoder[T]) -> Decoder[Optional[T]]:
    def decode_nullable(value: Any) -> Optional[T]:
        return None if value is None else decoder(value)

    return decode_nullable


def list_of(decoder: Decoder[T]) -> Decoder[list[T]]:
    def decode_list(value: Any) -> list[T]:
        if not isinstance(value, list):
            raise DecodeError("array", value)
        return [_item(item, decoder, f"[{index}]") for index, item in enumerate(value)]

    return decode_list


def dict_of(decoder: Decoder[T]) -> Decoder[dict[str, T]]:
    def decode_dict(value: Any) -> dict[str, T]:
        if not isinstance(value, dict):
            raise DecodeError("object", value)
        return {key: _item(item, decoder, key) for key, item in value.items()}

    return decode_dict


def union_of(*decoders: Decoder[Any]) -> Decoder[Any]:
    """First decoder that accepts the value wins (most specific listed first).
    For a JSON object, the model that names most of its keys wins, so a oneOf
    of models without a discriminator is not always decoded as the first."""

    def decode_union(value: Any) -> Any:
        # The alternatives are tried strictly: a tolerant model accepts any
        # object, and the union would always pick the first.
        outer = getattr(_mode, "tolerant", False)
        _mode.tolerant = False
        try:
            return _pick(value)
        finally:
            _mode.tolerant = outer

    def _pick(value: Any) -> Any:
        best: Any = None
        best_score = -1
        for decoder in decoders:
            try:
                result = decoder(value)
            except DecodeError:
                continue
            if not isinstance(value, dict):
                return result
            score = _named_keys(result, value)
            if score == len(value):
                return result
            if score > best_score:
                best, best_score = result, score
        if best_score < 0:
            raise DecodeError("one of the listed alternatives", value)
        return best

    return decode_union


def _named_keys(result: Any, value: Mapping[str, Any]) -> int:
    """How many keys of ``value`` the decoded ``result`` keeps as named fields."""
    if not hasattr(result, "to_dict"):
        return 0
    extra = getattr(result, "additional_properties", None) or {}
    return sum(1 for key in result.to_dict() if key in value and key not in extra)


def discriminated(
    prop: str, mapping: Mapping[str, Decoder[Any]], fallback: Decoder[Any]
) -> Decoder[Any]:
    """Pick the model by the value of the discriminator property."""

    def decode_discriminated(value: Any) -> Any:
        key = value.get(prop) if isinstance(value, dict) else None
        decoder = mapping.get(key) if isinstance(key, str) else None
        return (decoder or fallback)(value)

    return decode_discriminated


class OpenEnum(enum.Enum):
    """An enum that keeps values it does not know instead of failing.

    APIs add enum values over time; an unknown value decodes to a member
    named ``UNKNOWN`` carrying the value, which round-trips unchanged.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        base = cls._base_type()
        if base is None or not isinstance(value, base) or isinstance(value, bool):
            return None
        member: Any = base.__new__(cls, value)  # type: ignore[arg-type]
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def _base_type(cls) -> Optional[type]:
        for base in cls.__mro__:
            if base in (str, int):
                return base
        return None

    @classmethod
    def decode(cls: type[E], value: Any) -> E:
        base = cls._base_type()
        if base is not None and (not isinstance(value, base) or isinstance(value, bool)):
            raise DecodeError(f"{base.__name__} enum value", value)
        return cls(value)


def encode(value: Any) -> Any:
    """JSON-ready data from models, enums, dates and containers of them."""
    if value is None or isinstance(value, (str, int, float, bool)):
        if isinstance(value, enum.Enum):
            return value.value
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON object of the arguments the caller passed (``UNSET`` ones left out)."""
    return {key: encode(value) for key, value in values.items() if not isinstance(value, Unset)}


def literal_of(*values: Any) -> Decoder[Any]:
    """A decoder accepting exactly ``values`` (a ``Literal[...]``: ``const``, a
    single-value enum); ``1`` is not ``True`` here, as in JSON."""

    def decode(value: Any) -> Any:
        for allowed in values:
            if value == allowed and type(value) is type(allowed):
                return value
        raise DecodeError("one of " + ", ".join(json.dumps(v) for v in values), value)

    return decode


def tuple_of(
    items: Sequence[Decoder[Any]], rest: Optional[Decoder[Any]], exact: bool
) -> Decoder[tuple[Any, ...]]:
    """A decoder of a positional array (``prefixItems``): item ``i`` by ``items[i]``,
    the ones after them by ``rest`` (None: none may follow).  ``exact``: the
    array must hold exactly ``len(items)`` items (its type is ``tuple[A, B]``)."""

    def decode(value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise DecodeError("array", value)
        if (exact and len(value) != len(items)) or (rest is None and len(value) > len(items)):
            size = f"{len(items)} items" if exact else f"at most {len(items)} items"
            raise DecodeError(f"an array of {size}", f"{len(value)} items")
        tail: Decoder[Any] = rest if rest is not None else as_any  # unused: checked above
        return tuple(
            _item(item, items[index] if index < len(items) else tail, f"[{index}]")
            for index, item in enumerate(value)
        )

    return decode
