"""Transport safety of the generated client's runtime, against real HTTP servers
on 127.0.0.1 (no mocks of ``requests``): path dot segments, unsendable tokens,
credentials on redirects, secrets in messages and logs, the per-call deadline,
the response size cap, strict body decoding and sane ``Retry-After``."""

from __future__ import annotations

import gc
import json
import logging
import subprocess
import sys
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import pytest
from fake_heroku import FakeHeroku
from helpers import GENERATED

from heroku_platform_api import (
    ClientError,
    DeadlineExceeded,
    DecodeError,
    InvalidCredentials,
    MissingCredentials,
    NotFound,
    RateLimited,
    ResponseTooLarge,
    ServerError,
    TransportError,
)
from heroku_platform_api import _runtime as rt
from heroku_platform_api.client import Client

SECRET = "s3cr3t-value-9d1f"

Answer = Callable[[BaseHTTPRequestHandler], None]


class Seen:
    def __init__(self, line: str, headers: dict[str, str], peer: Any) -> None:
        self.line, self.headers, self.peer = line, headers, peer


class Server:
    """A tiny HTTP/1.1 server whose every answer is written by ``answer``; it
    records each raw request line and the (lowercased) headers."""

    def __init__(self, answer: Answer) -> None:
        seen: list[Seen] = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                seen.append(Seen(self.requestline, headers, self.client_address))
                try:
                    answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            do_POST = do_PATCH = do_DELETE = do_PUT = do_GET

        class Quiet(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self.seen = seen
        self.httpd = Quiet(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: Optional[dict[str, str]] = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def serve(isolated_env: Path) -> Iterator[Callable[[Answer], Server]]:
    servers: list[Server] = []

    def start(answer: Answer) -> Server:
        servers.append(Server(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def client_for(server: Server, **kwargs: Any) -> Client:
    kwargs.setdefault("token", "tok")
    kwargs.setdefault("backoff_factor", 0)
    kwargs.setdefault("timeout", (2.0, 2.0))
    return Client(base_url=server.url, **kwargs)


APP = json.dumps({"id": "01234567-89ab-cdef-0123-456789abcdef", "name": "x"}).encode()


def ok_app(handler: BaseHTTPRequestHandler) -> None:
    send(handler, 200, APP)


# ---------------------------------------------------------------- 1. path dot segments


def test_dot_values_stay_inside_their_segment(serve: Callable[[Answer], Server]) -> None:
    server = serve(ok_app)
    with client_for(server) as client:
        client.apps.info("..")
        client.apps.info(".")
        # Heroku answers a collaborator, not this server's app: only the request line
        # matters (the tolerant default keeps the mismatched fields raw and warns)
        client.collaborators.delete("victim-app", "..")
        client.apps.info("a/b")
        client.apps.info("...")
        client.apps.info("..%2F")
    assert [s.line for s in server.seen] == [
        "GET /apps/%2E%2E HTTP/1.1",
        "GET /apps/%2E HTTP/1.1",
        "DELETE /apps/victim-app/collaborators/%2E%2E HTTP/1.1",
        "GET /apps/a%2Fb HTTP/1.1",
        "GET /apps/... HTTP/1.1",
        "GET /apps/..%252F HTTP/1.1",
    ]


def test_dot_segments_with_a_query_and_the_expansion_itself() -> None:
    assert rt.expand_path("/apps/{a}/x/{b}", {"a": "..", "b": "."}) == "/apps/%2E%2E/x/%2E"
    assert rt.expand_path("/apps/{a}", {"a": "../.."}) == "/apps/..%2F.."
    assert (
        rt.protect_dot_segments("http://h:1/a/../b/.?q=/../") == "http://h:1/a/%2E%2E/b/%2E?q=/../"
    )


# ---------------------------------------------------------------- 2. tokens


def test_a_token_read_from_a_file_loses_its_newline(serve: Callable[[Answer], Server]) -> None:
    server = serve(ok_app)
    with client_for(server, token="  tok-from-file\n") as client:
        client.apps.info("x")
    assert server.seen[0].headers["authorization"] == "Bearer tok-from-file"


@pytest.mark.parametrize("bad", [f"{SECRET}\nX-Evil: 1", f"{SECRET}\rX", f"a\x00{SECRET}", "tök"])
def test_an_unsendable_token_is_a_typed_error_without_the_token(
    serve: Callable[[Answer], Server], bad: str
) -> None:
    server = serve(ok_app)
    with client_for(server, token=bad) as client, pytest.raises(InvalidCredentials) as info:
        client.apps.info("x")
    assert isinstance(info.value, MissingCredentials) and isinstance(info.value, ClientError)
    assert "token= argument" in str(info.value)
    for shown in (str(info.value), repr(info.value), repr(client)):
        assert SECRET not in shown and "tök" not in shown
    assert server.seen == []


def test_an_unsendable_token_from_the_environment(
    serve: Callable[[Answer], Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(ok_app)
    monkeypatch.setenv("HEROKU_API_KEY", f"{SECRET}\nmore")
    with client_for(server, token=None) as client, pytest.raises(InvalidCredentials) as info:
        client.apps.info("x")
    assert "$HEROKU_API_KEY" in str(info.value) and SECRET not in str(info.value)
    assert server.seen == []


@pytest.mark.parametrize("value", [f"{SECRET}\nX-Evil: 1", f" {SECRET}", f"{SECRET}日本"])
def test_an_unsendable_header_value_is_a_typed_error_without_the_value(
    serve: Callable[[Answer], Server], value: str
) -> None:
    server = serve(ok_app)
    with client_for(server) as client, pytest.raises(TransportError) as info:
        client.apps.info("x", headers={"X-Api-Key": value})
    assert "header value" in str(info.value) and SECRET not in str(info.value)
    assert server.seen == []


# ---------------------------------------------------------------- 3. redirects and netrc


def _redirect_to(target: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 302, b"", {"Location": target})

    return answer


@pytest.mark.parametrize("own_session", [False, True])
def test_a_redirect_to_another_host_carries_no_credentials(
    serve: Callable[[Answer], Server], isolated_env: Path, own_session: bool
) -> None:
    import requests

    elsewhere = serve(ok_app)
    api = serve(_redirect_to(f"http://localhost:{elsewhere.port}/landing"))
    isolated_env.write_text(f"machine localhost login someone password {SECRET}\n")
    session = requests.Session() if own_session else None
    with client_for(api, session=session) as client:
        client.apps.info("x")
    assert api.seen[0].headers["authorization"] == "Bearer tok"
    assert [s.line for s in elsewhere.seen] == ["GET /landing HTTP/1.1"]
    assert "authorization" not in elsewhere.seen[0].headers


def test_a_redirect_on_the_same_host_keeps_the_token(serve: Callable[[Answer], Server]) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.path == "/apps/x":
            send(handler, 301, b"", {"Location": "/apps/y"})
        else:
            ok_app(handler)

    api = serve(answer)
    with client_for(api) as client:
        client.apps.info("x")
    assert [s.headers.get("authorization") for s in api.seen] == ["Bearer tok", "Bearer tok"]


def test_a_redirect_body_is_not_read(serve: Callable[[Answer], Server]) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.path != "/apps/x":
            return ok_app(handler)
        handler.send_response(302)
        handler.send_header("Location", "/apps/y")
        handler.send_header("Content-Length", "1000000")
        handler.end_headers()
        handler.wfile.write(b" ")
        time.sleep(3)  # a huge or trickling redirect body

    api = serve(answer)
    with client_for(api, deadline=2.5) as client:
        started = time.monotonic()
        assert client.apps.info("x").name == "x"
        assert time.monotonic() - started < 1.0


def test_a_redirect_loop_stops_after_30_redirects(serve: Callable[[Answer], Server]) -> None:
    api = serve(_redirect_to("/apps/x"))
    with client_for(api) as client:
        with pytest.raises(TransportError) as info:
            client.apps.info("x")
    assert "redirects" in str(info.value)
    assert len(api.seen) == 31  # the request and the 30 redirects requests follows


# ---------------------------------------------------------------- 4. secrets in URLs


def test_query_secrets_stay_out_of_errors_and_logs(
    serve: Callable[[Answer], Server], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda h: send(h, 404, b'{"id": "not_found", "message": "no"}'))
    caplog.set_level(logging.DEBUG)
    query = {"api_key": SECRET, "X-Amz-Signature": SECRET, "page": "2"}
    with client_for(server) as client, pytest.raises(NotFound) as info:
        client.request("GET", "/apps/x", query=query)
    assert SECRET in server.seen[0].line  # it was sent...
    assert info.value.url.endswith("/apps/x?api_key=***&X-Amz-Signature=***&page=***")
    text = str(info.value) + repr(info.value) + caplog.text
    libraries = {r.name.split(".")[0] for r in caplog.records} & {"urllib3", "httpx"}
    assert "/apps/x" in caplog.text and libraries  # the HTTP library logged the URL
    assert SECRET not in text  # ...and is nowhere else


def test_query_secrets_stay_out_of_transport_errors_and_retry_warnings(
    caplog: pytest.LogCaptureFixture, isolated_env: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    closed = f"http://someone:{SECRET}@127.0.0.1:9"  # nothing listens on port 9 (discard)
    with Client(token="t", base_url=closed, retries=1, backoff_factor=0) as client:
        with pytest.raises(TransportError) as info:
            client.request("GET", "/apps/x", query={"sig": SECRET, "token": SECRET})
    assert "Retrying" in caplog.text and "/apps/x" in str(info.value)
    assert SECRET not in str(info.value) + caplog.text


def test_query_secrets_stay_out_of_a_library_message_that_quotes_the_url(
    isolated_env: Path,
) -> None:
    # requests' InvalidSchema quotes the URL it refused, userinfo included.
    with Client(token="t", base_url=f"ftp://someone:{SECRET}@127.0.0.1:9", retries=0) as client:
        with pytest.raises(TransportError) as info:
            client.request("GET", "/apps/x", query={"sig": SECRET})
    assert "InvalidSchema" in str(info.value) and "ftp://***@127.0.0.1:9" in str(info.value)
    assert "/apps/x" in str(info.value) and SECRET not in str(info.value)


def test_redact_url() -> None:
    assert rt.redact_url("https://u:p@h/a/b?api_key=1&flag&x=&y=2#frag") == (
        "https://***@h/a/b?api_key=***&***&x=***&y=***"
    )
    assert rt.redact_url("https://h/a") == "https://h/a"
    assert rt.redact_text("GET /a?sig=1&b=2 (see https://u:p@h/x?t=3 )") == (
        "GET /a?sig=***&b=*** (see https://***@h/x?t=*** )"
    )


# ---------------------------------------------------------------- 5. deadline


def trickle(handler: BaseHTTPRequestHandler) -> None:
    """A body of 100 bytes announced and sent one byte every 0.2 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "100")
    handler.end_headers()
    for _ in range(100):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.2)


def test_a_trickling_body_is_cut_at_the_deadline(serve: Callable[[Answer], Server]) -> None:
    server = serve(trickle)
    with client_for(server, deadline=1.0) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded) as info:
            client.apps.info("x")
        took = time.monotonic() - started
    assert isinstance(info.value, TransportError) and "deadline" in str(info.value)
    assert 0.9 <= took < 3.0  # 1 s deadline, read timeout 2 s never reached by a trickle


def test_the_deadline_can_be_set_per_call(serve: Callable[[Answer], Server]) -> None:
    server = serve(trickle)
    with client_for(server) as client:  # default deadline: 300 s
        for call in (
            lambda: client.request("GET", "/apps/x", deadline=0.5),
            lambda: client.apps.info("x", deadline=0.5),
            lambda: list(client.apps.list(deadline=0.5)),
        ):
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded):
                call()
            assert time.monotonic() - started < 2.5


def test_a_silent_server_is_cut_at_the_deadline_not_the_read_timeout(
    serve: Callable[[Answer], Server],
) -> None:
    server = serve(lambda h: time.sleep(5))
    with client_for(server, timeout=(10.0, 10.0), deadline=0.5, retries=0) as client:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            client.apps.info("x")
        assert time.monotonic() - started < 2.0


def test_no_retry_wait_is_started_that_would_pass_the_deadline(
    serve: Callable[[Answer], Server],
) -> None:
    server = serve(lambda h: send(h, 503, b"{}", {"Retry-After": "30"}))
    with client_for(server, retries=5, deadline=2.0) as client:
        started = time.monotonic()
        with pytest.raises(ServerError):
            client.apps.info("x")
        assert time.monotonic() - started < 1.5
    assert len(server.seen) == 1


# ---------------------------------------------------------------- 6. response size


def big_body(size: int, declare: bool) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declare:
            handler.send_header("Content-Length", str(size))
        else:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        block = b" " * 65536
        for start in range(0, size, len(block)):
            part = block[: min(len(block), size - start)]
            handler.wfile.write(part if declare else b"%x\r\n%s\r\n" % (len(part), part))
        if not declare:
            handler.wfile.write(b"0\r\n\r\n")

    return answer


@pytest.mark.parametrize("declare", [True, False])
def test_a_body_over_the_cap_is_refused(serve: Callable[[Answer], Server], declare: bool) -> None:
    server = serve(big_body(2_000_000, declare))
    with client_for(server, max_response_bytes=1_000_000) as client:
        with pytest.raises(ResponseTooLarge) as info:
            client.apps.info("x")
    assert isinstance(info.value, ClientError) and "1000000" in str(info.value)


def test_a_declared_length_over_the_cap_is_refused_before_reading(
    serve: Callable[[Answer], Server],
) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "2000000")
        handler.end_headers()
        handler.wfile.write(b"[")
        time.sleep(3)  # the rest never comes in time

    server = serve(answer)
    with client_for(server, max_response_bytes=1_000_000, deadline=2.0) as client:
        started = time.monotonic()
        with pytest.raises(ResponseTooLarge) as info:
            client.apps.info("x")
        assert time.monotonic() - started < 1.0
    assert "Content-Length 2000000" in str(info.value)


def test_bodies_read_in_chunks_keep_the_connection_alive_unless_cut_short(
    serve: Callable[[Answer], Server],
) -> None:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        if handler.path == "/apps/big":
            send(handler, 200, b" " * 5000)
        elif handler.path == "/apps/gone":
            send(handler, 404, b'{"id": "not_found", "message": "no"}')
        else:
            ok_app(handler)

    server = serve(answer)
    with client_for(server, max_response_bytes=4000) as client:
        for _ in range(5):
            client.apps.info("x")
        with pytest.raises(NotFound):
            client.apps.info("gone")
        client.apps.info("x")
        with pytest.raises(ResponseTooLarge):
            client.apps.info("big")
        client.apps.info("x")
    peers = [s.peer for s in server.seen]
    assert len(set(peers[:8])) == 1  # one connection for every complete answer
    assert peers[8] != peers[7]  # the rest of a body cut short is never read as an answer


def test_a_body_at_the_cap_is_read(serve: Callable[[Answer], Server]) -> None:
    padded = APP + b" " * (300_000 - len(APP))
    server = serve(lambda h: send(h, 200, padded))
    with client_for(server, max_response_bytes=300_000) as client:
        assert client.apps.info("x").name == "x"


MEMORY_PROBE = """
import resource, sys
sys.path.insert(0, sys.argv[2])
from heroku_platform_api import Client, ResponseTooLarge
client = Client(token="t", base_url=sys.argv[1], retries=0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    client.apps.info("x")
except ResponseTooLarge:
    pass
else:
    raise SystemExit("no ResponseTooLarge")
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_memory_stays_bounded_for_a_huge_body(serve: Callable[[Answer], Server]) -> None:
    server = serve(big_body(200 * 1024 * 1024, declare=False))  # 200 MiB, no Content-Length
    probe = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEMORY_PROBE), server.url, str(GENERATED)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    grown_mib = int(probe.stdout)
    assert grown_mib < 140  # the default cap is 64 MiB; reading all of it would be >= 200


# ---------------------------------------------------------------- 7. decoding


def test_deeply_nested_json_is_a_decode_error(serve: Callable[[Answer], Server]) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    # Garbage that earlier tests left (sockets, frames of caught errors) must not
    # be collected inside the parser's recursion: a finalizer run at the depth
    # limit fails, and so does pytest's report of it (seen once in CI).
    gc.collect()
    server = serve(lambda h: send(h, 200, deep) if "ok" in h.path else send(h, 404, deep))
    with client_for(server) as client:
        with pytest.raises(DecodeError) as info:
            client.apps.info("ok")
        assert "JSON" in str(info.value)
        with pytest.raises(NotFound):  # an error body that deep is kept as text
            client.apps.info("missing")


def test_invalid_utf8_is_a_decode_error(serve: Callable[[Answer], Server]) -> None:
    server = serve(lambda h: send(h, 200, b'{"id": "x", "name": "caf\xe9"}'))
    with client_for(server) as client, pytest.raises(DecodeError) as info:
        client.apps.info("x")
    assert info.value.url is not None and info.value.url.endswith("/apps/x")


def test_utf8_with_a_bom_decodes(serve: Callable[[Answer], Server]) -> None:
    server = serve(lambda h: send(h, 200, b"\xef\xbb\xbf" + APP.replace(b'"x"', b'"caf\xc3\xa9"')))
    with client_for(server) as client:
        assert client.apps.info("x").name == "café"


# ---------------------------------------------------------------- 8. Retry-After


@pytest.mark.parametrize(
    "value, parsed, least",
    [("1e9", None, 0.0), ("-5", None, 0.0), ("garbage", None, 0.0), ("1000000000", 1e9, 0.4)],
)
def test_an_insane_retry_after_is_clamped_or_ignored(
    value: str, parsed: Optional[float], least: float, isolated_env: Path
) -> None:
    with FakeHeroku() as fake:
        fake.rate_limit_next("/apps/busy", count=10, retry_after=value)
        with Client(
            token=fake.token, base_url=fake.url, retries=2, backoff_factor=0, max_retry_after=0.2
        ) as client:
            started = time.monotonic()
            with pytest.raises(RateLimited) as info:
                client.apps.info("busy")
            took = time.monotonic() - started
        assert len(fake.requests) == 3
    assert info.value.retry_after == parsed
    assert least <= took < 3.0


def test_a_sane_retry_after_within_the_clamp_is_honoured(isolated_env: Path) -> None:
    with FakeHeroku() as fake:
        fake.create_app("slowly")
        fake.rate_limit_next("/apps/slowly", count=1, retry_after="1")
        with Client(token=fake.token, base_url=fake.url, backoff_factor=0) as client:
            started = time.monotonic()
            assert client.apps.info("slowly").name == "slowly"
            assert time.monotonic() - started >= 0.9
