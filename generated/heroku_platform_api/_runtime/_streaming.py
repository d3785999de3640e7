"""Reading a response body: in chunks as they arrive, within a size cap and
the call's deadline, so a huge, endless or trickling body cannot exhaust
memory or hold a call forever.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ._errors import DeadlineExceeded, ResponseTooLarge

if TYPE_CHECKING:
    import requests


CHUNK = 64 * 1024


def read_chunks(response: requests.Response, limit: int, expires: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(f"Content-Length {declared} exceeds max_response_bytes ({limit})")
    read = response.raw.read1  # returns what has arrived (at most one read of the socket)
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = read(CHUNK, decode_content=True)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"body exceeds max_response_bytes ({limit})")
        chunks.append(chunk)
        if time.monotonic() > expires:
            raise DeadlineExceeded()
