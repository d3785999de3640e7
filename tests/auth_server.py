"""A local API (127.0.0.1, a thread) that checks credentials the way a strict
server does, for the auth fixtures (tests/fixtures/auth/).

Each path accepts a list of alternatives, each the exact set of credentials a
request must present: nothing more (a request that sends a credential its
alternative does not name is refused too, so a client that sends everything it
has fails), nothing less, every value right.  Anything else is 401.  An OAuth2
token endpoint (``POST /oauth/token``, client credentials grant, client id and
secret as HTTP Basic) issues tokens that expire after ``expires_in`` seconds.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional
from urllib.parse import parse_qs, urlsplit

# The one right value of each credential.
PETSTORE_KEY = "pet-key-7d1"
HEADER_KEY = "header-key-91c"
QUERY_KEY = "query-key-4ae"
COOKIE_KEY = "cookie-key-22f"
BEARER = "bearer-token-c0b"
BASIC = ("alice", "s3cret: pass")
CLIENT_ID, CLIENT_SECRET = "client-3f9", "client-secret-a77"
TOKEN_PATH = "/oauth/token"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    presented: dict[str, bool]  # credential name -> whether its value is right
    status: int = 0


@dataclass
class AuthServer:
    """``rules``: path (without query) -> alternatives (each a set of credential
    names: petstore_key, header_key, query_key, cookie_key, bearer, basic, oauth)."""

    rules: dict[str, list[frozenset[str]]]
    expires_in: int = 2
    token_delay: float = 0.0  # how long the token endpoint takes (concurrency test)
    requests: list[Request] = field(default_factory=list)
    token_fetches: int = 0
    scopes: list[str] = field(default_factory=list)
    _tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer._api(self)

            def do_POST(self) -> None:
                if urlsplit(self.path).path == TOKEN_PATH:
                    outer._token(self)
                else:
                    outer._api(self)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def revoke_tokens(self) -> None:
        """Every token issued so far is refused from now on (their expiry not yet due)."""
        with self._lock:
            self._tokens.clear()

    # ------------------------------------------------------------ handlers

    def _reply(self, handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
        raw = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        handler.wfile.write(raw)

    def _api(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        request = Request(
            handler.command, parts.path, dict(handler.headers), self._presented(handler)
        )
        self.requests.append(request)
        allowed = self.rules.get(parts.path)
        ok = allowed is not None and any(
            set(request.presented) == alternative and all(request.presented.values())
            for alternative in allowed
        )
        request.status = 200 if ok else 401
        if ok:
            self._reply(handler, 200, {"path": parts.path, "ok": True})
        else:
            self._reply(handler, 401, {"id": "unauthorized", "message": "credentials refused"})

    def _presented(self, handler: BaseHTTPRequestHandler) -> dict[str, bool]:
        found: dict[str, bool] = {}
        headers = handler.headers
        if "api_key" in headers:
            found["petstore_key"] = headers["api_key"] == PETSTORE_KEY
        if "X-API-Key" in headers:
            found["header_key"] = headers["X-API-Key"] == HEADER_KEY
        query = parse_qs(urlsplit(handler.path).query)
        if "api_key" in query:
            found["query_key"] = query["api_key"] == [QUERY_KEY]
        cookies = dict(
            part.strip().partition("=")[::2]
            for part in headers.get("Cookie", "").split(";")
            if part.strip()
        )
        if "session" in cookies:
            found["cookie_key"] = cookies["session"] == COOKIE_KEY
        authorization = headers.get("Authorization")
        if authorization is not None:
            kind, _, value = authorization.partition(" ")
            if kind == "Basic":
                found["basic"] = value == _basic(*BASIC)
            elif kind == "Bearer" and value.startswith("tok-"):
                with self._lock:
                    expiry: Optional[float] = self._tokens.get(value)
                found["oauth"] = expiry is not None and time.monotonic() < expiry
            else:
                found["bearer"] = authorization == f"Bearer {BEARER}"
        return found

    def _token(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        form = parse_qs(handler.rfile.read(length).decode())
        right = handler.headers.get("Authorization") == f"Basic {_basic(CLIENT_ID, CLIENT_SECRET)}"
        if not right or form.get("grant_type") != ["client_credentials"]:
            self._reply(handler, 401, {"error": "invalid_client"})
            return
        time.sleep(self.token_delay)
        with self._lock:
            self.token_fetches += 1
            token = f"tok-{self.token_fetches}"
            self._tokens[token] = time.monotonic() + self.expires_in
            self.scopes += form.get("scope", [])
        body = {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
        self._reply(handler, 200, body)


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()
