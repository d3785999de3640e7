"""A small stateful fake of the Heroku Platform API, for behaviour tests of the
generated client over real HTTP.

Standard library only: ``ThreadingHTTPServer`` on 127.0.0.1 (port 0), HTTP/1.1
keep-alive, ``Content-Length`` on every response.  It knows apps (create, get by
name or id, Range-paginated list, update, delete), config vars (get, merge
where ``null`` deletes) and dynos (list, for enum decoding), answers Heroku's
error bodies (``{"id": ..., "message": ...}``), and can be told to misbehave::

    with FakeHeroku() as fake:
        fake.fail_next("/apps", 429, count=2)          # then normal answers
        fake.fail_next("/apps/x", 500, body=b"oops", content_type="text/plain")
        fake.mangle_next("/apps/x", lambda app: {**app, "region": "us"})
        fake.slow_next("/apps/x", seconds=1.0)
        fake.repeat_next_range = True
        ...
        method, path, headers, body = fake.requests[-1]   # headers keys lowercased
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, NamedTuple, Optional

ACCEPT = "application/vnd.heroku+json; version=3"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,28}[a-z0-9]$")
RANGE_PATTERN = re.compile(
    r"^\s*(?P<field>[a-z_]+)?\s*(?P<exclusive>\])?(?P<start>[^.;\s]*)\.\.[^;]*(?:;(?P<params>.*))?$"
)
REGIONS = {
    "us": "59accabd-516d-4f0e-83e6-6e3757701145",
    "eu": "ed30241c-ed8c-4bb6-9714-61953675d0b4",
}
STACK = {"id": "ee582d3c-717d-4a57-ba5e-d5f1e9f3b5a1", "name": "heroku-24"}
OWNER = {"id": "01234567-89ab-cdef-0123-456789abcdef", "email": "owner@example.com"}
EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Request(NamedTuple):
    method: str
    path: str
    headers: dict[str, str]  # keys lowercased
    body: Any  # parsed JSON, the raw text if it was not JSON, None if empty


@dataclass
class Scripted:
    """One scripted answer: a canned status/body, or (status None) the normal
    answer with its JSON passed through ``transform``; ``delay`` before either."""

    status: Optional[int] = None
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    transform: Optional[Callable[[Any], Any]] = None
    delay: float = 0.0


class ApiFailure(Exception):
    def __init__(self, status: int, error_id: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error_id, self.message = status, error_id, message


class FakeHeroku:
    def __init__(self, token: str = "hk-secret-token-7f3a9c") -> None:
        self.token = token
        self.requests: list[Request] = []
        self.apps: dict[str, dict[str, Any]] = {}  # by id, in creation order
        self.config_vars: dict[str, dict[str, str]] = {}
        self.dynos: dict[str, list[dict[str, Any]]] = {}
        self.rate_limit_remaining = 4500
        self.repeat_next_range = False
        self._script: dict[str, list[Scripted]] = {}
        self._lock = threading.RLock()
        self._clock = 0
        self._server: Optional[ThreadingHTTPServer] = None

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> FakeHeroku:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None, "use FakeHeroku() as a context manager"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def requests_to(self, path: str, method: Optional[str] = None) -> list[Request]:
        return [r for r in self.requests if r.path == path and method in (None, r.method)]

    # ------------------------------------------------------------ failure knobs

    def fail_next(
        self,
        path: str,
        status: int,
        *,
        count: int = 1,
        body: Any = None,
        content_type: str = "application/json",
        headers: Optional[dict[str, str]] = None,
    ) -> None:
        """The next ``count`` requests to ``path`` get ``status``; ``body`` is bytes
        as is, anything else JSON-encoded, None an empty body."""
        raw = (
            body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
        )
        self._add(path, count, Scripted(status, raw, content_type, dict(headers or {})))

    def rate_limit_next(self, path: str, count: int = 1, retry_after: str = "0") -> None:
        body = {"id": "rate_limit", "message": "Your account reached the API rate limit"}
        self.fail_next(path, 429, count=count, body=body, headers={"Retry-After": retry_after})

    def mangle_next(self, path: str, transform: Callable[[Any], Any], count: int = 1) -> None:
        """The normal answer, with its JSON body rewritten by ``transform``."""
        self._add(path, count, Scripted(transform=transform))

    def slow_next(self, path: str, seconds: float, count: int = 1) -> None:
        self._add(path, count, Scripted(delay=seconds))

    def _add(self, path: str, count: int, answer: Scripted) -> None:
        with self._lock:
            self._script.setdefault(path, []).extend([answer] * count)

    def _scripted(self, path: str) -> Optional[Scripted]:
        with self._lock:
            queue = self._script.get(path)
            return queue.pop(0) if queue else None

    # ------------------------------------------------------------ the API

    def create_app(self, name: Optional[str] = None, region: str = "us") -> dict[str, Any]:
        with self._lock:
            self._clock += 1
            n = self._clock
            name = name or f"fake-app-{n:05d}"
            if not NAME_PATTERN.match(name):
                raise ApiFailure(
                    422,
                    "invalid_params",
                    "Name must start with a letter, end "
                    "with a letter or digit and can only contain lowercase "
                    "letters, digits, and dashes.",
                )
            if any(app["name"] == name for app in self.apps.values()):
                raise ApiFailure(422, "invalid_params", "Name is already taken")
            region_name = next((k for k, v in REGIONS.items() if region in (k, v)), None)
            if region_name is None:
                raise ApiFailure(422, "invalid_params", f"Couldn't find region {region!r}.")
            app_id = str(uuid.UUID(f"{n:08x}" + uuid.uuid4().hex[8:]))  # sorts by creation
            stamp = _timestamp(n)
            app = {
                "id": app_id,
                "name": name,
                "acm": False,
                "archived_at": None,
                "buildpack_provided_description": None,
                "build_stack": dict(STACK),
                "created_at": stamp,
                "git_url": f"https://git.heroku.com/{name}.git",
                "internal_routing": None,
                "maintenance": False,
                "owner": dict(OWNER),
                "region": {"id": REGIONS[region_name], "name": region_name},
                "released_at": stamp,
                "repo_size": None,
                "slug_size": None,
                "space": None,
                "stack": dict(STACK),
                "team": None,
                "updated_at": stamp,
                "web_url": f"https://{name}-0123456789ab.herokuapp.com/",
            }
            self.apps[app_id] = app
            self.config_vars[app_id] = {}
            self.dynos[app_id] = [
                {
                    "id": str(uuid.uuid4()),
                    "name": "web.1",
                    "type": "web",
                    "state": "up",
                    "size": "Basic",
                    "command": "npm start",
                    "app": {"id": app_id, "name": name},
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            ]
            return app

    def find_app(self, id_or_name: str) -> dict[str, Any]:
        for app in self.apps.values():
            if id_or_name in (app["id"], app["name"]):
                return app
        raise ApiFailure(404, "not_found", "Couldn't find that app.")

    def route(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        parts = path.strip("/").split("/")
        if parts[0] != "apps" or len(parts) > 3:
            raise ApiFailure(404, "not_found", "The requested API endpoint was not found.")
        if len(parts) == 1 and method == "GET":
            return self._list_apps(headers.get("range", "id ..; max=200"))
        if len(parts) == 1 and method == "POST":
            body = body if isinstance(body, dict) else {}
            return 201, self.create_app(body.get("name"), body.get("region", "us")), {}
        app = self.find_app(parts[1])
        if len(parts) == 2 and method == "GET":
            return 200, app, {}
        if len(parts) == 2 and method == "DELETE":
            del self.apps[app["id"]]
            return 200, app, {}
        if len(parts) == 2 and method == "PATCH":
            changes = body if isinstance(body, dict) else {}
            new_name = changes.get("name", app["name"])
            if not NAME_PATTERN.match(str(new_name)):
                raise ApiFailure(422, "invalid_params", "Name is invalid.")
            app.update(
                name=new_name, maintenance=bool(changes.get("maintenance", app["maintenance"]))
            )
            self._clock += 1
            app["updated_at"] = _timestamp(self._clock)
            return 200, app, {}
        if parts[2:] == ["config-vars"] and method in ("GET", "PATCH"):
            config = self.config_vars[app["id"]]
            if method == "PATCH":
                if not isinstance(body, dict):
                    raise ApiFailure(422, "invalid_params", "Config vars must be an object.")
                for key, value in body.items():
                    if value is None:
                        config.pop(key, None)
                    else:
                        config[key] = str(value)
            return 200, dict(config), {}
        if parts[2:] == ["dynos"] and method == "GET":
            return 200, self.dynos[app["id"]], {}
        raise ApiFailure(404, "not_found", "The requested API endpoint was not found.")

    def _list_apps(self, range_header: str) -> tuple[int, Any, dict[str, str]]:
        match = RANGE_PATTERN.match(range_header)
        if not match:
            raise ApiFailure(400, "bad_request", f"Invalid Range header: {range_header!r}")
        params = dict(
            p.strip().partition("=")[::2] for p in (match["params"] or "").split(",") if p.strip()
        )
        key = match["field"] or "id"
        order = params.get("order", "asc")
        try:
            size = int(params.get("max", "200"))
        except ValueError:
            size = 0
        if key not in ("id", "name") or order not in ("asc", "desc") or not 1 <= size <= 1000:
            raise ApiFailure(400, "bad_request", f"Invalid Range header: {range_header!r}")
        apps = sorted(self.apps.values(), key=lambda a: a[key], reverse=order == "desc")
        start = "" if self.repeat_next_range else match["start"]
        if start:
            # "]x.." starts after x, "x.." at x; "after" is "below" when descending
            sign = -1 if order == "desc" else 1
            lowest = 1 if match["exclusive"] else 0
            apps = [a for a in apps if sign * _compare(a[key], start) >= lowest]
        page = apps[:size]
        if not page or (len(apps) <= size and not self.repeat_next_range):
            return 200, page, {}
        prefix = "" if key == "id" else f"{key} "
        suffix = f", order={order}" if "order" in params else ""
        return 206, page, {"Next-Range": f"{prefix}]{page[-1][key]}..; max={size}{suffix}"}


def _compare(a: str, b: str) -> int:
    return (a > b) - (a < b)


def _timestamp(seconds: int) -> str:
    return (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a slow handler never holds up shutdown

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out and hang up are expected here


class _Handler(BaseHTTPRequestHandler):
    fake: FakeHeroku
    protocol_version = "HTTP/1.1"  # keep-alive; every answer has Content-Length
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PATCH = do_DELETE = do_PUT = do_GET

    def _handle(self) -> None:
        fake = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        path = self.path.split("?", 1)[0]
        headers = {k.lower(): v for k, v in self.headers.items()}
        with fake._lock:
            fake.requests.append(Request(self.command, path, headers, body))
            fake.rate_limit_remaining = max(fake.rate_limit_remaining - 1, 0)
        extra: dict[str, str] = {}
        try:
            if headers.get("authorization") != f"Bearer {fake.token}":
                raise ApiFailure(401, "unauthorized", "Invalid credentials provided.")
            if headers.get("accept") != ACCEPT:
                raise ApiFailure(
                    400, "missing_version", f"Please specify a version: Accept: {ACCEPT}"
                )
            scripted = fake._scripted(path)
            if scripted and scripted.delay:
                time.sleep(scripted.delay)
            if scripted and scripted.status is not None:
                return self._send(
                    scripted.status, scripted.body, scripted.content_type, scripted.headers
                )
            if isinstance(body, str):
                raise ApiFailure(400, "bad_request", "Request body is not valid JSON.")
            with fake._lock:  # one request at a time touches the state; answer a copy
                status, payload, extra = fake.route(self.command, path, headers, body)
                payload = json.loads(json.dumps(payload))
            if scripted and scripted.transform:
                payload = scripted.transform(payload)
        except ApiFailure as failure:
            status, payload = failure.status, {"id": failure.error_id, "message": failure.message}
        self._send(status, json.dumps(payload).encode(), "application/json", extra)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Request-Id", str(uuid.uuid4()))
            self.send_header("RateLimit-Remaining", str(self.fake.rate_limit_remaining))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
