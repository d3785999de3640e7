"""Python-specific presentation of the intermediate model, as Jinja filters.

These helpers decide how an IR type is spelled in Python (annotation), how a
JSON value is turned into it (decoder expression) and what an operation's
signature and request look like.  They only compose identifiers that came
through ``generator.naming`` and literals that came through
``generator.escaping.literal``; no document text is pasted raw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from generator import ir, media
from generator.escaping import literal
from generator.pystyle import Group, Node, Ternary, call, define, fits, prefixed

_PRIMITIVE_ANNOTATION = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "date": "date",
    "bytes": "bytes",
    "file": "_rt.FileContent",
    "any": "Any",
    "none": "None",
}
_PRIMITIVE_DECODER = {kind: f"_rt.as_{kind}" for kind in _PRIMITIVE_ANNOTATION}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TYPING_NAMES = ("Any", "Mapping", "Optional", "Union", "cast")
DATETIME_NAMES = ("date", "datetime")


# ---------------------------------------------------------------- types


def annotation(t: ir.Type) -> str:
    if isinstance(t, ir.Primitive):
        return _PRIMITIVE_ANNOTATION.get(t.kind, "Any")
    if isinstance(t, ir.ListOf):
        return f"list[{annotation(t.item)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {annotation(t.value)}]"
    if isinstance(t, (ir.ModelRef, ir.EnumRef)):
        return t.name
    if isinstance(t, ir.Nullable):
        return f"Optional[{annotation(t.inner)}]"
    if isinstance(t, ir.UnionOf):
        parts = list(dict.fromkeys(annotation(v) for v in t.variants))
        return (
            parts[0]
            if len(parts) == 1
            else "Any" if "Any" in parts else f"Union[{', '.join(parts)}]"
        )
    return "Any"


def decoder(t: ir.Type) -> str:
    return str(decoder_node(t))


def decoder_node(t: ir.Type) -> Node:
    """The decoder of ``t`` as a layout node, so a long one can explode in place."""
    if isinstance(t, ir.Primitive):
        return _PRIMITIVE_DECODER.get(t.kind, "_rt.as_any")
    if isinstance(t, ir.ListOf):
        return call("_rt.list_of(", [decoder_node(t.item)])
    if isinstance(t, ir.MapOf):
        if t.value == ir.ANY:
            return "_rt.expect_object"
        return call("_rt.dict_of(", [decoder_node(t.value)])
    if isinstance(t, ir.ModelRef):
        return f"{t.name}.from_dict"
    if isinstance(t, ir.EnumRef):
        return f"{t.name}.decode"
    if isinstance(t, ir.Nullable):
        return call("_rt.nullable(", [decoder_node(t.inner)])
    if isinstance(t, ir.UnionOf):
        if annotation(t) == "Any" and not t.discriminator:
            return "_rt.as_any"
        options = call("_rt.union_of(", [decoder_node(v) for v in _most_specific_first(t.variants)])
        if t.discriminator and t.discriminator.mapping:
            mapping_node = mapping(
                tuple(
                    (literal(value), f"{name}.from_dict") for value, name in t.discriminator.mapping
                )
            )
            return call(
                "_rt.discriminated(", [literal(t.discriminator.property), mapping_node, options]
            )
        return options
    return "_rt.as_any"


def _most_specific_first(variants: tuple[ir.Type, ...]) -> list[ir.Type]:
    # A model accepts any object and ``any`` accepts everything: try them last.
    def rank(t: ir.Type) -> int:
        return 2 if t == ir.ANY else 1 if isinstance(t, (ir.ModelRef, ir.MapOf)) else 0

    return sorted(variants, key=rank)


def strip_null(t: ir.Type) -> ir.Type:
    return t.inner if isinstance(t, ir.Nullable) else t


def encoder(t: ir.Type, expr: str) -> str:
    """Expression turning ``expr`` (a value of type ``t``) into JSON-ready data."""
    t = strip_null(t)
    if isinstance(t, ir.Primitive) and t.kind in ("str", "int", "float", "bool", "any"):
        return expr if t.kind != "any" else f"_rt.encode({expr})"
    if isinstance(t, ir.ModelRef):
        return f"{expr}.to_dict()"
    if isinstance(t, ir.EnumRef):
        return f"{expr}.value"
    if isinstance(t, ir.Primitive) and t.kind in ("datetime", "date"):
        return f"{expr}.isoformat()"
    if (
        isinstance(t, ir.ListOf)
        and isinstance(t.item, ir.Primitive)
        and t.item.kind in ("str", "int", "float", "bool")
    ):
        return f"list({expr})"
    return f"_rt.encode({expr})"


# ---------------------------------------------------------------- models


def field_annotation(f: ir.Field) -> str:
    return annotation(f.type) if f.required else f"Optional[{annotation(strip_null(f.type))}]"


# Scalars the runtime reads in one call (``_rt.optional_str(data, "name")``).
_ONE_CALL_OPTIONAL = ("str", "bool", "int", "float", "datetime")


def field_decode(f: ir.Field, data: str = "data") -> Group:
    if f.required:
        return call("_rt.required(", [data, literal(f.name), decoder_node(f.type)])
    bare = strip_null(f.type)
    if isinstance(bare, ir.Primitive) and bare.kind in _ONE_CALL_OPTIONAL:
        return call(f"_rt.optional_{bare.kind}(", [data, literal(f.name)])
    return call("_rt.optional(", [data, literal(f.name), decoder_node(bare)])


def extra_decode(m: ir.Model) -> Group:
    """``_rt.extra(data, frozenset({...known keys}), decoder)`` for additionalProperties."""
    assert m.additional is not None
    known: list[Node] = [call("{", [literal(f.name) for f in m.fields], "}")] if m.fields else []
    return call("_rt.extra(", ["data", call("frozenset(", known), decoder_node(m.additional)])


def field_encode(f: ir.Field) -> str:
    """The JSON-ready value of field ``f`` in ``to_dict`` (optional fields are
    only encoded when set, so only a required nullable one can be None here)."""
    value = encoder(f.type, "self." + f.ident)
    if f.required and isinstance(f.type, ir.Nullable):
        return f"None if self.{f.ident} is None else {value}"
    return value


def field_doc(f: ir.Field) -> str:
    parts = []
    if f.deprecated:
        parts.append("Deprecated.")
    if f.description:
        parts.append(f.description)
    if f.read_only:
        parts.append("Read-only: set by the server.")
    if f.write_only:
        parts.append("Write-only: never returned by the server.")
    if f.has_default and isinstance(f.default, (str, int, float, bool)):
        parts.append(f"Default: {f.default!r}.")
    return "\n\n".join(parts)


def model_doc(m: ir.Model) -> str:
    text = m.description or f"The {m.name} object."
    return ("Deprecated.\n\n" + text) if m.deprecated else text


# ---------------------------------------------------------------- operations


@dataclass(frozen=True)
class Argument:
    ident: str
    annotation: str
    default: Optional[str]  # None: no default (required)
    doc: str


@dataclass(frozen=True)
class OperationView:
    """How one operation looks as a Python method."""

    positional: tuple[Argument, ...]
    keyword: tuple[Argument, ...]
    returns: str
    path_params: tuple[tuple[str, str], ...]  # (wire name, argument)
    query: tuple[tuple[str, str], ...]
    header_params: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str], ...]
    body_kwargs: tuple[Node, ...]  # e.g. json_body=_rt.fields({...}), content_type=...
    decode: Optional[Node]  # expression using _response; None when nothing to return
    paginated: bool
    doc: str
    page_args: tuple[tuple[str, str], ...] = ()  # (RangePages keyword, argument name)


# (RangePages keyword, argument names to try in order, annotation, default, doc)
PAGE_ARGUMENTS = (
    ("max", ("max", "range_max", "page_max"), "int", "200", "Items per page (1 to 1000)."),
    (
        "field",
        ("field", "range_field", "page_field"),
        "str",
        '"id"',
        "Field to order and range by.",
    ),
    ("order", ("order", "range_order", "page_order"), "Optional[str]", "None", '"asc" or "desc".'),
    (
        "start",
        ("start", "range_start", "page_start"),
        "Optional[str]",
        "None",
        "A `Next-Range` value to resume from.",
    ),
)


def _param_argument(p: ir.Parameter) -> Argument:
    if p.required:
        return Argument(p.ident, annotation(p.type), None, p.description)
    return Argument(p.ident, f"Union[{annotation(p.type)}, _rt.Unset]", "_rt.UNSET", p.description)


def _field_argument(f: ir.Field) -> Argument:
    doc = field_doc(f)
    if f.required:
        return Argument(f.ident, annotation(f.type), None, doc)
    return Argument(f.ident, f"Union[{annotation(f.type)}, _rt.Unset]", "_rt.UNSET", doc)


def _success(op: ir.Operation) -> list[ir.Response]:
    """The responses a call returns: typed 2xx ones, or a typed ``default``
    when the document describes no 2xx response at all."""
    typed = [r for r in op.responses if r.status.startswith("2") and r.type is not None]
    if typed or any(r.status.startswith("2") for r in op.responses):
        return typed
    return [r for r in op.responses if r.status == "default" and r.type is not None]


def _decode(r: ir.Response) -> Node:
    assert r.type is not None
    if not media.is_json(r.content_type):
        return "_response.text" if annotation(r.type) == "str" else "_response.content"
    return call("_rt.decode(", ["_response", decoder_node(r.type), literal(annotation(r.type))])


def _returns(op: ir.Operation) -> tuple[str, Optional[Node]]:
    if not op.responses:  # the document says nothing: hand back whatever JSON came
        return "Any", Ternary("_rt.json_of(_response)", "_response.content", "None")
    typed = _success(op)
    if not typed:
        return "None", None
    # 2xx responses without a body (204 beside a 200 with one) return None.
    empty = [r.status for r in op.responses if r.status.startswith("2") and r.type is None]
    kinds = list(dict.fromkeys(annotation(r.type) for r in typed if r.type is not None))
    if len(typed) == 1 or (
        len(kinds) == 1 and len({media.is_json(r.content_type) for r in typed}) == 1
    ):
        returns, decode = annotation(typed[0].type), _decode(typed[0])  # type: ignore[arg-type]
        if isinstance(strip_null(typed[0].type), ir.UnionOf) and returns != "Any":
            decode = call("cast(", [literal(returns), decode])  # union decoders are untyped
        if empty and returns != "Any":
            codes = [int(code) for code in empty if code.isdigit()]
            returns = f"Optional[{returns}]"
            if codes and len(codes) == len(empty):
                test = " or ".join(f"_response.status_code == {code}" for code in codes)
            else:
                test = "not _response.content"
            decode = Ternary("None", test, decode)
        return returns, decode
    if not all(media.is_json(r.content_type) and r.status.isdigit() for r in typed):
        return "Any", Ternary("_rt.json_of(_response)", "_response.content", "None")
    entries = mapping(
        tuple(
            (str(int(r.status)), call("(", [decoder_node(r.type), literal(annotation(r.type))]))
            for r in typed
            if r.type is not None
        )
    )
    by_status = call("_rt.decode_by_status(", ["_response", entries])
    if "Any" in kinds:
        return "Any", by_status
    union = f"Union[{', '.join(kinds)}]"
    if empty:  # decode_by_status gives None for a status it has no decoder for
        union = f"Optional[{union}]"
    return union, call("cast(", [literal(union), by_status])


def _body_field_argument(f: ir.Field, kind: str) -> Argument:
    bare = strip_null(f.type)
    if kind == "multipart" and isinstance(bare, ir.Primitive) and bare.kind == "bytes":
        f = ir.Field(**{**f.__dict__, "type": ir.Primitive("file")})
    return _field_argument(f)


def _json_content_type(body: ir.RequestBody, kind: str) -> list[Node]:
    """``application/json`` is the default; other JSON types (``application/vnd.api+json``)
    are sent as the document names them."""
    plain = body.content_type.split(";")[0].strip().lower() in ("application/json", "*/*")
    return [] if kind != "json" or plain else [f"content_type={literal(body.content_type)}"]


def _body(body: Optional[ir.RequestBody]) -> tuple[list[Argument], list[Argument], list[Node]]:
    """(required args, optional args, request keywords) for the body."""
    if body is None:
        return [], [], []
    kind = media.content_kind(body.content_type)
    name = {"json": "json_body", "form": "form", "multipart": "multipart"}.get(kind, "content")
    if body.fields is not None:
        required = [_body_field_argument(f, kind) for f in body.fields if f.required]
        optional = [_body_field_argument(f, kind) for f in body.fields if not f.required]
        fields = mapping(tuple((literal(f.name), f.ident) for f in body.fields))
        value: Node = call("_rt.fields(", [fields]) if kind == "json" else fields
        return required, optional, [kwarg(name, value)] + _json_content_type(body, kind)
    ident = body.ident
    calls: list[Node]
    if kind == "json":
        annotation_text = annotation(body.type)
        calls = [f"json_body={ident}"] + _json_content_type(body, kind)
    else:
        annotation_text = {"form": "Mapping[str, Any]", "multipart": "Mapping[str, Any]"}.get(
            kind, "_rt.RawBody"
        )
        calls = [f"{name}=None if isinstance({ident}, _rt.Unset) else {ident}"]
        if kind == "raw":
            calls.append(f"content_type={literal(body.content_type)}")
    doc = body.description or "The request body."
    if body.required:  # positional: update_config_vars(app, {"KEY": "value"})
        return [Argument(ident, annotation_text, None, doc)], [], calls
    return [], [Argument(ident, f"Union[{annotation_text}, _rt.Unset]", "_rt.UNSET", doc)], calls


def _styled(p: ir.Parameter) -> str:
    """The argument, wrapped when the parameter is not serialized the default way."""
    default_style = "form" if p.location in ("query", "cookie") else "simple"
    default_explode = default_style == "form"
    style = p.style or default_style
    explode = p.explode if p.explode is not None else style == "form"
    structured = isinstance(strip_null(p.type), (ir.ListOf, ir.MapOf, ir.ModelRef))
    if not structured or (style, explode) == (default_style, default_explode):
        return p.ident
    return f"_rt.Styled({p.ident}, {literal(style)}, {literal(explode)})"


# Views by operation identity: a tag module asks for each view twice (imports,
# then the method), and hashing a deep frozen operation costs about as much as
# building its view.  The operation is kept with its view so an id is never reused.
_VIEWS: dict[int, tuple[ir.Operation, OperationView]] = {}


def operation_view(op: ir.Operation) -> OperationView:
    known = _VIEWS.get(id(op))
    if known is not None and known[0] is op:
        return known[1]
    if len(_VIEWS) > 50_000:  # one huge document's worth; forget older runs
        _VIEWS.clear()
    view = _operation_view(op)
    _VIEWS[id(op)] = (op, view)
    return view


def _operation_view(op: ir.Operation) -> OperationView:
    path = [p for p in op.parameters if p.location == "path"]
    others = [p for p in op.parameters if p.location != "path"]
    body_required, body_optional, body_kwargs = _body(op.body)
    positional = [_param_argument(p) for p in path]
    if op.body is not None and op.body.fields is None:
        positional += body_required
        body_required = []
    keyword = (
        [_param_argument(p) for p in others if p.required]
        + body_required
        + [_param_argument(p) for p in others if not p.required]
        + body_optional
    )
    page_args: list[tuple[str, str]] = []
    if op.pagination is not None:
        item = annotation(op.pagination.item)
        returns, decode = f"_rt.RangePages[{item}]", None
        taken = {a.ident for a in positional + keyword} | {"headers", "timeout", "deadline"}
        for name, candidates, kind, default, doc in PAGE_ARGUMENTS:
            # A parameter may already have the name: fall back to range_max, page_max...
            ident = next((c for c in candidates if c not in taken), None)
            if ident is None:
                ident = next(
                    f"{candidates[-1]}_{n}"
                    for n in range(2, 1000)
                    if f"{candidates[-1]}_{n}" not in taken
                )
            taken.add(ident)
            page_args.append((name, ident))
            keyword.append(Argument(ident, kind, default, doc))
    else:
        returns, decode = _returns(op)
    keyword += [
        Argument("headers", "Optional[Mapping[str, str]]", "None", "Extra headers for this call."),
        Argument("timeout", "_rt.Timeout", "None", "Overrides the client's timeout for this call."),
        Argument(
            "deadline",
            "Optional[float]",
            "None",
            "Overrides the client's deadline (seconds for the whole call) for this call.",
        ),
    ]

    def pairs(location: str) -> tuple[tuple[str, str], ...]:
        return tuple((literal(p.name), _styled(p)) for p in op.parameters if p.location == location)

    return OperationView(
        positional=tuple(positional),
        keyword=tuple(keyword),
        returns=returns,
        path_params=pairs("path"),
        query=pairs("query"),
        header_params=pairs("header"),
        cookies=pairs("cookie"),
        body_kwargs=tuple(body_kwargs),
        decode=decode,
        paginated=op.pagination is not None,
        page_args=tuple(page_args),
        doc=_operation_doc(op, path + others, positional[len(path) :] + keyword),
    )


def _operation_doc(op: ir.Operation, params: list[ir.Parameter], keyword: list[Argument]) -> str:
    lines = [op.summary or f"{op.method} {op.path}"]
    if op.description and op.description != op.summary:
        lines += ["", op.description]
    if op.deprecated:
        lines += ["", "Deprecated: this operation may be removed from the API."]
    # Parameters come first, in the document's order, each once (a query or
    # header parameter is also a keyword argument).
    documented: dict[str, str] = {}
    for name, text in [(p.ident, p.description) for p in params] + [
        (a.ident, a.doc) for a in keyword
    ]:
        if text and name not in documented:
            documented[name] = text
    if documented:
        lines += ["", "Args:"]
        for name, text in documented.items():
            first, *rest = text.splitlines() or [""]
            lines.append(f"    {name}: {first}")
            lines += [f"        {line}" if line.strip() else "" for line in rest]
    if op.summary:
        lines += ["", f"``{op.method} {op.path}``"]
    return "\n".join(lines)


def signature(view: OperationView, name: str) -> Group:
    """``def name(self, ...) -> Returns`` (the caller adds the colon)."""
    parts: list[Node] = ["self"]
    for arg in view.positional:
        parts.append(f"{arg.ident}: {arg.annotation}")
    if view.keyword:
        parts.append("*")
    for arg in view.keyword:
        default = f" = {arg.default}" if arg.default is not None else ""
        parts.append(f"{arg.ident}: {arg.annotation}{default}")
    return define(name, [str(part) for part in parts], view.returns)


def mapping(pairs: tuple[tuple[str, Node], ...]) -> Group:
    """A dict display; a value that is itself a group can explode in place."""
    return call("{", [prefixed(value, f"{key}: ") for key, value in pairs], "}")


def kwarg(name: str, value: Node) -> Node:
    """``name=value`` as an item of a call."""
    return prefixed(value, f"{name}=")


def import_line(module: str, names: list[str]) -> str:
    """``from module import a, b``; exploded in parentheses when too long (black
    drops the parentheses of an import that fits)."""
    flat = f"from {module} import {', '.join(names)}"
    if fits(flat, 0):
        return flat
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in names) + ")"


# ---------------------------------------------------------------- imports


def _names(texts: list[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        found.update(_IDENT.findall(text))
    return found


def tag_imports(tag: ir.Tag, api: ir.Api) -> dict[str, list[str]]:
    texts: list[str] = []
    for op in tag.operations:
        view = operation_view(op)
        texts += [a.annotation for a in view.positional + view.keyword]
        texts += [view.returns, str(view.decode or "")]
    texts += [decoder(op.pagination.item) for op in tag.operations if op.pagination]
    return _imports(texts, api)


def model_imports(api: ir.Api) -> dict[str, list[str]]:
    texts = ["Any"]  # from_dict(data: Any)
    for m in api.models:
        texts += [field_annotation(f) for f in m.fields]
        if m.additional is not None:
            texts.append(annotation(m.additional))
    return _imports(texts, api, local=True)


def _imports(texts: list[str], api: ir.Api, local: bool = False) -> dict[str, list[str]]:
    used = _names(texts)
    types = {m.name for m in api.models} | {e.name for e in api.enums}
    return {
        "typing": sorted(n for n in TYPING_NAMES if n in used),
        "datetime": sorted(n for n in DATETIME_NAMES if n in used),
        "models": [] if local else sorted(used & types),
    }


def default_headers(options: dict[str, Any]) -> str:
    headers = options.get("default_headers") or {}
    return literal({str(k): str(v) for k, v in headers.items()})


def locate(api: ir.Api, op: ir.Operation, options: dict[str, Any]) -> str:
    """Import path of the method generated for ``op``: ``package.api.tag:Class.method``."""
    tag = next(t for t in api.tags if t.name == op.tag)
    return f"{options['package']}.api.{tag.ident}:{tag.class_name}.{op.ident}"


FILTERS = {
    "annotation": annotation,
    "decoder": decoder,
    "encoder": encoder,
    "field_annotation": field_annotation,
    "field_decode": field_decode,
    "field_encode": field_encode,
    "extra_decode": extra_decode,
    "field_doc": field_doc,
    "model_doc": model_doc,
    "operation_view": operation_view,
    "signature": signature,
    "mapping": mapping,
    "kwarg": kwarg,
    "import_line": import_line,
    "tag_imports": tag_imports,
    "model_imports": model_imports,
    "default_headers": default_headers,
}
