"""``with_raw_response`` decodes nothing until ``parse()``: a body that breaks
its schema under ``strict`` raises ``DecodeError`` from ``parse()``, after the
caller could read the status, headers and raw body, for a plain call and for a
Range-paged list (whose first page is the response)."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Iterator

import pytest

from helpers import ROOT
from responses_helpers import Handler, Loopback, generate, loopback


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return generate("errors_streams", tmp_path_factory.mktemp("raw_lazy"))


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with loopback() as running:
        running.routes[("GET", "/items/odd")] = lambda h: h.reply(
            200, b'{"id": 5, "name": "fine"}', X_Trace="t-2"
        )
        yield running


def test_strict_decode_error_waits_for_parse(pkg: ModuleType, server: Loopback) -> None:
    client = pkg.Client(base_url=server.url, strict=True)
    raw = client.with_raw_response.items.get("odd")  # no DecodeError here
    assert raw.status_code == 200 and raw.headers["X-Trace"] == "t-2"
    assert raw.json() == {"id": 5, "name": "fine"}
    with pytest.raises(pkg.DecodeError) as caught:
        raw.parse()
    assert caught.value.path == ["Item", "id"]
    assert len(server.seen) == 1  # parse() replays the recorded response, sends nothing


def test_tolerant_parse_still_decodes_once(pkg: ModuleType, server: Loopback) -> None:
    raw = pkg.Client(base_url=server.url).with_raw_response.items.get("odd")
    item = raw.parse()
    assert isinstance(item, pkg.models.Item) and item.id == 5  # the raw value kept
    assert raw.parse() is item


def test_strict_paged_list_raises_from_parse() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    import heroku_platform_api as heroku

    def apps(handler: Handler) -> None:
        handler.reply(200, b'[{"name": 7}]', Request_Id="r-9")

    with loopback({("GET", "/apps"): apps}) as running:
        client = heroku.Client("t", base_url=running.url, strict=True)
        raw = client.with_raw_response.apps.list()
        assert raw.status_code == 200 and raw.headers["Request-Id"] == "r-9"
        with pytest.raises(heroku.DecodeError):
            raw.parse()
