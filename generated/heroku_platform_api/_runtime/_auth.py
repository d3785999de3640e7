"""Credentials: where the API token comes from, and the header that carries it.

The token is looked up on the first call, not when the client is built, so
constructing a client never fails for want of one.  The places looked in are
the client's configuration: the ``token=`` argument, then the environment
variable ``TOKEN_ENV`` names (if any), then, only when ``USE_NETRC`` is on, the
netrc entry of the API host.  A token is never part of a repr, log line or
exception message.
"""

from __future__ import annotations

import netrc
import os
import re
import threading
from typing import TYPE_CHECKING, Optional

from ._errors import InvalidCredentials, MissingCredentials
from ._params import protect_dot_segments

if TYPE_CHECKING:
    import requests

_UNSENDABLE = re.compile(r"[^\x20-\x7e]")


def checked_token(token: str, source: str) -> str:
    """``token`` without surrounding whitespace, or InvalidCredentials naming
    ``source`` (never the token) when it cannot go into a header."""
    token = token.strip()
    if _UNSENDABLE.search(token):
        raise InvalidCredentials(
            f"the API token from {source} contains a control character, line break or "
            "non-ASCII character; it was not sent"
        )
    return token


def token_from_netrc(host: str) -> tuple[Optional[str], str]:
    """The password of ``host`` in ``$NETRC`` or ``~/.netrc``, as ``curl -n`` uses
    it, and where it was looked for (to name in ``MissingCredentials``)."""
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None, f"{path} (not found)"
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        return None, f"{path} (unreadable: {type(exc).__name__})"
    if entry is None or not entry[2]:
        return None, f"{path} (no entry for {host})"
    return entry[2], path


class Credentials:
    """The token of one client: resolved and checked once, on first use
    (surrounding whitespace stripped, a token that cannot go into a header
    refused with ``InvalidCredentials``), then reused by every call."""

    def __init__(self, token: Optional[str], env: str, use_netrc: bool, host: str) -> None:
        self._given = token
        self._env = env
        self._use_netrc = use_netrc
        self._host = host
        self._token: Optional[str] = None
        self._lock = threading.Lock()

    @property
    def known(self) -> bool:
        """Whether a token was given or has been found (for reprs: never the token)."""
        return bool(self._token or self._given)

    def token(self) -> str:
        if self._token:
            return self._token
        with self._lock:
            if not self._token:
                self._token = self._find()
            return self._token

    def _find(self) -> str:
        if self._given and self._given.strip():
            return checked_token(self._given, "the token= argument")
        looked = ["the token= argument"]
        if self._env:
            value = os.environ.get(self._env, "").strip()
            if value:
                return checked_token(value, f"${self._env}")
            looked.append(f"${self._env}")
        if self._use_netrc:
            found, where = token_from_netrc(self._host)
            if found and found.strip():
                return checked_token(found, where)
            looked.append(where)
        raise MissingCredentials("no API token found; looked in " + ", ".join(looked))

    def __repr__(self) -> str:
        return f"<credentials: {'set' if self.known else 'not resolved'}>"


class TokenAuth:
    """Sets ``Authorization: <scheme> <token>`` per request (requests calls the
    session's auth with each prepared request).  Being the session's auth also
    stops requests from adding netrc Basic auth of its own."""

    def __init__(self, credentials: Credentials, scheme: str = "Bearer") -> None:
        self._credentials = credentials
        self._prefix = f"{scheme} " if scheme else ""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = self._prefix + self._credentials.token()
        if request.url and "/." in request.url:
            request.url = protect_dot_segments(request.url)
        return request

    def __repr__(self) -> str:
        return f"<{self._prefix.strip().lower() or 'token'} auth>"
