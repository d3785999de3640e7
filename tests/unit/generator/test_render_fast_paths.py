"""Rendering's fast paths give exactly what the general paths give: a plain
output path is taken as it is only when normalizing would not change it (and
it cannot leave the output folder); a group's plain items are laid out
inline; a method's parameters are built once for both its classes."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from generator import pystyle
from generator.errors import TargetError
from generator.render import _safe_path

from helpers import ROOT

PATHS = [
    "pkg/models/app.py",
    "pkg/api/x_y-z.py",
    "README.md",
    ".hidden/x",
    "..a/b",
    "a/..b",
    "a/.../b",
    "é/x.py",
    "./a",
    "a/./b",
    "a//b",
    "a/",
    " a/b ",
    "a/../b",
    "..",
    "../x",
    "/etc/passwd",
    "",
    ".",
]


def _reference(path: str) -> str:
    """What _safe_path did for every path before its fast path."""
    pure = PurePosixPath(path.strip())
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise TargetError("leaves")
    return str(pure)


@pytest.mark.parametrize("path", PATHS)
def test_safe_path_fast_path_agrees_with_normalizing(path: str) -> None:
    try:
        expected = _reference(path)
    except TargetError:
        with pytest.raises(TargetError):
            _safe_path(path, "python")
        return
    assert _safe_path(path, "python") == expected


def test_plain_items_of_an_exploded_group_are_laid_out_as_layout_would() -> None:
    long = "x" * 60
    group = pystyle.call("f(", [long, pystyle.call("g(", [long, long]), "y"])
    expected = "\n".join(
        [
            "    f(",
            f"        {long},",
            pystyle.layout(pystyle.call("g(", [long, long]), 8, ","),
            "        y,",
            "    )",
        ]
    )
    assert pystyle.layout(group, 4) == expected


def test_signature_parameters_shared_by_both_classes_follow_the_shadowed_builtins() -> None:
    """The python target builds a method's parameters once for its sync and
    async classes; a class that shadows a builtin still gets its own spelling."""
    from generator import binding, builder, loader, targets

    spec = ROOT / "tests" / "fixtures" / "max_collision.yaml"
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    api = builder.build(doc, str(spec), converted)
    py = binding.build(api, binding.package_options(api, {}, None))
    signature = targets.load("python", None).filters["signature"]
    method = py.method(api.tags[0].operations[0])
    assert any(arg.annotation == "Union[int, _rt.Unset]" for arg in method.keyword)
    plain = str(signature(method, frozenset()))
    shadowing = str(signature(method, frozenset({"int"})))
    assert "max: Union[int, _rt.Unset]" in plain and "builtins.int" not in plain
    assert "max: Union[builtins.int, _rt.Unset]" in shadowing
    asynchronous = str(signature(method, frozenset(), True))
    assert asynchronous.split(" -> ")[0] == plain.split(" -> ")[0]


def test_a_part_rendered_once_serves_both_classes_and_then_is_let_go() -> None:
    """``once`` renders a method's request arguments for the sync class, hands
    the same text to the async class, and keeps nothing after: a third caller
    (another target's template) renders again, and gets the same text."""
    from generator import targets

    once = targets.load("python", None).filters["once"]
    method, calls = object(), []

    def render(m: object) -> str:
        calls.append(m)
        return f"text {len(calls)}\n"

    assert once(method, "request", render) == "text 1"  # its final newline is the template's
    assert once(method, "request", render) == "text 1"  # the async class: not rendered again
    assert once(method, "request", render) == "text 2"  # taken once: rendered anew
    assert once(object(), "request", render) == "text 3"  # another method, its own text
    assert calls[0] is method and len(calls) == 3
