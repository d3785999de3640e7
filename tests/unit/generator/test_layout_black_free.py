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

import itertools
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


TWIN_WRAPPERS = [
    "_rt.raw_response",
    "_rt.streamed_response",
    "_rt.async_raw_response",
    "_rt.async_streamed_response",
    "_rt.raw_listing",
    "_rt.streamed_listing",
    "_rt.async_raw_listing",
    "_rt.async_streamed_listing",
]


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(idents, st.sampled_from(TWIN_WRAPPERS))
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


def test_graph_attributes_too_long_for_parentheses_are_vouched_for() -> None:
    """Graph's 90-character method names: not even ``self.name = (`` fits, so
    black splits the call and leaves its first line long; the emitter does the
    same and black is not run (it used to take 30 s of Graph's run)."""
    graph = "get_microsoft_graph_directory_object_items_as_microsoft_graph_app_role_assignmen_2"
    # with the longer name not even ``self.name = (`` fits
    for ident, callee in itertools.product([graph, graph + "_and_more"], TWIN_WRAPPERS):
        line = pystyle.assign(f"self.{ident}", f"{callee}(api.{ident})", 8)
        assert line.splitlines() == [
            f"        self.{ident} = {callee}(",
            f"            api.{ident}",
            "        )",
        ]
        assert not formatting.needs_black(in_method(line))
        flat = in_method(f"        self.{ident} = {callee}(api.{ident})")
        assert black.format_str(flat, mode=MODE) == in_method(line)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,60}", fullmatch=True),
    idents,
    st.sampled_from(["{}.isoformat()", "_rt.encode({})", "{}.to_dict()", "{}"]),
    st.sampled_from([8, 12]),
)
def test_a_nullable_field_encoding_is_split_as_black_splits_it(
    wire: str, ident: str, encoder: str, indent: int
) -> None:
    """``data["wire"] = None if self.x is None else encode(self.x)``: wrapped in
    parentheses, then split before ``if`` and ``else`` when still too long."""
    value = f"None if self.{ident} is None else {encoder.format('self.' + ident)}"
    target = f'data["{wire}"]'
    laid_out = in_method(pystyle.assign(target, value, indent))
    flat = in_method(" " * indent + f"{target} = {value}")
    if indent == 12:
        laid_out = laid_out.replace("(self):\n", "(self):\n        if x:\n", 1)
        flat = flat.replace("(self):\n", "(self):\n        if x:\n", 1)
    assert agrees_with_black(laid_out, flat)


def test_graph_nullable_date_times_are_split_without_black() -> None:
    ident = "approximate_last_sign_in_date_time"
    value = f"None if self.{ident} is None else self.{ident}.isoformat()"
    line = pystyle.assign('data["approximateLastSignInDateTime"]', value, 8)
    assert line.splitlines() == [
        '        data["approximateLastSignInDateTime"] = (',
        "            None",
        f"            if self.{ident} is None",
        f"            else self.{ident}.isoformat()",
        "        )",
    ]
    assert not formatting.needs_black(in_method(line))


def test_a_test_holding_a_string_is_left_to_black() -> None:
    value = 'None if self.x == " else " else ' + "y" * 100
    assert pystyle.assign('data["x"]', value, 8) == f'        data["x"] = {value}'


# Dotted names of any length up to 120 (lengths drawn uniformly: the rules turn
# on lengths near the line's, which shrinking-friendly text strategies rarely give).
dotted = st.tuples(st.integers(1, 120), st.integers(0, 2)).map(
    lambda size_dots: ".".join(
        ["n" * max(1, size_dots[0] // (size_dots[1] + 1))] * (size_dots[1] + 1)
    )
)


WRAP = {0: lambda t: t + "\n", 4: lambda t: "class C:\n" + t + "\n", 8: in_method}


@settings(max_examples=EXAMPLES * 2, suppress_health_check=[HealthCheck.too_slow])
@given(dotted, dotted, dotted, st.sampled_from([0, 4, 8]), st.booleans())
def test_the_screen_vouches_for_a_long_call_head_only_as_black_leaves_it(
    target: str, callee: str, argument: str, indent: int, is_return: bool
) -> None:
    """Any split ``target = callee(`` (or ``return callee(``) / argument / ``)``
    of a line too long for one that the screen lets through is black's own output."""
    pad = " " * indent
    lead = "return " if is_return else f"{target} = "
    flat = f"{pad}{lead}{callee}({argument})"
    if pystyle.fits(flat, 0) or (is_return and indent == 0):
        return  # the emitter never splits what fits (and the screen assumes it)
    split = f"{pad}{lead}{callee}(\n{pad}    {argument}\n{pad})"
    assert agrees_with_black(WRAP[indent](split), WRAP[indent](flat))


strings = st.integers(0, 120).map(lambda n: '"' + ("word " * 30)[:n] + '"')


@settings(max_examples=EXAMPLES * 2, suppress_health_check=[HealthCheck.too_slow])
@given(dotted, st.one_of(dotted, strings), st.sampled_from([0, 4, 8]))
def test_a_statement_call_of_one_name_or_string_is_split_as_black_splits_it(
    callee: str, argument: str, indent: int
) -> None:
    """``_rt.warn_deprecated("... is deprecated")`` (pystyle.called), and any
    split of that shape the screen lets through, is black's own output."""
    pad = " " * indent
    flat = WRAP[indent](f"{pad}{callee}({argument})")
    assert agrees_with_black(WRAP[indent](pystyle.called(callee, argument, indent)), flat)
    if not pystyle.fits(f"{callee}({argument})", indent):
        split = f"{pad}{callee}(\n{pad}    {argument}\n{pad})"
        assert agrees_with_black(WRAP[indent](split), flat)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    idents,
    st.lists(st.sampled_from(["client: Client", "api: Api", "x: int = 1"]), max_size=2),
    dotted,
    st.sampled_from([0, 4]),
)
def test_a_def_with_a_long_return_annotation_is_laid_out_as_black_lays_it_out(
    name: str, params: list[str], returns: str, indent: int
) -> None:
    """Graph's ``def with_streaming_response(self) -> <90-character name>:``."""
    group = pystyle.define(name, ["self", *params], returns)
    wrap = (lambda t: t) if indent == 0 else (lambda t: "class C:\n" + t)
    body = " " * (indent + 4) + "pass\n"
    laid_out = wrap(pystyle.layout(group, indent, ":") + "\n" + body)
    flat = wrap(" " * indent + str(group) + ":\n" + body)
    assert agrees_with_black(laid_out, flat)
    # and whatever the screen lets through with the annotation left on the
    # closing line (of a def too long for one line, with only ``self``)
    pad = " " * indent
    if not params and not pystyle.fits(f"def {name}(self) -> {returns}:", indent):
        kept = wrap(f"{pad}def {name}(\n{pad}    self,\n{pad}) -> {returns}:\n{body}")
        assert agrees_with_black(kept, flat)


def test_graph_deprecation_warnings_and_returns_are_split_without_black() -> None:
    message = (
        '"identity_b_2_x_identity_user_flow.identity_b_2_x_user_flows_list_identity_providers'
        ' is deprecated"'
    )
    line = pystyle.called("_rt.warn_deprecated", message, 8)
    assert line.splitlines() == [
        "        _rt.warn_deprecated(",
        f"            {message}",
        "        )",
    ]
    assert not formatting.needs_black(in_method(line))
    for api, client in [
        (
            "AuthenticationMethodConfigurationsAuthenticationMethodConfigurationApiWithRawResponse",
            "self._client.authentication_method_configurations_authentication_method_configuration",
        ),
        (  # the argument would fit inside parentheses, but not the class name
            "AsyncAuthenticationMethodsPolicyAuthenticationMethodConfigurationApiWithStreamingResponse",
            "self._client.authentication_methods_policy_authentication_method_configuration",
        ),
    ]:
        line = pystyle.returns(f"{api}({client})", 8)
        assert line.splitlines() == [f"        return {api}(", f"            {client}", "        )"]
        assert not formatting.needs_black(in_method(line))
        flat = in_method(f"        return {api}({client})")
        assert black.format_str(flat, mode=MODE) == in_method(line)


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(dotted, dotted, dotted)
def test_a_long_assignment_of_a_call_is_split_as_black_splits_it(
    target: str, callee: str, argument: str
) -> None:
    laid_out = in_method(pystyle.assign(target, f"{callee}({argument})", 8))
    assert agrees_with_black(laid_out, in_method(f"        {target} = {callee}({argument})"))


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


GRAPH_TAG = "authenticationMethodConfigurations.authenticationMethodConfiguration"
GRAPH_OPERATION = "identityB2xUserFlows.identityB2xUserFlowsListIdentityProvidersAsMicrosoftGraphAppRoleAssignment"
GRAPH_FIELD = "approximateLastSignInDateTimeOfTheOrganization"


def graph_paths() -> dict[str, Any]:
    """Microsoft Graph's shapes: a tag and an operation with very long names (a
    deprecated one), a required nullable date-time and an optional request field
    with long names."""
    body = {"$ref": "#/components/schemas/GraphInput"}
    return {
        "/graph": {
            "post": {
                "operationId": GRAPH_OPERATION,
                "tags": [GRAPH_TAG],
                "deprecated": True,
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/GraphOutput"}
                            }
                        },
                    }
                },
            }
        }
    }


def graph_schemas() -> dict[str, Any]:
    nullable_time = {"type": ["string", "null"], "format": "date-time"}
    return {
        "GraphOutput": {
            "type": "object",
            "required": [GRAPH_FIELD],
            "properties": {GRAPH_FIELD: nullable_time},
        },
        "GraphInput": {
            "type": "object",
            "properties": {
                "contributionToContentDiscoveryAsOrganizationDisabled": {"type": "string"}
            },
        },
    }


def every_shape() -> dict[str, Any]:
    """A document with each shape above, long enough to need splitting."""
    regions = [f"region-{n}" for n in range(25)]
    long_op = "delete_" + "_".join(["admissionregistration"] * 4)
    return minimal_spec(
        paths={
            **graph_paths(),
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
            },
        },
        schemas={
            "Holder": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "additionalProperties": {"$ref": f"#/components/schemas/Item{LONG[:52]}"},
            },
            f"Item{LONG[:52]}": {"type": "object", "properties": {"b": {"type": "string"}}},
            **graph_schemas(),
        },
        tags=[
            {
                "name": "Issue custom field options apps",
                "description": "First line.\n\nSecond paragraph:\n  * an item\n",
            },
            {"name": GRAPH_TAG},
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
