"""Reading an OpenAPI document from disk and checking that it is one.

Loading is the only step that touches the input file.  It returns plain
Python data (dicts, lists, strings) and raises :class:`SpecError` with a JSON
pointer for anything a user has to fix; nothing after it sees bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import yaml

from .errors import SpecError, pointer_from_path
from . import cache, swagger2
from .refs import check_refs, external_message, pointer_of_uri

try:  # the C loader is several times faster on large documents
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]


def read_document(path: Path) -> dict[str, Any]:
    """Parse ``path`` as JSON or YAML into a mapping."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(name, "", "no such file") from None
    except IsADirectoryError:
        raise SpecError(name, "", "is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        raise SpecError(name, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise SpecError(name, "", f"cannot read: {exc.strerror}") from None

    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except RecursionError:
            raise SpecError(name, "", f"nested more than {MAX_DEPTH} levels deep") from None
        except json.JSONDecodeError as exc:
            raise SpecError(
                name, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
    else:
        try:
            _check_yaml_depth(name, text)
            data = yaml.load(text, Loader=_YamlLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "cannot parse"
            raise SpecError(name, "", f"invalid YAML{where}: {problem}") from None
    _check_depth(name, data)
    if not isinstance(data, dict):
        raise SpecError(
            name, "", f"expected a mapping at the top level, found {type(data).__name__}"
        )
    return data


def as_openapi(name: str, doc: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """A JSON Hyper-Schema converted to OpenAPI 3.1 (with the converter's
    warnings); any other document as it is.  Validation and the builder then
    see only OpenAPI."""
    if "openapi" in doc or "swagger" in doc:
        return doc, []  # the usual case, without importing the converter
    from . import hyperschema

    if hyperschema.is_hyper_schema(doc):
        return hyperschema.convert_with_warnings(doc, name)
    return doc, []


def _validator(version: str, doc: dict[str, Any]) -> Any:
    from .spec_validators import spec_validator  # imported late: slow to import

    return spec_validator(version, doc)


_DUPLICATE_ID = re.compile(
    r"Operation ID '.*' for '(?P<method>\w+)' in '(?P<path>.*)' is not unique$"
)


def _value_problem(error: Any, doc: Any) -> Optional[Callable[[], str]]:
    """How to find the pointer to warn about (finding it walks the document, so
    only done for the warnings kept), for problems that say nothing about the shape of
    the API; ``None`` for real (fatal) problems.

    Real documents are full of these: a ``default`` or ``example`` that does not
    match its own schema (``default: "false"`` on a boolean), an ``enum``
    listing a value twice, or an operationId used twice (the builder gives each
    operation its own name: fetch, fetch_2...).  They become warnings.
    """
    schema = getattr(error, "schema", None)
    instance = getattr(error, "instance", object())
    if isinstance(schema, dict):
        for key in ("default", "example"):
            if key in schema and schema[key] == instance:
                return (
                    lambda: _locate(doc, lambda node: isinstance(node, dict) and node == schema)
                    + "/"
                    + key
                )
    duplicate = _DUPLICATE_ID.match(str(getattr(error, "message", "")))
    if duplicate is not None:
        return lambda: pointer_from_path(
            ["paths", duplicate["path"], duplicate["method"], "operationId"]
        )
    in_enum = list(getattr(error, "path", []))[-1:] == ["enum"]
    if getattr(error, "validator", None) == "uniqueItems" and in_enum:
        return (
            lambda: _locate(
                doc, lambda node: isinstance(node, dict) and node.get("enum") == instance
            )
            + "/enum"
        )
    return _schema_problem(error, doc)


# A schema keyword from another JSON Schema draft: draft 4's boolean
# ``exclusiveMaximum`` in OpenAPI 3.1 (2020-12), or 2020-12's number in 3.0.
_DRAFT_KEYWORDS = ("exclusiveMaximum", "exclusiveMinimum")


def _schema_problem(error: Any, doc: Any) -> Optional[Callable[[], str]]:
    """The schema meta-check's findings that leave the schema usable for a
    client (which validates no patterns and reads no bounds): a ``pattern``
    Python's ``re`` cannot compile (``\\p{L}`` is valid ECMA-262), a bound
    keyword written as another draft writes it, and an unknown ``$schema``
    dialect (the schema is read as OpenAPI's own).  Each is located the same
    way for the fast and the stock validators: the first schema, in document
    order, holding the failing value."""
    relative = list(getattr(error, "path", []) or [])
    instance = getattr(error, "instance", None)
    validator = getattr(error, "validator", None)
    unparseable = validator == "format" and getattr(error, "validator_value", None) == "regex"
    if unparseable and relative[-1:] == ["pattern"] and isinstance(instance, str):
        return lambda: _locate_value(doc, relative, instance)
    draft = relative[-1:] and relative[-1] in _DRAFT_KEYWORDS and validator == "type"
    if draft and isinstance(instance, (bool, int, float)):
        return lambda: _locate_value(doc, relative, instance)
    dialect = _UNKNOWN_DIALECT.match(str(getattr(error, "message", "")))
    if dialect is not None:
        return lambda: _dialect_pointer(doc, dialect["dialect"])
    return None


def _why(error: Any) -> str:
    """Why a schema meta-check finding is only a warning (nothing for the others)."""
    validator = getattr(error, "validator", None)
    if validator == "format" and getattr(error, "validator_value", None) == "regex":
        return " for Python's re (perhaps valid ECMA-262); the client does not check patterns"
    relative = list(getattr(error, "path", []) or [])
    if validator == "type" and relative[-1:] and relative[-1] in _DRAFT_KEYWORDS:
        return (
            f" ({relative[-1]} as another JSON Schema draft writes it); the client reads no bounds"
        )
    if _UNKNOWN_DIALECT.match(str(getattr(error, "message", ""))):
        return "; the schema is read as the document's own dialect"
    return ""


_UNKNOWN_DIALECT = re.compile(r"Unknown JSON Schema dialect: '(?P<dialect>.*)'$")


def _locate_value(doc: Any, relative: list[Any], instance: Any) -> str:
    """Pointer of the value ``instance`` at ``relative`` below the first node
    (document order) that holds it there."""

    def holds(node: Any) -> bool:
        for part in relative:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return False
        return type(node) is type(instance) and node == instance

    found = _locate(doc, holds)
    return found + pointer_from_path(relative)


def _dialect_pointer(doc: Any, dialect: str) -> str:
    """Where an unknown dialect is named: a schema's ``$schema``, else the
    document's ``jsonSchemaDialect``."""
    found = _locate(doc, lambda node: isinstance(node, dict) and node.get("$schema") == dialect)
    if found or (isinstance(doc, dict) and doc.get("$schema") == dialect):
        return found + "/$schema"
    return "/jsonSchemaDialect" if doc.get("jsonSchemaDialect") == dialect else ""


def _locate(doc: Any, matches: Callable[[Any], bool]) -> str:
    """Pointer of the first node (depth first, document order) that ``matches``.

    Each node carries only a link to its parent's (a pair), and the path is
    spelled out for the match alone: copying the path for every node made
    locating one warning cost more than validating the document."""
    stack: list[tuple[Any, Any]] = [(doc, None)]
    while stack:
        node, link = stack.pop()
        if matches(node):
            parts: list[Any] = []
            while link is not None:
                link, key = link
                parts.append(key)
            return pointer_from_path(reversed(parts))
        if isinstance(node, dict):
            stack.extend((v, (link, k)) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((node[i], (link, i)) for i in range(len(node) - 1, -1, -1))
    return ""


MAX_VALUE_WARNINGS = 50


# Real documents stay far below this; deeper ones would overflow recursive
# code (PyYAML's C composer crashes the process outright).
MAX_DEPTH = 200


# Aliases let a few hundred bytes of YAML stand for billions of nodes (the
# "billion laughs"); everything after the loader (validator, builder, $ref
# checks) walks the data as a tree, so a document whose aliases add more nodes
# than this is refused before it is composed.  Real documents use few aliases.
MAX_ALIAS_NODES = 100_000


def _check_yaml_depth(name: str, text: str) -> None:
    """Measure nesting and alias expansion from parser events (flat, no
    recursion, linear in the text) before composing."""
    depth = 0
    sizes = [0]  # nodes, aliases expanded, in each open collection (first: the stream)
    open_anchors: list[Optional[str]] = []
    anchor_sizes: dict[str, int] = {}
    added = 0  # nodes the aliases add to the document
    for event in yaml.parse(text, Loader=_YamlLoader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise SpecError(
                    name, "", f"nested more than {MAX_DEPTH} levels deep (line {_line(event)})"
                )
            sizes.append(1)
            open_anchors.append(event.anchor)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
            size = sizes.pop()
            anchor = open_anchors.pop()
            if anchor is not None:
                anchor_sizes[anchor] = size
            sizes[-1] += size
        elif isinstance(event, yaml.ScalarEvent):
            sizes[-1] += 1
            if event.anchor is not None:
                anchor_sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise SpecError(
                    name,
                    "",
                    f"alias *{event.anchor} (line {_line(event)}) is inside the node it names; "
                    "a document cannot contain itself",
                )
            size = anchor_sizes.get(event.anchor or "", 1)  # undefined: the composer says so
            sizes[-1] += size
            added += size - 1
            if added > MAX_ALIAS_NODES:
                raise SpecError(
                    name,
                    "",
                    f"YAML aliases expand the document by more than {MAX_ALIAS_NODES:,} nodes "
                    f"(at line {_line(event)}); refused as an alias bomb: real documents "
                    "use few aliases, write the repeated parts out or use $ref",
                )


def _line(event: Any) -> int:
    return event.start_mark.line + 1 if event.start_mark else 0


def _check_depth(name: str, data: Any) -> None:
    """Refuse a document with a mapping or list more than MAX_DEPTH levels
    below the top.  One level at a time, every value of the level in one list
    (scalars too, skipped when the next level is read): no per-node tuple of
    (node, depth), less than half the time on large documents."""
    level = [data]
    depth = 0
    while level:
        if depth > MAX_DEPTH and any(isinstance(node, (dict, list)) for node in level):
            raise SpecError(name, "", f"nested more than {MAX_DEPTH} levels deep")
        below: list[Any] = []
        for node in level:
            if isinstance(node, dict):
                below.extend(node.values())
            elif isinstance(node, list):
                below.extend(node)
        level = below
        depth += 1


def _is_reference_error(exc: Exception) -> bool:
    return any(
        cls.__module__.startswith(("referencing", "jsonschema")) for cls in type(exc).__mro__
    )


def _refused_uri(exc: BaseException) -> Optional[str]:
    """The address the validator asked for and was refused (spec_validators'
    registries retrieve nothing), found along the chain of wrapped errors."""
    from referencing.exceptions import NoSuchResource  # only needed on failure

    seen: set[int] = set()
    todo: list[Optional[BaseException]] = [exc]
    while todo:
        error = todo.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, NoSuchResource):
            return str(error.ref)
        wrapped = getattr(error, "_wrapped", None)
        todo.extend(
            [error.__cause__, error.__context__]
            + ([wrapped] if isinstance(wrapped, BaseException) else [])
        )
    return None


def validate_document(name: str, doc: dict[str, Any], fast: bool = True) -> list[tuple[str, str]]:
    """Check the document against the OpenAPI schema of its version.

    Raises :class:`SpecError` for the first structural problem; returns
    (pointer, message) warnings for default/example values that do not match.

    ``fast`` first tries :mod:`generator.spec_walk` (openapi-spec-validator's
    checks over the plain document), which decides only documents with nothing
    fatal in them; any other document, or one the walk is unsure about, goes
    through openapi-spec-validator itself, so every error keeps its wording and
    pointer.
    """
    version = doc.get("openapi", doc.get("swagger"))
    if not isinstance(version, str):
        raise SpecError(
            name, "/openapi", "not an OpenAPI document: no 'openapi' (or 'swagger') version string"
        )
    references = check_refs(name, doc)
    if fast:
        warnings = _fast_verdict(name, version, doc, references)
        if warnings is not None:
            return warnings
    return _verdict(name, version, doc, lambda: _validator(version, doc).iter_errors(), False)


class _LeftToTheLibrary(Exception):
    """The fast walk found an error (which the library must word and place), or
    could not vouch for agreeing with the library."""


def _fast_verdict(
    name: str, version: str, doc: dict[str, Any], references: Optional[dict[str, set[str]]]
) -> Optional[list[tuple[str, str]]]:
    """The warnings, when the fast walk can vouch that the document is valid
    but for them; ``None`` when openapi-spec-validator must decide."""
    from . import spec_walk  # imported late: it imports the validators

    if not spec_walk.document_accepted(version, doc):
        return None
    try:
        return _verdict(
            name, version, doc, lambda: spec_walk.findings(version, doc, references), True
        )
    except _LeftToTheLibrary:
        return None


def _verdict(
    name: str, version: str, doc: dict[str, Any], errors: Callable[[], Iterator[Any]], fast: bool
) -> list[tuple[str, str]]:
    """Warnings from the validator's ``errors`` (in order) until the first
    fatal one, which raises :class:`SpecError`; ``fast`` (the fast walk's
    findings): raises :class:`_LeftToTheLibrary` for it, or for anything the
    library might have said otherwise, instead."""
    warnings: list[tuple[str, str]] = []
    skipped = 0
    try:
        for error in errors():
            message = getattr(error, "message", None) or str(error).splitlines()[0]
            locate = _value_problem(error, doc)
            if locate is not None:
                if len(warnings) < MAX_VALUE_WARNINGS:
                    warnings.append((locate(), f"ignored: {message}{_why(error)}"))
                else:
                    skipped += 1
                continue
            if fast:
                raise _LeftToTheLibrary(message)
            path = list(getattr(error, "absolute_path", []) or [])
            raise SpecError(name, pointer_from_path(path), f"invalid OpenAPI {version}: {message}")
    except (SpecError, _LeftToTheLibrary):
        raise
    except Exception as exc:
        if fast:  # the walk's Unsure, or an exception the library would word its own way
            raise _LeftToTheLibrary(str(exc)) from exc
        refused = _refused_uri(exc)
        if refused is not None:
            raise SpecError(name, pointer_of_uri(doc, refused), external_message(refused)) from None
        if _is_reference_error(exc):
            message = getattr(exc, "message", None) or str(exc).splitlines()[0]
            raise SpecError(name, "", f"invalid OpenAPI {version}: {message[:300]}") from None
        # The validator itself failed (e.g. a UnicodeEncodeError checking a
        # format: byte default): say so, and generate from what we have.
        warnings.append(
            (
                "",
                f"the validator stopped early ({type(exc).__name__}: {str(exc)[:200]}); not fully validated",
            )
        )
    if skipped:
        warnings.append(("", f"{skipped} more default/example values do not match their schemas"))
    return warnings


def _validation_key(path: Path) -> str:
    # The version from the package's metadata: importing the validator just to
    # ask would cost more than most generations take.
    import importlib.metadata  # imported only when the cache is on

    from . import hyperschema

    validator_version = importlib.metadata.version("openapi-spec-validator")
    return cache.key(
        "validation-v4",
        validator_version,
        hyperschema.CONVERTER_VERSION,
        hashlib.sha256(path.read_bytes()).hexdigest(),
    )


def cached_validation(path: Path) -> Optional[list[tuple[str, str]]]:
    """Warnings of an earlier successful validation of these exact bytes."""
    if cache.directory() is None:
        return None  # no cache: no need to hash the document for a key
    hit = cache.get("validation", _validation_key(path))
    return None if hit is None else [tuple(w) for w in json.loads(hit)]


# Documents parsed before a worker process was forked, by path: the fork
# inherits them, so the worker need not parse the file again (sending a parsed
# document to another process costs more than parsing it).
_PARSED: dict[str, dict[str, Any]] = {}


@contextlib.contextmanager
def parsed_for_workers(path: Path, doc: dict[str, Any]) -> Iterator[None]:
    """Leave ``doc`` where worker processes forked meanwhile find it."""
    _PARSED[str(path)] = doc
    try:
        yield
    finally:
        _PARSED.pop(str(path), None)


def validate_file(path: Path) -> tuple[bool, Any]:
    """Validate the document at ``path`` (the parsed document inherited from the
    parent process, or else read again).  Returns ``(True, warnings)`` or
    ``(False, (file, pointer, message))``; exceptions do not cross processes well."""
    try:
        doc = _PARSED.get(str(path))
        if doc is None:
            doc, _ = as_openapi(str(path), read_document(path))
        warnings = validate_document(str(path), doc)
    except SpecError as error:
        return False, (error.file, error.pointer, error.message)
    cache_validation(path, warnings)
    return True, warnings


def validate_file_or_cached(path: Path) -> tuple[bool, Any]:
    """:func:`validate_file`, or the cached warnings of these exact bytes."""
    known = cached_validation(path)
    return (True, known) if known is not None else validate_file(path)


def cache_validation(path: Path, warnings: list[tuple[str, str]]) -> None:
    if cache.directory() is not None:
        cache.put("validation", _validation_key(path), json.dumps(warnings))


def load(path: Path) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The parsed document (Swagger 2.0 converted to OpenAPI 3.0) and the
    validator's non-fatal findings."""
    doc, _ = as_openapi(str(path), read_document(path))
    warnings = validate_document(str(path), doc)
    if str(doc.get("swagger", "")).startswith("2."):
        doc = swagger2.convert(doc)
    return doc, warnings
