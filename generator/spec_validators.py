"""openapi-spec-validator's spec validators, made fast on large documents.

The verdicts are the stock ones (the stock validator classes with
``OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND=jsonschema``); only the work
done to reach them changes:

* The schema keyword validator remembers the schemas it has seen in lists, so
  each schema costs a scan of all the earlier ones; here they are sets.
* Two JSON Schema checks take most of the rest: the whole document against
  the OpenAPI meta-schema of its version, and every schema object against the
  meta-schema of its dialect.  The Rust engine (jsonschema-rs) first says
  whether there is anything to report; only when it finds something (or cannot
  read the value, e.g. a YAML date) does the stock Python check run, so the
  errors, their pointers, wording and order are the stock ones.  That is sound
  only if the Rust engine never accepts what the Python check rejects, hence:

  - Formats: the stock document check asserts none, so neither does the Rust
    one (left alone, it asserts them against draft 4 meta-schemas: the
    Swagger 2.0 and OpenAPI 3.0 ones).  The stock schema check asserts the
    formats its format checker knows; the Rust one calls that same checker
    for those and asserts no others.
  - Meta-schemas: the Rust engine has its own copies of the json-schema.org
    meta-schemas, and they differ (its draft 4 ``enum`` takes duplicates and
    empty lists).  The copies the Python checks use are registered under
    private addresses, and references to them are rewritten to match.

openapi-spec-validator's own jsonschema-rs backend is not used: it makes both
mistakes above, and reports Rust errors without what the loader needs to tell
a warning from an error (the failing keyword, the failing value).

Without jsonschema-rs, or with the backend set to ``jsonschema``, only the
set change applies.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_schema_validator.validators import check_openapi_schema
from openapi_spec_validator import schemas as osv_schemas
from openapi_spec_validator.schemas.backend import get_validator_backend
from openapi_spec_validator.validation import keywords, validators
from openapi_spec_validator.settings import OpenAPISpecValidatorSettings
from openapi_spec_validator.validation.registries import KeywordValidatorRegistry

import jsonschema_path
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from referencing import Registry
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012
from jsonschema_path._referencing_compat import rebind_resolved
from jsonschema_path.accessors import SchemaAccessor
from jsonschema_path.nodes import SchemaNode
from jsonschema_path.paths import SchemaPath
from jsonschema_path.resolvers import CachedPathResolver

jsonschema_rs: Any
try:
    jsonschema_rs = importlib.import_module("jsonschema_rs")
except ImportError:  # pragma: no cover - a dependency, but the validators work without it
    jsonschema_rs = None


def rust_enabled() -> bool:
    """Whether jsonschema-rs is there and not switched off through
    ``OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND=jsonschema``."""
    return jsonschema_rs is not None and get_validator_backend() == "jsonschema-rs"


def _rust_accepts(rust: Any, instance: Any) -> bool:
    """True only when the Rust validator says ``instance`` is valid.  Values it
    cannot read (YAML dates, integer keys...) are left to the Python check."""
    try:
        return bool(rust.is_valid(instance))
    except Exception:
        return False


# -- The Python checks' meta-schemas, at addresses the Rust engine does not know


_PRIVATE_PREFIX = "https://openapi-pygen.invalid/"
_ADDRESS_KEYS = ("$ref", "$dynamicRef", "$id", "id")


def _private_uri(uri: str) -> str:
    for scheme in ("http://", "https://"):
        if uri.startswith(scheme + "json-schema.org/"):
            return _PRIVATE_PREFIX + uri[len(scheme) :]
    return uri


def _privately_addressed(node: Any) -> Any:
    """A copy of a schema whose references to json-schema.org meta-schemas
    point to the private copies (``$schema``, which names the draft, is kept)."""
    if isinstance(node, Mapping):
        return {
            key: (
                _private_uri(value)
                if key in _ADDRESS_KEYS and isinstance(value, str)
                else _privately_addressed(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_privately_addressed(value) for value in node]
    return node


def _formats_in(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for value in node.values():
            _formats_in(value, found)
    elif isinstance(node, list):
        for value in node:
            _formats_in(value, found)
    return found


@functools.lru_cache(maxsize=None)
def _meta_schemas() -> tuple[list[tuple[str, Any]], frozenset[str]]:
    """Every meta-schema the Python checks can reach, privately addressed, and
    the formats they use."""
    resources = []
    formats: set[str] = set()
    for uri in OPENAPI_SPECIFICATIONS:
        contents = OPENAPI_SPECIFICATIONS.contents(uri)
        if "draft-03" in str(contents.get("$schema", "")):
            continue  # the Rust engine has no draft 3, and nothing here refers to it
        resources.append((_private_uri(str(uri).rstrip("#")), _privately_addressed(contents)))
        _formats_in(contents, formats)
    return resources, frozenset(formats)


def _rust_validator(schema: Mapping[str, Any], **options: Any) -> Any:
    resources, _ = _meta_schemas()

    def no_retrieval(uri: str) -> Any:
        raise ValueError(f"{uri} is not registered; nothing is retrieved")

    return jsonschema_rs.validator_for(
        _privately_addressed(schema),
        registry=jsonschema_rs.Registry(resources),
        retriever=no_retrieval,
        **options,
    )


# -- The document against the OpenAPI meta-schema of its version


class _RustFirst:
    """The stock document check, run only when the Rust engine finds a problem."""

    def __init__(self, python: Any, rust: Any) -> None:
        self.python = python
        self.rust = rust

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        if _rust_accepts(self.rust, instance):
            return iter(())
        errors: Iterator[Any] = self.python.iter_errors(instance)
        return errors


@functools.lru_cache(maxsize=None)
def _document_validator(version: str, use_rust: bool) -> Any:
    """``version``: "2", "30", "31" or "32"."""
    meta_schema = getattr(osv_schemas, f"schema_v{version}")
    # What the stock "jsonschema" backend makes, with a registry that retrieves
    # nothing: its meta-schemas are all shipped with jsonschema.
    python = validator_for(meta_schema)(
        meta_schema, registry=Registry(retrieve=refuse_retrieval)  # type: ignore[call-arg]
    )
    if not use_rust:
        return python
    try:
        rust = _rust_validator(dict(meta_schema), validate_formats=False)
    except Exception:  # pragma: no cover - a meta-schema the Rust engine cannot compile
        return python
    return _RustFirst(python, rust)


# -- Each schema object against the meta-schema of its dialect


@functools.lru_cache(maxsize=None)
def _rust_schema_checker(validator_cls: Any, format_checker: Any) -> Any:
    """What ``check_openapi_schema(validator_cls, _, format_checker)`` checks,
    compiled by the Rust engine; ``None`` if it cannot be."""
    _, used = _meta_schemas()
    known = getattr(format_checker, "checkers", {}) if format_checker is not None else {}

    def asserted(name: str) -> Callable[[str], bool]:
        return lambda value: bool(format_checker.conforms(value, name))

    def not_asserted(value: str) -> bool:
        return True

    formats = {name: asserted(name) if name in known else not_asserted for name in used}
    try:
        return _rust_validator(validator_cls.META_SCHEMA, validate_formats=True, formats=formats)
    except Exception:  # pragma: no cover - a meta-schema the Rust engine cannot compile
        return None


def _rust_first(python_check: Callable[[Any], None]) -> Callable[[Any], None]:
    """``python_check`` (what the stock keyword validator runs: a partial or a
    bound method of ``check_openapi_schema``), run only when the Rust engine
    finds a problem; ``python_check`` itself for any other check (a schema in
    another JSON Schema dialect)."""
    method = getattr(python_check, "func", python_check)
    bound: tuple[Any, ...] = getattr(python_check, "args", ())
    options: dict[str, Any] = dict(getattr(python_check, "keywords", None) or {})
    if (
        getattr(method, "__func__", None) is not check_openapi_schema
        or bound
        or set(options) - {"format_checker"}
    ):
        return python_check
    validator_cls = getattr(method, "__self__")
    format_checker = options.get("format_checker", validator_cls.FORMAT_CHECKER)
    rust = _rust_schema_checker(validator_cls, format_checker)
    if rust is None:
        return python_check

    def check(schema_value: Any) -> None:
        if not _rust_accepts(rust, schema_value):
            python_check(schema_value)  # raises the stock SchemaError, if any

    return check


# -- The schema keyword validators


class _SchemaIds(set[int]):
    """The keyword validator's records of the schemas it has seen: it appends
    to them and tests membership, which on a list costs a scan each time."""

    append = set.add


class _FastSchemaChecks:
    """Mixed into each version's schema keyword validator: sets for its records,
    and the Rust engine first for the meta-schema check."""

    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)  # type: ignore[call-arg]
        # Sets where the base class declares lists (see _SchemaIds).
        self.visited_schema_ids: Any = _SchemaIds()
        self.meta_checked_schema_ids: Any = _SchemaIds()
        self.rust = rust_enabled()

    def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
        check: Callable[[Any], None] = super()._get_schema_checker(  # type: ignore[misc]
            schema, schema_value
        )
        return _rust_first(check) if self.rust else check


class OpenAPIV30SchemaValidator(_FastSchemaChecks, keywords.OpenAPIV30SchemaValidator):
    pass


class OpenAPIV31SchemaValidator(_FastSchemaChecks, keywords.OpenAPIV31SchemaValidator):
    pass


class OpenAPIV32SchemaValidator(_FastSchemaChecks, keywords.OpenAPIV32SchemaValidator):
    pass


# -- Walking the document: plain JSON data without runtime protocol checks
#
# Every step the keyword validators take through the document goes through
# pathable's ``_get_subnode``, which first asks ``isinstance(node,
# Subscriptable)``, a runtime-checkable Protocol: on Python 3.11 each such check
# walks the protocol's attributes, and on a large document that is about 40% of
# validation (autotask: 1.57 s -> 0.93 s without it).  The loader only ever
# produces dicts and lists, for which the check always holds, so these
# subclasses skip it for exactly those types and defer to the stock method for
# anything else.  jsonschema-path's resolver names its node class directly, so
# its one walking method is repeated here with the fast node class; that copy
# is tied to the jsonschema-path version it was taken from, and any other
# version gets the stock classes (tests/test_validation_equivalence.py checks
# the verdicts either way).

FAST_PATHS_FOR = "0.5.0"  # the jsonschema-path version the resolver copy matches


def _plain_subnode(node: Any, part: Any) -> Any:
    try:
        return node[part]
    except (KeyError, IndexError, TypeError) as exc:
        raise KeyError(part) from exc


class _FastSchemaNode(SchemaNode):
    @classmethod
    def _get_subnode(cls, node: Any, part: Any) -> Any:
        if type(node) is dict or type(node) is list:
            return _plain_subnode(node, part)
        return super()._get_subnode(node, part)


class _FastPathResolver(CachedPathResolver):
    def _resolve_with_prefix_cache(self, node: Any, parts: Any) -> Any:
        # jsonschema_path.resolvers.CachedPathResolver._resolve_with_prefix_cache
        # (0.5.0) with SchemaNode replaced by _FastSchemaNode.
        parts_tuple = tuple(parts)
        resolved: Any
        cached_prefix = self.prefix_cache.longest_prefix_hit(parts_tuple)
        if cached_prefix is None:
            resolved = _FastSchemaNode._resolve_node(node, self.resolver)
            current_node = resolved.contents
            current_resolver = resolved.resolver
            start = 0
            self.prefix_cache.seed_root(resolved)
        else:
            start, cached_resolved = cached_prefix
            current_registry = self.resolver._registry
            if cached_resolved.resolver._registry is not current_registry:
                cached_resolved = rebind_resolved(cached_resolved, current_registry)
                self.prefix_cache.replace(parts_tuple, start, cached_resolved)
            resolved = cached_resolved
            current_node = resolved.contents
            current_resolver = resolved.resolver
        for index in range(start, len(parts_tuple)):
            current_node = _FastSchemaNode._get_subnode(current_node, parts_tuple[index])
            resolved = _FastSchemaNode._resolve_node(current_node, current_resolver)
            current_node, current_resolver = resolved.contents, resolved.resolver
            self.prefix_cache.store_intermediate(parts_tuple, index, resolved)
        return resolved


class _FastSchemaAccessor(SchemaAccessor):
    def __init__(self, schema: Any, resolver: Any, resolved_cache_maxsize: int = 128) -> None:
        super().__init__(schema, resolver, resolved_cache_maxsize)
        self._path_resolver = _FastPathResolver(resolver)

    @classmethod
    def _get_subnode(cls, node: Any, part: Any) -> Any:
        if type(node) is dict or type(node) is list:
            return _plain_subnode(node, part)
        return super()._get_subnode(node, part)


def refuse_retrieval(uri: str) -> Any:
    """The registry's retrieve function: retrieves nothing.

    Left to themselves, jsonschema-path (its default handlers) and jsonschema
    (its default registry) fetch http(s) and read ``file:`` URIs that a
    document's schemas point at, and the validator's messages then quote what
    they got: a cloud metadata token, a local credentials file.  The generator
    never reads what a document points at, so every such lookup fails here."""
    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]  # an attrs class


def _local_resolver(doc: dict[str, Any]) -> Any:
    """A resolver over ``doc`` alone (what ``SchemaAccessor.from_schema`` builds,
    minus the handlers that fetch)."""
    registry: Registry[Any] = Registry(retrieve=refuse_retrieval)  # type: ignore[call-arg]
    registry = registry.with_resource("", DRAFT202012.create_resource(doc))
    return registry.resolver(base_uri="")


def _schema_path(doc: dict[str, Any]) -> Any:
    """The document as openapi-spec-validator would wrap it (``SchemaPath.from_dict``
    with its settings, but a registry that retrieves nothing), walked by the fast
    classes when this jsonschema-path is the version they were written for."""
    maxsize = OpenAPISpecValidatorSettings().resolved_cache_maxsize
    resolver = _local_resolver(doc)
    if jsonschema_path.__version__ != FAST_PATHS_FOR:
        return SchemaPath(SchemaAccessor(doc, resolver, resolved_cache_maxsize=maxsize))
    return SchemaPath(_FastSchemaAccessor(doc, resolver, resolved_cache_maxsize=maxsize))


# -- The spec validators


class _FastSpecValidator:
    """Mixed into each version's spec validator: the fast document walk, and
    the Rust engine first for the document's meta-schema check."""

    schema_version = ""

    def __init__(self, schema: dict[str, Any]) -> None:
        super().__init__(_schema_path(schema))  # type: ignore[call-arg]
        self.schema_validator = _document_validator(self.schema_version, rust_enabled())


def _fast(
    stock: type[validators.SpecValidator], schema_keyword: type[Any], version: str
) -> type[validators.SpecValidator]:
    """``stock`` with the fast document walk, the Rust-first document check and
    ``schema_keyword`` as its schema keyword validator."""
    return type(
        stock.__name__,
        (_FastSpecValidator, stock),
        {
            "__module__": __name__,
            "schema_version": version,
            "keyword_validators": {**stock.keyword_validators, "schema": schema_keyword},
        },
    )


OpenAPIV2SpecValidator = _fast(validators.OpenAPIV2SpecValidator, OpenAPIV30SchemaValidator, "2")
OpenAPIV30SpecValidator = _fast(validators.OpenAPIV30SpecValidator, OpenAPIV30SchemaValidator, "30")
OpenAPIV31SpecValidator = _fast(validators.OpenAPIV31SpecValidator, OpenAPIV31SchemaValidator, "31")
OpenAPIV32SpecValidator = _fast(validators.OpenAPIV32SpecValidator, OpenAPIV32SchemaValidator, "32")


def spec_validator(version: str, doc: dict[str, Any]) -> validators.SpecValidator:
    """The validator for a document whose ``openapi`` (or ``swagger``) is ``version``."""
    if version.startswith("2."):
        return OpenAPIV2SpecValidator(doc)
    if version.startswith("3.0"):
        return OpenAPIV30SpecValidator(doc)
    if version.startswith("3.2"):
        return OpenAPIV32SpecValidator(doc)
    return OpenAPIV31SpecValidator(doc)
