"""Schemas to types: primitives, lists, maps, unions, enums and models.

Component schemas become :class:`ir.ModelRef`/:class:`ir.EnumRef` references,
built once per JSON pointer and memoized, which is what makes recursive schemas
finite.  Inline schemas are named after where they sit (``App`` + ``region``
-> ``AppRegion``); identical inline shapes (same fields, types, flags and
descriptions; for enums the same values) become one class, named after the
place met first in document order, found by a structural key computed once
per shape.  ``allOf`` parts are merged into one model's fields.  ``const`` and
single-value enums are literals, ``prefixItems`` positional tuples.  A
construct this cannot type becomes ``Any`` plus a warning naming its pointer.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

from .. import ir
from ..errors import SpecError
from ..memo import ByIdentity
from ..naming import UniqueNames, pascal, pascal_ident, snake_ident, upper_ident
from .common import COMPONENT_PREFIX, escape, maybe_null, primitive_of_value, text, unescape
from .context import Context

PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "none",
}

# An Enum class per value list is for humans; a list this long (a hostile or
# generated document: 1,000,000 values made an 11 MB module and took 2 GB)
# is typed by its values' type instead, with a warning.
MAX_ENUM_VALUES = 10_000
# Building a type builds the types it refers to first, recursively.  Real
# documents nest component schemas a few dozen levels at most; a hostile one
# can chain thousands (S1 -> S2 -> ... through properties, allOf, items, oneOf),
# which would exhaust the stack, so it is refused at this depth.
MAX_REF_NESTING = 100
# An unnamed string enum of an argument with at most this many values is a
# ``Literal`` union (a closed choice the type checker can see) rather than an
# Enum class of its own; a longer list reads better as a class.
MAX_LITERAL_VALUES = 16
# String formats with a Python type of their own.
STRING_KINDS = {"date-time": "datetime", "date": "date", "binary": "bytes"}

# Keywords that only say something about a value (``xml`` is OpenAPI's
# serialization hint, ignored by a JSON client): an ``allOf`` part made of
# these and ``x-`` extensions alone adds nothing to the value's type.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "default",
        "externalDocs",
        "xml",
        "$comment",
    }
)
# What an allOf wrapper may hold (besides x- extensions).
WRAPPER_KEYS = ANNOTATIONS | {"allOf"}
# Keywords that narrow a scalar without changing its type: ``allOf: [$ref
# String, {maxLength: 5}]`` is still a string.
SCALAR_CONSTRAINTS = frozenset(
    {
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "contentEncoding",
        "contentMediaType",
    }
)
SCALAR_TYPES = frozenset({"string", "integer", "number", "boolean"})
# Keywords that can make a schema of a scalar ``type`` something other than
# that scalar (see :meth:`Schemas.schema_type`): without them it is the scalar.
_SHAPING = frozenset({"enum", "const", "oneOf", "anyOf", "allOf", "prefixItems", "items"})

# A field's description, default, has_default, read_only, write_only, deprecated.
FieldTraits = tuple[str, Any, bool, bool, bool, bool]
# Properties (name, schema, pointer), required names, additionalProperties.
ObjectParts = tuple[list[tuple[str, Any, str]], set[str], Any]


def is_model(schema: Any) -> bool:
    """Whether ``schema`` becomes a class with fields (an object with properties or allOf)."""
    if not isinstance(schema, dict) or "enum" in schema or "oneOf" in schema or "anyOf" in schema:
        return False
    types = schema.get("type")
    if isinstance(types, list):
        non_null = [t for t in types if t != "null"]
        types = non_null[0] if len(non_null) == 1 else None
    if schema.get("properties") or "allOf" in schema:
        return types in (None, "object")
    return False


def annotation_only(part: Any) -> bool:
    """Whether an ``allOf`` part only annotates (no type, properties, items,
    constraints, composition or ``$ref``)."""
    return isinstance(part, dict) and (
        part.keys() <= ANNOTATIONS or all(annotation_key(key) for key in part)
    )


def refinement(part: Any) -> bool:
    """Whether an inline ``allOf`` part only annotates or narrows a scalar
    (its ``type``, if any, a scalar one)."""
    return (
        isinstance(part, dict)
        and all(key in SCALAR_CONSTRAINTS or key == "type" or annotation_key(key) for key in part)
        and scalar_type(part.get("type", "string")) is not None
    )


def scalar_type(value: Any) -> Optional[str]:
    """``value`` when it names one scalar JSON type, else None."""
    return value if isinstance(value, str) and value in SCALAR_TYPES else None


def annotation_key(key: Any) -> bool:
    """Whether ``key`` is an annotation keyword or an ``x-`` extension."""
    return key in ANNOTATIONS or (isinstance(key, str) and key.startswith("x-"))


def literal_value(value: Any) -> bool:
    """Whether ``value`` can be spelled in a ``Literal[...]``."""
    return isinstance(value, (str, bool)) or (
        isinstance(value, int) and not isinstance(value, bool)
    )


def enum_values(schema: dict[str, Any]) -> Optional[list[Any]]:
    """An enum's values without ``null`` (which makes the type nullable instead)."""
    values = schema.get("enum")
    if not isinstance(values, list):
        return None
    return [v for v in values if v is not None]


class Schemas:
    """Types, models and enums of one document, in the order they are met."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.component_names: dict[str, str] = {}
        self.by_pointer: dict[str, ir.Type] = {}
        self.building_aliases: set[str] = set()
        self.ref_nesting = 0  # ref_type calls in progress
        self.models: list[Optional[ir.Model]] = []  # None: a deferred model's place
        self.deferred_models: list[tuple[int, dict[str, Any], str, str]] = []
        self.enums: list[ir.Enum] = []
        # Members per list of values: large documents repeat the same inline enum
        # in every operation (Microsoft Graph's $select lists, thousands of times).
        self._members_of: dict[tuple[Any, ...], tuple[ir.EnumMember, ...]] = {}
        self._named: dict[str, ir.Model] = {}
        self._primitives: dict[tuple[str, Optional[str]], ir.Primitive] = {}
        # What each allOf wrapper stands for, and its annotations, by schema id
        # (the schema kept, so its id stays its own): AWS documents write nearly
        # every property as a wrapper, met again in every model merging it.
        self._cores: ByIdentity[Optional[tuple[Any, int]]] = ByIdentity()
        self._annotations: ByIdentity[dict[str, Any]] = ByIdentity()
        self._traits: ByIdentity[FieldTraits] = ByIdentity()
        # Structural keys of the inline models and enums built so far: an
        # identical inline shape met again refers to the first one's class.
        self.shapes: dict[str, ir.Type] = {}
        # Inline models by pointer: a property ``allOf``-merged from a shared
        # schema is met again in every model that merges it (Amazon EC2: 17,894
        # inline builds of 10,041 shapes).  Its type is the same each time (the
        # same fields resolve to the same classes and its shape to the first
        # class of that shape), so it is built once; the warnings its build
        # raised are raised again, as building it again would.
        self._inline: dict[str, tuple[dict[str, Any], ir.Type, tuple[ir.Warning, ...]]] = {}
        # Fields by the properties they come from (name, schema, pointer; required
        # ones), for the same reason: a model ``allOf``-merging one other schema
        # has that schema's fields (EC2: 10,598 field lists, 1,959 different).
        # The properties are kept, so their ids stay theirs; the repr of each
        # field list is kept too, as it is part of an inline shape's key.
        self._fields: dict[
            tuple[bool, tuple[tuple[str, int, str], ...], tuple[str, ...]],
            tuple[list[tuple[str, Any, str]], tuple[ir.Field, ...], tuple[ir.Warning, ...]],
        ] = {}
        self._fields_repr: ByIdentity[str] = ByIdentity()
        # object_parts by pointer: (schema, parts, allOf levels below it).
        self._parts: dict[str, tuple[dict[str, Any], ObjectParts, int]] = {}
        # Warnings raised by the inline builds in progress (innermost last); None
        # stands for a component schema's build, whose warnings are raised once.
        self._recording: list[Optional[list[ir.Warning]]] = []

    # ------------------------------------------------------------ components

    def build_components(self, unused: frozenset[str] = frozenset()) -> None:
        """Name every component schema, then build each (in document order)
        but the ``unused`` ones (see :mod:`generator.irbuild.unused`), built
        only if something the builder meets refers to them after all."""
        schemas = (self.ctx.doc.get("components") or {}).get("schemas") or {}
        # Names already in PascalCase are claimed first, so of "pet" and "Pet"
        # the schema called "Pet" is the class ``Pet`` (and "pet" is ``Pet2``).
        wanted = {key: pascal_ident(str(key), "Model") for key in schemas}
        for key in sorted(schemas, key=lambda k: wanted[k] != k):
            self.component_names[COMPONENT_PREFIX + escape(key)] = self.ctx.type_names.claim(
                wanted[key]
            )
        for key in schemas:
            if key not in unused:
                self.ref_type(COMPONENT_PREFIX + escape(key))

    def model_named(self, name: str) -> Optional[ir.Model]:
        """The model called ``name``; indexed, since paging detection asks for
        every list operation's response model (a miss re-indexes once)."""
        found = self._named.get(name)
        if found is None:
            self._named = {m.name: m for m in self.models if m is not None}
            found = self._named.get(name)
        return found

    def ref_type(self, pointer: str) -> ir.Type:
        """The type a ``$ref`` to ``pointer`` stands for, built once and memoized."""
        known = self.by_pointer.get(pointer)
        if known is not None:
            return known
        if self.ref_nesting >= MAX_REF_NESTING:
            raise SpecError(
                self.ctx.resolver.name,
                pointer,
                f"schemas refer to each other through more than {MAX_REF_NESTING} nested "
                "$refs (properties, items, allOf, oneOf...); refused",
            )
        self.ref_nesting += 1
        self._recording.append(None)
        try:
            return self._build_ref_type(pointer)
        finally:
            self._recording.pop()
            self.ref_nesting -= 1

    def _build_ref_type(self, pointer: str) -> ir.Type:
        schema, _ = self.ctx.resolver.deref({"$ref": "#" + pointer}, pointer)
        name = self.component_names.get(pointer)
        if name is None:  # a reference into the middle of something: name it after its place
            name = self.ctx.type_names.claim(
                pascal_ident(unescape(pointer.rsplit("/", 1)[-1]), "Model")
            )
        if self.makes_model(schema, pointer):
            ref: ir.Type = ir.ModelRef(name)
            self.by_pointer[pointer] = ref
            self.build_model(schema, pointer, name)
            return ref
        if (
            isinstance(schema, dict)
            and enum_values(schema) is not None
            and not schema.get("nullable")
        ):
            enum_type = self.schema_type(schema, pointer, name, fixed_name=name)
            self.by_pointer[pointer] = enum_type
            return enum_type
        if pointer in self.building_aliases:
            self._warn(pointer, "schema is defined only in terms of itself; typed as Any")
            return ir.ANY
        self.building_aliases.add(pointer)
        try:
            result = self.schema_type(schema, pointer, name)
        finally:
            self.building_aliases.discard(pointer)
        self.by_pointer[pointer] = result
        if not self.building_aliases:
            self.build_deferred_models()
        return result

    # ------------------------------------------------------------ types

    def schema_type(
        self,
        schema: Any,
        pointer: str,
        hint: str,
        fixed_name: Optional[str] = None,
        argument: bool = False,
    ) -> ir.Type:
        """Map one schema to a type; ``hint`` names anything inline it defines.
        ``argument``: the schema types a method argument (a parameter or a
        flattened body field), where a small unnamed string enum is a Literal."""
        if schema is True or schema is None or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            self._warn(pointer, "schema is not an object; typed as Any")
            return ir.ANY
        nullable = schema.get("nullable") is True
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.ref_type(ref[1:]) if ref.startswith("#") else ir.ANY
            return maybe_null(target, nullable)

        types = schema.get("type")
        if isinstance(types, str) and types in SCALAR_TYPES and not _SHAPING.intersection(schema):
            # Most schemas of a large document are plain scalars ({type: string});
            # none of the checks below applies to them.
            return maybe_null(self._scalar(types, schema, pointer), nullable)
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if len(types) > 1:
                variants = tuple(
                    ir.Primitive(PRIMITIVES.get(t, "any")) for t in types if isinstance(t, str)
                )
                return maybe_null(ir.UnionOf(variants), nullable)
            types = types[0] if types else None

        values = enum_values(schema)
        if values is not None:
            if len(values) != len(schema["enum"]):
                nullable = True
            closed = (
                argument
                and fixed_name is None
                and 0 < len(values) <= MAX_LITERAL_VALUES
                and all(isinstance(v, str) for v in values)
            )
            if closed:
                return maybe_null(ir.Literal(tuple(dict.fromkeys(values))), nullable)
            if len(set(map(repr, values))) == 1 and literal_value(values[0]):
                return maybe_null(ir.Literal((values[0],)), nullable)
            return maybe_null(self._enum(values, schema, pointer, hint, fixed_name), nullable)
        if "const" in schema:
            const = schema["const"]
            if const is None:
                return ir.Primitive("none")
            kind = ir.Literal((const,)) if literal_value(const) else primitive_of_value(const)
            return maybe_null(kind, nullable)

        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and not schema.get("properties"):
                return maybe_null(self._union(schema, keyword, pointer, hint), nullable)
        core = self.wrapped(schema, pointer)
        if core is not None:
            nullable = nullable or self.wrapper_annotations(schema).get("nullable") is True
            part = self.schema_type(core[0], core[1], hint, fixed_name, argument)
            return maybe_null(part, nullable)
        if isinstance(schema.get("allOf"), list) and not schema.get("properties"):
            parts = schema["allOf"]
            if len(parts) == 1:
                return maybe_null(self.schema_type(parts[0], pointer + "/allOf/0", hint), nullable)

        positional = self._tuple(schema, pointer, hint)
        if positional is not None:
            return maybe_null(positional, nullable)
        if types == "array" or (types is None and "items" in schema):
            item = self.schema_type(
                schema.get("items"), pointer + "/items", hint + "Item", argument=argument
            )
            return maybe_null(ir.ListOf(item), nullable)
        if is_model(schema):
            if fixed_name is None and not self.building_aliases:
                return maybe_null(self._inline_model(schema, pointer, hint), nullable)
            name = fixed_name or self.ctx.type_names.claim(pascal_ident(hint, "Model"))
            self.build_model(schema, pointer, name)
            return maybe_null(ir.ModelRef(name), nullable)
        if types == "object" or (types is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties", True)
            value = (
                ir.ANY
                if extra in (True, None) or extra is False
                else self.schema_type(extra, pointer + "/additionalProperties", hint + "Value")
            )
            return maybe_null(ir.MapOf(value), nullable)
        return maybe_null(self._scalar(types, schema, pointer), nullable)

    # ------------------------------------------------------------ allOf wrappers

    def wrapped(self, schema: Any, pointer: str) -> Optional[tuple[Any, str]]:
        """The one schema (and its pointer) an ``allOf`` wrapper stands for, or None.

        A wrapper is an ``allOf`` with only annotations beside it whose parts
        are one schema plus parts that only annotate it, or whose parts are
        all one scalar type (one of them may be a ``$ref``, an enum's say; the
        others only narrow it).  It is that schema's type, not a model: AWS
        documents write nearly every property as ``allOf: [{$ref: String},
        {description: ...}]``, and as models they were all one empty class."""
        if not isinstance(schema, dict) or "allOf" not in schema:
            return None
        core = self._cores.get(schema, lambda: self._core(schema, pointer))
        return None if core is None else (core[0], f"{pointer}/allOf/{core[1]}")

    def _core(self, schema: dict[str, Any], pointer: str) -> Optional[tuple[Any, int]]:
        """The schema an ``allOf`` wrapper stands for and the index of its part
        (see :meth:`wrapped`), or None."""
        parts = schema.get("allOf")
        if not isinstance(parts, list) or not parts:
            return None
        if not (
            schema.keys() <= WRAPPER_KEYS
            or all(key == "allOf" or annotation_key(key) for key in schema)
        ):
            return None
        cores = [index for index, part in enumerate(parts) if not annotation_only(part)]
        if len(cores) == 1:
            return parts[cores[0]], cores[0]
        return self._scalar_core(parts, cores, pointer) if cores else None

    def _scalar_core(
        self, parts: list[Any], cores: list[int], pointer: str
    ) -> Optional[tuple[Any, int]]:
        """The part that gives an ``allOf`` of one scalar type its type, or None."""
        others = [index for index in cores if not refinement(parts[index])]
        if len(others) > 1:
            return None
        primary = others[0] if others else next((i for i in cores if "type" in parts[i]), None)
        if primary is None:
            return None
        primary_pointer = f"{pointer}/allOf/{primary}"
        resolved, _ = self.ctx.resolver.deref(parts[primary], primary_pointer)
        kind = scalar_type(resolved.get("type")) if isinstance(resolved, dict) else None
        if kind is None:
            return None
        narrowing = [parts[index] for index in cores if index != primary]
        if any(part.get("type", kind) != kind for part in narrowing):
            return None
        formats = [part["format"] for part in narrowing if "format" in part]
        if formats and "format" not in resolved and "enum" not in resolved:
            # ``$ref: String`` narrowed by ``format: date-time`` is a datetime.
            return {"type": kind, "format": formats[-1]}, primary
        return parts[primary], primary

    def wrapper_annotations(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An ``allOf`` wrapper's annotations: its inline parts' (a later part's
        win), then its own, as they would be written on one schema.  Memoized
        per schema (the caller must not change the result): a property's type
        and its field both ask."""
        return self._annotations.get(schema, lambda: self._new_annotations(schema))

    @staticmethod
    def _new_annotations(schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            if isinstance(part, dict) and "$ref" not in part:
                merged.update((k, v) for k, v in part.items() if k in ANNOTATIONS)
        merged.update((k, v) for k, v in schema.items() if k in ANNOTATIONS)
        return merged

    def makes_model(self, schema: Any, pointer: str) -> bool:
        """Whether a component schema becomes a class of its own: an object,
        or an ``allOf`` wrapper around one (``Pet2: {allOf: [$ref Pet]}`` is
        the class ``Pet2`` with Pet's fields, as it always was)."""
        if not is_model(schema):
            return False
        core = self.wrapped(schema, pointer)
        if core is None:
            return True
        target, _ = self.ctx.resolver.deref(core[0], core[1])
        return isinstance(target, dict) and (
            is_model(target)
            or target.get("type") == "object"
            or "properties" in target
            or "additionalProperties" in target
        )

    def _tuple(self, schema: dict[str, Any], pointer: str, hint: str) -> Optional[ir.TupleOf]:
        """A positional array: 2020-12 ``prefixItems`` (``items`` types the rest) or
        the older ``items: [...]`` (``additionalItems`` types the rest)."""
        if isinstance(schema.get("prefixItems"), list):
            keyword, rest_keyword = "prefixItems", "items"
        elif isinstance(schema.get("items"), list):
            keyword, rest_keyword = "items", "additionalItems"
        else:
            return None
        items = tuple(
            self.schema_type(item, f"{pointer}/{keyword}/{index}", f"{hint}Item{index + 1}")
            for index, item in enumerate(schema[keyword])
        )
        rest_schema = schema.get(rest_keyword, True)
        max_items = schema.get("maxItems")
        rest: Optional[ir.Type] = None
        if rest_schema is not False and not (
            isinstance(max_items, int) and max_items <= len(items)
        ):
            rest = self.schema_type(rest_schema, f"{pointer}/{rest_keyword}", hint + "Rest")
        min_items = schema.get("minItems")
        return ir.TupleOf(items, rest, min_items if isinstance(min_items, int) else 0)

    def _warn(self, pointer: str, message: str) -> None:
        """Raise a warning, and record it for each inline build in progress."""
        self.ctx.warn(pointer, message)
        for record in reversed(self._recording):
            if record is None:
                break
            record.append(ir.Warning(pointer, message))

    def _inline_model(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.Type:
        """An inline object's model, or the model of an identical shape met before,
        built once per pointer (see ``_inline``)."""
        known = self._inline.get(pointer)
        if known is not None and known[0] is schema:
            for warning in known[2]:
                self._warn(warning.pointer, warning.message)
            return known[1]
        record: list[ir.Warning] = []
        self._recording.append(record)
        try:
            result = self._new_inline_model(schema, pointer, hint)
        finally:
            self._recording.pop()
        self._inline[pointer] = (schema, result, tuple(record))
        return result

    def _new_inline_model(self, schema: dict[str, Any], pointer: str, hint: str) -> ir.Type:
        """Its fields are built first (nested names come from ``hint``), so the
        shape's key is known before a name is claimed: a duplicate claims none.
        When its fields were built before (and it has no additionalProperties),
        its name is not even spelled unless the shape is new: a hint is long,
        unique, and costly to turn into a class name."""
        model = self._reused_model(schema, pointer)
        if model is None:
            model = self._model(schema, pointer, pascal_ident(hint, "Model"))
        key = self._shape_key(model)
        known = self.shapes.get(key)
        if known is not None:
            return known
        name = self.ctx.type_names.claim(model.name or pascal_ident(hint, "Model"))
        self.models.append(dataclasses.replace(model, name=name))
        self.shapes[key] = ref = ir.ModelRef(name)
        return ref

    def _reused_model(self, schema: dict[str, Any], pointer: str) -> Optional[ir.Model]:
        """The inline model of ``schema``, unnamed, when its fields were built
        before and nothing else of it needs a name (see :meth:`_model`); else None."""
        try:
            props, required, extra = self.object_parts(schema, pointer)
        except SpecError:
            raise
        except Exception:
            return None  # _model says what is wrong with it
        if extra not in (None, False):
            return None
        fields = self._known_fields(props, required, False)
        if fields is None:
            return None
        return ir.Model(
            name="",
            pointer=pointer,
            description=text(schema.get("description") or schema.get("title")),
            fields=fields,
            additional=None,
            deprecated=bool(schema.get("deprecated")),
        )

    def _shape_key(self, model: ir.Model) -> str:
        """``repr((fields, additional, description, deprecated))``, the fields'
        part computed once per field list."""
        fields = self._fields_repr.get(model.fields, lambda: repr(model.fields))
        rest = (model.additional, model.description, model.deprecated)
        return f"({fields}, {', '.join(map(repr, rest))})"

    def _scalar(self, types: Any, schema: dict[str, Any], pointer: str) -> ir.Type:
        if types == "string":
            fmt = schema.get("format")
            if not isinstance(fmt, str):
                return self._primitive("str", None)
            return self._primitive(STRING_KINDS.get(fmt, "str"), fmt)
        if isinstance(types, str) and types in PRIMITIVES:
            return self._primitive(PRIMITIVES[types], None)
        if types is not None:
            self._warn(pointer, f"unknown type {types!r}; typed as Any")
        return ir.ANY

    def _primitive(self, kind: str, fmt: Optional[str]) -> ir.Primitive:
        """``ir.Primitive(kind, fmt)``, made once per pair: the IR is immutable,
        so one instance serves every scalar of that type (tens of thousands in
        Amazon EC2)."""
        known = self._primitives.get((kind, fmt))
        if known is None:
            known = self._primitives[(kind, fmt)] = ir.Primitive(kind, fmt)
        return known

    def _enum(
        self,
        values: list[Any],
        schema: dict[str, Any],
        pointer: str,
        hint: str,
        fixed_name: Optional[str],
    ) -> ir.Type:
        if values and all(isinstance(v, str) for v in values):
            base = "str"
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            base = "int"
        else:
            if values:
                self._warn(
                    pointer, "enum mixes value types; typed by its values without an Enum class"
                )
            if not values or len({type(v) for v in values}) != 1:
                return ir.ANY
            return primitive_of_value(values[0])
        if len(values) > MAX_ENUM_VALUES:
            self._warn(
                pointer,
                f"enum lists {len(values):,} values, more than {MAX_ENUM_VALUES:,}; "
                f"typed as plain {base} without an Enum class",
            )
            return ir.Primitive(base)
        description = text(schema.get("description") or schema.get("title"))
        key = repr(("enum", base, tuple(dict.fromkeys(values)), description))
        if fixed_name is None and key in self.shapes:
            return self.shapes[key]
        name = fixed_name or self.ctx.type_names.claim(pascal_ident(hint, "Enum"))
        self.enums.append(ir.Enum(name, pointer, description, base, self._members(values)))
        ref = ir.EnumRef(name)
        if fixed_name is None:
            self.shapes[key] = ref
        return ref

    def _members(self, values: list[Any]) -> tuple[ir.EnumMember, ...]:
        key = tuple(values)  # all str or all int: see _enum
        known = self._members_of.get(key)
        if known is None:
            known = self._members_of[key] = self._new_members(values)
        return known

    def _new_members(self, values: list[Any]) -> tuple[ir.EnumMember, ...]:
        members: list[ir.EnumMember] = []
        seen_values: set[Any] = set()
        names = UniqueNames(self.ctx.reserved.enum_members)
        for value in values:
            if value in seen_values:
                continue
            seen_values.add(value)
            label = "EMPTY" if str(value) == "" else upper_ident(str(value), "VALUE")
            if isinstance(value, int):
                label = upper_ident(("MINUS_" if value < 0 else "") + f"VALUE_{abs(value)}")
            members.append(ir.EnumMember(names.claim(label), value))
        return tuple(members)

    def _union(self, schema: dict[str, Any], keyword: str, pointer: str, hint: str) -> ir.Type:
        variants: list[ir.Type] = []
        nullable = False
        for index, option in enumerate(schema[keyword]):
            if isinstance(option, dict) and option.get("type") == "null":
                nullable = True
                continue
            variant = self.schema_type(
                option, f"{pointer}/{keyword}/{index}", f"{hint}Option{index + 1}"
            )
            if isinstance(variant, ir.Nullable):
                nullable, variant = True, variant.inner
            if variant not in variants:
                variants.append(variant)
        if not variants:
            return ir.Nullable(ir.ANY) if nullable else ir.ANY
        result: ir.Type = (
            variants[0]
            if len(variants) == 1
            else ir.UnionOf(tuple(variants), self._discriminator(schema, variants))
        )
        return ir.Nullable(result) if nullable else result

    def _discriminator(
        self, schema: dict[str, Any], variants: list[ir.Type]
    ) -> Optional[ir.Discriminator]:
        disc = schema.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return None
        pairs: list[tuple[str, str]] = []
        mapping = disc.get("mapping")
        mapping = mapping if isinstance(mapping, dict) else {}
        for value, ref in mapping.items():
            if not isinstance(ref, str):
                continue
            # A mapping value is a reference or the bare name of a component schema.
            pointer = ref[1:] if ref.startswith("#") else COMPONENT_PREFIX + escape(ref)
            if not ref.startswith("#") and pointer not in self.component_names:
                continue
            target = self.ref_type(pointer)
            if isinstance(target, ir.ModelRef):
                pairs.append((str(value), target.name))
        # Variants the mapping does not name are found by their component name.
        mapped = {name for _, name in pairs}
        for variant in variants:
            if isinstance(variant, ir.ModelRef) and variant.name not in mapped:
                for pointer, name in self.component_names.items():
                    if name == variant.name:
                        pairs.append((unescape(pointer[len(COMPONENT_PREFIX) :]), name))
        return ir.Discriminator(disc["propertyName"], tuple(pairs))

    # ------------------------------------------------------------ models

    def object_parts(self, schema: dict[str, Any], pointer: str, nesting: int = 0) -> ObjectParts:
        """Properties (name, schema, pointer), required names and additionalProperties,
        with ``allOf`` parts merged in order (``nesting``: allOf levels above).

        An ``allOf`` part's are memoized by pointer with the depth of ``allOf``
        levels below it, so a part met again deeper than the limit allows is
        refused as it was before."""
        known = self._parts.get(pointer)
        if known is not None and known[0] is schema and nesting + known[2] <= MAX_REF_NESTING:
            return known[1]
        if nesting > MAX_REF_NESTING:
            raise SpecError(
                self.ctx.resolver.name,
                pointer,
                f"allOf nests more than {MAX_REF_NESTING} levels deep (through $refs or "
                "in a cycle); refused",
            )
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        height = 0
        for index, part in enumerate(schema.get("allOf") or ()):
            part, part_pointer = self.ctx.resolver.deref(part, f"{pointer}/allOf/{index}")
            if not isinstance(part, dict):
                continue
            sub_props, sub_required, sub_extra = self.object_parts(part, part_pointer, nesting + 1)
            height = max(height, self._parts[part_pointer][2] + 1)
            for name, sub_schema, sub_pointer in sub_props:
                props[name] = (sub_schema, sub_pointer)
            required |= sub_required
            if extra is None and sub_extra is not None:
                extra = sub_extra
        for name, sub_schema in (schema.get("properties") or {}).items():
            props[str(name)] = (sub_schema, f"{pointer}/properties/{escape(str(name))}")
        required |= {r for r in schema.get("required") or () if isinstance(r, str)}
        parts = [(n, s, p) for n, (s, p) in props.items()], required, extra
        if nesting:  # an allOf part, met again by every schema merging it
            self._parts[pointer] = (schema, parts, height)
        return parts

    def fields(
        self, schema: dict[str, Any], pointer: str, owner: str, arguments: bool = False
    ) -> tuple[tuple[ir.Field, ...], Any]:
        """An object's fields (allOf merged) and its additionalProperties;
        ``arguments``: they become method arguments (a flattened body)."""
        props, required, extra = self.object_parts(schema, pointer)
        if self.building_aliases:
            return self._new_fields(props, required, owner, arguments), extra
        known = self._known_fields(props, required, arguments)
        if known is not None:
            return known, extra
        key = self._fields_key(props, required, arguments)
        record: list[ir.Warning] = []
        self._recording.append(record)
        try:
            fields = self._new_fields(props, required, owner, arguments)
        finally:
            self._recording.pop()
        self._fields[key] = (props, fields, tuple(record))
        return fields, extra

    @staticmethod
    def _fields_key(props: list[tuple[str, Any, str]], required: set[str], arguments: bool) -> Any:
        return (
            arguments,
            tuple(
                (prop, id(prop_schema), prop_pointer) for prop, prop_schema, prop_pointer in props
            ),
            tuple(prop for prop, _, _ in props if prop in required),
        )

    def _known_fields(
        self, props: list[tuple[str, Any, str]], required: set[str], arguments: bool
    ) -> Optional[tuple[ir.Field, ...]]:
        """The fields built before from these properties (their warnings raised
        again), or None."""
        known = self._fields.get(self._fields_key(props, required, arguments))
        if known is None:
            return None
        for warning in known[2]:
            self._warn(warning.pointer, warning.message)
        return known[1]

    def _new_fields(
        self,
        props: list[tuple[str, Any, str]],
        required: set[str],
        owner: str,
        arguments: bool,
    ) -> tuple[ir.Field, ...]:
        reserved = self.ctx.reserved.fields
        names = UniqueNames(reserved)
        fields = []
        for prop, prop_schema, prop_pointer in props:
            ftype = self.schema_type(
                prop_schema, prop_pointer, owner + pascal(prop), argument=arguments
            )
            traits = self._traits.get(
                prop_schema, lambda: self._field_traits(prop_schema, prop_pointer)
            )
            fields.append(
                ir.Field(
                    prop,
                    names.claim(snake_ident(prop, "field", reserved)),
                    ftype,
                    prop in required,
                    *traits,
                )
            )
        return tuple(fields)

    def _field_traits(self, prop_schema: Any, prop_pointer: str) -> FieldTraits:
        """A property's description, default (and whether it has one), readOnly,
        writeOnly and deprecated, from its schema and what that refers to.
        Memoized per property schema by :meth:`_new_fields`: AWS documents
        merge the same properties into many models."""
        resolved, _ = self.ctx.resolver.deref(prop_schema, prop_pointer)
        resolved = resolved if isinstance(resolved, dict) else {}
        own = prop_schema if isinstance(prop_schema, dict) else {}
        core = self.wrapped(own, prop_pointer) if "allOf" in own else None
        if core is not None:  # annotations written beside the schema they annotate
            own = self.wrapper_annotations(own)
            target, _ = self.ctx.resolver.deref(core[0], core[1])
            resolved = dict(target) if isinstance(target, dict) else {}
            if "readOnly" in own or "writeOnly" in own:
                # The property says which way it goes; a writeOnly on the shared
                # schema does not make a readOnly property both (Jira's positions).
                resolved.pop("readOnly", None)
                resolved.pop("writeOnly", None)
            resolved.update(own)
        return (
            text(own.get("description") or resolved.get("description")),
            resolved.get("default"),
            "default" in resolved,
            bool(resolved.get("readOnly")),
            bool(resolved.get("writeOnly")),
            bool(own.get("deprecated") or resolved.get("deprecated")),
        )

    def build_model(self, schema: dict[str, Any], pointer: str, name: str) -> None:
        if self.building_aliases:
            # A non-object schema (array, union, map) is being built and this
            # model's fields may refer back to it (``Tree: [TreeNode]``,
            # ``TreeNode.children: Tree``): keep the model's place and build its
            # fields once that schema's type is known.
            self.deferred_models.append((len(self.models), schema, pointer, name))
            self.models.append(None)
            return
        self.models.append(self._model(schema, pointer, name))

    def build_deferred_models(self) -> None:
        while self.deferred_models:
            index, schema, pointer, name = self.deferred_models.pop(0)
            self.models[index] = self._model(schema, pointer, name)

    def _model(self, schema: dict[str, Any], pointer: str, name: str) -> ir.Model:
        try:
            fields, extra = self.fields(schema, pointer, name)
        except SpecError:
            raise
        except Exception as exc:  # a bug of ours: an opaque model keeps the name valid
            self._warn(
                pointer, f"could not be typed ({type(exc).__name__}: {exc}); kept as an open object"
            )
            return ir.Model(name, pointer, text(schema.get("description")), (), ir.ANY)
        additional: Optional[ir.Type] = None
        if extra not in (None, False):
            additional = (
                ir.ANY
                if extra is True
                else self.schema_type(extra, pointer + "/additionalProperties", name + "Value")
            )
        return ir.Model(
            name=name,
            pointer=pointer,
            description=text(schema.get("description") or schema.get("title")),
            fields=fields,
            additional=additional,
            deprecated=bool(schema.get("deprecated")),
        )
