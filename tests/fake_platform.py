"""The fake Heroku API extended with what a deploy touches: sources, builds,
releases and log sessions, plus a second server on another port standing in
for the blob store, the build output streams and logplex.

The second server is another host as far as the client knows: it refuses any
request that carries the API token (403), records every request it sees,
and wants uploads with a Content-Length and an empty Content-Type, as the
real blob store does.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from http.server import BaseHTTPRequestHandler
from typing import Any, BinaryIO, Callable, NamedTuple, Optional

from fake_heroku import ApiFailure, FakeHeroku, _Server, _timestamp


class BlobRequest(NamedTuple):
    method: str
    path: str
    headers: dict[str, str]


class DeployFake(FakeHeroku):
    def __init__(self, token: str = "hk-secret-token-7f3a9c") -> None:
        super().__init__(token)
        self.blobs: dict[str, bytes] = {}
        self.blob_requests: list[BlobRequest] = []
        self.blob_fail_next: list[int] = []  # statuses the next uploads get instead of 200
        self.builds: dict[str, dict[str, Any]] = {}
        self.releases: dict[str, list[dict[str, Any]]] = {}  # app id -> releases, oldest first
        self.next_build = "succeeded"  # or "failed", or "stuck" (pending for ever)
        self.polls_until_done = 2
        self.output_lines = [
            "-----> Building on the Heroku-24 stack",
            "-----> Python app detected",
            "-----> Done",
        ]
        self.log_lines = [
            "2024-01-01T00:00:00Z app[web.1]: started",
            "2024-01-01T00:00:01Z app[web.1]: GET / 200",
        ]
        # when set, the output stream is written by this (to the socket file, until
        # it returns; no Content-Length, the connection closes at the end)
        self.output_stream: Optional[Callable[[BinaryIO], None]] = None
        self.logplex_url: Optional[str] = None  # where log sessions point (default: here)
        self._blob_server: Optional[_Server] = None

    def __enter__(self) -> DeployFake:
        super().__enter__()
        handler = type("BlobHandler", (_BlobHandler,), {"fake": self})
        self._blob_server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(
            target=self._blob_server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._blob_server is not None
        self._blob_server.shutdown()
        self._blob_server.server_close()
        super().__exit__(*exc)

    @property
    def blob_url(self) -> str:
        assert self._blob_server is not None
        return f"http://127.0.0.1:{self._blob_server.server_port}"

    # ------------------------------------------------------------ API routes

    def route(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        parts = path.strip("/").split("/")
        if parts == ["sources"] and method == "POST":
            return 201, self._new_source(), {}
        if (
            len(parts) >= 3
            and parts[0] == "apps"
            and parts[2] in ("sources", "builds", "releases", "log-sessions")
        ):
            app = self.find_app(parts[1])
            handler = getattr(self, "_" + parts[2].replace("-", "_"))
            return handler(method, app, parts[3:], body if isinstance(body, dict) else {})
        return super().route(method, path, headers, body)

    def _new_source(self) -> dict[str, Any]:
        key = uuid.uuid4().hex
        return {
            "source_blob": {
                "get_url": f"{self.blob_url}/blobs/{key}",
                "put_url": f"{self.blob_url}/blobs/{key}?sig=1",
            }
        }

    def _sources(
        self, method: str, app: dict[str, Any], rest: list[str], body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        if method != "POST" or rest:
            raise ApiFailure(404, "not_found", "The requested API endpoint was not found.")
        return 201, self._new_source(), {}

    def _builds(
        self, method: str, app: dict[str, Any], rest: list[str], body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        if method == "POST" and not rest:
            blob = body.get("source_blob") or {}
            key = str(blob.get("url", "")).rsplit("/", 1)[-1]
            if not str(blob.get("url", "")).startswith(self.blob_url) or key not in self.blobs:
                raise ApiFailure(422, "invalid_params", "source_blob.url was never uploaded.")
            if blob.get("checksum") != "SHA256:" + hashlib.sha256(self.blobs[key]).hexdigest():
                raise ApiFailure(
                    422, "invalid_params", "Checksum does not match the uploaded source."
                )
            build_id = str(uuid.uuid4())
            self.builds[build_id] = {
                "id": build_id,
                "status": "pending",
                "app": {"id": app["id"]},
                # Heroku's schema requires who started the build
                "user": {"id": "0a9c6bb8-1d6f-4c3b-9b5e-3c4d5e6f7a8b", "email": "dev@example.com"},
                "output_stream_url": f"{self.blob_url}/streams/{build_id}",
                "source_blob": {
                    "checksum": blob["checksum"],
                    "url": blob["url"],
                    "version": blob.get("version"),
                },
                "release": None,
                "slug": None,
                "created_at": _timestamp(1),
                "updated_at": _timestamp(1),
                "_polls": 0,
                "_outcome": self.next_build,
            }
            return 201, self._public(self.builds[build_id]), {}
        if method == "GET" and len(rest) == 1 and rest[0] in self.builds:
            build = self.builds[rest[0]]
            build["_polls"] += 1
            if (
                build["status"] == "pending"
                and build["_polls"] >= self.polls_until_done
                and build["_outcome"] != "stuck"
            ):
                build["status"] = build["_outcome"]
                if build["status"] == "succeeded":
                    slug = str(uuid.uuid4())
                    release = self._release(
                        app, slug, f"Deploy {build['source_blob']['version'] or ''}".strip()
                    )
                    build["release"], build["slug"] = {"id": release["id"]}, {"id": slug}
            return 200, self._public(build), {}
        raise ApiFailure(404, "not_found", "Couldn't find that build.")

    def _release(self, app: dict[str, Any], slug: str, description: str) -> dict[str, Any]:
        history = self.releases.setdefault(app["id"], [])
        release = {
            "id": str(uuid.uuid4()),
            "version": len(history) + 1,
            "description": description,
            "status": "succeeded",
            "current": True,
            "slug": {"id": slug},
            "app": {"id": app["id"], "name": app["name"]},
            "created_at": _timestamp(len(history) + 1),
            "updated_at": _timestamp(len(history) + 1),
        }
        for older in history:
            older["current"] = False
        history.append(release)
        return release

    def _releases(
        self, method: str, app: dict[str, Any], rest: list[str], body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        history = self.releases.setdefault(app["id"], [])
        if method == "GET" and not rest:
            return 200, list(reversed(history)), {}
        if method == "GET" and len(rest) == 1:
            for release in history:
                if rest[0] in (release["id"], str(release["version"])):
                    return 200, release, {}
            raise ApiFailure(404, "not_found", "Couldn't find that release.")
        if method == "POST" and not rest:
            if not body.get("slug"):
                raise ApiFailure(422, "invalid_params", "slug is required.")
            return 201, self._release(app, str(body["slug"]), str(body.get("description", ""))), {}
        raise ApiFailure(404, "not_found", "The requested API endpoint was not found.")

    def _log_sessions(
        self, method: str, app: dict[str, Any], rest: list[str], body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        if method != "POST" or rest:
            raise ApiFailure(404, "not_found", "The requested API endpoint was not found.")
        session = str(uuid.uuid4())
        return (
            201,
            {
                "id": session,
                "logplex_url": self.logplex_url or f"{self.blob_url}/logs/{session}",
                "created_at": _timestamp(1),
                "updated_at": _timestamp(1),
            },
            {},
        )

    @staticmethod
    def _public(build: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in build.items() if not k.startswith("_")}


class _BlobHandler(BaseHTTPRequestHandler):
    fake: DeployFake
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        fake = self.fake
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = self.path.split("?", 1)[0]
        with fake._lock:
            fake.blob_requests.append(BlobRequest(self.command, path, headers))
        length = int(headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        carried = " ".join([self.path, *headers.values()])
        if "authorization" in headers or fake.token in carried:
            return self._send(403, b"the API token must never reach the blob store\n")
        parts = path.strip("/").split("/")
        if self.command == "PUT" and parts[0] == "blobs":
            if "content-length" not in headers:
                return self._send(411, b"length required\n")
            if headers.get("content-type", None) != "":
                return self._send(400, b"send an empty Content-Type\n")
            with fake._lock:
                failure = fake.blob_fail_next.pop(0) if fake.blob_fail_next else None
            if failure is not None:
                return self._send(failure, b"blob store failure\n")
            fake.blobs[parts[1]] = raw
            return self._send(200, b"")
        if self.command == "GET" and parts[0] == "blobs" and parts[1] in fake.blobs:
            return self._send(200, fake.blobs[parts[1]])
        if self.command == "GET" and parts[0] == "streams" and fake.output_stream is not None:
            return self._send_stream(fake.output_stream)
        if self.command == "GET" and parts[0] == "streams":
            return self._send(200, "".join(line + "\n" for line in fake.output_lines).encode())
        if self.command == "GET" and parts[0] == "logs":
            return self._send(200, "".join(line + "\n" for line in fake.log_lines).encode())
        return self._send(404, b"not found\n")

    do_PUT = do_GET

    def _send_stream(self, write: Callable[[BinaryIO], None]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            write(self.wfile)
            self.wfile.flush()
        except OSError:
            pass  # the client hung up (as a deploy at its deadline does)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
