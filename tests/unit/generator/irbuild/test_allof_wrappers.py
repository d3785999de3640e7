"""``allOf`` wrappers: an ``allOf`` of one schema plus parts that only annotate
it (AWS writes nearly every property as ``allOf: [{$ref: String},
{description: ...}]``), or of parts all of one scalar type, is that schema's
type with the annotations applied, not a model; an ``allOf`` that merges
object parts still builds one."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.irbuild import NONE
from generator.irbuild.context import Context
from generator.irbuild.schemas import Schemas

from helpers import minimal_spec

REF = "#/components/schemas/"

SHARED = {
    "String": {"type": "string"},
    "Count": {"type": "integer"},
    "State": {"type": "string", "enum": ["pending", "running"]},
    "Names": {"type": "array", "items": {"$ref": REF + "String"}},
    "Tag": {"type": "object", "properties": {"key": {"type": "string"}}},
}


def build(holder: dict[str, Any], **more: Any) -> Schemas:
    components = {**SHARED, **more, "Holder": {"type": "object", "properties": holder}}
    schemas = Schemas(Context(minimal_spec(schemas=components), "t.yaml", (), NONE))
    schemas.build_components()
    return schemas


def field(schemas: Schemas, name: str) -> ir.Field:
    holder = schemas.model_named("Holder")
    assert holder is not None
    return next(f for f in holder.fields if f.name == name)


def model_names(schemas: Schemas) -> set[str]:
    return {m.name for m in schemas.models if m is not None}


def wrap(ref: str, **annotations: Any) -> dict[str, Any]:
    return {"allOf": [{"$ref": REF + ref}, annotations]}


def test_ref_plus_description_is_the_referenced_primitive_with_its_description() -> None:
    schemas = build(
        {"name": wrap("String", description="The name.", xml={"name": "Name"}), "n": wrap("Count")}
    )
    name = field(schemas, "name")
    assert name.type == ir.Primitive("str")
    assert name.description == "The name."
    assert field(schemas, "n").type == ir.Primitive("int")
    # No class is made for the wrappers: only the two objects of the document.
    assert model_names(schemas) == {"Tag", "Holder"}


def test_annotations_are_honoured_as_on_the_property_itself() -> None:
    schemas = build(
        {
            "nullable": wrap("String", nullable=True),
            "ro": wrap("String", readOnly=True, description="Set by the server."),
            "wo": wrap("String", writeOnly=True),
            "dflt": wrap("Count", default=3),
            "old": wrap("String", deprecated=True, **{"x-note": "ignored"}),
            # Annotations beside the allOf count as well as inside it.
            "outer": {"allOf": [{"$ref": REF + "String"}], "nullable": True, "title": "T"},
        }
    )
    assert field(schemas, "nullable").type == ir.Nullable(ir.Primitive("str"))
    ro = field(schemas, "ro")
    assert ro.read_only and ro.description == "Set by the server."
    assert field(schemas, "wo").write_only
    dflt = field(schemas, "dflt")
    assert dflt.has_default and dflt.default == 3 and dflt.type == ir.Primitive("int")
    assert field(schemas, "old").deprecated and field(schemas, "old").type == ir.Primitive("str")
    assert field(schemas, "outer").type == ir.Nullable(ir.Primitive("str"))


def test_enum_list_and_object_behind_a_wrapper_are_those_types() -> None:
    schemas = build(
        {
            "state": wrap("State", description="Its state."),
            "names": wrap("Names", description="Its names."),
            "tag": wrap("Tag", description="Its tag."),
        }
    )
    assert field(schemas, "state").type == ir.EnumRef("State")
    assert field(schemas, "names").type == ir.ListOf(ir.Primitive("str"))
    assert field(schemas, "tag").type == ir.ModelRef("Tag")
    assert field(schemas, "tag").description == "Its tag."
    assert model_names(schemas) == {"Tag", "Holder"}


def test_parts_of_one_scalar_type_are_that_type() -> None:
    schemas = build(
        {
            "short": {"allOf": [{"$ref": REF + "String"}, {"maxLength": 5}]},
            "typed": {"allOf": [{"type": "string"}, {"type": "string", "pattern": "^a"}]},
            "when": {"allOf": [{"$ref": REF + "String"}, {"format": "date-time"}]},
            "few": {"allOf": [{"$ref": REF + "Count"}, {"minimum": 1}, {"description": "Few."}]},
            "state": {"allOf": [{"$ref": REF + "State"}, {"maxLength": 9}]},
        }
    )
    assert field(schemas, "short").type == ir.Primitive("str")
    assert field(schemas, "typed").type == ir.Primitive("str")
    assert field(schemas, "when").type == ir.Primitive("datetime", "date-time")
    assert field(schemas, "few").type == ir.Primitive("int")
    assert field(schemas, "few").description == "Few."
    assert field(schemas, "state").type == ir.EnumRef("State")
    assert model_names(schemas) == {"Tag", "Holder"}


def test_a_component_that_wraps_a_primitive_is_that_primitive() -> None:
    schemas = build(
        {"id": {"$ref": REF + "Id"}}, Id={"allOf": [{"$ref": REF + "String"}, {"title": "Id"}]}
    )
    assert field(schemas, "id").type == ir.Primitive("str")
    assert "Id" not in model_names(schemas)


def test_allof_that_merges_objects_still_builds_a_model() -> None:
    other = {"type": "object", "properties": {"size": {"type": "integer"}}}
    schemas = build(
        {
            "merged": {"allOf": [{"$ref": REF + "Tag"}, other]},
            "mixed": {"allOf": [{"$ref": REF + "String"}, {"$ref": REF + "Count"}]},
            "required": {"allOf": [{"$ref": REF + "Tag"}], "required": ["key"]},
        },
        # A component that wraps an object stays a class of its own, as before.
        Tag2={"allOf": [{"$ref": REF + "Tag"}, {"description": "Another tag."}]},
    )
    merged = field(schemas, "merged").type
    assert isinstance(merged, ir.ModelRef)
    merged_model = schemas.model_named(merged.name)
    assert merged_model is not None
    assert [f.name for f in merged_model.fields] == ["key", "size"]
    # Two different scalar types are not one of them: left as before (a model).
    assert isinstance(field(schemas, "mixed").type, ir.ModelRef)
    assert isinstance(field(schemas, "required").type, ir.ModelRef)
    tag2 = schemas.model_named("Tag2")
    assert tag2 is not None and [f.name for f in tag2.fields] == ["key"]


def test_the_wrappers_own_direction_wins_over_the_shared_schemas() -> None:
    """Jira writes ``position: {allOf: [$ref Position], readOnly: true}`` where
    Position is writeOnly: the property is read-only (and not both), as it was;
    a wrapper that says nothing of direction takes the shared schema's, as a
    plain ``$ref`` does."""
    position = {"type": "object", "writeOnly": True, "properties": {"x": {"type": "integer"}}}
    schemas = build(
        {
            "read": {"allOf": [{"$ref": REF + "Position"}], "readOnly": True},
            "plain": wrap("Position", description="Where it is."),
        },
        Position=position,
    )
    read = field(schemas, "read")
    assert read.read_only and not read.write_only
    plain = field(schemas, "plain")
    assert plain.write_only and not plain.read_only and plain.description == "Where it is."
