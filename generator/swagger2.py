"""Converting a Swagger 2.0 document to OpenAPI 3.0, so one builder serves both.

This follows the mapping the OpenAPI Initiative documents (and that the
swagger2openapi tool implements): ``definitions`` become component schemas,
``body``/``formData`` parameters become request bodies, response schemas get
``content`` per ``produces`` type, ``collectionFormat`` becomes
``style``/``explode``, and ``host``/``basePath``/``schemes`` become ``servers``.
The input is not modified; a new document is returned.
"""

from __future__ import annotations

import copy
from typing import Any

from .refs import lookup

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/parameters/": "#/components/parameters/",
    "#/responses/": "#/components/responses/",
}
_SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
    "uniqueItems", "multipleOf",
)  # fmt: skip
_COLLECTION_FORMATS = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "tsv": ("form", False),  # no OpenAPI 3 equivalent; closest is comma-separated
    "multi": ("form", True),
}


def convert(doc: dict[str, Any]) -> dict[str, Any]:
    source = doc
    doc = _rewrite_refs(copy.deepcopy(doc))
    out: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": doc.get("info") or {"title": "API", "version": ""},
    }
    out["servers"] = _servers(doc)
    for key in ("tags", "externalDocs", "security"):
        if key in doc:
            out[key] = doc[key]
    consumes = doc.get("consumes") or ["application/json"]
    produces = doc.get("produces") or ["application/json"]
    components: dict[str, Any] = {}
    if doc.get("definitions"):
        components["schemas"] = {k: _schema(v) for k, v in doc["definitions"].items()}
    params = {
        k: v
        for k, v in (doc.get("parameters") or {}).items()
        if v.get("in") not in ("body", "formData")
    }
    if params:
        components["parameters"] = {k: _parameter(v) for k, v in params.items()}
    if doc.get("responses"):
        components["responses"] = {k: _response(v, produces) for k, v in doc["responses"].items()}
    if doc.get("securityDefinitions"):
        components["securitySchemes"] = {
            k: _security(v) for k, v in doc["securityDefinitions"].items()
        }
    if components:
        out["components"] = components
    paths: dict[str, Any] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        new_item: dict[str, Any] = {}
        shared = [_resolve_param(doc, source, p) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                new_item[method] = _operation(doc, source, item[method], shared, consumes, produces)
        paths[path] = new_item
    out["paths"] = paths
    return out


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            for old, new in _REF_PREFIXES.items():
                if ref.startswith(old):
                    node["$ref"] = new + ref[len(old) :]
        for value in node.values():
            _rewrite_refs(value)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value)
    return node


def _servers(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """``host``, ``basePath`` and ``schemes`` as one server: several schemes
    become a ``{scheme}`` variable (https first, the default), as OpenAPI 3
    writes it; no host leaves the URL relative, as Swagger 2.0 means it (the
    host serving the document)."""
    host = doc.get("host")
    base = doc.get("basePath") or ""
    if not host:
        return [{"url": base or "/"}]
    listed = [s for s in doc.get("schemes") or () if s in ("https", "http")] or ["https"]
    schemes = sorted(set(listed), key=lambda s: (s != "https", listed.index(s)))
    if len(schemes) == 1:
        return [{"url": f"{schemes[0]}://{host}{base}".rstrip("/")}]
    variable = {"default": schemes[0], "enum": schemes}
    return [{"url": f"{{scheme}}://{host}{base}".rstrip("/"), "variables": {"scheme": variable}}]


def _schema(schema: Any) -> Any:
    """Swagger schema keywords that differ in OpenAPI 3, fixed recursively."""
    if isinstance(schema, list):
        return [_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    result = {k: _schema(v) for k, v in schema.items() if k != "x-nullable"}
    if schema.get("x-nullable") is True:
        result["nullable"] = True
    if schema.get("type") == "file":
        result["type"], result["format"] = "string", "binary"
    if isinstance(schema.get("discriminator"), str):
        result["discriminator"] = {"propertyName": schema["discriminator"]}
    return result


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return param
    result = {
        k: v
        for k, v in param.items()
        if k not in _SCHEMA_KEYS and k not in ("collectionFormat", "allowEmptyValue")
    }
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    if schema.get("type") == "file":
        schema = {"type": "string", "format": "binary"}
    result["schema"] = _schema(schema)
    fmt = param.get("collectionFormat")
    if param.get("type") == "array" and fmt in _COLLECTION_FORMATS:
        style, explode = _COLLECTION_FORMATS[fmt]
        if param.get("in") in ("path", "header"):
            style = "simple"
        result["style"], result["explode"] = style, explode
    return result


def _resolve_param(doc: dict[str, Any], source: dict[str, Any], param: Any) -> Any:
    """Body and form parameters are folded into request bodies, so refs to them
    are inlined; other parameters keep their (rewritten) refs."""
    if isinstance(param, dict) and isinstance(param.get("$ref"), str):
        original = param["$ref"].replace("#/components/parameters/", "#/parameters/")
        try:
            target = lookup(source, original)
        except (KeyError, ValueError):
            return param
        if isinstance(target, dict) and target.get("in") in ("body", "formData"):
            return _rewrite_refs(copy.deepcopy(target))
    return param


def _operation(
    doc: dict[str, Any],
    source: dict[str, Any],
    op: dict[str, Any],
    shared: list[Any],
    consumes: list[str],
    produces: list[str],
) -> dict[str, Any]:
    result = {
        k: v
        for k, v in op.items()
        if k not in ("parameters", "responses", "consumes", "produces", "schemes")
    }
    consumes = op.get("consumes") or consumes
    produces = op.get("produces") or produces
    merged: dict[tuple[str, str], Any] = {}
    for raw in shared + [_resolve_param(doc, source, p) for p in op.get("parameters") or []]:
        key = (
            (raw.get("$ref", ""), "")
            if "$ref" in raw
            else (str(raw.get("name")), str(raw.get("in")))
        )
        merged[key] = raw
    params, form, body = [], [], None
    for param in merged.values():
        where = param.get("in")
        if where == "body":
            body = param
        elif where == "formData":
            form.append(param)
        else:
            params.append(_parameter(param))
    if params:
        result["parameters"] = params
    if body is not None:
        result["requestBody"] = {
            "content": {ct: {"schema": _schema(body.get("schema") or {})} for ct in consumes},
            "required": bool(body.get("required")),
        }
        if body.get("description"):
            result["requestBody"]["description"] = body["description"]
    elif form:
        multipart = any(p.get("type") == "file" for p in form) or "multipart/form-data" in consumes
        properties = {p["name"]: _parameter(p)["schema"] for p in form}
        for p in form:
            if p.get("description"):
                properties[p["name"]]["description"] = p["description"]
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        required = [p["name"] for p in form if p.get("required")]
        if required:
            schema["required"] = required
        content_type = "multipart/form-data" if multipart else "application/x-www-form-urlencoded"
        result["requestBody"] = {
            "content": {content_type: {"schema": schema}},
            "required": bool(required),
        }
    result["responses"] = {
        str(code): _response(resp, produces) for code, resp in (op.get("responses") or {}).items()
    }
    return result


def _response(resp: Any, produces: list[str]) -> Any:
    if not isinstance(resp, dict) or "$ref" in resp:
        return resp
    result: dict[str, Any] = {"description": resp.get("description", "")}
    if "schema" in resp:
        result["content"] = {ct: {"schema": _schema(resp["schema"])} for ct in produces}
    if resp.get("headers"):
        result["headers"] = {
            name: {
                "schema": {k: h[k] for k in _SCHEMA_KEYS if k in h},
                "description": h.get("description", ""),
            }
            for name, h in resp["headers"].items()
        }
    return result


def _security(scheme: dict[str, Any]) -> dict[str, Any]:
    kind = scheme.get("type")
    if kind == "basic":
        return {"type": "http", "scheme": "basic", "description": scheme.get("description", "")}
    if kind == "oauth2":
        flow_names = {
            "implicit": "implicit",
            "password": "password",
            "application": "clientCredentials",
            "accessCode": "authorizationCode",
        }
        flow: dict[str, Any] = {
            k: scheme[k] for k in ("authorizationUrl", "tokenUrl") if k in scheme
        }
        flow["scopes"] = scheme.get("scopes") or {}
        return {
            "type": "oauth2",
            "description": scheme.get("description", ""),
            "flows": {flow_names.get(scheme.get("flow", ""), "implicit"): flow},
        }
    return dict(scheme)
