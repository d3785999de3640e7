"""Origins: whether a URL is on the API's own scheme, host and port.

A next-page link comes from the server's response; the client follows one only
on the origin of its ``base_url``, so credentials never go anywhere else.
"""

from __future__ import annotations

from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def same_origin(url: str, base_url: str) -> bool:
    """Whether ``url`` has the scheme, host and port of ``base_url``."""
    try:
        a, b = urlsplit(url), urlsplit(base_url)
        ports = (a.port or DEFAULT_PORTS.get(a.scheme), b.port or DEFAULT_PORTS.get(b.scheme))
    except ValueError:  # a port that is not a number, a broken IPv6 literal
        return False
    return (
        bool(a.scheme and a.hostname)
        and a.scheme.lower() == b.scheme.lower()
        and (a.hostname or "").lower() == (b.hostname or "").lower()
        and ports[0] == ports[1]
    )
