"""The Python binding (generator/binding/): the one place Python names are decided."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import binding, builder, ir, loader
from generator.binding.types import py_type

from helpers import ROOT

MAX_COLLISION = ROOT / "tests" / "fixtures" / "max_collision.yaml"


def bind(spec: Path) -> tuple[ir.Api, binding.Binding]:
    doc, converted = loader.as_openapi(str(spec), loader.read_document(spec))
    api = builder.build(doc, str(spec), converted)
    return api, binding.build(api, binding.package_options(api, {}, None))


def test_page_arguments_step_aside_for_parameters() -> None:
    """Query parameters max, field and range_max keep their names; the page
    size becomes page_max and the range field range_field, and the wire
    mapping says which argument goes where."""
    api, py = bind(MAX_COLLISION)
    method = py.method(api.tags[0].operations[0])
    assert method.argument("query", "max").ident == "max"
    assert method.argument("query", "range_max").ident == "range_max"
    assert [method.page_arg(k) for k in ("max", "field", "order", "start")] == [
        "page_max", "range_field", "order", "start",
    ]  # fmt: skip
    parts = py.method(api.tags[0].operations[1])
    assert parts.argument("path", "item_id").required
    assert [parts.page_arg(k) for k in ("order", "start")] == ["range_order", "range_start"]
    options = [a.ident for a in method.keyword if a.wire.location == "option"]
    assert options == [
        "headers", "extra_query", "extra_body", "strict", "timeout", "deadline",
    ] and set(options) == py.reserved  # fmt: skip
    idents = [a.ident for a in method.arguments]
    assert len(idents) == len(set(idents))


def test_package_name_shadows_no_module() -> None:
    api = ir.Api("json", "", "1", (), (), (), ())
    assert binding.package_options(api, {}, None)["package"] == "json_client"
    assert binding.package_options(api, {"package": "signl4"}, None)["package"] == "signl4"
    assert binding.package_options(api, {}, "my pkg")["package"] != "my pkg"


@pytest.mark.parametrize(
    "t, annotation, imports",
    [
        (ir.Nullable(ir.ListOf(ir.ModelRef("App"))), "Optional[list[App]]", {"Optional", "App"}),
        (ir.MapOf(ir.Primitive("datetime")), "dict[str, datetime]", {"datetime"}),
        (
            ir.UnionOf((ir.Primitive("str"), ir.EnumRef("Size"))),
            "Union[str, Size]",
            {"Union", "Size"},
        ),
        (ir.UnionOf((ir.Primitive("str"), ir.ANY)), "Any", {"Any"}),
        (ir.Primitive("file"), "_rt.FileContent", set()),
    ],
)
def test_each_type_kind_knows_its_annotation_and_imports(
    t: ir.Type, annotation: str, imports: set[str]
) -> None:
    assert py_type(t).annotation == annotation
    assert py_type(t).imports == imports


def test_a_discriminated_union_refers_to_its_mapped_models() -> None:
    """The decoder names every mapped model, so the module must import them
    all, also one that is not a variant."""
    union = ir.UnionOf(
        (ir.ModelRef("Cat"), ir.ModelRef("Dog")),
        ir.Discriminator("kind", (("cat", "Cat"), ("lion", "Lion"))),
    )
    t = py_type(union)
    assert t.refs() == ("Cat", "Dog", "Lion")
    decoder = str(t.decoder())
    assert "Lion.from_dict" in decoder and decoder.startswith('_rt.discriminated("kind"')


def test_resource_imports_are_what_its_methods_use() -> None:
    api, py = bind(MAX_COLLISION)
    resource = py.resource(api.tags[0])
    assert resource.models == ("Item",)  # the `order` enum of an argument is a Literal
    assert "Union" in resource.typing and "Optional" in resource.typing
    assert "Literal" in resource.typing
    assert resource.datetime == ()


def test_a_required_parameter_with_one_possible_value_defaults_to_it(tmp_path: Path) -> None:
    """EC2's ``Action=DescribeInstances&Version=2016-11-15``: required, but with
    one value each, so the caller need not spell them; a path parameter stays
    required (positional), and a two-value enum stays required."""
    one = {"type": "string", "enum": ["DescribeInstances"]}
    spec = tmp_path / "s.yaml"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "T", "version": "1"},
                "paths": {
                    "/{region}": {
                        "get": {
                            "operationId": "describe",
                            "parameters": [
                                {"name": "region", "in": "path", "required": True, "schema": one},
                                {"name": "Action", "in": "query", "required": True, "schema": one},
                                {
                                    "name": "X-Version",
                                    "in": "header",
                                    "required": True,
                                    "schema": {"type": "string", "const": "2016-11-15"},
                                },
                                {
                                    "name": "Mode",
                                    "in": "query",
                                    "required": True,
                                    "schema": {"type": "string", "enum": ["a", "b"]},
                                },
                            ],
                            "responses": {"200": {"description": "ok"}},
                        }
                    }
                },
            }
        )
    )
    api, py = bind(spec)
    method = py.method(api.operations[0])
    assert method.argument("path", "region").required
    assert method.argument("query", "Mode").required
    action = method.argument("query", "Action")
    assert action.default == '"DescribeInstances"' and not action.required
    assert action.annotation == 'Literal["DescribeInstances"]'
    version = method.argument("header", "X-Version")
    assert version.default == '"2016-11-15"' and 'Always "2016-11-15".' in version.doc


def test_a_shadowed_builtin_is_qualified_only_where_it_is_the_builtin() -> None:
    """After ``def list(self)`` in a class, its annotations spell ``builtins.list``;
    a name that merely contains it, or is already qualified, is left alone."""
    from generator.binding.methods import qualified

    shadowed = frozenset({"list", "type"})
    assert qualified("Optional[list[type]]", shadowed) == "Optional[builtins.list[builtins.type]]"
    assert qualified("builtins.list[Listing]", shadowed) == "builtins.list[Listing]"
    assert qualified("dict[str, list_type]", shadowed) == "dict[str, list_type]"
    assert qualified("models.type", shadowed) == "models.type"
    assert qualified("list[int]", frozenset()) == "list[int]"
    assert qualified("filter", frozenset({"filter"})) == "builtins.filter"  # another set
