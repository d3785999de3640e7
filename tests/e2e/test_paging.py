"""Every paging strategy end to end: tests/fixtures/features/paging.yaml is
generated (python and cli targets), and its client and CLI page through a
local server on 127.0.0.1 that really pages, each operation its own way.

Per strategy: several pages, a resume from a page's ``next`` token, a server
that repeats its token (raises ``PaginationError`` instead of looping), an
empty last page, and for the URL-following strategies a next link to another
origin (refused before anything is sent: the other server sees no request,
so no credential).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Optional
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator import cli
from helpers import ROOT

SPEC = ROOT / "tests" / "fixtures" / "features" / "paging.yaml"
PACKAGE = "feat_paging_e2e"
TOKEN = "s3cret-token"
TOKEN_ENV = "FEAT_PAGING_TOKEN"


@dataclass
class PagingServer:
    """Serves ids 1..total, ``size`` a page unless the request asks, every
    operation of the fixture in its own style.  ``repeat``: the server sends
    the same next token forever (or, for offsets and page numbers, ignores
    them); ``foreign``: next URLs point at ``foreign_url``."""

    total: int = 5
    size: int = 2
    repeat: bool = False
    foreign_url: Optional[str] = None
    seen: list[tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    url: str = ""

    def page(self, start: int, size: Optional[int]) -> tuple[list[dict[str, int]], Optional[int]]:
        """The items from index ``start`` and the next start (None: none), a
        full last page still pointing past the end (so the client meets an
        empty page)."""
        size = size or self.size
        items = [{"id": i + 1} for i in range(start, min(start + size, self.total))]
        following = start + size if len(items) == size else None
        if self.repeat and following is not None:
            following = size  # always "the second page"
        return items, following

    def next_url(self, path: str, following: Optional[int], query: str = "") -> Optional[str]:
        if following is None:
            return None
        root = self.foreign_url or self.url
        return f"{root}{path}?at={following}{query}"

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, Any, dict[str, str]]:
        def number(name: str) -> Optional[int]:
            return int(query[name]) if name in query else None

        if path == "/range/items":
            value = headers.get("Range", "")
            size = int(value.rpartition("max=")[2] or 0) or None
            start = int(value[1:].split("..")[0]) if value.startswith("]") else 0
            items, following = self.page(start, size)
            if following is None:
                return 200, items, {}
            return 206, items, {"Next-Range": f"]{following}..; max={size or self.size}"}
        if path == "/link/items":
            items, following = self.page(number("at") or 0, number("per_page"))
            link = self.next_url(path, following, f"&per_page={number('per_page') or self.size}")
            extra = {"Link": f'<{self.url}/link/items>; rel="first", <{link}>; rel="next"'}
            return 200, items, extra if link else {}
        if path == "/cursor/items":
            items, following = self.page(int(query.get("cursor", "c0")[1:]), number("limit"))
            cursor = None if following is None else f"c{following}"
            return 200, {"data": items, "meta": {"next_cursor": cursor}}, {}
        if path == "/offset/items":
            offset = 0 if self.repeat else number("offset") or 0
            items, _ = self.page(offset, number("limit"))
            return 200, {"items": items, "total": self.total}, {}
        if path == "/page/items":
            size = number("per_page") or self.size
            page = 1 if self.repeat else number("page") or 1
            return 200, self.page((page - 1) * size, size)[0], {}
        if path == "/next/items":  # relative links
            items, following = self.page(number("at") or 0, None)
            link = self.next_url("/next/items", following)
            if link is not None and self.foreign_url is None:
                link = link[len(self.url) :]
            return 200, {"results": items, "links": {"next": link}}, {}
        if path == "/ours/items":
            items, following = self.page(int(query.get("token", "0")), number("count"))
            token = None if following is None else str(following)
            return 200, {"entries": items, "paging": {"token": token}}, {}
        if path == "/speakeasy/items":
            skip = 0 if self.repeat else number("skip") or 0
            return 200, {"rows": self.page(skip, number("take"))[0]}, {}
        if path == "/fern/items":
            items, following = self.page(number("at") or 0, None)
            return 200, {"list": items, "next_page": self.next_url(path, following)}, {}
        if path == "/unpaged/items":
            return 200, self.page(0, None)[0], {}
        return 404, {"message": "no such path"}, {}


@contextlib.contextmanager
def running(state: Any) -> Iterator[Any]:
    """``state`` served on 127.0.0.1 (its ``url`` set) for the block."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            split = urlsplit(self.path)
            query = dict(parse_qsl(split.query))
            headers = dict(self.headers)
            state.seen.append((split.path, query, headers))
            status, body, extra = state.answer(split.path, query, headers)
            raw = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            for name, value in extra.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Recorder:
    """Another origin: records whatever reaches it."""

    seen: list[tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    url: str = ""

    def answer(self, *_: Any) -> tuple[int, Any, dict[str, str]]:
        return 200, [], {}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("paging")
    config = out.parent / "paging.generator.yaml"
    config.write_text(f"token_env: {TOKEN_ENV}\n")
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        status = cli.main(
            ["generate", str(SPEC), "--out", str(out), "--package", PACKAGE]
            + ["--target", "python", "--target", "cli", "--config", str(config)]
        )
    assert status == 0, stdout.getvalue()
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


# How each operation of the fixture is listed through the client.
STRATEGIES: dict[str, Callable[..., Any]] = {
    "range": lambda c, **kw: c.range.list(max=kw.pop("page_size", 2), **kw),
    "link": lambda c, **kw: c.link.list(**kw),
    "cursor": lambda c, **kw: c.cursor.list(**kw),
    "offset": lambda c, **kw: c.offset.list(**kw),
    "page": lambda c, **kw: c.page.list(**kw),
    "next_url": lambda c, **kw: c.next_url.list(**kw),
    "x-pagination": lambda c, **kw: c.extensions.list_ours(**kw),
    "x-speakeasy-pagination": lambda c, **kw: c.extensions.list_speakeasy(**kw),
    "x-fern-pagination": lambda c, **kw: c.extensions.list_fern(**kw),
}
SIZED = {"range", "link", "cursor", "offset", "page", "x-pagination", "x-speakeasy-pagination"}
FOLLOWING_URLS = ("link", "next_url", "x-fern-pagination")


def client_for(package: ModuleType, server: Any) -> Any:
    return package.Client(TOKEN, base_url=server.url, retries=0)


def ids(items: Any) -> list[int]:
    return [item.id for item in items]


def drain(listing: Any, most: int = 100) -> list[int]:
    """Every item's id, failing (rather than hanging) past ``most`` items."""
    found = []
    for item in listing:
        found.append(item.id)
        if len(found) > most:
            pytest.fail("the listing did not stop")
    return found


@pytest.mark.parametrize("name", STRATEGIES)
def test_several_pages_fetched_lazily(package: ModuleType, name: str) -> None:
    with running(PagingServer()) as server:
        kwargs = {"page_size": 2} if name in SIZED else {}
        listing = STRATEGIES[name](client_for(package, server), **kwargs)
        assert server.seen == []  # nothing is fetched before iterating
        iterator = iter(listing)
        assert next(iterator) == package.models.Item(id=1) and len(server.seen) == 1
        assert [1] + ids(iterator) == [1, 2, 3, 4, 5]
        assert len(server.seen) == 3  # [1, 2], [3, 4], [5]
        assert all(headers.get("Authorization") == f"Bearer {TOKEN}" for *_, headers in server.seen)


@pytest.mark.parametrize("name", STRATEGIES)
def test_resume_from_a_pages_next_token(package: ModuleType, name: str) -> None:
    with running(PagingServer()) as server:
        client = client_for(package, server)
        kwargs = {"page_size": 2} if name in SIZED else {}
        first = STRATEGIES[name](client, **kwargs).first_page()
        assert ids(first.items) == [1, 2] and first.next is not None
        pages = list(STRATEGIES[name](client, start=first.next, **kwargs).pages())
        assert [ids(p.items) for p in pages] == [[3, 4], [5]]
        assert pages[0].next is not None and pages[-1].next is None


@pytest.mark.parametrize("name", STRATEGIES)
def test_a_repeated_token_raises_instead_of_looping(package: ModuleType, name: str) -> None:
    with running(PagingServer(total=50, repeat=True)) as server:
        kwargs = {"page_size": 2} if name in SIZED else {}
        with pytest.raises(package.PaginationError, match="repeated|same page twice"):
            drain(STRATEGIES[name](client_for(package, server), **kwargs))
        assert len(server.seen) <= 3


@pytest.mark.parametrize("name", STRATEGIES)
def test_an_empty_last_page_ends_the_list(package: ModuleType, name: str) -> None:
    with running(PagingServer(total=4)) as server:
        kwargs = {"page_size": 2} if name in SIZED else {}
        pages = list(STRATEGIES[name](client_for(package, server), **kwargs).pages())
        assert [ids(p.items) for p in pages] == [[1, 2], [3, 4], []]
        assert pages[-1].next is None


@pytest.mark.parametrize("name", FOLLOWING_URLS)
def test_a_next_url_on_another_origin_is_refused(package: ModuleType, name: str) -> None:
    with running(Recorder()) as foreign, running(PagingServer(foreign_url="")) as server:
        server.foreign_url = foreign.url  # same host, another port: another origin
        listing = STRATEGIES[name](client_for(package, server))
        with pytest.raises(package.PaginationError, match="not on the API's origin") as error:
            drain(listing)
        assert foreign.seen == [] and len(server.seen) == 1
        assert TOKEN not in str(error.value)
        # nor may a saved token lead there
        with pytest.raises(package.PaginationError, match="not on the API's origin"):
            STRATEGIES[name](client_for(package, server), start=f"{foreign.url}/x").first_page()
        assert foreign.seen == []


def test_page_size_is_checked_against_the_declared_maximum(package: ModuleType) -> None:
    client = package.Client(TOKEN, base_url="http://127.0.0.1:9")
    with pytest.raises(ValueError, match="50"):
        client.extensions.list_ours(page_size=51)
    with pytest.raises(ValueError):
        client.range.list(max=0)


def test_x_pagination_false_leaves_an_operation_unpaged(package: ModuleType) -> None:
    with running(PagingServer()) as server:
        result = client_for(package, server).extensions.list_unpaged(page=1, per_page=2)
        assert ids(result) == [1, 2]


@pytest.mark.parametrize(
    "argv",
    [
        ["cursor", "list", "--page-size", "2"],
        ["link", "list", "--page-size", "2"],
        ["range", "list", "--max", "2"],
        ["extensions", "list-fern"],
    ],
)
def test_the_cli_pages_with_the_same_strategies(
    package: ModuleType, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    command_line = importlib.import_module(f"{PACKAGE}.cli")
    with running(PagingServer()) as server:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = command_line.main(argv + ["--base-url", server.url])
        assert status == 0
        assert [item["id"] for item in json.loads(out.getvalue())] == [1, 2, 3, 4, 5]
        assert len(server.seen) == 3
