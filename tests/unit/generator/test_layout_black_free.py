"""The last shapes that sent large documents to black, laid out by the emitter.

On jira, zuora, kubernetes.io, ec2 and autotask black used to run on whole
chunks (autotask's ``ClientWithRawResponse`` class alone is 540 KB) because of
a handful of lines: ``return XApiWithRawResponse(self._client.x)`` and
``self.x = _rt.raw_response(api.x)`` too long for their line, long
operation-level ``_X_SERVERS`` constants, ec2's exploded ``SERVERS`` literal and
``region: Optional[Literal[...]]`` argument, ``additional_properties`` fields and
the async twin's docstring after a multi-line tag description.  Each layout is
checked against black itself; the end-to-end test checks a document with all of
them generates without black and byte-identical to ``--full-black``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import escaping, formatting, pipeline, pystyle
from helpers import minimal_spec, write_spec

MODE = formatting.black_mode()
EXAMPLES = int(os.environ.get("LAYOUT_EXAMPLES", "300"))

idents = st.from_regex(r"[a-z][a-z0-9_]{0,110}", fullmatch=True).filter(
    lambda n: n not in ("if", "in", "is", "or", "as", "def", "for", "and", "not", "del")
)
classes = st.from_regex(r"[A-Z][A-Za-z0-9]{0,110}", fullmatch=True)


def in_method(line: str) -> str:
    return f"class C:\n    def f(self):\n{line}\n"


def agrees_with_black(laid_out: str, flat: str) -> bool:
    """Black turns the one-line form into exactly our layout, or the screen
    sends our layout to black (so black decides, as before)."""
    if formatting.needs_black(laid_out):
        return True
    return black.format_str(flat, mode=MODE) == laid_out


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(classes, idents)
def test_a_long_return_of_a_call_is_split_as_black_splits_it(cls: str, ident: str) -> None:
    value = f"{cls}(self._client.{ident})"
    laid_out = in_method(pystyle.returns(value, 8))
    assert agrees_with_black(laid_out, in_method(f"        return {value}"))


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(idents, st.sampled_from(["_rt.raw_response", "_rt.streamed_response"]))
def test_a_long_attribute_assignment_is_split_as_black_splits_it(ident: str, callee: str) -> None:
    laid_out = in_method(pystyle.assign(f"self.{ident}", f"{callee}(api.{ident})", 8))
    assert agrees_with_black(laid_out, in_method(f"        self.{ident} = {callee}(api.{ident})"))


def test_the_kubernetes_attribute_is_vouched_for_in_double_parentheses() -> None:
    ident = "delete_admissionregistration_v_1_alpha_1_collection_validating_admission_policy"
    line = pystyle.assign(f"self.{ident}", f"_rt.raw_response(api.{ident})", 8)
    assert line.splitlines()[1:3] == [
        "            _rt.raw_response(",
        f"                api.{ident}",
    ]
    assert not formatting.needs_black(in_method(line))


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(st.from_regex(r"[a-z]{1,12}", fullmatch=True), inner, max_size=5),
    ),
    max_leaves=40,
)
constant_names = st.from_regex(r"_?[A-Z][A-Z0-9_]{0,95}", fullmatch=True)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(constant_names, st.lists(json_values, min_size=1, max_size=3), st.sampled_from([0, 4]))
def test_a_servers_constant_of_any_shape_is_laid_out_as_black_lays_it_out(
    target: str, servers: list[Any], indent: int
) -> None:
    """Wrapped in parentheses when the name is long, exploded when the literal
    is (ec2's 25 regions): whatever the emitter vouches for is black's output."""
    argument = escaping.literal(servers)
    wrap = (lambda s: s) if indent == 0 else (lambda s: "class C:\n" + s)
    laid_out = wrap(pystyle.assign_call(target, "_rt.servers", argument, indent) + "\n")
    flat = wrap(" " * indent + f"{target} = _rt.servers({argument})\n")
    assert agrees_with_black(laid_out, flat)


def test_the_ec2_servers_literal_is_exploded_without_black() -> None:
    regions = [f"region-{n}" for n in range(25)]
    servers = [
        {
            "url": "http://ec2.{region}.amazonaws.com",
            "variables": {"region": {"default": "region-0", "enum": regions}},
        }
    ]
    argument = escaping.literal(servers)
    laid_out = "class C:\n" + pystyle.assign_call("SERVERS", "_rt.servers", argument, 4) + "\n"
    assert not formatting.needs_black(laid_out)
    flat = f"class C:\n    SERVERS = _rt.servers({argument})\n"
    assert black.format_str(flat, mode=MODE) == laid_out


def test_text_that_is_not_our_literal_is_left_to_black() -> None:
    assert pystyle.literal_lines("[f(x)]", 4) == []
    assert pystyle.literal_lines("['single quoted']", 4) == []


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(classes)
def test_additional_properties_are_split_as_black_splits_them(cls: str) -> None:
    target = f"additional_properties: dict[str, {cls}]"
    laid_out = f"class C:\n{pystyle.assign(target, 'field(default_factory=dict)', 4)}\n"
    flat = f"class C:\n    {target} = field(default_factory=dict)\n"
    assert agrees_with_black(laid_out, flat)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True), min_size=1, max_size=30))
def test_a_server_variable_argument_is_split_in_its_literal(values: list[str]) -> None:
    annotation = "Optional[Literal[" + ", ".join(escaping.literal(v) for v in values) + "]]"
    group = pystyle.define(
        "__init__", ["self", "*", pystyle.Param("region", annotation, "None")], "None"
    )
    laid_out = f"class C:\n{pystyle.layout(group, 4, ':')}\n        pass\n"
    flat = (
        f"class C:\n    def __init__(self, *, region: {annotation} = None) -> None:\n        pass\n"
    )
    assert agrees_with_black(laid_out, flat)


LONG = "x" * 70


def every_shape() -> dict[str, Any]:
    """A document with each shape above, long enough to need splitting."""
    regions = [f"region-{n}" for n in range(25)]
    long_op = "delete_" + "_".join(["admissionregistration"] * 4)
    return minimal_spec(
        paths={
            "/things": {
                "get": {
                    "operationId": long_op,
                    "tags": ["Issue custom field options apps"],
                    "servers": [{"url": f"https://{LONG[:40]}.example"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Holder"}
                                }
                            },
                        }
                    },
                }
            }
        },
        schemas={
            "Holder": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "additionalProperties": {"$ref": f"#/components/schemas/Item{LONG[:52]}"},
            },
            f"Item{LONG[:52]}": {"type": "object", "properties": {"b": {"type": "string"}}},
        },
        tags=[
            {
                "name": "Issue custom field options apps",
                "description": "First line.\n\nSecond paragraph:\n  * an item\n",
            }
        ],
        servers=[
            {
                "url": "https://api.{region}.example",
                "variables": {"region": {"default": "region-0", "enum": regions}},
            }
        ],
    )


def test_a_document_with_every_shape_generates_without_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "shapes.json", every_shape())
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    reference = pipeline.generate(spec, ["python"], workers=1, full_black=True).files

    def no_black(chunks: list[str]) -> list[tuple[str, None]]:
        raise AssertionError("black ran on:\n" + "\n".join(chunks)[:2000])

    monkeypatch.setattr(formatting, "_format_batch", no_black)
    fast = pipeline.generate(spec, ["python"], workers=1).files
    assert fast == reference
    joined = "\n".join(fast.values())
    # each shape is really there, split
    assert "    SERVERS = _rt.servers(\n        [\n" in joined
    assert "additional_properties: dict[str, Item" in joined and "] = (\n        field(" in joined
    assert "ApiWithRawResponse(\n            self._client." in joined


def test_consuming_the_rendered_files_gives_the_same_result() -> None:
    """``consume=True`` (the pipeline's: the rendered text is freed file by file)
    empties the input and changes nothing in the output, files' order included."""
    brk = formatting.CHUNK_BREAK
    long = "y = [" + ", ".join(str(n) for n in range(40)) + "]"  # too long: black formats it
    files = {
        "b.py": f"x = 1\n{brk}\ndef f():\n    return 1\n",
        "a.txt": "kept as it is\n",
        "a.py": f"{long}\n{brk}\nz = 2\n",
    }
    kept = formatting.format_files(dict(files), "black")
    given = dict(files)
    consumed = formatting.format_files(given, "black", consume=True)
    assert given == {}
    assert consumed == kept and list(consumed) == list(files)
    assert consumed["a.py"] == black.format_str(long, mode=MODE) + "\n\nz = 2\n"
    assert consumed["b.py"] == "x = 1\n\n\ndef f():\n    return 1\n"
