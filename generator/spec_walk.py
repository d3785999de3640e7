"""openapi-spec-validator's keyword checks, walked over the plain document.

openapi-spec-validator checks a document twice: against the OpenAPI
meta-schema of its version, then with its keyword validators (duplicate
operationIds, unresolved path parameters, ``required`` names no property
defines, each schema against its dialect, each ``default`` against its
schema).  The keyword validators reach every node through jsonschema-path,
which looks each node up again from the root, through caches, on every step;
on a large document that walk is nearly all of the validation time (ec2:
about 2.5 s of 2.6 s).

:func:`findings` is the same walk over the plain dicts and lists the loader
made, following each ``$ref`` through one memoized resolver: the same checks,
in the same order, yielding the library's own error objects (its exception
classes, and the very jsonschema validators for schemas and defaults), so the
loader reads them exactly as it reads the library's.  The walk is used only
where it is sure to agree; wherever the library could behave in a way the walk
does not copy (a finding the loader treats as fatal, whose pointer and wording
must be the library's; a ``$ref`` cycle; schemas nested deeper than the
library's recursion reaches; ``$id`` and dynamic references, which move
jsonschema's base URI; any unexpected shape or exception) it raises
:class:`Unsure`, and the loader runs the library instead.  Findings that are
only warnings (a ``default`` not matching its schema, an operationId used
twice, a pattern Python cannot compile...) are kept, so documents with
warnings stay on the fast path.

The meta-schema check must have passed first (see :func:`document_accepted`):
the walk then relies on the shapes the meta-schema guarantees, and checks the
rest.  tests/unit/generator/test_validation_fast_walk.py compares its verdicts
with the library's; ``make validate-corpus`` does so over a whole corpus.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Optional

from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    OpenAPIValidationError,
)

from . import spec_validators
from .refs import lookup, reference_values

# Schemas nested deeper than this (following $refs) are left to the library:
# its walk recurses a few frames per level and stops with a RecursionError
# (which the loader reports as a warning) somewhere above 150 levels, so the
# walk must not finish cleanly where the library would not.
MAX_SCHEMA_DEPTH = 64
# The same for a chain of $refs to $refs (jsonschema-path follows one
# recursively, ~2 frames a link): real documents chain one or two.
MAX_REF_CHAIN = 32

# Keywords that move jsonschema's base URI or dynamic scope: documents using
# them are left to the library, which resolves references through them.
_SCOPE_KEYWORDS = frozenset(
    ("$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor")
)


class Unsure(Exception):
    """The fast walk cannot vouch for agreeing with the library here."""


def document_accepted(version: str, doc: dict[str, Any]) -> bool:
    """Whether the OpenAPI meta-schema check finds nothing, decided by the Rust
    engine (False too when it is not available or cannot read the document)."""
    if not spec_validators.rust_enabled():
        return False
    checker = spec_validators._document_validator(_version_key(version), True)
    if not isinstance(checker, spec_validators._RustFirst):
        return False
    return spec_validators._rust_accepts(checker.rust, doc)


def _version_key(version: str) -> str:
    if version.startswith("2."):
        return "2"
    if version.startswith("3.0"):
        return "30"
    if version.startswith("3.2"):
        return "32"
    return "31"


def findings(
    version: str, doc: dict[str, Any], references: Optional[dict[str, set[str]]] = None
) -> Iterator[ValidationError]:
    """The keyword validators' findings, in the library's order (raises
    :class:`Unsure` where it cannot be sure to agree).  ``references``: what
    :func:`generator.refs.reference_values` found in ``doc``, if known."""
    if references is None:
        references = reference_values(doc)
    moved = _SCOPE_KEYWORDS.intersection(references)
    if moved:
        raise Unsure(f"{sorted(moved)[0]} in the document")
    if not all(ref.startswith("#") for ref in references.get("$ref", ())):
        raise Unsure("a $ref out of the document")
    return _Walk(version, doc).root()


def _wrapped(error: ValidationError) -> ValidationError:
    """What the library's ``wraps_errors`` makes of each finding."""
    if isinstance(error, OpenAPIValidationError):
        return error
    return OpenAPIValidationError.create_from(error)


class _Walk:
    """One validation: the library's keyword validators, on plain data."""

    def __init__(self, version: str, doc: dict[str, Any]) -> None:
        key = _version_key(version)
        spec_cls = {
            "2": spec_validators.OpenAPIV2SpecValidator,
            "30": spec_validators.OpenAPIV30SpecValidator,
            "31": spec_validators.OpenAPIV31SpecValidator,
            "32": spec_validators.OpenAPIV32SpecValidator,
        }[key]
        keywords = spec_cls.keyword_validators
        self.doc = doc
        self.swagger = key == "2"
        self.operations = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
        if key == "32":
            self.operations.append("query")
        self.v32 = key == "32"
        # The very schema keyword validator the library would use (its meta
        # check: the Rust engine first, then jsonschema's check_schema).
        schema_keyword: Any = keywords["schema"](None)  # type: ignore[arg-type]
        default_dialect = getattr(schema_keyword, "default_jsonschema_dialect_id", None)
        if default_dialect is not None:  # 3.1 and later: asked once, from the root
            dialect = doc.get("jsonSchemaDialect", default_dialect)
            if not isinstance(dialect, str):
                raise Unsure("jsonSchemaDialect is not a string")
            schema_keyword._default_jsonschema_dialect_id = dialect
        self.schema_keyword = schema_keyword
        default_keyword: Any = keywords["default"]
        self.value_validator_cls: Callable[..., Any] = default_keyword.value_validator_cls
        self.value_format_checker = default_keyword.value_validator_format_checker
        self.resolver = spec_validators._local_resolver(doc)
        self.meta_checked: set[int] = set()
        self.visited: set[int] = set()
        self.operation_ids: set[Any] = set()
        self.refs: dict[str, Any] = {}
        self.collected: dict[int, set[str]] = {}  # by id: the document outlives the walk
        self.collecting: set[int] = set()

    # -- $ref, as jsonschema-path follows it: a dict whose $ref is a string is
    # replaced by its target (siblings ignored), link after link.

    def deref(self, node: Any) -> Any:
        if not (type(node) is dict and type(node.get("$ref")) is str):
            return node
        first = node["$ref"]
        known = self.refs.get(first)
        if known is not None:
            return known
        chain: list[str] = []
        while type(node) is dict and type(node.get("$ref")) is str:
            ref = node["$ref"]
            known = self.refs.get(ref)
            if known is not None:
                node = known
                break
            # jsonschema-path follows a chain recursively (a RecursionError
            # on a long one) and forever round a cycle: the library's call.
            if len(chain) >= MAX_REF_CHAIN or not ref.startswith("#"):
                raise Unsure(f"$ref {ref!r}")
            chain.append(ref)
            try:
                node = lookup(self.doc, ref)
            except (KeyError, ValueError):
                raise Unsure(f"$ref {ref!r}") from None
        for ref in chain:
            self.refs[ref] = node
        return node

    def mapping(self, node: Any) -> dict[str, Any]:
        value = self.deref(node)
        if type(value) is not dict:
            raise Unsure("expected a mapping")
        return value

    def sequence(self, node: Any) -> list[Any]:
        value = self.deref(node)
        if type(value) is not list:
            raise Unsure("expected a list")
        return value

    def string(self, node: Any) -> str:
        value = self.deref(node)
        if type(value) is not str:
            raise Unsure("expected a string")
        return value

    # -- RootValidator and below

    def root(self) -> Iterator[ValidationError]:
        spec = self.doc
        if "tags" in spec:
            self.tags(spec["tags"])  # only errors (left to the library) to find there
        if "paths" in spec:
            for url, path_item in self.mapping(spec["paths"]).items():
                yield from self.path(url, self.mapping(path_item))
        if "components" in spec:
            components = self.mapping(spec["components"])
            if "schemas" in components:
                for schema in self.mapping(components["schemas"]).values():
                    yield from self.schema(schema, True, False, 0)

    def tags(self, tags: Any) -> None:
        seen: set[str] = set()
        for tag in self.sequence(tags):
            tag = self.mapping(tag)
            if self.v32 and "parent" in tag:
                raise Unsure("tag hierarchy")
            name = self.string(tag.get("name"))
            if name in seen:
                raise Unsure("duplicate tag")
            seen.add(name)

    def path(self, url: str, path_item: dict[str, Any]) -> Iterator[ValidationError]:
        parameters = None
        if "parameters" in path_item:
            parameters = self.sequence(path_item["parameters"])
            yield from self.parameters(parameters)
        for field_name, operation in path_item.items():
            if field_name in self.operations:
                yield from self.operation(url, field_name, self.mapping(operation), parameters)
            elif self.v32 and field_name == "additionalOperations":
                raise Unsure("additionalOperations")

    def operation(
        self, url: str, name: str, operation: dict[str, Any], path_parameters: Any
    ) -> Iterator[ValidationError]:
        if "operationId" in operation:
            operation_id = self.deref(operation["operationId"])
            if operation_id is not None and operation_id in self.operation_ids:
                yield DuplicateOperationIDError(
                    f"Operation ID '{operation_id}' for '{name}' in '{url}' is not unique"
                )
            self.operation_ids.add(operation_id)
        if "responses" in operation:
            for response in self.mapping(operation["responses"]).values():
                yield from self.response(self.deref(response))
        names: list[str] = []
        if "parameters" in operation:
            parameters = self.sequence(operation["parameters"])
            yield from self.parameters(parameters)
            names += self.path_parameter_names(parameters)
        if path_parameters is not None:
            names += self.path_parameter_names(path_parameters)
        in_url = {item[1] for item in string.Formatter().parse(url) if item[1]}
        if set(names) != in_url:
            raise Unsure("unresolved path parameter")

    def path_parameter_names(self, parameters: list[Any]) -> list[str]:
        names = []
        for parameter in parameters:
            parameter = self.mapping(parameter)
            if self.string(parameter.get("in")) == "path":
                names.append(self.string(parameter.get("name")))
        return names

    def response(self, response: Any) -> Iterator[ValidationError]:
        if type(response) is not dict:
            return  # an extension's value: the library's `in` checks are False for it
        if self.swagger:
            if "schema" in response:
                yield from self.schema(response["schema"], True, False, 0)
            return
        if "content" in response:
            for media_type in self.mapping(response["content"]).values():
                media_type = self.mapping(media_type)
                if "schema" in media_type:
                    yield from self.schema(media_type["schema"], True, False, 0)

    def parameters(self, parameters: list[Any]) -> Iterator[ValidationError]:
        seen = set()
        for parameter in parameters:
            parameter = self.mapping(parameter)
            if "schema" in parameter:
                yield from self.schema(parameter["schema"], True, False, 0)
            if self.swagger and "default" in parameter:
                yield from self.value(parameter, self.deref(parameter["default"]))
            key = (self.string(parameter.get("name")), self.string(parameter.get("in")))
            if key in seen:
                raise Unsure("duplicate parameter")
            seen.add(key)

    # -- SchemaValidator

    def schema(
        self, node: Any, require_properties: bool, meta_checked: bool, depth: int
    ) -> Iterator[ValidationError]:
        if depth > MAX_SCHEMA_DEPTH:
            raise Unsure("schemas nested too deep")
        value = self.deref(node)
        if not isinstance(value, (Mapping, bool)):
            raise Unsure("a schema that is no schema")
        schema_id = id(value)
        if not meta_checked and schema_id not in self.meta_checked:
            self.meta_checked.add(schema_id)
            error = self.schema_keyword._validate_schema_meta(None, value)
            if error is not None:
                yield error
                return
        if schema_id in self.visited:
            return
        self.visited.add(schema_id)
        if type(value) is not dict:
            return
        nested_properties: set[str] = set()
        if "allOf" in value:
            for inner in self.sequence(value["allOf"]):
                yield from self.schema(inner, False, True, depth + 1)
                nested_properties |= self.collect_properties(inner, depth + 1)
        for keyword in ("anyOf", "oneOf"):
            if keyword in value:
                for inner in self.sequence(value[keyword]):
                    yield from self.schema(inner, False, True, depth + 1)
        for keyword in ("not", "items"):
            if keyword in value:
                yield from self.schema(value[keyword], False, True, depth + 1)
        properties: Any = []
        if "properties" in value:
            properties = self.mapping(value["properties"])
            for inner in properties.values():
                yield from self.schema(inner, False, True, depth + 1)
        if "allOf" in value:
            required = self.deref(value["required"]) if "required" in value else []
            if type(required) is not list or any(type(name) is not str for name in required):
                raise Unsure("required is not a list of names")
            if require_properties and set(required) - set(properties) - nested_properties:
                raise Unsure("required names no property")
        if "default" in value:
            default = self.deref(value["default"])
            nullable = self.deref(value["nullable"]) if "nullable" in value else False
            if default is not None or nullable is not True:
                yield from self.value(value, default)

    def collect_properties(self, node: Any, depth: int) -> set[str]:
        """SchemaValidator._collect_properties.  The library follows no visited
        set here (a cycle is a RecursionError, a schema shared n ways is
        collected n times); the walk collects each schema once and leaves
        cycles to the library."""
        if depth > MAX_SCHEMA_DEPTH:
            raise Unsure("schemas nested too deep")
        value = self.deref(node)
        if type(value) is not dict:
            return set()  # the library's `"properties" in schema` is False for it
        known = self.collected.get(id(value))
        if known is not None:
            return known
        if id(value) in self.collecting:
            raise Unsure("allOf/anyOf/oneOf/items/not cycle")
        self.collecting.add(id(value))
        found: set[str] = set()
        if "properties" in value:
            found.update(self.mapping(value["properties"]))
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in value:
                for inner in self.sequence(value[keyword]):
                    found |= self.collect_properties(inner, depth + 1)
        for keyword in ("items", "not"):
            if keyword in value:
                found |= self.collect_properties(value[keyword], depth + 1)
        self.collecting.discard(id(value))
        self.collected[id(value)] = found
        return found

    def value(self, schema: dict[str, Any], instance: Any) -> Iterator[ValidationError]:
        """ValueValidator: ``instance`` against ``schema``, by jsonschema."""
        validator = self.value_validator_cls(
            schema, _resolver=self.resolver, format_checker=self.value_format_checker
        )
        for error in validator.iter_errors(instance):
            yield _wrapped(error)
