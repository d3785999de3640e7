"""The runtime's shortcuts on the per-call path, each checked against the
plain formulation it stands for: the origin of a URL (parsed once per scheme
and authority), a path value that needs no encoding, and JSON bodies decoded
without the pure-Python ``utf-8-sig`` codec."""

from __future__ import annotations

import json
from typing import Any

from _runtime._decoding import loads
from _runtime._origin import _origin, origin
from _runtime._params import _quote_segment, path_value
from hypothesis import example, given, settings
from hypothesis import strategies as st

URL_PIECES = st.lists(
    st.sampled_from(
        [
            "http",
            "HTTPS",
            "://",
            ":",
            "/",
            "//",
            "?",
            "#",
            "@",
            "[",
            "]",
            "::1",
            "%",
            "\t",
            "\n",
            " ",
            "a",
            "b.c",
            "80",
            "443",
            "8080",
            "x",
            "ü",
            "é.test",
            "api.test",
            "-",
            "~",
            ".",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(URL_PIECES)
@example("http://api.test:8080/apps/x?y#z")
@example("ht\ttp://API.test/x")
@example("http://[::1]:99/x")
@example("http://[::1/x")
@example("http://a:b@host:notaport/")
@example("a?b://c/d")
def test_origin_is_the_whole_urls(url: str) -> None:
    """Parsed from its scheme and authority alone, as the whole URL parses."""
    assert origin(url) == _origin(url)


@settings(max_examples=2000, deadline=None)
@given(st.text())
@example(".")
@example("..")
@example("app-1")
@example("a/b")
@example("")
def test_a_plain_path_value_is_encoded_as_before(text: str) -> None:
    assert path_value("name", text) == _quote_segment(text)


def _loads_before(content: bytes) -> Any:
    return json.loads(content.decode("utf-8-sig"))


def _outcome(decode: Any, content: bytes) -> Any:
    try:
        return ("value", decode(content))
    except Exception as exc:  # the kind of failure must match too
        return ("error", type(exc))


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=20),
        st.builds(
            lambda bom, value: bom + json.dumps(value).encode(),
            st.sampled_from([b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xef\xbb"]),
            st.recursive(
                st.none() | st.integers() | st.text(), lambda c: st.lists(c), max_leaves=5
            ),
        ),
    )
)
def test_json_bodies_decode_as_with_utf_8_sig(content: bytes) -> None:
    assert _outcome(loads, content) == _outcome(_loads_before, content)
