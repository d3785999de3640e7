"""Every parameter style of OpenAPI's style table, on its own example values:
color = "blue" / ["blue", "black", "brown"] / {"R": 100, "G": 200, "B": 150}.
Path styles follow RFC 6570 (the table of OpenAPI 3.1.1; 3.1.0's label row
without explode was a typo there)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

import pytest

import _runtime as rt

BLUE = "blue"
LIST = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    "style, explode, value, expected",
    [
        ("simple", False, BLUE, "blue"),
        ("simple", False, LIST, "blue,black,brown"),
        ("simple", False, RGB, "R,100,G,200,B,150"),
        ("simple", True, LIST, "blue,black,brown"),
        ("simple", True, RGB, "R=100,G=200,B=150"),
        ("label", False, BLUE, ".blue"),
        ("label", False, LIST, ".blue,black,brown"),
        ("label", False, RGB, ".R,100,G,200,B,150"),
        ("label", True, BLUE, ".blue"),
        ("label", True, LIST, ".blue.black.brown"),
        ("label", True, RGB, ".R=100.G=200.B=150"),
        ("label", False, "", "."),
        ("matrix", False, BLUE, ";color=blue"),
        ("matrix", False, LIST, ";color=blue,black,brown"),
        ("matrix", False, RGB, ";color=R,100,G,200,B,150"),
        ("matrix", True, BLUE, ";color=blue"),
        ("matrix", True, LIST, ";color=blue;color=black;color=brown"),
        ("matrix", True, RGB, ";R=100;G=200;B=150"),
        ("matrix", False, "", ";color"),
    ],
)
def test_path_styles(style: str, explode: bool, value: Any, expected: str) -> None:
    assert rt.expand_path("/{color}", {"color": rt.Styled(value, style, explode)}) == (
        "/" + expected
    )


def test_path_styles_keep_each_value_in_its_segment() -> None:
    styled = rt.Styled(["a/b", ".."], "matrix", True)
    assert rt.expand_path("/x/{c}", {"c": styled}) == "/x/;c=a%2Fb;c=%2E%2E"
    label = rt.Styled({"k/": "v;"}, "label", True)
    assert rt.expand_path("/x/{c}", {"c": label}) == "/x/.k%2F=v%3B"


def _query(style: str, explode: bool, value: Any) -> str:
    pairs = rt.query_pairs({"color": rt.Styled(value, style, explode)})
    return urlencode(pairs, quote_via=quote)  # as BaseClient.request sends them


@pytest.mark.parametrize(
    "style, explode, value, expected",
    [
        ("form", False, BLUE, "color=blue"),
        ("form", False, LIST, "color=blue%2Cblack%2Cbrown"),
        ("form", False, RGB, "color=R%2C100%2CG%2C200%2CB%2C150"),
        ("form", True, BLUE, "color=blue"),
        ("form", True, LIST, "color=blue&color=black&color=brown"),
        ("form", True, RGB, "R=100&G=200&B=150"),
        ("spaceDelimited", False, LIST, "color=blue%20black%20brown"),
        ("spaceDelimited", False, RGB, "color=R%20100%20G%20200%20B%20150"),
        ("pipeDelimited", False, LIST, "color=blue%7Cblack%7Cbrown"),
        ("pipeDelimited", False, RGB, "color=R%7C100%7CG%7C200%7CB%7C150"),
        ("deepObject", True, RGB, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
    ],
)
def test_query_styles(style: str, explode: bool, value: Any, expected: str) -> None:
    assert _query(style, explode, value) == expected


@pytest.mark.parametrize(
    "explode, value, expected",
    [
        (False, BLUE, "blue"),
        (False, LIST, "blue,black,brown"),
        (False, RGB, "R,100,G,200,B,150"),
        (True, LIST, "blue,black,brown"),
        (True, RGB, "R=100,G=200,B=150"),
    ],
)
def test_header_simple_style(explode: bool, value: Any, expected: str) -> None:
    assert rt.simple_values({"X-Color": rt.Styled(value, "simple", explode)}) == {
        "X-Color": expected
    }


@pytest.mark.parametrize(
    "value, expected", [(BLUE, "blue"), (LIST, "blue,black,brown"), (RGB, "R,100,G,200,B,150")]
)
def test_cookie_form_style(value: Any, expected: str) -> None:
    """A cookie holds one value: form style without explode (what a cookie can carry)."""
    assert rt.simple_values({"color": rt.Styled(value, "form", False)}) == {"color": expected}
