"""``AsyncClient`` used as asyncio code uses it, against the fake Heroku API on
127.0.0.1: many concurrent calls through one client, a token provider awaited
once, ``async for`` over items and pages, ``async with`` closing the
connections, and the import cost (httpx only with the first AsyncClient).
The rest of its behaviour is the shared suite (test_client_behaviour_async.py)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fake_heroku import FakeHeroku
from helpers import GENERATED

from heroku_platform_api import AsyncClient, AsyncRangePages, NotFound, Page, RateLimited
from heroku_platform_api.models import App


@pytest.fixture(autouse=True)
def _no_real_credentials(isolated_env: Path) -> None:
    """Every test here runs without $HEROKU_API_KEY and with a temp HOME/$NETRC."""


def test_100_concurrent_calls_share_one_client(fake_heroku: FakeHeroku) -> None:
    names = [f"app-{i:03d}" for i in range(100)]
    ids = {name: fake_heroku.create_app(name)["id"] for name in names}
    provided: list[int] = []

    async def token() -> str:
        provided.append(1)
        await asyncio.sleep(0.05)  # every call is waiting for it meanwhile
        return fake_heroku.token

    async def main() -> list[App]:
        async with AsyncClient(token=token, base_url=fake_heroku.url, pool_size=20) as client:
            return await asyncio.gather(*(client.apps.info(name) for name in names))

    apps = asyncio.run(main())
    assert [(app.name, app.id) for app in apps] == [(name, ids[name]) for name in names]
    assert len(provided) == 1  # one token lookup for 100 concurrent first calls
    assert len(fake_heroku.requests) == 100
    assert {r.headers["authorization"] for r in fake_heroku.requests} == {
        f"Bearer {fake_heroku.token}"
    }


def test_concurrent_calls_each_get_their_own_error_and_retry(fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("busy")
    fake_heroku.rate_limit_next("/apps/busy", count=3)

    async def main() -> list[Any]:
        async with AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url) as client:
            calls = [client.apps.info("busy") for _ in range(5)]
            calls += [client.apps.info(f"missing-{i}") for i in range(5)]
            return await asyncio.gather(*calls, return_exceptions=True)

    results = asyncio.run(main())
    assert [getattr(r, "name", None) for r in results[:5]] == ["busy"] * 5  # 429s retried
    assert all(isinstance(r, NotFound) for r in results[5:])
    assert not any(isinstance(r, RateLimited) for r in results)


def test_async_for_over_items_and_pages(fake_heroku: FakeHeroku) -> None:
    created = [fake_heroku.create_app(f"app-{i:02d}")["name"] for i in range(7)]

    async def main() -> tuple[Any, ...]:
        async with AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url) as client:
            listing = client.apps.list(max=3)
            assert isinstance(listing, AsyncRangePages)
            sent_before_iterating = len(fake_heroku.requests)
            items = [app.name async for app in listing]
            pages = [page async for page in client.apps.list(max=3).pages()]
            first = await client.apps.list(max=3, field="name").first_page()
            resumed = [a.name async for a in client.apps.list(start=first.next_range)]
            return sent_before_iterating, items, pages, first, resumed

    sent_before_iterating, items, pages, first, resumed = asyncio.run(main())
    assert sent_before_iterating == 0  # a listing is lazy
    assert items == created
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert all(isinstance(p, Page) for p in pages)
    assert [a.name for a in first.items] == created[:3]
    assert resumed == created[3:]


def test_async_with_closes_the_connections(fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("app-x")

    async def main() -> AsyncClient:
        async with AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url) as client:
            await client.apps.info("app-x")
            assert not client.session.is_closed
        return client

    client = asyncio.run(main())
    assert client.session.is_closed


def test_the_callers_own_http_client_is_used(fake_heroku: FakeHeroku) -> None:
    import httpx

    fake_heroku.create_app("app-x")
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def main() -> None:
        own = httpx.AsyncClient(event_hooks={"request": [hook]})
        async with AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url, http_client=own):
            pass
        assert own.is_closed
        own = httpx.AsyncClient(event_hooks={"request": [hook]})
        client = AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url, http_client=own)
        assert (await client.apps.info("app-x")).name == "app-x"
        await client.aclose()

    asyncio.run(main())
    assert seen == ["/apps/app-x"]


def test_a_failing_token_provider_raises_its_error_to_every_waiting_call(
    fake_heroku: FakeHeroku,
) -> None:
    async def token() -> str:
        raise PermissionError("vault sealed")

    async def main() -> list[Any]:
        async with AsyncClient(token=token, base_url=fake_heroku.url) as client:
            return await asyncio.gather(
                *(client.apps.info("app-x") for _ in range(3)), return_exceptions=True
            )

    results = asyncio.run(main())
    assert [type(r) for r in results] == [PermissionError] * 3
    assert fake_heroku.requests == []  # nothing was sent without a token


# ---------------------------------------------------------------- import cost

MODULES_LOADED = """
import json, sys
def loaded():
    names = ("requests", "urllib3", "httpx", "httpcore", "asyncio")
    return sorted(n for n in names if n in sys.modules)
steps = {"at start": loaded()}
import heroku_platform_api, heroku_platform_api.models
steps["after import"] = loaded()
heroku_platform_api.AsyncClient(token="t")
steps["after AsyncClient()"] = loaded()
heroku_platform_api.Client(token="t")
steps["after Client()"] = loaded()
print(json.dumps(steps))
"""

WITHOUT_HTTPX = """
import sys
sys.modules["httpx"] = None  # as if the [async] extra was not installed
import heroku_platform_api
heroku_platform_api.Client(token="t")
try:
    heroku_platform_api.AsyncClient(token="t")
except ImportError as error:
    print(error)
"""


def run_fresh(code: str, cwd: Path) -> str:
    """Run ``code`` in a new interpreter that sees only the generated package
    (and the installed libraries: no PYTHON* settings, no user site)."""
    done = subprocess.run(
        [sys.executable, "-s", "-c", code],
        cwd=cwd,
        env={"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_leaves_httpx_to_the_first_async_client(tmp_path: Path) -> None:
    steps = json.loads(run_fresh(MODULES_LOADED, tmp_path))
    assert steps["at start"] == [], "interpreter start-up already imports them: no test"
    assert steps["after import"] == []
    # asyncio costs as much as the package: only an AsyncClient imports it
    assert steps["after AsyncClient()"] == ["asyncio", "httpcore", "httpx"]  # not requests
    assert steps["after Client()"] == ["asyncio", "httpcore", "httpx", "requests", "urllib3"]


def test_without_httpx_the_async_client_says_what_to_install(tmp_path: Path) -> None:
    assert run_fresh(WITHOUT_HTTPX, tmp_path).strip() == (
        "AsyncClient needs httpx: pip install 'heroku-platform-api[async]'"
    )


def test_the_cli_help_points_to_both_clients(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-s", "-m", "heroku_platform_api.cli", "--help"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "client.<group>.<command>(...) of heroku_platform_api.Client" in text
    assert "awaited, of heroku_platform_api.AsyncClient" in text
    assert "pip install 'heroku-platform-api[async]'" in text


class _ImportRecorder:
    """A meta path finder that only records what is looked for: a module
    already imported is never looked for again, so after a first call these are
    the imports a call keeps attempting (and failing) every time."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        self.names.append(name)


def test_a_call_attempts_no_import_with_the_async_extra(fake_heroku: FakeHeroku) -> None:
    """httpcore asks sniffio which event loop runs it, four times a request;
    without sniffio each ask is a failed import (about 40 us).  The [async]
    extra installs it, as this venv has it (a missing one fails here)."""
    fake_heroku.create_app("quick")
    recorder = _ImportRecorder()

    async def main() -> None:
        async with AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url) as client:
            await client.apps.info("quick")  # first call: imports what it needs, once
            sys.meta_path.insert(0, recorder)
            try:
                for _ in range(3):
                    await client.apps.info("quick")
            finally:
                sys.meta_path.remove(recorder)

    asyncio.run(main())
    assert recorder.names == []
    extra = (GENERATED / "pyproject.toml").read_text()
    assert 'async = ["httpx>=0.27", "sniffio>=1.3"]' in extra


def test_the_deadline_holds_on_each_event_loop_the_client_is_used_from(
    fake_heroku: FakeHeroku,
) -> None:
    """The deadline timer belongs to an event loop: a client used again from a
    new loop (a second ``asyncio.run``) must get one there, not wait on the
    first loop's, which no longer runs."""
    from heroku_platform_api import DeadlineExceeded

    fake_heroku.create_app("slow")
    client = AsyncClient(token=fake_heroku.token, base_url=fake_heroku.url, retries=0)

    async def call(deadline: float) -> float:
        started = asyncio.get_running_loop().time()
        try:
            await client.apps.info("slow", deadline=deadline)
        except DeadlineExceeded:
            return asyncio.get_running_loop().time() - started
        raise AssertionError("the call outlived its deadline")

    for _ in range(2):  # each a new event loop
        fake_heroku.slow_next("/apps/slow", 3.0)
        assert asyncio.run(call(0.3)) < 1.5
    asyncio.run(client.aclose())
