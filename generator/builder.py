"""Building the intermediate model from a validated OpenAPI document.

The builder walks the document once, in document order, and names everything
deterministically: component schemas keep their (sanitized) names, inline
schemas are named after where they sit (``App`` + ``region`` -> ``AppRegion``,
``createDyno`` body -> ``CreateDynoBody``).  Component schemas become
:class:`ModelRef`/:class:`EnumRef` references, which is what makes recursive
schemas finite.  A construct it cannot type becomes ``Any`` plus a warning
naming its JSON pointer, never an exception.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from . import ir, media
from .errors import SpecError, pointer_from_path
from .naming import UniqueNames, pascal, pascal_ident, snake_ident, upper_ident
from .refs import Resolver

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_PREFIX = "/components/schemas/"

# Names the generated modules import or define themselves.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any",
        "Optional",
        "Union",
        "Mapping",
        "Sequence",
        "Iterator",
        "Literal",
        "Enum",
        "Client",
        "Unset",
    }
)
RESERVED_FIELD_NAMES = frozenset(
    {
        "from_dict",
        "to_dict",
        "datetime",
        "date",
        "dataclass",
        "field",
        "annotations",
        "additional_properties",
    }
)
RESERVED_ARGUMENT_NAMES = frozenset({"self", "headers", "timeout", "deadline"})
# A tag becomes a module and an attribute of the client: it must not replace
# one of the client's own (BaseClient) attributes.
RESERVED_TAG_NAMES = frozenset(
    {
        "models",
        "client",
        "base_url",
        "headers",
        "timeout",
        "deadline",
        "max_response_bytes",
        "rate_limit_remaining",
        "session",
        "request",
        "close",
    }
)
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


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


class Builder:
    def __init__(
        self,
        doc: dict[str, Any],
        name: str = "<document>",
        warnings: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.doc = doc
        self.resolver = Resolver(doc, name)
        self.type_names = UniqueNames(RESERVED_TYPE_NAMES)
        self.component_names: dict[str, str] = {}
        self.by_pointer: dict[str, ir.Type] = {}
        self.building_aliases: set[str] = set()
        self.ref_nesting = 0  # _ref_type calls in progress
        self.models: list[Optional[ir.Model]] = []  # None: a deferred model's place
        self.deferred_models: list[tuple[int, dict[str, Any], str, str]] = []
        self.enums: list[ir.Enum] = []
        self.warnings: list[ir.Warning] = [ir.Warning(p, m) for p, m in warnings]

    # ------------------------------------------------------------ entry point

    def build(self) -> ir.Api:
        schemas = (self.doc.get("components") or {}).get("schemas") or {}
        # Names already in PascalCase are claimed first, so of "pet" and "Pet"
        # the schema called "Pet" is the class ``Pet`` (and "pet" is ``Pet2``).
        for key in sorted(schemas, key=lambda k: pascal_ident(str(k), "Model") != k):
            self.component_names[COMPONENT_PREFIX + _escape(key)] = self.type_names.claim(
                pascal_ident(key, "Model")
            )
        for key, schema in schemas.items():
            self._ref_type(COMPONENT_PREFIX + _escape(key))
        tags = self._operations()
        webhooks = self._webhooks()
        self._build_deferred_models()
        info = self.doc.get("info") or {}
        servers = tuple(
            ir.Server(url=s["url"], description=_text(s.get("description")))
            for s in self.doc.get("servers") or ()
            if isinstance(s, dict) and isinstance(s.get("url"), str)
        )
        schemes = tuple(
            sorted(((self.doc.get("components") or {}).get("securitySchemes") or {}).keys())
        )
        return ir.Api(
            title=_text(info.get("title")) or "API",
            description=_text(info.get("description")),
            version=str(info.get("version", "")),
            servers=servers,
            tags=tags,
            models=tuple(m for m in self.models if m is not None),
            enums=tuple(self.enums),
            security_schemes=schemes,
            warnings=tuple(self.warnings),
            webhooks=webhooks,
        )

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(ir.Warning(pointer, message))

    # ------------------------------------------------------------ schemas

    def _ref_type(self, pointer: str) -> ir.Type:
        """The type a ``$ref`` to ``pointer`` stands for, built once and memoized."""
        known = self.by_pointer.get(pointer)
        if known is not None:
            return known
        if self.ref_nesting >= MAX_REF_NESTING:
            raise SpecError(
                self.resolver.name,
                pointer,
                f"schemas refer to each other through more than {MAX_REF_NESTING} nested "
                "$refs (properties, items, allOf, oneOf...); refused",
            )
        self.ref_nesting += 1
        try:
            return self._build_ref_type(pointer)
        finally:
            self.ref_nesting -= 1

    def _build_ref_type(self, pointer: str) -> ir.Type:
        schema, _ = self.resolver.deref({"$ref": "#" + pointer}, pointer)
        name = self.component_names.get(pointer)
        if name is None:  # a reference into the middle of something: name it after its place
            name = self.type_names.claim(
                pascal_ident(_unescape(pointer.rsplit("/", 1)[-1]), "Model")
            )
        if self._is_model(schema):
            ref: ir.Type = ir.ModelRef(name)
            self.by_pointer[pointer] = ref
            self._build_model(schema, pointer, name)
            return ref
        if (
            isinstance(schema, dict)
            and self._enum_values(schema) is not None
            and not schema.get("nullable")
        ):
            enum_type = self._schema_type(schema, pointer, name, fixed_name=name)
            self.by_pointer[pointer] = enum_type
            return enum_type
        if pointer in self.building_aliases:
            self.warn(pointer, "schema is defined only in terms of itself; typed as Any")
            return ir.ANY
        self.building_aliases.add(pointer)
        try:
            result = self._schema_type(schema, pointer, name)
        finally:
            self.building_aliases.discard(pointer)
        self.by_pointer[pointer] = result
        if not self.building_aliases:
            self._build_deferred_models()
        return result

    @staticmethod
    def _is_model(schema: Any) -> bool:
        if (
            not isinstance(schema, dict)
            or "enum" in schema
            or "oneOf" in schema
            or "anyOf" in schema
        ):
            return False
        types = schema.get("type")
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            types = non_null[0] if len(non_null) == 1 else None
        if schema.get("properties"):
            return types in (None, "object")
        if "allOf" in schema:
            return types in (None, "object")
        return False

    @staticmethod
    def _enum_values(schema: dict[str, Any]) -> Optional[list[Any]]:
        values = schema.get("enum")
        if not isinstance(values, list):
            return None
        return [v for v in values if v is not None]

    def _schema_type(
        self, schema: Any, pointer: str, hint: str, fixed_name: Optional[str] = None
    ) -> ir.Type:
        """Map one schema to a type; ``hint`` names anything inline it defines."""
        if schema is True or schema is None or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            self.warn(pointer, "schema is not an object; typed as Any")
            return ir.ANY
        nullable = schema.get("nullable") is True
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self._ref_type(ref[1:]) if ref.startswith("#") else ir.ANY
            return _maybe_null(target, nullable)

        types = schema.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if len(types) > 1:
                variants = tuple(
                    ir.Primitive(PRIMITIVES.get(t, "any")) for t in types if isinstance(t, str)
                )
                return _maybe_null(ir.UnionOf(variants), nullable)
            types = types[0] if types else None

        enum_values = self._enum_values(schema)
        if enum_values is not None:
            if len(enum_values) != len(schema["enum"]):
                nullable = True
            return _maybe_null(self._enum(enum_values, schema, pointer, hint, fixed_name), nullable)
        if "const" in schema:
            return _maybe_null(_primitive_of_value(schema["const"]), nullable)

        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and not schema.get("properties"):
                return _maybe_null(self._union(schema, keyword, pointer, hint), nullable)
        if isinstance(schema.get("allOf"), list) and not schema.get("properties"):
            parts = schema["allOf"]
            if len(parts) == 1:
                return _maybe_null(
                    self._schema_type(parts[0], pointer + "/allOf/0", hint), nullable
                )

        if types == "array" or (types is None and "items" in schema):
            item = self._schema_type(schema.get("items"), pointer + "/items", hint + "Item")
            return _maybe_null(ir.ListOf(item), nullable)
        if self._is_model(schema):
            name = fixed_name or self.type_names.claim(pascal_ident(hint, "Model"))
            self._build_model(schema, pointer, name)
            return _maybe_null(ir.ModelRef(name), nullable)
        if types == "object" or (types is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties", True)
            value = (
                ir.ANY
                if extra in (True, None) or extra is False
                else self._schema_type(extra, pointer + "/additionalProperties", hint + "Value")
            )
            return _maybe_null(ir.MapOf(value), nullable)
        if types == "string":
            fmt = schema.get("format")
            kinds = {"date-time": "datetime", "date": "date", "binary": "bytes"}
            kind = kinds.get(fmt, "str") if isinstance(fmt, str) else "str"
            return _maybe_null(ir.Primitive(kind, fmt if isinstance(fmt, str) else None), nullable)
        if isinstance(types, str) and types in PRIMITIVES:
            return _maybe_null(ir.Primitive(PRIMITIVES[types]), nullable)
        if types is not None:
            self.warn(pointer, f"unknown type {types!r}; typed as Any")
        return ir.ANY

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
                self.warn(
                    pointer, "enum mixes value types; typed by its values without an Enum class"
                )
            return (
                ir.ANY
                if not values
                else (
                    _primitive_of_value(values[0])
                    if len({type(v) for v in values}) == 1
                    else ir.ANY
                )
            )
        if len(values) > MAX_ENUM_VALUES:
            self.warn(
                pointer,
                f"enum lists {len(values):,} values, more than {MAX_ENUM_VALUES:,}; "
                f"typed as plain {base} without an Enum class",
            )
            return ir.Primitive(base)
        # ``UNKNOWN`` names values the document does not list (see OpenEnum).
        members, seen_values, names = [], set(), UniqueNames({"UNKNOWN"})
        for value in values:
            if value in seen_values:
                continue
            seen_values.add(value)
            text = str(value)
            label = "EMPTY" if text == "" else upper_ident(text, "VALUE")
            if base == "int":
                label = upper_ident(("MINUS_" if value < 0 else "") + f"VALUE_{abs(value)}")
            members.append(ir.EnumMember(names.claim(label), value))
        name = fixed_name or self.type_names.claim(pascal_ident(hint, "Enum"))
        self.enums.append(
            ir.Enum(name, pointer, _text(schema.get("description")), base, tuple(members))
        )
        return ir.EnumRef(name)

    def _union(self, schema: dict[str, Any], keyword: str, pointer: str, hint: str) -> ir.Type:
        variants: list[ir.Type] = []
        nullable = False
        for index, option in enumerate(schema[keyword]):
            if isinstance(option, dict) and option.get("type") == "null":
                nullable = True
                continue
            variant = self._schema_type(
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
            pointer = ref[1:] if ref.startswith("#") else COMPONENT_PREFIX + _escape(ref)
            if not ref.startswith("#") and pointer not in self.component_names:
                continue
            target = self._ref_type(pointer)
            if isinstance(target, ir.ModelRef):
                pairs.append((str(value), target.name))
        # Variants the mapping does not name are found by their component name.
        mapped = {name for _, name in pairs}
        for variant in variants:
            if isinstance(variant, ir.ModelRef) and variant.name not in mapped:
                for pointer, name in self.component_names.items():
                    if name == variant.name:
                        pairs.append((_unescape(pointer[len(COMPONENT_PREFIX) :]), name))
        return ir.Discriminator(disc["propertyName"], tuple(pairs))

    def _object_parts(
        self, schema: dict[str, Any], pointer: str, nesting: int = 0
    ) -> tuple[list[tuple[str, Any, str]], set[str], Any]:
        """Properties (name, schema, pointer), required names and additionalProperties,
        with ``allOf`` parts merged in order (``nesting``: allOf levels above)."""
        if nesting > MAX_REF_NESTING:
            raise SpecError(
                self.resolver.name,
                pointer,
                f"allOf nests more than {MAX_REF_NESTING} levels deep (through $refs or "
                "in a cycle); refused",
            )
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        extra: Any = schema.get("additionalProperties")
        for index, part in enumerate(schema.get("allOf") or ()):
            part, part_pointer = self.resolver.deref(part, f"{pointer}/allOf/{index}")
            if not isinstance(part, dict):
                continue
            sub_props, sub_required, sub_extra = self._object_parts(part, part_pointer, nesting + 1)
            for name, sub_schema, sub_pointer in sub_props:
                props[name] = (sub_schema, sub_pointer)
            required |= sub_required
            if extra is None and sub_extra is not None:
                extra = sub_extra
        for name, sub_schema in (schema.get("properties") or {}).items():
            props[str(name)] = (sub_schema, f"{pointer}/properties/{_escape(str(name))}")
        required |= {r for r in schema.get("required") or () if isinstance(r, str)}
        return [(n, s, p) for n, (s, p) in props.items()], required, extra

    def _fields(
        self, schema: dict[str, Any], pointer: str, owner: str
    ) -> tuple[tuple[ir.Field, ...], Any]:
        props, required, extra = self._object_parts(schema, pointer)
        names = UniqueNames(RESERVED_FIELD_NAMES)
        fields = []
        for prop, prop_schema, prop_pointer in props:
            ftype = self._schema_type(prop_schema, prop_pointer, owner + pascal(prop))
            resolved, _ = self.resolver.deref(prop_schema, prop_pointer)
            resolved = resolved if isinstance(resolved, dict) else {}
            own = prop_schema if isinstance(prop_schema, dict) else {}
            fields.append(
                ir.Field(
                    name=prop,
                    ident=names.claim(snake_ident(prop, "field", RESERVED_FIELD_NAMES)),
                    type=ftype,
                    required=prop in required,
                    description=_text(own.get("description") or resolved.get("description")),
                    default=resolved.get("default"),
                    has_default="default" in resolved,
                    read_only=bool(resolved.get("readOnly")),
                    write_only=bool(resolved.get("writeOnly")),
                    deprecated=bool(own.get("deprecated") or resolved.get("deprecated")),
                )
            )
        return tuple(fields), extra

    def _build_model(self, schema: dict[str, Any], pointer: str, name: str) -> None:
        if self.building_aliases:
            # A non-object schema (array, union, map) is being built and this
            # model's fields may refer back to it (``Tree: [TreeNode]``,
            # ``TreeNode.children: Tree``): keep the model's place and build its
            # fields once that schema's type is known.
            self.deferred_models.append((len(self.models), schema, pointer, name))
            self.models.append(None)
            return
        self.models.append(self._model(schema, pointer, name))

    def _build_deferred_models(self) -> None:
        while self.deferred_models:
            index, schema, pointer, name = self.deferred_models.pop(0)
            self.models[index] = self._model(schema, pointer, name)

    def _model(self, schema: dict[str, Any], pointer: str, name: str) -> ir.Model:
        try:
            fields, extra = self._fields(schema, pointer, name)
        except SpecError:
            raise
        except Exception as exc:  # a bug of ours: an opaque model keeps the name valid
            self.warn(
                pointer, f"could not be typed ({type(exc).__name__}: {exc}); kept as an open object"
            )
            return ir.Model(name, pointer, _text(schema.get("description")), (), ir.ANY)
        additional: Optional[ir.Type] = None
        if extra not in (None, False):
            additional = (
                ir.ANY
                if extra is True
                else self._schema_type(extra, pointer + "/additionalProperties", name + "Value")
            )
        return ir.Model(
            name=name,
            pointer=pointer,
            description=_text(schema.get("description") or schema.get("title")),
            fields=fields,
            additional=additional,
            deprecated=bool(schema.get("deprecated")),
        )

    # ------------------------------------------------------------ operations

    def _operations(self) -> tuple[ir.Tag, ...]:
        declared = [
            t
            for t in self.doc.get("tags") or ()
            if isinstance(t, dict) and isinstance(t.get("name"), str)
        ]
        descriptions = {t["name"]: _text(t.get("description")) for t in declared}
        grouped: dict[str, list[ir.Operation]] = {t["name"]: [] for t in declared}
        function_names: dict[str, UniqueNames] = {}
        used_ids: UniqueNames = UniqueNames()
        for path, item in (self.doc.get("paths") or {}).items():
            item_pointer = "/paths/" + _escape(path)
            item, item_pointer = self.resolver.deref(item, item_pointer)
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                op_pointer = f"{item_pointer}/{method}"
                tags = [t for t in spec.get("tags") or () if isinstance(t, str)]
                tag = tags[0] if tags else "default"
                grouped.setdefault(tag, [])
                names = function_names.setdefault(tag, UniqueNames(RESERVED_ARGUMENT_NAMES))
                grouped[tag].append(
                    self._operation(path, method, tag, spec, shared, op_pointer, names, used_ids)
                )
                self._variants(
                    path, method, spec, shared, op_pointer, grouped, function_names, used_ids
                )
        tag_modules = UniqueNames(RESERVED_TAG_NAMES, case_sensitive=False)
        result = []
        for name, operations in grouped.items():
            if not operations:
                continue
            module = tag_modules.claim(snake_ident(name, "api"))
            result.append(
                ir.Tag(
                    name=name,
                    ident=module,
                    class_name=self.type_names.claim(pascal_ident(name, "Api") + "Api"),
                    description=descriptions.get(name, ""),
                    operations=tuple(operations),
                )
            )
        return tuple(result)

    def _variants(
        self,
        path: str,
        method: str,
        spec: dict[str, Any],
        shared: list[Any],
        op_pointer: str,
        grouped: dict[str, list[ir.Operation]],
        function_names: dict[str, UniqueNames],
        used_ids: UniqueNames,
    ) -> None:
        """Operations sharing this one's method and path (``x-operation-variants``,
        as converted JSON Hyper-Schema links produce: release Create and Rollback
        are both ``POST /apps/{app}/releases``), each built as an operation of its own."""
        variants = spec.get("x-operation-variants")
        for index, variant in enumerate(variants if isinstance(variants, list) else ()):
            if not isinstance(variant, dict):
                continue
            tags = [t for t in variant.get("tags") or () if isinstance(t, str)]
            tag = tags[0] if tags else "default"
            grouped.setdefault(tag, [])
            names = function_names.setdefault(tag, UniqueNames(RESERVED_ARGUMENT_NAMES))
            pointer = f"{op_pointer}/x-operation-variants/{index}"
            grouped[tag].append(
                self._operation(path, method, tag, variant, shared, pointer, names, used_ids)
            )

    def _operation(
        self, path: str, method: str, tag: str, spec: dict[str, Any], *rest: Any
    ) -> ir.Operation:
        """One operation; a failure of ours degrades it to untyped arguments
        instead of aborting the whole run."""
        try:
            return self._typed_operation(path, method, tag, spec, *rest)
        except SpecError:
            raise
        except Exception as exc:  # a bug in the builder: keep going, report it
            shared, pointer, function_names, used_ids = rest
            self.warn(
                pointer,
                f"could not be typed ({type(exc).__name__}: {exc}); arguments and result are Any",
            )
            raw_id = spec.get("operationId")
            operation_id = used_ids.claim(
                raw_id if isinstance(raw_id, str) and raw_id.strip() else f"{method} {path}"
            )
            arguments = UniqueNames(RESERVED_ARGUMENT_NAMES)
            params = tuple(
                ir.Parameter(
                    name,
                    arguments.claim(snake_ident(name, "param")),
                    "path",
                    ir.Primitive("str"),
                    True,
                )
                for name in re.findall(r"{([^}]+)}", path)
            )
            body = (
                ir.RequestBody("application/json", ir.ANY, False, arguments.claim("body"))
                if "requestBody" in spec
                else None
            )
            return ir.Operation(
                operation_id=operation_id,
                ident=function_names.claim(
                    snake_ident(operation_id, "call", RESERVED_ARGUMENT_NAMES)
                ),
                method=method.upper(),
                path=path,
                tag=tag,
                summary=_text(spec.get("summary")),
                description=_text(spec.get("description")),
                parameters=params,
                body=body,
                responses=(ir.Response("200", "", "application/json", ir.ANY),),
                pointer=pointer,
                degraded=(f"{pointer}: {type(exc).__name__}: {exc}",),
            )

    def _webhooks(self) -> tuple[ir.Webhook, ...]:
        """OpenAPI 3.1 webhooks: requests the API sends to you.  The client gets
        models for their payloads, so a receiver can decode them."""
        result = []
        for name, item in (self.doc.get("webhooks") or {}).items():
            item, item_pointer = self.resolver.deref(item, "/webhooks/" + _escape(str(name)))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                pointer = f"{item_pointer}/{method}"
                payload = self._payload_type(
                    spec.get("requestBody"), pointer + "/requestBody", pascal(str(name))
                )
                result.append(
                    ir.Webhook(
                        str(name),
                        method.upper(),
                        _text(spec.get("summary")),
                        _text(spec.get("description")),
                        payload,
                        pointer,
                    )
                )
        return tuple(result)

    def _payload_type(self, raw: Any, pointer: str, name: str) -> Optional[ir.Type]:
        body, pointer = self.resolver.deref(raw, pointer)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        content_type = next((c for c in content if media.is_json(c)), next(iter(content)))
        media_object = content[content_type] if isinstance(content[content_type], dict) else {}
        if not media.is_json(content_type):
            return _non_json_type(content_type)
        schema_pointer = f"{pointer}/content/{_escape(content_type)}/schema"
        return self._schema_type(
            media_object.get("schema"), schema_pointer, name + "WebhookPayload"
        )

    def _typed_operation(
        self,
        path: str,
        method: str,
        tag: str,
        spec: dict[str, Any],
        shared_params: list[Any],
        pointer: str,
        function_names: UniqueNames,
        used_ids: UniqueNames,
    ) -> ir.Operation:
        raw_id = spec.get("operationId")
        operation_id = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"{method} {path}"
        operation_id = used_ids.claim(operation_id)
        ident = function_names.claim(snake_ident(operation_id, "call", RESERVED_ARGUMENT_NAMES))
        warnings_before = len(self.warnings)
        hint = pascal(operation_id) or "Operation"
        arguments = UniqueNames(RESERVED_ARGUMENT_NAMES)

        params = self._parameters(
            shared_params, spec.get("parameters") or [], pointer, hint, arguments
        )
        body = self._request_body(
            spec.get("requestBody"), pointer + "/requestBody", hint, arguments
        )
        responses = self._responses(spec.get("responses") or {}, pointer + "/responses", hint)
        pagination = self._pagination(params, responses)
        if pagination is not None:
            params = tuple(p for p in params if p.name.lower() != pagination.header.lower())
        return ir.Operation(
            operation_id=operation_id,
            ident=ident,
            method=method.upper(),
            path=path,
            tag=tag,
            summary=_text(spec.get("summary")),
            description=_text(spec.get("description")),
            parameters=params,
            body=body,
            responses=responses,
            pointer=pointer,
            deprecated=bool(spec.get("deprecated")),
            pagination=pagination,
            degraded=tuple(f"{w.pointer}: {w.message}" for w in self.warnings[warnings_before:]),
        )

    def _parameters(
        self, shared: list[Any], own: list[Any], pointer: str, hint: str, arguments: UniqueNames
    ) -> tuple[ir.Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, items in (
            (pointer.rsplit("/", 1)[0] + "/parameters", shared),
            (pointer + "/parameters", own),
        ):
            for index, raw in enumerate(items):
                param, param_pointer = self.resolver.deref(raw, f"{base}/{index}")
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    merged[(param["name"], str(param.get("in")))] = (param, param_pointer)
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        ordered = sorted(
            merged.values(),
            key=lambda p: (order.get(str(p[0].get("in")), 4), not p[0].get("required")),
        )
        result = []
        for param, param_pointer in ordered:
            location = str(param.get("in"))
            if location not in order:
                self.warn(
                    param_pointer, f"parameter location {location!r} is not supported; skipped"
                )
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict):
                first: Any = next(iter(param["content"].values()), None)
                schema = first.get("schema") if isinstance(first, dict) else None
            result.append(
                ir.Parameter(
                    name=param["name"],
                    ident=arguments.claim(snake_ident(param["name"], "param")),
                    location=location,
                    type=self._schema_type(
                        schema, param_pointer + "/schema", hint + pascal(param["name"])
                    ),
                    required=bool(param.get("required")) or location == "path",
                    description=_text(param.get("description")),
                    style=param.get("style"),
                    explode=param.get("explode"),
                    deprecated=bool(param.get("deprecated")),
                )
            )
        return tuple(result)

    def _request_body(
        self, raw: Any, pointer: str, hint: str, arguments: UniqueNames
    ) -> Optional[ir.RequestBody]:
        if raw is None:
            return None
        body, pointer = self.resolver.deref(raw, pointer)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        content_types = list(content)
        chosen = next((c for c in content_types if media.is_json(c)), content_types[0])
        media_object = content[chosen] if isinstance(content[chosen], dict) else {}
        media_pointer = f"{pointer}/content/{_escape(chosen)}/schema"
        schema = media_object.get("schema")
        name = hint + "Body"
        fields = None
        if (
            (media.is_json(chosen) or media.is_form(chosen))
            and isinstance(schema, dict)
            and "$ref" not in schema
            and schema.get("properties")
            and not schema.get("additionalProperties")
            and not schema.get("allOf")
        ):
            fields, _ = self._fields(schema, media_pointer, name)
            fields = tuple(
                ir.Field(**{**f.__dict__, "ident": arguments.claim(f.ident)})
                for f in fields
                if not f.read_only
            )
            body_type: ir.Type = ir.MapOf(ir.ANY)
        else:
            body_type = (
                self._schema_type(schema, media_pointer, name) if schema is not None else ir.ANY
            )
            if not media.is_json(chosen) and body_type == ir.ANY:
                body_type = ir.Primitive("bytes")
            if media.is_form(chosen) and isinstance(body_type, ir.ModelRef):
                # A form is sent field by field: offer a referenced (or allOf)
                # object's fields as arguments, as for an inline one.
                model = next((m for m in self.models if m and m.name == body_type.name), None)
                if model is not None and model.fields and model.additional is None:
                    fields = tuple(
                        ir.Field(**{**f.__dict__, "ident": arguments.claim(f.ident)})
                        for f in model.fields
                        if not f.read_only
                    )
        return ir.RequestBody(
            content_type=chosen,
            type=body_type,
            required=bool(body.get("required")),
            ident=arguments.claim("body") if fields is None else "body",
            fields=fields,
            description=_text(body.get("description")),
            other_content_types=tuple(c for c in content_types if c != chosen),
        )

    def _responses(self, raw: dict[str, Any], pointer: str, hint: str) -> tuple[ir.Response, ...]:
        result = []
        typed_success = [
            code
            for code, r in raw.items()
            if str(code).startswith("2")
            and isinstance(self.resolver.deref(r, pointer)[0], dict)
            and self.resolver.deref(r, pointer)[0].get("content")
        ]
        for code, value in raw.items():
            code = str(code)
            response_pointer = f"{pointer}/{_escape(code)}"
            response, response_pointer = self.resolver.deref(value, response_pointer)
            if not isinstance(response, dict):
                continue
            content = response.get("content") or {}
            content_type: Optional[str] = None
            rtype: Optional[ir.Type] = None
            if isinstance(content, dict) and content:
                content_type = next((c for c in content if media.is_json(c)), next(iter(content)))
                media_object = content.get(content_type) or {}
                schema = media_object.get("schema") if isinstance(media_object, dict) else None
                suffix = (
                    "Response"
                    if len(typed_success) <= 1 or not code.startswith("2")
                    else f"Response{code}"
                )
                if not code.startswith("2"):
                    suffix = f"Error{pascal(code) or 'Default'}"
                if not media.is_json(content_type):
                    rtype = _non_json_type(content_type)
                elif schema is None:
                    rtype = ir.ANY
                else:
                    rtype = self._schema_type(
                        schema,
                        f"{response_pointer}/content/{_escape(content_type)}/schema",
                        hint + suffix,
                    )
            headers = tuple(str(h) for h in (response.get("headers") or {}))
            result.append(
                ir.Response(
                    status=code,
                    description=_text(response.get("description")),
                    content_type=content_type,
                    type=rtype,
                    headers=headers,
                )
            )
        return tuple(result)

    @staticmethod
    def _pagination(
        params: tuple[ir.Parameter, ...], responses: tuple[ir.Response, ...]
    ) -> Optional[ir.Pagination]:
        range_param = next(
            (p for p in params if p.location == "header" and p.name.lower() == "range"), None
        )
        if range_param is None:
            return None
        for response in responses:
            if response.status.startswith("2") and isinstance(response.type, ir.ListOf):
                next_header = next(
                    (h for h in response.headers if h.lower() == "next-range"), "Next-Range"
                )
                return ir.Pagination(range_param.name, next_header, response.type.item)
        return None


def _non_json_type(content_type: str) -> ir.Type:
    """Text comes back as ``str``, everything else (images, archives...) as ``bytes``."""
    return ir.Primitive("str" if media.is_text(content_type) else "bytes")


def _maybe_null(t: ir.Type, nullable: bool) -> ir.Type:
    if not nullable or isinstance(t, ir.Nullable) or t == ir.ANY:
        return t
    return ir.Nullable(t)


def _primitive_of_value(value: Any) -> ir.Type:
    if isinstance(value, bool):
        return ir.Primitive("bool")
    if isinstance(value, int):
        return ir.Primitive("int")
    if isinstance(value, float):
        return ir.Primitive("float")
    if isinstance(value, str):
        return ir.Primitive("str")
    return ir.ANY


def _escape(key: str) -> str:
    return pointer_from_path([key])[1:]


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def build(
    doc: dict[str, Any], name: str = "<document>", warnings: Sequence[tuple[str, str]] = ()
) -> ir.Api:
    return Builder(doc, name, warnings).build()
