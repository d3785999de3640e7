"""Typed error bodies: the schema a document declares for an error status
decodes into ``error.data`` (exact code, then 4XX/5XX, then default), the raw
body and the response stay available, and an undeclared or broken body
never hides the API's error.  Also the deprecation warnings (operation and
parameter), reported at the caller's line."""

from __future__ import annotations

import json
import pickle
import warnings
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

from responses_helpers import Handler, Loopback, generate, loopback


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate("errors_streams", tmp_path_factory.mktemp("errors"))


def answer_by_id(handler: Handler) -> None:
    item = handler.path.split("?")[0].rsplit("/", 1)[1]
    replies = {
        "ok": (200, {"id": "ok", "name": "fine"}, "application/json"),
        "gone": (404, {"resource": "item", "message": "no item gone"}, "application/json"),
        "bad": (422, {"title": "Invalid", "detail": "id is odd"}, "application/problem+json"),
        "boom": (503, {"incident": "INC-7", "retry_in": 30}, "application/json"),
        "moved": (
            301,
            {"title": "Moved", "status": 301},
            "application/json",
        ),
        "wrong": (404, ["not", "an", "object"], "application/json"),
        "html": (404, "<html><title>Not here</title></html>", "text/html"),
    }
    status, body, content_type = replies[item]
    raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    handler.reply(status, raw, content_type, Request_Id="req-1")


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with loopback() as running:
        for name in ("ok", "gone", "bad", "boom", "moved", "wrong", "html"):
            running.routes[("GET", f"/items/{name}")] = answer_by_id
        yield running


def client(pkg: ModuleType, server: Loopback) -> object:
    return pkg.Client(base_url=server.url, retries=0)


def test_exact_status_decodes_its_schema(pkg: ModuleType, server: Loopback) -> None:
    with pytest.raises(pkg.NotFound) as caught:
        client(pkg, server).items.get("gone")  # type: ignore[attr-defined]
    error = caught.value
    assert isinstance(error.data, pkg.models.NotFoundProblem)
    assert (error.data.resource, error.data.message) == ("item", "no item gone")
    assert error.body == {"resource": "item", "message": "no item gone"}  # raw JSON still there
    assert error.response.status_code == 404 and error.response.headers["Request-Id"] == "req-1"
    assert error.message == "no item gone" and error.request_id == "req-1"


def test_range_then_default(pkg: ModuleType, server: Loopback) -> None:
    api = client(pkg, server).items  # type: ignore[attr-defined]
    with pytest.raises(pkg.UnprocessableEntity) as caught:
        api.get("bad")  # 422: no exact entry, the 4XX one (application/problem+json)
    assert isinstance(caught.value.data, pkg.models.Problem)
    assert caught.value.data.detail == "id is odd"
    with pytest.raises(pkg.ServerError) as server_error:
        api.get("boom")  # 503: the inline 5XX schema
    data = server_error.value.data
    assert type(data).__name__ == "GetItemError5XX" and (data.incident, data.retry_in) == (
        "INC-7",
        30,
    )


def test_body_of_the_wrong_shape_leaves_data_empty(pkg: ModuleType, server: Loopback) -> None:
    api = client(pkg, server).items  # type: ignore[attr-defined]
    with pytest.raises(pkg.NotFound) as caught:
        api.get("wrong")
    assert caught.value.data is None and caught.value.body == ["not", "an", "object"]
    with pytest.raises(pkg.NotFound) as html:
        api.get("html")
    assert html.value.data is None and "Not here" in html.value.message


def test_error_pickles_without_its_response(pkg: ModuleType, server: Loopback) -> None:
    with pytest.raises(pkg.NotFound) as caught:
        client(pkg, server).items.get("gone")  # type: ignore[attr-defined]
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.data == caught.value.data and copy.response is None and copy.status == 404


def test_success_still_decodes(pkg: ModuleType, server: Loopback) -> None:
    item = client(pkg, server).items.get("ok")  # type: ignore[attr-defined]
    assert item == pkg.models.Item(id="ok", name="fine")


# ---------------------------------------------------------------- deprecations


def test_deprecated_parameter_warns_at_the_caller(pkg: ModuleType, server: Loopback) -> None:
    api = client(pkg, server).items  # type: ignore[attr-defined]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        api.get("ok")  # not passed: no warning
        assert caught == []
        api.get("ok", verbose=True)
    (warning,) = caught
    assert warning.category is DeprecationWarning
    assert "items.get: argument 'verbose' is deprecated" in str(warning.message)
    assert Path(warning.filename).resolve() == Path(__file__).resolve()


def test_deprecated_operation_warns_through_the_raw_wrapper(
    pkg: ModuleType, server: Loopback
) -> None:
    server.routes[("GET", "/items")] = lambda h: h.reply(200, b'[{"id": "a"}]')
    the_client = client(pkg, server)
    for call in (the_client.items.list_old, the_client.with_raw_response.items.list_old):  # type: ignore[attr-defined]
        with pytest.warns(DeprecationWarning, match="items.list_old is deprecated") as caught:
            call()
        assert Path(caught[0].filename).resolve() == Path(__file__).resolve()
