"""Request bodies sent as they are read: a path or an open binary file is
streamed from disk (never read whole into memory) with a ``Content-Length``
(requests takes it from the file's size and position); an iterator of
chunks is sent with ``Transfer-Encoding: chunked``, its size being unknown.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Optional

from ._types import AsyncRawBody


def upload_body(
    content: Optional[AsyncRawBody],
) -> tuple[Optional[AsyncRawBody], Optional[BinaryIO]]:
    """(what to send, the file opened here to close after sending: None when
    the caller owns it).  Text is sent as UTF-8."""
    if isinstance(content, str):
        return content.encode("utf-8"), None
    if isinstance(content, os.PathLike):
        opened = open(content, "rb")
        return opened, opened
    return content, None


def start_of(body: object) -> Optional[int]:
    """Where a seekable file body starts (so it can be sent again), else None."""
    seekable = getattr(body, "seekable", None)
    if seekable is not None and seekable():
        return int(body.tell())  # type: ignore[attr-defined]
    return None


def remaining_size(body: BinaryIO) -> Optional[int]:
    """How many bytes a file body has left to send (its Content-Length), or
    None when that cannot be told (a pipe: sent chunked)."""
    try:
        return max(0, os.fstat(body.fileno()).st_size - body.tell())
    except (AttributeError, OSError, ValueError):
        pass
    if start_of(body) is None:
        return None
    here = body.tell()
    end = body.seek(0, os.SEEK_END)
    body.seek(here)
    return end - here


def one_shot(body: object, start: Optional[int]) -> bool:
    """Whether a body can be sent only once: an iterator of chunks, or a file
    that cannot seek back to ``start`` (a pipe).  A retry would send it empty."""
    if body is None or isinstance(body, (bytes, bytearray, str, dict, list, tuple)):
        return False
    return start is None


def resendable(body: object, start: Optional[int], multipart: object) -> bool:
    """Whether a request can be sent a second time (a retry, or an OAuth2 token
    refused with 401 fetched again and the call repeated once): no body, bytes
    and forms can; a file after rewinding it to ``start``; an iterator of chunks,
    or multipart parts that are files, cannot, as they are used up."""
    if multipart is not None and any(
        hasattr(v, "read") for v in getattr(multipart, "values", lambda: ())()
    ):
        return False
    if one_shot(body, start):
        return False
    if start is not None:  # a seekable file (start_of gives None for anything else)
        body.seek(start)  # type: ignore[attr-defined]
    return True
