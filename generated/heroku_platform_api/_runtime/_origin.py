"""Origins: whether a URL is on the API's own scheme, host and port.

A next-page link comes from the server's response; the client follows one only
on the origin of its ``base_url``, so credentials never go anywhere else.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
Origin = tuple[str, str, Optional[int]]


def same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` has the scheme, host and port of ``base_url``."""
    found = origin(url)
    return bool(found[0] and found[1]) and found == origin(base_url)


def origin(url: str) -> Origin:
    """(scheme, host, port) of ``url``, the default port made explicit;
    ("", "", None) for a port that is not a number or a broken IPv6 literal.

    Every call asks this of its URL, so it is parsed once per scheme and
    authority: what follows them (the first ``/``, ``?`` or ``#``) cannot
    change the answer."""
    start = url.find("://") + 3
    if start < 3:
        return _origin(url)
    end = len(url)
    for mark in "/?#":
        found = url.find(mark, start)
        if 0 <= found < end:
            end = found
    return _known_origin(url[:end])


def _origin(url: str) -> Origin:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ("", "", None)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), port or DEFAULT_PORTS.get(scheme)


_known_origin = lru_cache(maxsize=256)(_origin)
