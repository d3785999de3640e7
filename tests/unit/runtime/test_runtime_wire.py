"""Wire details of ``BaseClient.request`` (runtime source): the ``Accept`` it
sends and which one wins, and the per-call ``extra_query`` / ``extra_body``
for what a sloppy document forgot."""

from __future__ import annotations

import json
from typing import Any, Callable, Mapping, Optional

import pytest
from runtime_server import Reply, Seen, Server

import _runtime as rt

Serve = Callable[[Callable[[Seen], Reply]], Server]


class Configured(rt.BaseClient):
    DEFAULT_HEADERS = {"Accept": "application/vnd.heroku+json; version=3"}


def _send(
    serve: Serve,
    kind: type[rt.BaseClient] = rt.BaseClient,
    client_headers: Optional[Mapping[str, str]] = None,
    **call: Any,
) -> Seen:
    server = serve(lambda seen: Reply(204))
    with kind("t", base_url=server.url, retries=0, headers=client_headers) as client:
        client.request("POST", "/x", **call)
    return server.seen[-1]


def test_accept_defaults_to_json(serve: Serve) -> None:
    assert _send(serve).headers["Accept"] == "application/json"


def test_operation_accept_is_sent(serve: Serve) -> None:
    sent = _send(serve, accept="application/json, application/xml;q=0.5")
    assert sent.headers["Accept"] == "application/json, application/xml;q=0.5"


@pytest.mark.parametrize(
    "kind, headers, call, expected",
    [
        (Configured, None, {}, "application/vnd.heroku+json; version=3"),
        (rt.BaseClient, {"Accept": "text/x-mine"}, {}, "text/x-mine"),
        (
            Configured,
            None,
            {"headers": {"Accept": "application/x-call"}},
            "application/x-call",
        ),
    ],
)
def test_configured_accept_wins_over_the_operations(
    serve: Serve,
    kind: type[rt.BaseClient],
    headers: Optional[Mapping[str, str]],
    call: dict[str, Any],
    expected: str,
) -> None:
    sent = _send(serve, kind, headers, accept="application/xml", **call)
    assert sent.headers["Accept"] == expected


def test_extra_query_is_added(serve: Serve) -> None:
    sent = _send(serve, query={"a": 1}, extra_query={"forgot": ["x", "y"], "b": True})
    assert sent.path == "/x?a=1&forgot=x&forgot=y&b=true"


def test_extra_body_merges_into_a_json_object(serve: Serve) -> None:
    sent = _send(serve, json_body={"a": 1, "b": 2}, extra_body={"b": 3, "c": [1]})
    assert json.loads(sent.body) == {"a": 1, "b": 3, "c": [1]}
    assert sent.headers["Content-Type"] == "application/json"
    alone = _send(serve, extra_body={"c": "only"})
    assert json.loads(alone.body) == {"c": "only"}


def test_extra_body_merges_into_a_form(serve: Serve) -> None:
    sent = _send(serve, form={"a": "1"}, extra_body={"b": "2"})
    assert sent.body == b"a=1&b=2"


def test_extra_body_refuses_a_body_that_is_not_an_object(serve: Serve) -> None:
    for call in ({"json_body": [1, 2]}, {"content": b"raw", "content_type": "text/plain"}):
        with pytest.raises(TypeError, match="extra_body"):
            _send(serve, extra_body={"a": 1}, **call)
