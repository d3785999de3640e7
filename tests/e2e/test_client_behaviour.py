"""Behaviour of the generated Heroku client over real HTTP, against the stateful
fake in ``fake_heroku.py`` (no mocks of ``requests``)."""

from __future__ import annotations

import copy
import json
import logging
import pickle
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fake_heroku import ACCEPT, FakeHeroku
from helpers import GENERATED

from heroku_platform_api import (
    UNSET,
    ApiError,
    Client,
    DecodeError,
    MissingCredentials,
    NotFound,
    Page,
    PaginationError,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnprocessableEntity,
)
from heroku_platform_api.models import App, AppRegion, Dyno, Release, ReleaseStatus


@pytest.fixture(autouse=True)
def _no_real_credentials(isolated_env: Path) -> None:
    """Every test here runs without $HEROKU_API_KEY and with a temp HOME/$NETRC."""


def make_client(fake: FakeHeroku, **kwargs: Any) -> Client:
    kwargs.setdefault("token", fake.token)
    kwargs.setdefault("backoff_factor", 0)
    return Client(base_url=fake.url, **kwargs)


def seed(fake: FakeHeroku, count: int) -> list[dict[str, Any]]:
    return [fake.create_app(f"app-{i:02d}") for i in range(count)]


# ---------------------------------------------------------------- the issue-3 flow


def test_full_app_lifecycle(client: Client, fake_heroku: FakeHeroku) -> None:
    app = client.apps.create(name="my-app", region="eu")

    method, path, headers, body = fake_heroku.requests[-1]
    assert (method, path) == ("POST", "/apps")
    assert body == {"name": "my-app", "region": "eu"}  # stack was UNSET: left out
    assert headers["authorization"] == f"Bearer {fake_heroku.token}"
    assert headers["accept"] == ACCEPT
    assert headers["user-agent"].startswith("heroku_platform_api/")
    assert headers["content-type"] == "application/json"

    assert isinstance(app, App)
    assert app.name == "my-app"
    assert isinstance(app.region, AppRegion) and app.region.name == "eu"
    assert app.stack is not None and app.stack.name == "heroku-24"
    assert app.build_stack is not None and app.build_stack.name == "heroku-24"
    assert app.owner is not None and app.owner.email == "owner@example.com"
    assert app.maintenance is False and app.archived_at is None
    assert isinstance(app.created_at, datetime)
    assert app.created_at.utcoffset() == timedelta(0)
    assert app.created_at.year == 2024

    assert client.apps.info("my-app") == app
    assert client.apps.info(app.id or "") == app
    assert [r.path for r in fake_heroku.requests[-2:]] == ["/apps/my-app", f"/apps/{app.id}"]
    assert fake_heroku.requests[-1].body is None
    assert "content-type" not in fake_heroku.requests[-1].headers

    listed = list(client.apps.list())
    assert [a.name for a in listed] == ["my-app"]

    updated = client.apps.update("my-app", maintenance=True)
    assert fake_heroku.requests[-1][:2] == ("PATCH", "/apps/my-app")
    assert fake_heroku.requests[-1].body == {"maintenance": True}
    assert updated.maintenance is True and updated.id == app.id
    assert updated.updated_at is not None and app.updated_at is not None
    assert updated.updated_at > app.updated_at

    assert client.config_vars.info("my-app") == {}
    assert client.config_vars.update("my-app", {"FOO": "bar", "OLD": "x"}) == {
        "FOO": "bar",
        "OLD": "x",
    }
    after = client.config_vars.update("my-app", {"FOO": "baz", "OLD": None})
    assert fake_heroku.requests[-1].body == {"FOO": "baz", "OLD": None}
    assert fake_heroku.requests[-1].headers["content-length"] == str(
        len(b'{"FOO":"baz","OLD":null}')
    )
    assert after == {"FOO": "baz"}
    assert client.config_vars.info(app.id or "") == {"FOO": "baz"}

    deleted = client.apps.delete("my-app")
    assert fake_heroku.requests[-1][:2] == ("DELETE", "/apps/my-app")
    assert deleted.id == app.id
    with pytest.raises(NotFound):
        client.apps.info("my-app")


def test_unset_arguments_are_left_out_and_none_is_not_unset(
    client: Client, fake_heroku: FakeHeroku
) -> None:
    client.apps.create(region="us", stack=UNSET)
    assert fake_heroku.requests[-1].body == {"region": "us"}
    client.apps.create()
    assert fake_heroku.requests[-1].body == {}


def test_enums_decode_and_unknown_values_are_kept(client: Client, fake_heroku: FakeHeroku) -> None:
    # Heroku's schema gives a dyno's state no enum; a release's status has one.
    fake_heroku.create_app("enum-app")
    releases = [
        {"id": "r1", "version": 1, "status": "succeeded"},
        {"id": "r2", "status": "rebooting"},
    ]
    fake_heroku.fail_next("/apps/enum-app/releases", 200, body=releases)
    listed = list(client.releases.list("enum-app"))
    assert all(isinstance(r, Release) for r in listed)
    assert listed[0].status is ReleaseStatus.SUCCEEDED and isinstance(listed[0].status, str)
    assert listed[1].status is not None and listed[1].status.name == "UNKNOWN"
    assert listed[1].status.value == "rebooting"


# ---------------------------------------------------------------- Range pagination


def test_iterating_follows_next_range(client: Client, fake_heroku: FakeHeroku) -> None:
    apps = seed(fake_heroku, 5)
    got = list(client.apps.list(max=2))
    assert [a.id for a in got] == [a["id"] for a in apps]
    assert all(isinstance(a, App) for a in got)
    ranges = [r.headers["range"] for r in fake_heroku.requests_to("/apps", "GET")]
    assert ranges == [
        "id ..; max=2",
        f"]{apps[1]['id']}..; max=2",
        f"]{apps[3]['id']}..; max=2",
    ]


def test_descending_order(client: Client, fake_heroku: FakeHeroku) -> None:
    apps = seed(fake_heroku, 5)
    got = [a.name for a in client.apps.list(max=2, order="desc")]
    assert got == [a["name"] for a in reversed(apps)]
    first, second = fake_heroku.requests_to("/apps")[:2]
    assert first.headers["range"] == "id ..; max=2, order=desc"
    assert second.headers["range"] == f"]{apps[3]['id']}..; max=2, order=desc"


def test_range_by_another_field(client: Client, fake_heroku: FakeHeroku) -> None:
    for name in ["zeta", "alpha", "mike"]:
        fake_heroku.create_app(name)
    assert [a.name for a in client.apps.list(field="name", max=1)] == ["alpha", "mike", "zeta"]


def test_first_page_and_resume(client: Client, fake_heroku: FakeHeroku) -> None:
    apps = seed(fake_heroku, 5)
    page = client.apps.list(max=2).first_page()
    assert isinstance(page, Page)
    assert [a.name for a in page.items] == ["app-00", "app-01"]
    assert page.next_range == f"]{apps[1]['id']}..; max=2"
    assert len(fake_heroku.requests) == 1  # lazy: only one page was fetched

    rest = list(client.apps.list(max=2, start=page.next_range))
    assert [a.name for a in rest] == ["app-02", "app-03", "app-04"]

    last = client.apps.list(max=2, start=f"]{apps[3]['id']}..; max=2").first_page()
    assert [a.name for a in last.items] == ["app-04"] and last.next_range is None


def test_listing_is_lazy(client: Client, fake_heroku: FakeHeroku) -> None:
    seed(fake_heroku, 3)
    pages = client.apps.list(max=1)
    assert fake_heroku.requests == []
    assert next(iter(pages)).name == "app-00"
    assert len(fake_heroku.requests) == 1


def test_empty_list(client: Client, fake_heroku: FakeHeroku) -> None:
    assert list(client.apps.list()) == []
    assert len(fake_heroku.requests) == 1


@pytest.mark.parametrize("bad", [0, -1, 1001])
def test_max_out_of_range_is_rejected_before_any_request(
    client: Client, fake_heroku: FakeHeroku, bad: int
) -> None:
    with pytest.raises(ValueError, match="max"):
        client.apps.list(max=bad)
    assert fake_heroku.requests == []


def test_bad_order_is_rejected(client: Client) -> None:
    with pytest.raises(ValueError, match="order"):
        client.apps.list(order="sideways")


def test_repeated_next_range_raises_instead_of_looping(
    client: Client, fake_heroku: FakeHeroku
) -> None:
    seed(fake_heroku, 3)
    fake_heroku.repeat_next_range = True
    seen: list[str] = []
    with pytest.raises(PaginationError, match="repeated Next-Range"):
        for app in client.apps.list(max=1):
            seen.append(app.name or "")
    assert seen == ["app-00", "app-00"]
    assert len(fake_heroku.requests) == 2


# ---------------------------------------------------------------- errors


def test_not_found(client: Client, fake_heroku: FakeHeroku) -> None:
    with pytest.raises(NotFound) as info:
        client.apps.info("nope")
    error = info.value
    assert isinstance(error, ApiError)
    assert error.status == 404
    assert error.id == "not_found"
    assert error.message == "Couldn't find that app."
    assert error.url == f"{fake_heroku.url}/apps/nope"
    assert error.request_id and len(error.request_id) == 36
    assert "404 not_found: Couldn't find that app." in str(error)
    assert error.request_id in str(error)
    assert len(fake_heroku.requests) == 1  # a 404 is not retried


def test_path_parameters_are_escaped(client: Client, fake_heroku: FakeHeroku) -> None:
    with pytest.raises(NotFound):
        client.apps.info("a/b c")
    assert fake_heroku.requests[-1].path == "/apps/a%2Fb%20c"


def test_unprocessable_entity(client: Client, fake_heroku: FakeHeroku) -> None:
    with pytest.raises(UnprocessableEntity) as info:
        client.apps.create(name="Not_Valid")
    assert info.value.status == 422 and info.value.id == "invalid_params"
    assert "Name must start with a letter" in info.value.message
    fake_heroku.create_app("taken")
    with pytest.raises(UnprocessableEntity, match="already taken"):
        client.apps.create(name="taken")
    assert len(fake_heroku.requests_to("/apps", "POST")) == 2  # not retried


def test_wrong_token_is_unauthorized(fake_heroku: FakeHeroku) -> None:
    with make_client(fake_heroku, token="wrong") as client, pytest.raises(Unauthorized) as info:
        client.apps.info("x")
    assert info.value.id == "unauthorized"


def test_429_is_retried_then_succeeds(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("busy")
    fake_heroku.rate_limit_next("/apps/busy", count=2)
    assert client.apps.info("busy").name == "busy"
    assert len(fake_heroku.requests) == 3


def test_429_on_post_is_retried_too(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.rate_limit_next("/apps", count=1)
    assert client.apps.create(name="after-wait").name == "after-wait"
    posts = fake_heroku.requests_to("/apps", "POST")
    assert len(posts) == 2 and posts[1].body == {"name": "after-wait"}
    assert len(fake_heroku.apps) == 1


def test_429_honours_retry_after(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("slowly")
    fake_heroku.rate_limit_next("/apps/slowly", count=1, retry_after="1")
    started = time.monotonic()
    client.apps.info("slowly")
    assert time.monotonic() - started >= 0.9


def test_429_without_retries_raises_rate_limited(fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("busy")
    fake_heroku.rate_limit_next("/apps/busy", count=1, retry_after="7")
    with make_client(fake_heroku, retries=0) as client, pytest.raises(RateLimited) as info:
        client.apps.info("busy")
    assert info.value.status == 429 and info.value.id == "rate_limit"
    assert info.value.retry_after == 7.0
    assert len(fake_heroku.requests) == 1


def test_429_after_retries_are_used_up(fake_heroku: FakeHeroku) -> None:
    fake_heroku.rate_limit_next("/apps/x", count=10)
    with make_client(fake_heroku, retries=2) as client, pytest.raises(RateLimited):
        client.apps.info("x")
    assert len(fake_heroku.requests) == 3


def test_503_on_get_is_retried(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("flaky")
    fake_heroku.fail_next("/apps/flaky", 503, count=2)
    assert client.apps.info("flaky").name == "flaky"
    assert len(fake_heroku.requests) == 3


def test_503_on_post_is_not_retried(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.fail_next("/apps", 503, count=1, body={"id": "unavailable", "message": "Try later"})
    with pytest.raises(ServerError) as info:
        client.apps.create(name="once")
    assert info.value.status == 503 and info.value.message == "Try later"
    assert len(fake_heroku.requests) == 1
    assert fake_heroku.apps == {}


def test_503_on_patch_is_not_retried(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("patchy")
    fake_heroku.fail_next("/apps/patchy/config-vars", 503, count=1)
    with pytest.raises(ServerError):
        client.config_vars.update("patchy", {"A": "1"})
    assert len(fake_heroku.requests) == 1


def test_non_json_500_body(fake_heroku: FakeHeroku) -> None:
    fake_heroku.fail_next(
        "/apps/x", 500, body=b"upstream connect error\n", content_type="text/plain"
    )
    with make_client(fake_heroku, retries=0) as client, pytest.raises(ServerError) as info:
        client.apps.info("x")
    assert info.value.status == 500 and info.value.id is None
    assert info.value.message == "upstream connect error"
    assert info.value.body == "upstream connect error\n"
    assert str(info.value).startswith("500: upstream connect error")


def test_html_500_body(fake_heroku: FakeHeroku) -> None:
    page = b"<html><head><title>Application Error</title></head><body>oops</body></html>"
    fake_heroku.fail_next("/apps/x", 502, body=page, content_type="text/html")
    with make_client(fake_heroku, retries=0) as client, pytest.raises(ServerError) as info:
        client.apps.info("x")
    assert info.value.status == 502
    assert info.value.message == "Bad Gateway: Application Error"  # not the markup
    assert info.value.body == page.decode()


def test_empty_error_body(fake_heroku: FakeHeroku) -> None:
    fake_heroku.fail_next("/apps/x", 500, count=4)
    with make_client(fake_heroku) as client, pytest.raises(ServerError) as info:
        client.apps.info("x")
    assert info.value.status == 500 and info.value.id is None and info.value.body is None
    assert info.value.message == "Internal Server Error"
    assert len(fake_heroku.requests) == 4  # the first try and 3 retries


def test_empty_4xx_body(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.fail_next("/apps/x", 403)
    with pytest.raises(ApiError) as info:
        client.apps.info("x")
    assert info.value.status == 403 and info.value.message == "Forbidden"


def test_schema_mismatch_raises_decode_error(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("odd")
    fake_heroku.mangle_next("/apps/odd", lambda app: {**app, "region": "us"})
    with pytest.raises(DecodeError) as info:
        client.apps.info("odd", strict=True)
    text = str(info.value)
    assert "App" in text and "region" in text
    assert text.startswith("App.region: expected object, got str")
    assert info.value.url == f"{fake_heroku.url}/apps/odd" and info.value.status == 200


def test_schema_mismatch_in_a_list_names_the_item(client: Client, fake_heroku: FakeHeroku) -> None:
    seed(fake_heroku, 2)
    fake_heroku.mangle_next("/apps", lambda apps: [apps[0], {**apps[1], "maintenance": "no"}])
    with pytest.raises(DecodeError) as info:
        list(client.apps.list(strict=True))
    assert str(info.value).startswith("App[1].maintenance: expected boolean, got str")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("name", 5, "string"),
        ("maintenance", "no", "boolean"),
        ("slug_size", "big", "integer"),
        ("slug_size", 1.5, "integer"),
        ("created_at", "yesterday", "date-time string"),
        ("created_at", 20240101, "date-time string"),
    ],
)
def test_scalar_fields_name_the_field_they_reject(field: str, value: object, expected: str) -> None:
    from heroku_platform_api.models import App

    with pytest.raises(DecodeError) as info:
        App.from_dict({"id": "x", field: value})
    assert info.value.path == [field] and info.value.expected == expected


def test_scalar_fields_decode() -> None:
    from heroku_platform_api.models import App

    app = App.from_dict(
        {"name": "a", "maintenance": False, "slug_size": 3.0, "created_at": "2024-01-02T03:04:05Z"}
    )
    assert app.name == "a" and app.maintenance is False
    assert app.slug_size == 3 and isinstance(app.slug_size, int)  # an integral float is an int
    assert app.created_at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    lower_z = App.from_dict({"created_at": "2024-01-02T03:04:05z"})  # RFC 3339 allows it
    assert lower_z.created_at == app.created_at
    assert App.from_dict({"name": None}).name is None


def test_errors_survive_pickle_and_copy(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("odd")
    fake_heroku.mangle_next("/apps/odd", lambda app: {**app, "region": "us"})
    with pytest.raises(NotFound) as not_found:
        client.apps.info("nope")
    with pytest.raises(DecodeError) as mismatch:
        client.apps.info("odd", strict=True)
    errors = [not_found.value, mismatch.value]
    for error in errors:
        for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
            assert type(again) is type(error)
            assert str(again) == str(error) and vars(again) == vars(error)
    assert repr(errors[1]).startswith("DecodeError('App.region: expected object")


def test_success_body_that_is_not_json(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.fail_next("/apps/x", 200, body=b"<html>hi</html>", content_type="text/html")
    with pytest.raises(DecodeError, match="expected a JSON body"):
        client.apps.info("x")


def test_connection_refused_is_a_transport_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = Client(token="t", base_url=f"http://127.0.0.1:{port}", backoff_factor=0)
    with pytest.raises(TransportError) as info:
        client.apps.info("x")
    assert f"GET http://127.0.0.1:{port}/apps/x" in str(info.value)
    assert "ConnectionError" in str(info.value)


# ---------------------------------------------------------------- auth


def test_token_from_environment(fake_heroku: FakeHeroku, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEROKU_API_KEY", fake_heroku.token)
    with Client(base_url=fake_heroku.url) as client:
        assert client.apps.list().first_page().items == []
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_token_from_netrc(fake_heroku: FakeHeroku, isolated_env: Path) -> None:
    isolated_env.write_text(f"machine 127.0.0.1 login x password {fake_heroku.token}\n")
    with Client(base_url=fake_heroku.url) as client:
        assert client.apps.list().first_page().items == []
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_token_from_home_netrc(
    fake_heroku: FakeHeroku, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("NETRC")
    home = Path(str(Path("~").expanduser()))
    assert home.is_relative_to(tmp_path)  # the isolated HOME, never the real one
    (home / ".netrc").write_text(f"machine 127.0.0.1\n  login x\n  password {fake_heroku.token}\n")
    with Client(base_url=fake_heroku.url) as client:
        client.apps.list().first_page()
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_environment_wins_over_netrc(
    fake_heroku: FakeHeroku, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_env.write_text("machine 127.0.0.1 login x password from-netrc\n")
    monkeypatch.setenv("HEROKU_API_KEY", fake_heroku.token)
    with Client(base_url=fake_heroku.url) as client:
        client.apps.list().first_page()
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_explicit_token_wins_over_environment(
    fake_heroku: FakeHeroku, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEROKU_API_KEY", "from-env")
    with make_client(fake_heroku) as client:
        client.apps.list().first_page()
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_missing_credentials_on_first_call_not_at_construction(
    fake_heroku: FakeHeroku, isolated_env: Path
) -> None:
    client = Client(base_url=fake_heroku.url)  # must not raise
    with pytest.raises(MissingCredentials) as info:
        client.apps.info("x")
    message = str(info.value)
    assert "token=" in message
    assert "$HEROKU_API_KEY" in message
    assert str(isolated_env) in message and "not found" in message
    assert fake_heroku.requests == []  # nothing was sent without a token


def test_netrc_without_an_entry_for_the_host(fake_heroku: FakeHeroku, isolated_env: Path) -> None:
    isolated_env.write_text("machine api.heroku.com login x password elsewhere\n")
    with pytest.raises(MissingCredentials, match="no entry for 127.0.0.1"):
        Client(base_url=fake_heroku.url).apps.info("x")


# ---------------------------------------------------------------- secrets


def test_token_never_leaks(
    fake_heroku: FakeHeroku, caplog: pytest.LogCaptureFixture, isolated_env: Path
) -> None:
    secret = fake_heroku.token
    caplog.set_level(logging.DEBUG)
    errors: list[BaseException] = []
    client = make_client(fake_heroku, retries=1)
    assert secret not in repr(client)
    client.apps.create(name="leaky")
    client.apps.info("leaky")
    client.config_vars.update("leaky", {"K": "v"})
    list(client.apps.list(max=1))
    fake_heroku.rate_limit_next("/apps/leaky", count=1)
    client.apps.info("leaky")
    assert secret not in repr(client)  # also once the token was used
    fake_heroku.fail_next("/apps/leaky", 503, count=5)
    fake_heroku.mangle_next("/apps", lambda apps: [{"region": 1}])
    fake_heroku.slow_next("/apps/slow", 1.0, count=5)
    wrong = make_client(fake_heroku, token=secret + "-wrong")
    anonymous = Client(base_url=fake_heroku.url)
    calls: list[tuple[type[Exception], Any]] = [
        (NotFound, lambda: client.apps.info("nope")),
        (ServerError, lambda: client.apps.info("leaky")),
        (DecodeError, lambda: list(client.apps.list(strict=True))),
        (TransportError, lambda: client.apps.info("slow", timeout=0.05)),
        (UnprocessableEntity, lambda: client.apps.create(name="BAD")),
        (Unauthorized, lambda: wrong.apps.info("leaky")),
        (MissingCredentials, lambda: anonymous.apps.info("leaky")),
    ]
    for kind, call in calls:
        with pytest.raises(kind) as info:
            call()
        errors.append(info.value)
    for c in (client, wrong, anonymous):
        c.close()
    for error in errors:
        for text in (str(error), repr(error), *map(str, error.args)):
            assert secret not in text, type(error).__name__
    loggers = {record.name.split(".")[0] for record in caplog.records}
    # the capture saw real traffic: the package's and its HTTP library's records
    assert "heroku_platform_api" in loggers and loggers & {"urllib3", "httpx", "httpcore"}
    for record in caplog.records:
        assert secret not in record.getMessage(), record.name
    assert secret not in caplog.text


# ---------------------------------------------------------------- headers, timeouts


def test_extra_headers_per_client_and_per_call(fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("hdr")
    with make_client(fake_heroku, headers={"X-Team": "blue"}) as client:
        client.apps.info("hdr", headers={"X-Call": "1"})
        assert fake_heroku.requests[-1].headers["x-team"] == "blue"
        assert fake_heroku.requests[-1].headers["x-call"] == "1"
        client.apps.info("hdr")
        assert "x-call" not in fake_heroku.requests[-1].headers
        assert fake_heroku.requests[-1].headers["x-team"] == "blue"


def test_per_call_headers_reach_every_page(client: Client, fake_heroku: FakeHeroku) -> None:
    seed(fake_heroku, 3)
    assert len(list(client.apps.list(max=1, headers={"X-Trace": "t1"}))) == 3
    assert [r.headers.get("x-trace") for r in fake_heroku.requests] == ["t1"] * 3


def test_per_call_headers_cannot_replace_the_token(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("auth")
    client.apps.info("auth", headers={"Authorization": "Bearer other"})
    assert fake_heroku.requests[-1].headers["authorization"] == f"Bearer {fake_heroku.token}"


def test_timeout_raises_transport_error(fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("slow")
    fake_heroku.slow_next("/apps/slow", seconds=1.0)
    with make_client(fake_heroku, retries=0) as client:
        started = time.monotonic()
        with pytest.raises(TransportError, match="timed out"):
            client.apps.info("slow", timeout=0.1)
        assert time.monotonic() - started < 0.8
        assert client.apps.info("slow", timeout=2).name == "slow"


def test_timed_out_get_is_retried(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.create_app("slow")
    fake_heroku.slow_next("/apps/slow", seconds=0.5)
    assert client.apps.info("slow", timeout=0.1).name == "slow"
    assert len(fake_heroku.requests) == 2


def test_timed_out_post_is_not_retried(client: Client, fake_heroku: FakeHeroku) -> None:
    fake_heroku.slow_next("/apps", seconds=0.5)
    with pytest.raises(TransportError):
        client.apps.create(name="once", timeout=0.1)
    assert len(fake_heroku.requests) == 1


def test_client_timeout_is_the_default(fake_heroku: FakeHeroku) -> None:
    fake_heroku.slow_next("/apps/x", seconds=1.0)
    with make_client(fake_heroku, retries=0, timeout=0.1) as client:
        with pytest.raises(TransportError):
            client.apps.info("x")


# ---------------------------------------------------------------- rate limit, threads


def test_rate_limit_remaining(client: Client, fake_heroku: FakeHeroku) -> None:
    assert client.rate_limit_remaining is None
    client.apps.list().first_page()
    assert client.rate_limit_remaining == 4499
    with pytest.raises(NotFound):
        client.apps.info("nope")
    assert client.rate_limit_remaining == 4498 == fake_heroku.rate_limit_remaining


def test_one_client_shared_by_threads(
    client: Client, fake_heroku: FakeHeroku, caplog: pytest.LogCaptureFixture
) -> None:
    names = [f"thread-app-{i}" for i in range(8)]
    ids = {name: fake_heroku.create_app(name)["id"] for name in names}
    failures: list[BaseException] = []
    wrong: list[tuple[str, Any]] = []
    barrier = threading.Barrier(len(names))

    def work(name: str) -> None:
        try:
            barrier.wait()
            for _ in range(50):
                app = client.apps.info(name)
                if app.name != name or app.id != ids[name]:
                    wrong.append((name, app.name))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    caplog.set_level(logging.WARNING)
    threads = [threading.Thread(target=work, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == [] and wrong == []
    assert len(fake_heroku.requests) == 8 * 50
    assert sorted({r.path for r in fake_heroku.requests}) == sorted(f"/apps/{n}" for n in names)
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


# ---------------------------------------------------------------- import cost

HTTP_MODULES_LOADED = """
import json, sys
def loaded():
    return sorted(name for name in ("requests", "urllib3") if name in sys.modules)
steps = {"at start": loaded()}
import heroku_platform_api, heroku_platform_api.models
steps["after import"] = loaded()
steps["package"] = heroku_platform_api.__file__
heroku_platform_api.Client(token="t")
steps["after Client()"] = loaded()
print(json.dumps(steps))
"""

FIRST_CLIENTS_AT_ONCE = """
import json, threading
from heroku_platform_api import Client
barrier = threading.Barrier(8)
clients = []
def build():
    barrier.wait()
    clients.append(Client(token="t"))
threads = [threading.Thread(target=build) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
policies = [client.session.get_adapter("https://x").max_retries for client in clients]
print(json.dumps({"clients": len(clients), "policy classes": len({type(p) for p in policies})}))
"""


def run_fresh(code: str, cwd: Path) -> dict[str, Any]:
    """Run ``code`` in a new interpreter that sees only the generated package
    (no PYTHON* settings, no user site, nothing from the current directory)."""
    done = subprocess.run(
        [sys.executable, "-s", "-c", code],
        cwd=cwd,
        env={"PYTHONPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_package_import_leaves_requests_to_the_first_client(tmp_path: Path) -> None:
    """Importing the package (for its models, say) must not import requests or
    urllib3, which cost more than the rest of the package; ``Client()`` does."""
    steps = run_fresh(HTTP_MODULES_LOADED, tmp_path)
    assert Path(steps["package"]).is_relative_to(GENERATED)
    assert steps["at start"] == [], "interpreter start-up already imports them: no test"
    assert steps["after import"] == []
    assert steps["after Client()"] == ["requests", "urllib3"]


def test_first_clients_built_at_once_load_requests_once(tmp_path: Path) -> None:
    assert run_fresh(FIRST_CLIENTS_AT_ONCE, tmp_path) == {"clients": 8, "policy classes": 1}
