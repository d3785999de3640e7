"""Credentials: the security schemes of an API, where each one's value comes
from, and what one call sends.

A generated ``Client`` describes its API's schemes in ``SECURITY_SCHEMES`` and
the requirement every operation has unless it says otherwise in ``SECURITY``
(alternatives, any one suffices; each a tuple of schemes sent together; ``()``:
nothing is sent or needed).  A call picks the first alternative whose
credentials are all available and raises ``MissingCredentials`` naming the
scheme, the argument and the environment variable when none is.

Values are looked up on the first call that needs them, not when the client
is built, so constructing a client never fails for want of one: the
client's argument, then the scheme's environment variable (if any), then,
only when the scheme turns it on, the netrc entry of the API host.  A
credential is only ever added to a request for the API's own origin (scheme,
host and port of the base URL) and is never part of a repr, log line or
exception message.
"""

from __future__ import annotations

import base64
import netrc
import os
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping, MutableMapping, Optional, Union
from urllib.parse import urlencode, urlsplit

from ._errors import InvalidCredentials, MissingCredentials
from ._origin import origin
from ._params import protect_dot_segments

if TYPE_CHECKING:
    import requests

_UNSENDABLE = re.compile(r"[^\x20-\x7e]")

# Requirements: alternatives, each the names of the schemes sent together.
Security = tuple[tuple[str, ...], ...]
# What an argument may hold: a token or key, or (user, password) for basic auth.
Secret = Union[str, tuple[str, str], None]
# Posts the token request (url, form fields, client id, secret): the reply's JSON object.
TokenFetch = Callable[[str, Mapping[str, str], str, str], Mapping[str, Any]]


@dataclass(frozen=True)
class SecurityScheme:
    """How one scheme sends its credential (never the credential itself).

    ``kind`` is ``apiKey`` (``parameter`` in the ``location`` header, query or
    cookie), ``bearer`` (``Authorization: <prefix> <token>``; also OpenID
    Connect and an OAuth2 access token the caller brings), ``basic``
    (``argument`` is ``(user, password)``; ``env`` holds ``user:password``),
    ``oauth2`` (client credentials: ``argument`` is the client id,
    ``secret_argument`` the secret, the token fetched from ``token_url``) or
    ``unsupported`` (never available).  ``name`` is the document's name for
    messages; empty for the one token of a client without named schemes."""

    name: str
    kind: str
    argument: str = "token"
    env: str = ""
    location: str = "header"
    parameter: str = "Authorization"
    prefix: str = "Bearer"
    netrc: bool = False
    token_url: str = ""
    scopes: tuple[str, ...] = ()
    secret_argument: str = ""
    secret_env: str = ""

    @property
    def arguments(self) -> tuple[str, ...]:
        return (self.argument, self.secret_argument) if self.secret_argument else (self.argument,)


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


def netrc_entry(host: str) -> tuple[Optional[tuple[str, str]], str]:
    """The (login, password) of ``host`` in ``$NETRC`` or ``~/.netrc``, as ``curl -n``
    uses it, and where it was looked for (to name in ``MissingCredentials``)."""
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.isfile(path):
        return None, f"{path} (not found)"
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        return None, f"{path} (unreadable: {type(exc).__name__})"
    if entry is None or not entry[2]:
        return None, f"{path} (no entry for {host})"
    return (entry[0] or "", entry[2]), path


def token_from_netrc(host: str) -> tuple[Optional[str], str]:
    """The password of ``host``'s netrc entry and where it was looked for."""
    entry, where = netrc_entry(host)
    return (entry[1] if entry else None), where


class Credentials:
    """One credential value: resolved and checked once, on first use
    (surrounding whitespace stripped, a value that cannot go into a header
    refused with ``InvalidCredentials``), then reused by every call.

    ``pair`` values are ``user:password`` (basic auth): given as a tuple, from
    the environment as ``user:password``, from netrc as login and password."""

    def __init__(
        self,
        token: Secret,
        env: str,
        use_netrc: bool,
        host: str,
        *,
        argument: str = "token",
        scheme: str = "",
        what: str = "API token",
        pair: bool = False,
    ) -> None:
        self._given = token
        self._env = env
        self._use_netrc = use_netrc
        self._host = host
        self._argument = argument
        self._scheme = scheme
        self._what = what
        self._pair = pair
        self._token: Optional[str] = None
        self._lock = threading.Lock()

    @property
    def known(self) -> bool:
        """Whether a value was given or has been found (for reprs: never the value)."""
        return bool(self._token or self._given)

    def available(self) -> bool:
        """Whether a value can be found; an unsendable one still raises."""
        try:
            self.token()
        except InvalidCredentials:
            raise
        except MissingCredentials:
            return False
        return True

    def provide(self, argument: str, value: str) -> None:
        """Take ``value`` as the given value of ``argument``, if this is its source."""
        if argument == self._argument and not self._given:
            with self._lock:
                self._given, self._token = value, None

    def token(self) -> str:
        if self._token:
            return self._token
        with self._lock:
            if not self._token:
                self._token = self._find()
            return self._token

    def _find(self) -> str:
        argument = f"the {self._argument}= argument"
        given = self._given
        if isinstance(given, tuple):
            if len(given) != 2 or not all(isinstance(part, str) for part in given):
                raise InvalidCredentials(f"{argument} must be a (user, password) pair")
            given = f"{given[0]}:{given[1]}"
        if given and given.strip():
            return checked_token(given, argument)
        looked = [argument]
        if self._env:
            value = os.environ.get(self._env, "").strip()
            if value:
                return checked_token(value, f"${self._env}")
            looked.append(f"${self._env}")
        if self._use_netrc:
            entry, where = netrc_entry(self._host)
            found = f"{entry[0]}:{entry[1]}" if entry and self._pair else entry and entry[1]
            if found and found.strip():
                return checked_token(found, where)
            looked.append(where)
        scheme = f" for security scheme {self._scheme!r}" if self._scheme else ""
        raise MissingCredentials(f"no {self._what} found{scheme}; looked in " + ", ".join(looked))

    def __repr__(self) -> str:
        return f"<credentials: {'set' if self.known else 'not resolved'}>"


class ClientCredentialsToken:
    """An OAuth2 access token from the client credentials grant: fetched on
    first use, cached, fetched again shortly before it expires (a quarter of
    its lifetime, at most 30 s, early) or after a 401 (``invalidate``).  The
    lock makes threads that need a token at once share one fetch.

    Without ``fetch`` (the async client, which cannot block on a request),
    the caller fetches: ``stale()`` says when, ``grant()`` what to post and
    ``store()`` keeps the reply; ``token()`` then only returns the kept token."""

    def __init__(
        self,
        scheme: SecurityScheme,
        client_id: Credentials,
        client_secret: Credentials,
        fetch: Optional[TokenFetch],
    ) -> None:
        self.scheme = scheme
        self.client_id = client_id
        self.client_secret = client_secret
        self._fetch = fetch
        self._token: Optional[str] = None
        self._refresh_at = 0.0
        self._lock = threading.Lock()

    @property
    def known(self) -> bool:
        return self.client_id.known

    def available(self) -> bool:
        return self.client_id.available() and self.client_secret.available()

    def stale(self) -> bool:
        """Whether the next call needs a new token (none yet, or about to expire)."""
        return self._token is None or time.monotonic() >= self._refresh_at

    def token(self) -> str:
        token = self._token
        if token is not None and (self._fetch is None or time.monotonic() < self._refresh_at):
            return token
        if self._fetch is None:
            raise InvalidCredentials(
                f"no access token was fetched for security scheme {self.scheme.name!r}"
            )
        with self._lock:
            if self._token is None or time.monotonic() >= self._refresh_at:
                self._token, self._refresh_at = self._new_token()
            return self._token

    def invalidate(self, token: str) -> None:
        """Forget ``token`` (refused with a 401), unless another thread has
        already replaced it."""
        with self._lock:
            if self._token == token:
                self._token = None

    def grant(self) -> tuple[str, dict[str, str], str, str]:
        """What a token request posts: (token URL, form fields, client id, secret)."""
        fields = {"grant_type": "client_credentials"}
        if self.scheme.scopes:
            fields["scope"] = " ".join(self.scheme.scopes)
        url = self.scheme.token_url
        return url, fields, self.client_id.token(), self.client_secret.token()

    def store(self, reply: Mapping[str, Any], started: float) -> None:
        """Keep the token of ``reply`` (requested at ``started``) until it is
        about to expire."""
        self._token, self._refresh_at = self._read_reply(reply, started)

    def _new_token(self) -> tuple[str, float]:
        assert self._fetch is not None
        started = time.monotonic()
        return self._read_reply(self._fetch(*self.grant()), started)

    def _read_reply(self, reply: Mapping[str, Any], started: float) -> tuple[str, float]:
        access = reply.get("access_token")
        where = f"the token endpoint of security scheme {self.scheme.name!r}"
        if not isinstance(access, str) or not access.strip():
            raise InvalidCredentials(f"{where} replied without an access_token")
        lifetime = reply.get("expires_in")
        if isinstance(lifetime, str) and lifetime.strip().isdigit():
            lifetime = int(lifetime)
        if isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) and lifetime > 0:
            refresh_at = started + lifetime - min(30.0, lifetime / 4)
        else:  # no lifetime given: kept until the API refuses it
            refresh_at = float("inf")
        return checked_token(access, where), refresh_at


Source = Union[Credentials, ClientCredentialsToken]


class CallAuth:
    """What one call sends (requests calls it with the prepared request).

    Credentials go only to ``api_origin``: a request for any other origin (an
    absolute URL a response handed out) gets none.  Being the auth of every
    request also stops requests from adding netrc Basic auth of its own."""

    def __init__(
        self,
        api_origin: tuple[str, str, Optional[int]],
        headers: Optional[Mapping[str, str]] = None,
        query: Optional[list[tuple[str, str]]] = None,
        cookies: Optional[list[tuple[str, str]]] = None,
        schemes: tuple[str, ...] = (),
        tokens: tuple[tuple[ClientCredentialsToken, str], ...] = (),
    ) -> None:
        self._origin = api_origin
        self._headers = dict(headers or {})
        self._query = list(query or [])
        self._cookies = list(cookies or [])
        self._schemes = schemes
        self.tokens = tokens  # the OAuth2 tokens sent, for a refresh after a 401

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if request.url and "/." in request.url:
            request.url = protect_dot_segments(request.url)
        if request.url:
            request.url = self.apply(request.url, request.headers)
        return request

    def apply(self, url: str, headers: MutableMapping[str, str]) -> str:
        """Add the credentials to ``headers`` and return ``url`` with those sent
        in the query; nothing when ``url`` is not on the API's origin.  (Both
        clients send through here: requests via ``__call__``, httpx directly.)"""
        if origin(url) != self._origin:
            return url
        for name, value in self._headers.items():  # not update(): httpx's builds a Headers
            headers[name] = value
        if self._cookies:
            pairs = "; ".join(f"{name}={value}" for name, value in self._cookies)
            existing = headers.get("Cookie")
            headers["Cookie"] = f"{existing}; {pairs}" if existing else pairs
        if self._query:
            base, _, fragment = url.partition("#")
            joiner = "&" if "?" in base else "?"
            url = base + joiner + urlencode(self._query) + (fragment and "#" + fragment)
        return url

    def __repr__(self) -> str:
        return f"<auth: {', '.join(self._schemes) or 'none'}>"


class Authenticator:
    """The schemes of one client, each with the source of its value."""

    def __init__(
        self,
        schemes: Mapping[str, SecurityScheme],
        given: Mapping[str, Secret],
        base_url: str,
        fetch: Optional[TokenFetch],
    ) -> None:
        self.schemes = dict(schemes)
        self._origin = origin(base_url)
        self._header_names = tuple(
            sorted(
                {
                    s.parameter
                    for s in self.schemes.values()
                    if s.kind == "bearer" or (s.kind == "apiKey" and s.location == "header")
                }
            )
        )
        # What a call sends, by (security, base), once its first alternative's
        # credentials are resolved (they never change after; see for_call).
        self._chosen: dict[tuple[Security, Optional[str]], CallAuth] = {}
        host = urlsplit(base_url).hostname or ""
        self.sources: dict[str, Source] = {}
        for key, scheme in self.schemes.items():
            if scheme.kind == "unsupported":
                continue
            value = Credentials(
                given.get(scheme.argument),
                scheme.env,
                scheme.netrc,
                host,
                argument=scheme.argument,
                scheme=scheme.name,
                what={"bearer": "API token", "oauth2": "client id"}.get(scheme.kind, "credential"),
                pair=scheme.kind == "basic",
            )
            if scheme.kind == "oauth2":
                secret = Credentials(
                    given.get(scheme.secret_argument),
                    scheme.secret_env,
                    False,
                    host,
                    argument=scheme.secret_argument,
                    scheme=scheme.name,
                    what="client secret",
                )
                self.sources[key] = ClientCredentialsToken(scheme, value, secret, fetch)
            else:
                self.sources[key] = value
        self._fetched = any(isinstance(s, ClientCredentialsToken) for s in self.sources.values())

    def empty(self) -> CallAuth:
        """An auth that sends nothing (``security: []``)."""
        return CallAuth(self._origin)

    def for_call(self, security: Security, base: Optional[str] = None) -> CallAuth:
        """The first alternative of ``security`` whose credentials are all available,
        sent only to the origin of ``base`` (the API's base URL when None)."""
        known = self._chosen.get((security, base))
        if known is not None:
            return known
        if not security:
            return self.empty()
        for alternative in security:
            if all(self._available(name) for name in alternative):
                auth = self._auth(alternative, origin(base) if base else self._origin)
                # Kept when nothing can change it: the first alternative (a
                # later one is chosen only while an earlier one's credentials
                # are missing, and they may yet be set) and no OAuth2 token.
                if alternative is security[0] and not auth.tokens:
                    self._chosen[(security, base)] = auth
                return auth
        first = next(a for a in security)
        self._raise_missing(first, len(security) > 1)
        raise AssertionError("unreachable")  # _raise_missing always raises

    def stale_tokens(self, security: Security) -> list[ClientCredentialsToken]:
        """The OAuth2 tokens a call with ``security`` would send that must be
        fetched first (for a client that fetches them itself)."""
        if not self._fetched:
            return []
        for alternative in security:
            if all(self._available(name) for name in alternative):
                sources = (self.sources[name] for name in alternative)
                return [s for s in sources if isinstance(s, ClientCredentialsToken) and s.stale()]
        return []

    def provide(self, argument: str, value: str) -> None:
        """Use ``value`` for the credential argument ``argument`` (an async
        token provider's answer) wherever no value was given for it."""
        self._chosen.clear()
        for source in self.sources.values():
            if isinstance(source, Credentials):
                source.provide(argument, value)

    def _available(self, name: str) -> bool:
        source = self.sources.get(name)
        return source is not None and source.available()

    def _raise_missing(self, alternative: tuple[str, ...], others: bool) -> None:
        more = " (nor for the document's other security alternatives)" if others else ""
        for name in alternative:
            source = self.sources.get(name)
            if source is None:
                scheme = self.schemes.get(name)
                why = "is not supported by this client" if scheme else "is not declared"
                raise MissingCredentials(f"security scheme {name!r} {why}{more}")
            if isinstance(source, ClientCredentialsToken):
                source.client_id.token()
                source.client_secret.token()
            else:
                source.token()
        raise MissingCredentials("credentials went missing while being looked up" + more)

    def _auth(self, alternative: tuple[str, ...], to: tuple[str, str, Optional[int]]) -> CallAuth:
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[tuple[str, str]] = []
        tokens: list[tuple[ClientCredentialsToken, str]] = []
        for name in alternative:
            scheme, source = self.schemes[name], self.sources[name]
            value = source.token()
            if isinstance(source, ClientCredentialsToken):
                tokens.append((source, value))
                headers["Authorization"] = f"Bearer {value}"
            elif scheme.kind == "basic":
                encoded = base64.b64encode(value.encode("utf-8")).decode("ascii")
                headers["Authorization"] = f"Basic {encoded}"
            elif scheme.kind == "bearer":
                headers[scheme.parameter] = f"{scheme.prefix} {value}" if scheme.prefix else value
            elif scheme.location == "query":
                query.append((scheme.parameter, value))
            elif scheme.location == "cookie":
                cookies.append((scheme.parameter, value))
            else:
                headers[scheme.parameter] = value
        return CallAuth(to, headers, query, cookies, alternative, tuple(tokens))

    def header_names(self) -> tuple[str, ...]:
        """Headers that carry a credential (dropped on a redirect to another host)."""
        return self._header_names

    def state(self) -> str:
        """``argument=<set|not resolved>`` per scheme, for reprs (never a value)."""
        shown = []
        for key, scheme in self.schemes.items():
            source = self.sources.get(key)
            known = source is not None and source.known
            shown.append(f"{scheme.argument}=<{'set' if known else 'not resolved'}>")
        return ", ".join(shown)
