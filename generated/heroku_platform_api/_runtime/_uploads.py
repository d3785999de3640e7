"""Request bodies sent as they are read: a path or an open binary file is
streamed from disk (never read whole into memory) with a ``Content-Length``
(requests takes it from the file's size and position); an iterator of
chunks is sent with ``Transfer-Encoding: chunked``, its size being unknown.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Optional

from ._types import RawBody


def upload_body(content: Optional[RawBody]) -> tuple[Optional[RawBody], Optional[BinaryIO]]:
    """(what to send, the file opened here to close after sending: None when
    the caller owns it).  Text is sent as UTF-8."""
    if isinstance(content, str):
        return content.encode("utf-8"), None
    if isinstance(content, os.PathLike):
        opened = open(content, "rb")
        return opened, opened
    return content, None
