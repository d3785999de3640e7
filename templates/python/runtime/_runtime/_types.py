"""Types every part of the runtime shares: the ``UNSET`` marker and type aliases.

Kept apart so the other modules can import them without importing each other.
"""

from __future__ import annotations

import os
from typing import (
    Any,
    AsyncIterable,
    BinaryIO,
    Callable,
    Iterable,
    Mapping,
    Optional,
    Protocol,
    TypeVar,
    Union,
)

T = TypeVar("T")
Decoder = Callable[[Any], T]
Timeout = Union[None, float, tuple[float, float]]
# A file part: raw bytes, an open binary file, or (filename, content[, content type]).
FileContent = Union[bytes, BinaryIO, tuple[Optional[str], Any], tuple[Optional[str], Any, str]]
# A raw request body: bytes, text, an open binary file or a path (streamed from
# disk, with Content-Length), or an iterator of chunks (streamed, chunked).
RawBody = Union[bytes, str, BinaryIO, "os.PathLike[str]", Iterable[bytes]]
# What AsyncClient's methods take: also chunks from an async source (an async
# generator, a file read with aiofiles), sent as they come (chunked).
AsyncRawBody = Union[RawBody, AsyncIterable[bytes]]


class HttpResponse(Protocol):
    """What the shared code reads of a response, the same in ``requests`` and
    ``httpx``: decoding and error mapping work on either, unchanged."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

    @property
    def url(self) -> Any: ...  # str (requests) or httpx.URL: read it with str()


def reason_of(response: Any) -> str:
    """The status line's reason: ``reason`` in requests, ``reason_phrase`` in httpx."""
    return str(getattr(response, "reason", None) or getattr(response, "reason_phrase", "") or "")


class Unset:
    """Marks an argument the caller did not pass: it is left out of the request.

    ``None`` is different: where the schema allows it, ``None`` is sent as
    JSON ``null`` (for config vars, ``{"KEY": None}`` removes ``KEY``).
    """

    _instance: Optional[Unset] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET = Unset()
