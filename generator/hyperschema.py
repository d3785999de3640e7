"""Converting a JSON Hyper-Schema (interagent/prmd dialect) to OpenAPI 3.1.

Heroku describes its whole Platform API this way: resources under
``definitions``, each with attribute ``definitions``, ``properties`` and
``links`` (one link = one API call).  Like :mod:`generator.swagger2`, this
returns a new plain OpenAPI document so one builder serves every input; the
input is not modified and nothing a schema points at is ever fetched.

Layout of the result, chosen so generated names stay readable:

- resource ``app`` -> ``components/schemas/App``; its attribute definitions
  become components of their own, ``App-name``, ``App-identity`` (nested ones
  ``Build-release-id``), and every ``$ref`` is rewritten to match;
- each link -> one operation, ``operationId`` ``<resource>-<title words>``
  (``app-list``), tag = the resource's plural title (see :func:`tag_name`:
  ``Apps``, ``Config Vars``, ``Add-ons``, ``Account``), ``x-hyper-schema-resource``
  = the resource name, ``x-hyper-schema-link`` = the link's
  JSON pointer.  Href variables (URL-encoded pointers to an identity) become
  path parameters named after the identity's members, as our seed spec does:
  ``{app_id_or_name}``, ``{domain_id_or_hostname}``, ``{pipeline_id}``;
- ``rel: instances`` links take an optional ``Range`` header and answer 200 or
  206 with ``Next-Range``: exactly what the builder detects as Range paging;
- OpenAPI allows one operation per method and path, the hyper-schema does not
  (release Create and Rollback are both ``POST /apps/{app}/releases``).  The
  first link keeps the slot; later ones ride along, complete, in the first
  one's ``x-operation-variants`` list, and the builder turns each variant into
  a method of its own.  No path is invented, so every call goes where the
  hyper-schema says, and every link keeps its identity.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Optional
from urllib.parse import unquote

from .errors import SpecError, pointer_from_path
from .naming import UniqueNames, pascal, words
from .refs import lookup

OPENAPI_VERSION = "3.1.0"
# Part of the validation cache key: a changed conversion must be validated again.
CONVERTER_VERSION = "2"
VARIANTS = "x-operation-variants"
_WORDS = "x-words"  # internal, removed before the document is returned
LINK_ORIGIN = "x-hyper-schema-link"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Deeper schemas would make the recursive conversion overflow (the loader
# refuses deeper files already; this guards direct callers).
MAX_DEPTH = 200
# How many $refs one path variable may go through before we give up naming it.
MAX_REF_HOPS = 32
_HREF_VAR = re.compile(r"\{\(([^()}]*)\)\}|\{([^{}()]*)\}")
_COMPONENT_KEY = re.compile(r"[^A-Za-z0-9._-]")
# Words our seed OpenAPI spells differently from the hyper-schema's resource
# names ("add-on" -> {addon_id_or_name}); kept so converted paths match it.
_PARAM_WORDS = {"add-on": "addon"}
# draft-04 keywords that mean nothing (or something else) in an OpenAPI schema.
_DROPPED = frozenset({"$schema", "id", "links", "definitions", "media", "pathStart"})
# Keywords whose values are data, never schemas: copied as they are.
_DATA = frozenset({"enum", "default", "const", "examples", "required", "readOnly", "format"})
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf")
_SCHEMA_MAPS = ("properties", "patternProperties")


def is_hyper_schema(doc: Any) -> bool:
    """A hyper-schema says so in ``$schema``, or has resources with ``links``."""
    if not isinstance(doc, dict) or "openapi" in doc or "swagger" in doc:
        return False
    dialect = doc.get("$schema")
    if isinstance(dialect, str) and "hyper-schema" in dialect:
        return True
    definitions = doc.get("definitions")
    return isinstance(definitions, dict) and any(
        isinstance(r, dict) and isinstance(r.get("links"), list) for r in definitions.values()
    )


def convert(doc: dict[str, Any], name: str = "<document>") -> dict[str, Any]:
    """The OpenAPI 3.1 equivalent of hyper-schema ``doc``; raises SpecError
    (with the pointer into ``doc``) for what cannot be converted."""
    return convert_with_warnings(doc, name)[0]


def convert_with_warnings(
    doc: dict[str, Any], name: str = "<document>"
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """:func:`convert`, plus (pointer into ``doc``, message) for what was left out."""
    if not is_hyper_schema(doc):
        raise SpecError(
            name,
            "/definitions",
            "not a JSON Hyper-Schema: no '$schema' naming hyper-schema and no resources "
            "with 'links' under /definitions",
        )
    converter = _Converter(doc, name)
    return converter.run(), converter.warnings


class _Converter:
    def __init__(self, doc: dict[str, Any], name: str) -> None:
        self.source = doc
        self.name = name
        self.resources: dict[str, dict[str, Any]] = {
            k: v for k, v in doc["definitions"].items() if isinstance(v, dict)
        }
        keys = UniqueNames()
        self.resource_keys = {r: keys.claim(_component_key(pascal(r) or r)) for r in self.resources}
        self.component_keys = keys
        self.definition_keys: dict[tuple[str, ...], str] = {}
        self.refs: list[tuple[str, str]] = []  # (pointer into the source, rewritten $ref)
        self.operation_ids = UniqueNames()
        tags = UniqueNames()
        self.tags = {r: tags.claim(tag_name(r, raw)) for r, raw in self.resources.items()}
        self.warnings: list[tuple[str, str]] = []

    def fail(self, pointer: str, message: str) -> SpecError:
        return SpecError(self.name, pointer, message)

    # ------------------------------------------------------------ document

    def run(self) -> dict[str, Any]:
        schemas: dict[str, Any] = {}
        for resource, raw in self.resources.items():
            self._claim_definitions((resource,), raw)
        for resource, raw in self.resources.items():
            base = "/definitions/" + _escape(resource)
            schema = self.schema(raw, base)
            schema["x-hyper-schema-resource"] = resource
            schemas[self.resource_keys[resource]] = schema
            self._hoist_definitions((resource,), raw, base, schemas)
        out: dict[str, Any] = {"openapi": OPENAPI_VERSION, "info": self._info()}
        out["servers"] = self._servers()
        out["tags"] = [self._tag(r, raw) for r, raw in self.resources.items() if raw.get("links")]
        out["paths"] = self._paths()
        out["components"] = {"schemas": schemas}
        self._check_refs(out)
        return out

    def _info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"title": _string(self.source.get("title")) or "API"}
        if _string(self.source.get("description")):
            info["description"] = self.source["description"]
        info["version"] = _string(self.source.get("version")) or "unversioned"
        dialect = _string(self.source.get("$schema"))
        if dialect:
            info["x-hyper-schema"] = dialect
        return info

    def _servers(self) -> list[dict[str, str]]:
        """The root ``self`` link with an absolute href is the API's address."""
        for link in self.source.get("links") or ():
            href = link.get("href") if isinstance(link, dict) else None
            if (
                isinstance(href, str)
                and link.get("rel") == "self"
                and re.match(r"https?://[^\s/]+$", href.rstrip("/"))
            ):
                return [{"url": href.rstrip("/")}]
        return [{"url": "/"}]

    def _tag(self, resource: str, raw: dict[str, Any]) -> dict[str, Any]:
        tag: dict[str, Any] = {"name": self.tags[resource], "x-hyper-schema-resource": resource}
        if _string(raw.get("description")):
            tag["description"] = raw["description"]
        if _string(raw.get("stability")):
            tag["x-stability"] = raw["stability"]
        return tag

    # ------------------------------------------------------------ schemas

    def _claim_definitions(self, path: tuple[str, ...], raw: dict[str, Any]) -> None:
        """Name every (nested) attribute definition before any $ref needs it."""
        for attr, sub in (raw.get("definitions") or {}).items():
            if not isinstance(sub, dict):
                continue
            key = path + (str(attr),)
            self.definition_keys[key] = self.component_keys.claim(
                _component_key("-".join((self.resource_keys[path[0]],) + key[1:]))
            )
            self._claim_definitions(key, sub)

    def _hoist_definitions(
        self, path: tuple[str, ...], raw: dict[str, Any], pointer: str, out: dict[str, Any]
    ) -> None:
        for attr, sub in (raw.get("definitions") or {}).items():
            if not isinstance(sub, dict):
                continue
            key, sub_pointer = path + (str(attr),), f"{pointer}/definitions/{_escape(str(attr))}"
            out[self.definition_keys[key]] = self.schema(sub, sub_pointer)
            self._hoist_definitions(key, sub, sub_pointer, out)

    def ref(self, ref: Any, pointer: str) -> str:
        """Where ``#/definitions/app/definitions/name`` lives after conversion."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise self.fail(
                pointer, f"reference {ref!r} is not supported: only local '#/definitions/...'"
            )
        try:
            parts = [
                p.replace("~1", "/").replace("~0", "~") for p in unquote(ref[1:]).split("/")[1:]
            ]
        except (ValueError, AttributeError):
            raise self.fail(pointer, f"reference {ref!r} is not a JSON pointer") from None
        if len(parts) < 2 or parts[0] != "definitions" or parts[1] not in self.resources:
            raise self.fail(pointer, f"reference {ref!r} does not point into a resource")
        key: tuple[str, ...] = (parts[1],)
        rest = parts[2:]
        while (
            len(rest) >= 2 and rest[0] == "definitions" and key + (rest[1],) in self.definition_keys
        ):
            key, rest = key + (rest[1],), rest[2:]
        if rest[:1] in (["definitions"], ["links"]):
            raise self.fail(pointer, f"reference {ref!r} points to nothing convertible")
        component = self.definition_keys[key] if len(key) > 1 else self.resource_keys[key[0]]
        new = "#/components/schemas/" + _escape(component) + pointer_from_path(rest)
        self.refs.append((pointer, new))
        return new

    def schema(self, node: Any, pointer: str, depth: int = 0) -> Any:
        """One draft-04 schema as an OpenAPI 3.1 (JSON Schema 2020-12) schema."""
        if depth > MAX_DEPTH:
            raise self.fail(pointer, f"schema nested more than {MAX_DEPTH} levels deep")
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        out: dict[str, Any] = {}
        for key, value in node.items():
            here = f"{pointer}/{_escape(str(key))}"
            if key in _DROPPED:
                continue
            if key == "$ref":
                out["$ref"] = self.ref(value, here)
            elif key == "type":
                out["type"] = _type(value)
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
                out[key] = {
                    k: self.schema(v, f"{here}/{_escape(str(k))}", depth + 1)
                    for k, v in value.items()
                }
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                out[key] = [self.schema(v, f"{here}/{i}", depth + 1) for i, v in enumerate(value)]
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                out[key] = self.schema(value, here, depth + 1)
            elif key == "items" and isinstance(value, list):  # draft-04 tuple form
                out["prefixItems"] = [
                    self.schema(v, f"{here}/{i}", depth + 1) for i, v in enumerate(value)
                ]
            elif key == "example":
                out["examples"] = [copy.deepcopy(value)]
            elif key == "strictProperties":
                # Kept as documentation only: a client that refused fields the
                # API adds later would break on every new attribute.
                out["x-strict-properties"] = value
            elif key == "stability":
                out["x-stability"] = value
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
                bound = "minimum" if key == "exclusiveMinimum" else "maximum"
                if value and bound in node:
                    out[key] = node[bound]
            elif key in ("minimum", "maximum") and node.get("exclusive" + key.title()) is True:
                continue  # became exclusiveMinimum/exclusiveMaximum above or below
            elif key == "dependencies" and isinstance(value, dict):
                self._dependencies(value, here, out, depth)
            elif key in _DATA:
                out[key] = copy.deepcopy(value)
            else:
                self._unknown(key, value, here, out)
        if node.get("readOnly") is False:  # an input object (formation's "update")
            self._writable(out, node, pointer, depth)
        return _as_map(out)

    def _unknown(self, key: str, value: Any, here: str, out: dict[str, Any]) -> None:
        """A keyword JSON Schema does not define is kept, unless a reference in
        it points to nothing: then it is dropped, with a warning (Heroku's own
        schema has one such, ``identity`` inside formation's ``dyno_size``)."""
        mark = len(self.refs)
        try:
            out[key] = self._plain(value, here)
        except SpecError as exc:
            del self.refs[mark:]
            self.warnings.append((exc.pointer, f"dropped {key!r}: {exc.message}"))

    def _dependencies(
        self, value: dict[str, Any], here: str, out: dict[str, Any], depth: int
    ) -> None:
        for prop, dep in value.items():
            if isinstance(dep, list):
                out.setdefault("dependentRequired", {})[prop] = list(dep)
            else:
                out.setdefault("dependentSchemas", {})[prop] = self.schema(
                    dep, f"{here}/{_escape(str(prop))}", depth + 1
                )

    def _plain(self, value: Any, pointer: str) -> Any:
        """A value that is not a schema (enum, default, ...): copied, refs fixed."""
        if isinstance(value, dict):
            return {
                k: (
                    self.ref(v, f"{pointer}/$ref")
                    if k == "$ref"
                    else self._plain(v, f"{pointer}/{_escape(str(k))}")
                )
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [self._plain(v, f"{pointer}/{i}") for i, v in enumerate(value)]
        return value

    def _check_refs(self, out: dict[str, Any]) -> None:
        for pointer, ref in self.refs:
            try:
                lookup(out, ref)
            except (KeyError, ValueError):
                raise self.fail(
                    pointer, f"$ref points to nothing ({ref} after conversion)"
                ) from None

    # ------------------------------------------------------------ links

    def _paths(self) -> dict[str, Any]:
        """Every link an operation, under one path item per path template:
        links whose templates differ only in variable names (``/pipelines/
        {pipeline_id_or_name}`` for Info, ``{pipeline_id}`` for Update) share
        one, whose variables are named for all of them
        (``pipeline_id_or_name``; ``test_run_id_or_number``)."""
        built: list[tuple[str, str, dict[str, Any]]] = []
        for resource, raw in self.resources.items():
            links = raw.get("links") or []
            base = f"/definitions/{_escape(resource)}/links"
            if not isinstance(links, list):
                raise self.fail(base, "'links' must be a list")
            for index, link in enumerate(links):
                pointer = f"{base}/{index}"
                if not isinstance(link, dict):
                    raise self.fail(pointer, "a link must be an object")
                built.append(self._operation(resource, raw, link, pointer))
        groups: dict[str, list[dict[str, Any]]] = {}
        for _, path, operation in built:
            groups.setdefault(_template(path), []).append(operation)
        names = {template: _merged_names(ops) for template, ops in groups.items()}
        paths: dict[str, dict[str, Any]] = {}
        for method, path, operation in built:
            merged = names[_template(path)]
            for param, name in zip(_path_params(operation), merged):
                param["name"] = name
            item = paths.setdefault(_fill(_template(path), merged), {})
            if method in item:
                item[method].setdefault(VARIANTS, []).append(operation)
            else:
                item[method] = operation
        for _, _, operation in built:
            for param in operation.get("parameters") or ():
                param.pop(_WORDS, None)
        return paths

    def _operation(
        self, resource: str, raw: dict[str, Any], link: dict[str, Any], pointer: str
    ) -> tuple[str, str, dict[str, Any]]:
        method = str(link.get("method") or "GET").lower()
        if method not in HTTP_METHODS:
            raise self.fail(pointer + "/method", f"unknown HTTP method {link.get('method')!r}")
        path, params = self._href(link.get("href"), pointer + "/href")
        title = _string(link.get("title")) or _string(link.get("rel")) or method
        op: dict[str, Any] = {
            "operationId": self.operation_ids.claim(
                "-".join([resource] + [w.lower() for w in words(title)])
            ),
            "summary": title,
        }
        if _string(link.get("description")):
            op["description"] = link["description"]
        op["tags"] = [self.tags[resource]]
        rel = _string(link.get("rel"))
        schema = link.get("schema")
        if method == "get" and schema is not None:
            params += self._query(schema, pointer + "/schema")
        if rel == "instances":
            params.append(_range_parameter(link.get("ranges")))
        if params:
            op["parameters"] = params
        if method != "get" and schema is not None:
            body = self.schema(schema, pointer + "/schema")
            self._writable(body, schema, pointer + "/schema")
            op["requestBody"] = {
                "required": _body_required(body),
                "content": {"application/json": {"schema": body}},
            }
        op["responses"] = self._responses(resource, link, rel, pointer)
        op[LINK_ORIGIN] = "#" + pointer
        if rel:
            op["x-hyper-schema-rel"] = rel
        if isinstance(link.get("ranges"), list):
            op["x-hyper-schema-ranges"] = list(link["ranges"])
        if _string(raw.get("stability")):
            op["x-stability"] = raw["stability"]
        if raw.get("stability") == "deprecated":
            op["deprecated"] = True
        return method, path, op

    def _writable(self, body: Any, source: Any, pointer: str, depth: int = 0) -> None:
        """A property a link's request schema lists is input, even when the
        attribute it refers to is ``readOnly`` (Heroku marks release
        ``description`` and formation ``type`` so, yet Release Create and
        Formation Batch Update take them): the reference is replaced by a copy
        of its target without ``readOnly``; so is an object whose own members are
        ``readOnly`` (build create's ``source_blob``: ``url``, ``checksum``,
        ``version``), whose members the walk then makes writable.  Walks the
        link's own (inline) objects and arrays, and so do objects that say
        ``readOnly: false`` themselves; other shared components stay as they are."""
        if depth > MAX_DEPTH or not isinstance(body, dict) or not isinstance(source, dict):
            return
        if "$ref" not in source:
            self._writable(body.get("items"), source.get("items"), pointer + "/items", depth + 1)
        resolved = self._follow(source, pointer)
        sources = resolved.get("properties") if isinstance(resolved, dict) else None
        targets = body.get("properties")
        if not isinstance(sources, dict) or not isinstance(targets, dict):
            return
        for prop, sub in sources.items():
            here = f"{pointer}/properties/{_escape(str(prop))}"
            target = self._follow(sub, here)
            out = targets.get(prop)
            if isinstance(target, dict) and isinstance(out, dict) and _read_only_inside(target):
                # inlined without readOnly: validators that read readOnly in a
                # request (Prism) would otherwise refuse what the API takes
                out.clear()
                out.update(self.schema(target, here, depth + 1))
                out.pop("readOnly", None)
            self._writable(out, sub, here, depth + 1)

    def _href(self, href: Any, pointer: str) -> tuple[str, list[dict[str, Any]]]:
        """``/apps/{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}`` ->
        ``/apps/{app_id_or_name}`` and its path parameter."""
        if not isinstance(href, str) or not href.startswith("/"):
            raise self.fail(pointer, f"href must be a path starting with '/', not {href!r}")
        names = UniqueNames()
        params: list[dict[str, Any]] = []
        pieces: list[str] = []
        last = 0
        for match in _HREF_VAR.finditer(href):
            pieces.append(href[last : match.start()])
            last = match.end()
            if match.group(1) is not None:
                target = unquote(match.group(1))
                param = self._identity_parameter(target, pointer)
            else:
                param = {"name": match.group(2) or "id", "schema": {"type": "string"}}
            param = {**param, "name": names.claim(param["name"]), "in": "path", "required": True}
            param = {
                k: param[k]
                for k in (
                    "name", "in", "required", "description", "schema", "x-hyper-schema-ref", _WORDS
                )
                if k in param
            }  # fmt: skip
            params.append(param)
            pieces.append("{" + param["name"] + "}")
        pieces.append(href[last:])
        path = "".join(pieces)
        if re.search(r"[{}\s?#]", _HREF_VAR.sub("", path)):
            raise self.fail(pointer, f"href {href!r} has a template this converter cannot read")
        return path, params

    def _identity_parameter(self, target: str, pointer: str) -> dict[str, Any]:
        """A path variable names an attribute (``#/definitions/pipeline/
        definitions/id`` -> ``pipeline_id``) or an identity, an ``anyOf`` of
        attributes (``app`` id or name -> ``app_id_or_name``); an identity that
        is a plain ``$ref`` is named after what it refers to (team-app's
        identity is the app's name: ``app_name``)."""
        where, node = self._resolve(target, pointer)
        refs = [
            m["$ref"]
            for m in (node.get("anyOf") or [] if isinstance(node, dict) else [])
            if isinstance(m, dict) and isinstance(m.get("$ref"), str)
        ]
        if refs and len(refs) == len(node["anyOf"]):
            members = [r.rsplit("/", 1)[-1] for r in refs]
            schemas = [self._resolve(r, pointer)[1] for r in refs]
        else:
            members, schemas = [where.rsplit("/", 1)[-1]], [node]
        resource = where.split("/")[2]
        for spelled, seed_word in _PARAM_WORDS.items():
            resource = resource.replace(spelled, seed_word)
        prefix = _snake(resource)
        types = {_primitive(m) for m in schemas}
        descriptions = [m.get("description") for m in schemas if isinstance(m, dict)]
        param: dict[str, Any] = {"name": _param_name(prefix, members)}
        text = " or ".join(d for d in descriptions if isinstance(d, str) and d)
        if text:
            param["description"] = text
        param["schema"] = {"type": "integer" if types == {"integer"} else "string"}
        param["x-hyper-schema-ref"] = target
        param[_WORDS] = (prefix, [_snake(m) for m in members])
        return param

    def _resolve(self, target: str, pointer: str) -> tuple[str, Any]:
        """Follow ``$ref``s from ``target``: the last pointer and its node."""
        where = target
        for _ in range(MAX_REF_HOPS):
            if not where.startswith("#/definitions/"):
                raise self.fail(pointer, f"{where!r} is not a '#/definitions/...' pointer")
            try:
                node = lookup(self.source, where)
            except (KeyError, ValueError):
                raise self.fail(pointer, f"{where!r} points to nothing") from None
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return where, node
            where = node["$ref"]
        raise self.fail(pointer, f"more than {MAX_REF_HOPS} $refs in a row (a cycle?)")

    def _follow(self, node: Any, pointer: str) -> Any:
        for _ in range(MAX_REF_HOPS):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            try:
                node = lookup(self.source, node["$ref"])
            except (KeyError, ValueError):
                raise self.fail(pointer, f"$ref {node['$ref']!r} points to nothing") from None
        raise self.fail(pointer, f"more than {MAX_REF_HOPS} $refs in a row (a cycle?)")

    def _query(self, schema: Any, pointer: str) -> list[dict[str, Any]]:
        """A GET link's ``schema`` describes its query string, one parameter per property."""
        resolved = self._follow(schema, pointer)
        properties = resolved.get("properties") if isinstance(resolved, dict) else None
        if not isinstance(properties, dict):
            raise self.fail(
                pointer, "a GET link's schema must list its query parameters as properties"
            )
        required = resolved.get("required") or []
        params = []
        for prop, sub in properties.items():
            param: dict[str, Any] = {"name": str(prop), "in": "query"}
            if prop in required:
                param["required"] = True
            param["schema"] = self.schema(sub, f"{pointer}/properties/{_escape(str(prop))}")
            params.append(param)
        return params

    def _responses(
        self, resource: str, link: dict[str, Any], rel: str, pointer: str
    ) -> dict[str, Any]:
        own = f"#/components/schemas/{_escape(self.resource_keys[resource])}"
        if "targetSchema" in link:
            target: Any = self.schema(link["targetSchema"], pointer + "/targetSchema")
        elif rel == "empty":
            target = None
        elif rel == "instances":
            target = {"type": "array", "items": {"$ref": own}}
        else:
            target = {"$ref": own}
        status = "201" if rel == "create" else "200"
        response: dict[str, Any] = {"description": _string(link.get("title")) or "Success"}
        if target is not None:
            response["content"] = {"application/json": {"schema": target}}
        if rel != "instances":
            return {status: response}
        next_range = {
            "Next-Range": {
                "description": "Range header value that requests the next page",
                "schema": {"type": "string"},
            }
        }
        partial = dict(copy.deepcopy(response), description="Partial list: more with Next-Range")
        return {
            "200": dict(response, headers=next_range),
            "206": dict(partial, headers=copy.deepcopy(next_range)),
        }


# Nouns a Heroku client names in the singular although they list instances
# (``client.formation``, as heroku-go's Formation* and the seed spec say it).
_MASS_NOUNS = frozenset({"formation"})
_MANY = ("instances", "create")


def tag_name(resource: str, raw: dict[str, Any]) -> str:
    """The tag (hence ``client.<resource>``) for a hyper-schema resource: its
    title without the API's name ("Heroku Platform API - Config Vars" ->
    "Config Vars"), its last word made plural when the resource lists instances
    or creates them (a ``rel: instances`` or ``create`` link: "App" -> "Apps",
    "Add-on" -> "Add-ons", "Log Session" -> "Log Sessions") and is not a mass
    noun; singletons stay singular ("Account", "Rate Limit").  Titles
    without a dash are used whole ("Review App" -> "Review Apps"); no title
    falls back to the resource name.  Deterministic: depends on this resource only."""
    title = _string(raw.get("title")).rsplit(" - ", 1)[-1].strip() or resource
    links = raw.get("links")
    links = links if isinstance(links, list) else []
    lists = any(isinstance(link, dict) and link.get("rel") in _MANY for link in links)
    match = re.fullmatch(r"(.*?)([A-Za-z]*)", title, re.S)
    head, last = match.groups() if match else (title, "")
    if not lists or not last or last.lower() in _MASS_NOUNS or re.search(r"[^s]s$", last):
        return title
    return head + _plural(last)


def _plural(word: str) -> str:
    """English plural of one title word: Policy -> Policies, Address -> Addresses."""
    if re.search(r"[^aeiou]y$", word, re.I):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word, re.I):
        return word + "es"
    return word + "s"


def _as_map(schema: dict[str, Any]) -> dict[str, Any]:
    """An object whose only members match one pattern (``config-var``: names
    ``^\\w+$`` to strings or null, nothing else) is a map: the pattern becomes
    ``propertyNames`` and its schema ``additionalProperties``, the same set of
    values, which a client types as ``dict[str, Optional[str]]``."""
    patterns = schema.get("patternProperties")
    if (
        not isinstance(patterns, dict)
        or len(patterns) != 1
        or schema.get("properties")
        or schema.get("additionalProperties") is not False
    ):
        return schema
    ((pattern, values),) = patterns.items()
    out = {
        k: v for k, v in schema.items() if k not in ("patternProperties", "additionalProperties")
    }
    out["propertyNames"] = {"pattern": pattern}
    out["additionalProperties"] = values
    return out


def _body_required(body: Any) -> bool:
    """A body with required members is required, and so is a map (config vars):
    it is the whole request, the call means nothing without it."""
    if not isinstance(body, dict):
        return False
    return bool(body.get("required")) or (
        "properties" not in body and isinstance(body.get("additionalProperties"), dict)
    )


def _range_parameter(ranges: Any) -> dict[str, Any]:
    """Heroku pages every list with ``Range: <field> [start]..[end][; max=N,
    order=asc|desc]``; a link's ``ranges`` lists the fields it may order by."""
    text = "Page through the list: '<field> [start]..[end][; max=N, order=asc|desc]'"
    if isinstance(ranges, list) and ranges:
        text += "; field one of: " + ", ".join(str(r) for r in ranges)
    return {
        "name": "Range",
        "in": "header",
        "required": False,
        "description": text,
        "schema": {"type": "string"},
    }


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _fill(template: str, names: list[str]) -> str:
    parts = template.split("{}")
    return parts[0] + "".join("{" + n + "}" + rest for n, rest in zip(names, parts[1:]))


def _path_params(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in operation.get("parameters") or () if p.get("in") == "path"]


def _merged_names(operations: list[dict[str, Any]]) -> list[str]:
    """One name per variable for every operation of a path template: the
    shared one, or the union of the members of one resource's identities
    (``test_run`` id + number -> ``test_run_id_or_number``), else the first."""
    columns = list(zip(*(_path_params(op) for op in operations)))
    result: list[str] = []
    for column in columns:
        first = column[0]["name"]
        words = [p.get(_WORDS) for p in column]
        if len({p["name"] for p in column}) == 1 or None in words:
            result.append(first)
        elif len({w[0] for w in words}) == 1:
            members = list(dict.fromkeys(m for w in words for m in w[1]))
            result.append(_param_name(words[0][0], members))
        else:
            result.append(first)
    taken = UniqueNames()
    return [taken.claim(name) for name in result]


def _param_name(prefix: str, members: list[str]) -> str:
    return _snake(prefix + "_" + "_or_".join(members)) or "id"


def _snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


def _type(value: Any) -> Any:
    """draft-04 ``["object"]`` -> ``"object"``; ``["string", "null"]`` stays a list."""
    if isinstance(value, list):
        unique = list(dict.fromkeys(value))
        return unique[0] if len(unique) == 1 else unique
    return value


def _primitive(schema: Any) -> str:
    types = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), None)
    return types if isinstance(types, str) else "string"


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _escape(key: str) -> str:
    return pointer_from_path([key])[1:]


def _component_key(text: str) -> str:
    """Component names may only use ``A-Za-z0-9._-``."""
    return _COMPONENT_KEY.sub("_", text) or "Schema"


def _read_only_inside(schema: dict[str, Any]) -> bool:
    """``schema`` is ``readOnly``, or is an object with a ``readOnly`` member of its own."""
    if schema.get("readOnly"):
        return True
    members = schema.get("properties")
    return isinstance(members, dict) and any(
        isinstance(m, dict) and m.get("readOnly") for m in members.values()
    )
