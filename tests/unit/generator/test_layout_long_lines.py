"""Long lines laid out as black lays them out, so one over-long parameter or
servers constant no longer sends a whole resource module to black.

A parameter too long for its line (``name: Union[list[Item], _rt.Unset] =
_rt.UNSET,``) is split inside its annotation's brackets, never around the
default (black's right-hand split in a def, unlike an assignment).  Each case
is checked against black itself.
"""

from __future__ import annotations

import keyword
import os

import black
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import escaping, formatting, pystyle

MODE = formatting.black_mode()
EXAMPLES = int(os.environ.get("LAYOUT_EXAMPLES", "300"))

names = st.from_regex(r"[a-z][a-z0-9_]{0,60}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n) and not keyword.issoftkeyword(n)
)
classes = st.from_regex(r"[A-Z][A-Za-z0-9]{0,100}", fullmatch=True)
SHAPES = [
    "{}",
    "list[{}]",
    "Optional[list[{}]]",
    "Union[list[{}], _rt.Unset]",
    "Union[{}, _rt.Unset, None]",
    "Union[dict[str, {}], _rt.Unset]",
    "Union[list[Union[{}, int]], _rt.Unset]",
    'Union[Literal["{}", "no-termination"], _rt.Unset]',
    'Literal["{}", "a, b]", \'c"d\']',
    'Optional[Literal[\'{}"\', "x"]]',
]


def method(params: list[pystyle.Node]) -> str:
    group = pystyle.define("call", ["self", "*", *params], "None")
    return f"class C:\n{pystyle.layout(group, 4, ':')}\n        pass\n"


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    names,
    st.one_of(classes, st.integers(60, 120)),
    st.sampled_from(SHAPES),
    st.sampled_from(["", "_rt.UNSET", "None"]),
)
def test_long_parameters_are_split_as_black_splits_them(
    name: str, cls: str | int, shape: str, default: str
) -> None:
    if isinstance(cls, int):  # a line of about this many columns: where the splits differ
        cls = "C" + "x" * max(0, cls - 8 - len(name) - len(shape) - len(default))
    param = pystyle.Param(name, shape.format(cls), default)
    source = method([param, "x: int = 1"])
    if formatting.needs_black(source):
        return  # the screen sends it to black: sound either way
    # What black makes of the parameter on one line (not merely a fixed point of
    # black's: a parenthesized default would be one too).
    assert black.format_str(method([str(param), "x: int = 1"]), mode=MODE) == source


def test_the_ec2_parameter_is_split_in_its_annotation_and_vouched_for() -> None:
    """The line that sent autotask-sized resource classes (all 1,188 methods of
    ec2's one tag) to black: now black's own layout, and the screen passes it."""
    param = pystyle.Param(
        "tag_specification",
        "Union[list[GETAcceptAddressTransferTagSpecificationItem], _rt.Unset]",
        "_rt.UNSET",
    )
    source = method([param])
    assert "        tag_specification: Union[\n" in source
    assert "        ] = _rt.UNSET,\n" in source
    assert not formatting.needs_black(source)
    assert black.format_str(method([str(param)]), mode=MODE) == source


def test_a_default_with_brackets_is_left_to_black() -> None:
    param = pystyle.Param("p" * 40, "Union[list[" + "A" * 50 + "], _rt.Unset]", "f(x)")
    source = method([param])
    assert f"        {param},\n" in source  # one line: black decides
    assert formatting.needs_black(source)


def test_a_short_parameter_stays_on_its_line() -> None:
    assert pystyle.layout(pystyle.Param("a", "Union[int, _rt.Unset]", "_rt.UNSET"), 8, ",") == (
        "        a: Union[int, _rt.Unset] = _rt.UNSET,"
    )


urls = st.from_regex(r"https://[a-z]{1,60}\.example/[a-z{}]{0,40}", fullmatch=True)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.from_regex(r"_[A-Z][A-Z_]{0,70}", fullmatch=True),
    st.lists(urls, min_size=1, max_size=3),
    st.sampled_from([0, 4]),
)
def test_a_long_servers_constant_is_split_as_black_splits_it(
    target: str, servers: list[str], indent: int
) -> None:
    """``X = _rt.servers([...])``: the literal alone on a line inside the call
    when it fits there (kubernetes.io's 845 operation-level constants used to send
    every resource module to black)."""
    argument = escaping.literal([{"url": url} for url in servers])
    line = pystyle.assign_call(target, "_rt.servers", argument, indent)
    flat = " " * indent + f"{target} = _rt.servers({argument})"
    wrap = (lambda s: s) if indent == 0 else (lambda s: "class C:\n" + s)
    source = wrap(line + "\n")
    if formatting.needs_black(source):
        assert line == flat  # too long even split: left whole, to black
        return
    assert black.format_str(wrap(flat + "\n"), mode=MODE) == source


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(names, st.one_of(classes, st.integers(60, 120)), st.sampled_from(SHAPES), st.booleans())
def test_long_fields_with_literals_are_blacks_fixed_point(
    name: str, cls: str | int, shape: str, optional: bool
) -> None:
    """Model fields (``annotated``) parse ``Literal["a", "b"]`` items as atoms too."""
    if isinstance(cls, int):
        cls = "C" + "x" * max(0, cls - 8 - len(name) - len(shape))
    line = pystyle.annotated(name, shape.format(cls), "None" if optional else "", 4)
    source = f"class C:\n{line}\n"
    assert formatting.needs_black(source) or black.format_str(source, mode=MODE) == source


def test_literal_items_are_atoms_of_the_annotation() -> None:
    node = pystyle.subscript('Union[Literal["a, b]", "c"], _rt.Unset]')
    assert isinstance(node, pystyle.Group) and isinstance(node.items[0], pystyle.Group)
    assert node.items[0].items == ('"a, b]"', '"c"')
