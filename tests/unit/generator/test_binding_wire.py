"""Wire details the binding decides per operation: the ``Accept`` an operation
sends (from its declared responses, JSON first) and the ``Content-Type`` of its
body (a media range made concrete)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import pytest

from generator import binding, builder, loader, media

from helpers import minimal_spec, write_spec


def _op(responses: dict[str, Any], body_type: Optional[str] = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": "doIt", "responses": responses}
    if body_type is not None:
        schema = {"type": "object", "properties": {"a": {"type": "string"}}}
        op["requestBody"] = {"content": {body_type: {"schema": schema}}}
    return op


def _content(*types: str) -> dict[str, Any]:
    return {"description": "d", "content": {t: {"schema": {"type": "object"}} for t in types}}


def method_of(tmp_path: Path, op: dict[str, Any]) -> binding.Method:
    spec = write_spec(tmp_path / "spec.yaml", minimal_spec({"/x": {"post": op}}))
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    api = builder.build(doc, str(spec), converted)
    py = binding.build(api, binding.package_options(api, {}, None))
    return py.method(api.tags[0].operations[0])


@pytest.mark.parametrize(
    "responses, accept",
    [
        ({"200": _content("application/json")}, None),  # the runtime's default
        ({"200": _content("*/*")}, None),
        (
            {"200": _content("application/vnd.api+json"), "default": _content("application/json")},
            "application/vnd.api+json, application/json",
        ),
        (
            {"200": _content("application/json"), "400": _content("application/problem+json")},
            "application/json, application/problem+json",
        ),
        ({"200": _content("application/xml")}, "application/xml"),
        (
            {"200": _content("application/xml"), "default": _content("application/json")},
            "application/json, application/xml;q=0.5",
        ),
        ({"200": _content("application/xml", "application/json")}, None),  # JSON chosen
        ({"204": {"description": "none"}}, None),
    ],
)
def test_accept_lists_declared_types_json_first(
    tmp_path: Path, responses: dict[str, Any], accept: Optional[str]
) -> None:
    assert method_of(tmp_path, _op(responses)).accept == accept


@pytest.mark.parametrize(
    "declared, sent",
    [
        ("application/json", None),
        ("*/*", None),
        ("application/*+json", None),
        ("application/vnd.api+json", "application/vnd.api+json"),
        ("application/merge-patch+json", "application/merge-patch+json"),
    ],
)
def test_json_body_content_type_is_concrete(
    tmp_path: Path, declared: str, sent: Optional[str]
) -> None:
    method = method_of(tmp_path, _op({"204": {"description": "ok"}}, declared))
    kwargs = [str(k) for k in method.body_kwargs if str(k).startswith("content_type=")]
    assert kwargs == ([] if sent is None else [f'content_type="{sent}"'])


@pytest.mark.parametrize(
    "declared, concrete",
    [
        ("*/*", "application/json"),
        ("application/*+json", "application/json"),
        ("application/*", "application/octet-stream"),
        ("text/*", "text/plain"),
        ("image/*", "application/octet-stream"),
        ("text/csv; charset=utf-8", "text/csv; charset=utf-8"),
    ],
)
def test_media_ranges_become_concrete(declared: str, concrete: str) -> None:
    assert media.concrete(declared) == concrete


@pytest.mark.parametrize(
    "style, explode, sent",
    [
        (None, None, "color"),  # simple: the value as it is
        ("simple", True, "color"),  # explode changes nothing for a primitive
        ("label", None, '_rt.Styled(color, "label", False)'),
        ("matrix", True, '_rt.Styled(color, "matrix", True)'),
    ],
)
def test_primitive_path_parameter_keeps_label_and_matrix_style(
    tmp_path: Path, style: Optional[str], explode: Optional[bool], sent: str
) -> None:
    param: dict[str, Any] = {"name": "color", "in": "path", "required": True}
    param["schema"] = {"type": "string"}
    if style is not None:
        param["style"] = style
    if explode is not None:
        param["explode"] = explode
    op = {"operationId": "get", "parameters": [param], "responses": {"204": {"description": "ok"}}}
    spec = write_spec(tmp_path / "spec.yaml", minimal_spec({"/x/{color}": {"get": op}}))
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    api = builder.build(doc, str(spec), converted)
    py = binding.build(api, binding.package_options(api, {}, None))
    assert py.method(api.tags[0].operations[0]).path_params == (('"color"', sent),)


def test_parameters_named_like_call_options_step_aside(tmp_path: Path) -> None:
    """A query parameter ``strict`` and a body field ``extra_body`` get other
    argument names; their wire names are kept, and no name appears twice."""
    op = _op({"204": {"description": "ok"}}, "application/json")
    op["parameters"] = [{"name": "strict", "in": "query", "schema": {"type": "boolean"}}]
    props = op["requestBody"]["content"]["application/json"]["schema"]["properties"]
    props["extra_body"] = {"type": "string"}
    method = method_of(tmp_path, op)
    # The build reserves the binding's per-call options (binding/reserved.py),
    # so the document's names step aside there, with the build's usual suffix.
    strict = method.argument("query", "strict").ident
    extra_body = method.argument("field", "extra_body").ident
    assert strict.startswith("strict_") and extra_body.startswith("extra_body_")
    idents = [a.ident for a in method.arguments]
    assert len(idents) == len(set(idents)) and {"strict", "extra_body"} <= set(idents)
    assert method.query == (('"strict"', strict),)
