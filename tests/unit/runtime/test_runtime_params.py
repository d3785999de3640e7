"""Parameter serialization of the runtime source: OpenAPI styles for query,
path, header and cookie values, path expansion and multipart parts."""

from __future__ import annotations

import datetime as dt
import enum
import io
import json

import _runtime as rt
from _runtime._params import protect_dot_segments


class Color(enum.Enum):
    RED = "red"


def test_query_defaults_and_unset() -> None:
    pairs = rt.query_pairs(
        {
            "a": True,
            "b": None,
            "c": rt.UNSET,
            "d": [1, 2],
            "e": Color.RED,
            "f": dt.date(2024, 1, 2),
        }
    )
    assert pairs == [("a", "true"), ("d", "1"), ("d", "2"), ("e", "red"), ("f", "2024-01-02")]


def test_query_styles() -> None:
    obj = {"x": 1, "y": False, "z": None}
    assert rt.query_pairs({"o": rt.Styled(obj, "deepObject", True)}) == [
        ("o[x]", "1"),
        ("o[y]", "false"),
    ]
    assert rt.query_pairs({"o": rt.Styled(obj, "form", True)}) == [("x", "1"), ("y", "false")]
    assert rt.query_pairs({"o": rt.Styled(obj, "form", False)}) == [("o", "x,1,y,false")]
    items = ["a", "b"]
    assert rt.query_pairs({"l": rt.Styled(items, "form", False)}) == [("l", "a,b")]
    assert rt.query_pairs({"l": rt.Styled(items, "spaceDelimited", False)}) == [("l", "a b")]
    assert rt.query_pairs({"l": rt.Styled(items, "pipeDelimited", False)}) == [("l", "a|b")]
    assert rt.query_pairs({"l": rt.Styled(rt.UNSET, "form", True)}) == []


def test_simple_values() -> None:
    assert rt.simple_value([1, "b"]) == "1,b"
    assert rt.simple_value({"k": 1, "j": True}) == "k,1,j,true"
    assert rt.simple_value(rt.Styled({"k": 1}, "simple", True)) == "k=1"
    assert rt.simple_values({"A": 1, "B": None, "C": rt.Styled(rt.UNSET, "simple", False)}) == {
        "A": "1"
    }


def test_expand_path_keeps_values_in_their_segment() -> None:
    assert rt.expand_path("/apps/{a}/x/{b}", {"a": "..", "b": "."}) == "/apps/%2E%2E/x/%2E"
    assert rt.expand_path("/apps/{a}", {"a": "../.."}) == "/apps/..%2F.."
    assert rt.expand_path("/f/{q}", {"q": "a b?c#d"}) == "/f/a%20b%3Fc%23d"
    assert rt.expand_path("/l/{ids}", {"ids": ["a/b", "c"]}) == "/l/a%2Fb,c"
    assert protect_dot_segments("http://h:1/a/../b/.?q=/../") == "http://h:1/a/%2E%2E/b/%2E?q=/../"


def test_multipart_parts() -> None:
    upload = io.BytesIO(b"data")
    upload.name = "/tmp/dir/report.csv"
    parts = rt.multipart_parts(
        {
            "file": upload,
            "raw": b"bytes",
            "named": ("x.txt", b"1", "text/plain"),
            "meta": {"k": Color.RED},
            "count": 3,
            "skip": rt.UNSET,
            "none": None,
        }
    )
    assert parts[0] == ("file", ("report.csv", upload))
    assert parts[1] == ("raw", ("raw", b"bytes"))
    assert parts[2] == ("named", ("x.txt", b"1", "text/plain"))
    assert parts[3][0] == "meta" and json.loads(parts[3][1][1]) == {"k": "red"}
    assert parts[4] == ("count", (None, "3"))
    assert len(parts) == 5
