"""Operations as Python methods: signatures, wire mapping, results.

One :class:`Method` per operation, computed once.  Each argument records
where its value goes on the wire, so the python target sends it, the CLI
passes it by the very same keyword and the Markdown example binds to it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Mapping, Optional

from generator import ir, media
from generator.naming import BUILTIN_NAMES
from generator.escaping import literal
from generator.memo import ByIdentity
from generator.pystyle import Node, Ternary, call, prefixed

from .naming import method_names
from .servers import operation_servers
from .types import (
    NO_RENAMES,
    DATETIME_NAMES,
    LiteralType,
    TYPING_NAMES,
    NullableType,
    PyType,
    Scalar,
    UnionType,
    mapping,
    py_type,
)

# Keyword arguments every method takes last: what the runtime accepts per call.
CALL_OPTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "headers",
        "Optional[Mapping[str, str]]",
        "Extra headers for this call.",
    ),
    (
        "extra_query",
        "Optional[Mapping[str, Any]]",
        "Query parameters to send as well (ones the document forgot).",
    ),
    (
        "extra_body",
        "Optional[Mapping[str, Any]]",
        "Keys to merge into the JSON object (or form) body.",
    ),
    (
        "strict",
        "Optional[bool]",
        "True: a reply field that breaks its schema raises DecodeError (None: the client's).",
    ),
    ("timeout", "_rt.Timeout", "Overrides the client's timeout for this call."),
    (
        "deadline",
        "Optional[float]",
        "Overrides the client's deadline (seconds for the whole call) for this call.",
    ),
)
_CALL_OPTION_IMPORTS = frozenset({"Optional", "Mapping", "Any"})
# The per-call options passed on to the runtime's request as they are.
PASSED_OPTIONS = ("extra_query", "extra_body", "strict")

# (runtime keyword, argument names to try in order, annotation, default, doc) per
# strategy: Range paging keeps Heroku's max/field/order/start, the others take
# a page size and a token to resume from.
RANGE_ARGUMENTS: tuple[tuple[str, tuple[str, ...], str, str, str], ...] = (
    ("max", ("max", "range_max", "page_max"), "int", "200", "Items per page."),
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
DEPRECATED_OPERATION = "Deprecated: this operation may be removed from the API."
# What a page's ``next`` token is, per strategy (the ``start`` argument's doc).
TOKENS = {
    "link": "A next page's URL (a page's `next`) to resume from.",
    "next_url": "A next page's URL (a page's `next`) to resume from.",
    "cursor": "A cursor (a page's `next`) to resume from.",
    "offset": "An offset (a page's `next`) to resume from.",
    "page": "A page number (a page's `next`) to resume from.",
}
# The runtime class of each strategy but range (which has RangePages).
STRATEGY_CLASSES = {
    "link": "_rt.LinkStrategy",
    "next_url": "_rt.NextUrlStrategy",
    "cursor": "_rt.CursorStrategy",
    "offset": "_rt.OffsetStrategy",
    "page": "_rt.PageNumberStrategy",
}


def page_arguments_of(
    pagination: ir.Pagination,
) -> tuple[tuple[str, tuple[str, ...], str, str, str], ...]:
    """The page arguments a strategy's method takes (see RANGE_ARGUMENTS)."""
    if pagination.strategy == "range":
        top = pagination.max_size or 1000
        first = RANGE_ARGUMENTS[0]
        return ((*first[:4], f"Items per page (1 to {top})."),) + RANGE_ARGUMENTS[1:]
    size_doc = "Items per page (the server's default when None)."
    if pagination.max_size:
        size_doc = f"Items per page, up to {pagination.max_size} (the server's default when None)."
    return (
        (
            "page_size",
            ("page_size", "page_limit", "items_per_page"),
            "Optional[int]",
            "None",
            size_doc,
        ),
        (
            "start",
            ("start", "page_start", "resume_from"),
            "Optional[str]",
            "None",
            TOKENS[pagination.strategy],
        ),
    )


@dataclass(frozen=True)
class Paging:
    """How a paged method builds its lazy list: the runtime class, the
    strategy object it is given (None for RangePages, which builds its own),
    fixed keywords, and the page arguments by runtime keyword."""

    pagination: ir.Pagination
    runtime: str  # "_rt.RangePages" or "_rt.Pages"
    strategy: Optional[Node]
    keywords: tuple[tuple[str, str], ...]  # (runtime keyword, literal)
    args: tuple[tuple[str, str], ...]  # (runtime keyword, argument name)

    @property
    def name(self) -> str:
        return self.pagination.strategy

    def arg(self, keyword: str) -> str:
        """The argument name of the runtime keyword ``keyword`` (max, page_size, start...)."""
        return dict(self.args)[keyword]

    @property
    def size_arg(self) -> str:
        """The page size argument, whatever the strategy calls it."""
        return self.arg("max" if self.name == "range" else "page_size")

    @property
    def async_runtime(self) -> str:
        """The AsyncClient's class: ``_rt.AsyncRangePages`` or ``_rt.AsyncPages``."""
        return self.runtime.replace("_rt.", "_rt.Async", 1)


def _paging(pagination: ir.Pagination, args: list[tuple[str, str]]) -> Paging:
    p = pagination
    if p.strategy == "range":
        keywords = [("range_header", literal(p.param)), ("next_header", literal(p.next_header))]
        if p.max_size:
            keywords.append(("max_size", literal(p.max_size)))
        return Paging(p, "_rt.RangePages", None, tuple(keywords), tuple(args))
    head = STRATEGY_CLASSES[p.strategy] + "("
    items: list[Node]
    if p.strategy in ("link", "next_url"):
        items = [literal(list(p.next_field))] if p.strategy == "next_url" else []
    else:
        items = [literal(p.param)]
        if p.strategy == "cursor":
            items.append(literal(list(p.next_field)))
    if p.size_param:
        items.append(literal(p.size_param))
    keywords = []
    if p.items:
        keywords.append(("items", literal(list(p.items))))
    if p.max_size:
        keywords.append(("max_page_size", literal(p.max_size)))
    return Paging(p, "_rt.Pages", call(head, items), tuple(keywords), tuple(args))


# Names no parameter may take from a method: the per-call options.
RESERVED_ARGUMENTS = frozenset(name for name, _, _ in CALL_OPTIONS)


@dataclass(frozen=True)
class Wire:
    """Where an argument's value goes.

    ``location`` is ``path``, ``query``, ``header`` or ``cookie`` (a parameter,
    ``name`` its wire name), ``field`` (a property of the JSON/form body),
    ``body`` (the whole body), ``page`` (a keyword of the runtime's Pages or
    RangePages, ``name`` it) or ``option`` (a per-call option of the runtime, ``name`` it).
    """

    location: str
    name: str
    style: Optional[str] = None
    explode: Optional[bool] = None


@dataclass(frozen=True)
class Arg:
    ident: str
    annotation: str
    default: Optional[str]  # None: no default (required)
    doc: str
    wire: Wire
    type: Optional[PyType] = None  # the value's type (None: page and per-call options)
    deprecated: bool = False
    imports: frozenset[str] = frozenset()
    # The annotation in AsyncClient's methods, where it differs: a raw body may
    # also be an async iterable of chunks there.
    async_annotation: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True, eq=False)
class Method:
    """How one operation looks as a Python method."""

    operation: ir.Operation  # for descriptions; every Python spelling is below
    ident: str
    resource: str  # attribute of the client (the tag's ident)
    positional: tuple[Arg, ...]
    keyword: tuple[Arg, ...]
    returns: str
    decode: Optional[Node]  # expression using _response; None when nothing to return
    path_params: tuple[tuple[str, str], ...]  # (wire name literal, value expression)
    query: tuple[tuple[str, str], ...]
    header_params: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str], ...]
    body_kwargs: tuple[Node, ...]  # e.g. json_body=_rt.fields({...}), content_type=...
    paginated: bool
    doc: str
    success: tuple[ir.Response, ...]  # the responses a call returns
    result: Optional[PyType]  # the returned value's type (page items when paginated)
    raw_output: bool  # the call returns text or bytes, not decoded JSON
    imports: frozenset[str]
    page_item: Optional[PyType] = None
    page_args: tuple[tuple[str, str], ...] = ()  # (runtime keyword, argument name)
    paging: Optional[Paging] = None  # how a paged method builds its lazy list
    accept: Optional[str] = None  # the Accept to send; None: the runtime's default (JSON)
    # The declared error bodies' decoders (``errors=`` of the runtime's
    # request: {"404": (Model.from_dict, "Model"), "4XX": ..., "default": ...}).
    errors: Optional[Node] = None
    # What warns on a call: (condition or None for always, message literal).
    deprecations: tuple[tuple[Optional[str], str], ...] = ()
    events: bool = False  # returns the server-sent events of a text/event-stream
    security: Optional[str] = None  # the security= to pass; None: the client's SECURITY

    @property
    def deprecated(self) -> bool:
        return self.operation.deprecated

    @property
    def deprecation_note(self) -> str:
        """The sentence every target shows for a deprecated operation ("" if not)."""
        return DEPRECATED_OPERATION if self.deprecated else ""

    @property
    def deprecated_suffix(self) -> str:
        """`` (deprecated)``, for a one-line listing of a deprecated operation
        whose summary does not say so already ("" otherwise)."""
        said = "deprecated" in self.operation.summary.lower()
        return " (deprecated)" if self.deprecated and not said else ""

    servers: Optional[str] = None  # the operation's own servers (a literal); None: the client's
    # The AsyncClient's method: ``async def ... -> returns`` for a single call;
    # a listing stays a plain ``def`` returning the async pages (iterated with
    # ``async for``; it sends nothing until then), as the sync one returns pages.
    async_returns: str = ""
    # What the AsyncClient's method returns of ``_response``, when it differs
    # from ``decode`` (an event stream is an ``AsyncEventStream``).
    async_decode: Optional[Node] = None
    decoded: frozenset[str] = frozenset()  # names the decoders use (models among them)

    def decode_for(self, is_async: bool) -> Optional[Node]:
        """The expression returning the call's value, for the sync or async method."""
        return self.async_decode if is_async and self.async_decode is not None else self.decode

    @property
    def servers_constant(self) -> str:
        """The module constant holding the operation's own servers."""
        return f"_{self.ident.upper()}_SERVERS"

    @property
    def is_coroutine(self) -> bool:
        """Whether the AsyncClient's method is ``async def`` (awaited)."""
        return not self.paginated

    @property
    def arguments(self) -> tuple[Arg, ...]:
        return self.positional + self.keyword

    @property
    def passed_options(self) -> tuple[str, ...]:
        """Per-call options the method hands to the runtime's request unchanged."""
        return PASSED_OPTIONS

    def argument(self, location: str, name: str) -> Arg:
        """The argument whose value goes to ``location``/``name`` (see :class:`Wire`)."""
        for arg in self.arguments:
            if arg.wire.location == location and arg.wire.name == name:
                return arg
        raise KeyError(f"{self.ident}: no argument for {location} {name!r}")

    def page_arg(self, keyword: str) -> str:
        """The argument name of the runtime keyword ``keyword`` (max, field, page_size...)."""
        return self.argument("page", keyword).ident


@dataclass(frozen=True, eq=False)
class Resource:
    """One tag: a module ``api/<ident>.py`` with class ``class_name``, and its
    twins ``raw_class`` and ``streaming_class`` (the same methods returning a
    ``RawResponse``/``StreamedResponse``: ``client.with_raw_response.<ident>``)."""

    tag: ir.Tag
    ident: str
    class_name: str
    methods: tuple[Method, ...]
    typing: tuple[str, ...]  # names the module imports from typing, in import order
    datetime: tuple[str, ...]
    models: tuple[str, ...]  # imported for type checkers only
    decodes_models: bool = False  # a decoder reaches a model (through ``_models``)
    # Builtins a method's name hides from the class's annotations (``list``):
    # the module imports ``builtins`` and its signatures spell ``builtins.list``.
    shadowed: frozenset[str] = frozenset()
    async_class_name: str = ""  # the same methods for AsyncClient, in the same module

    def variants(self) -> tuple[tuple[str, bool], ...]:
        """(class name, is_async) of the module's two classes, sync first."""
        return ((self.class_name, False), (self.async_class_name, True))

    @property
    def raw_class(self) -> str:
        return self.class_name + "WithRawResponse"

    @property
    def streaming_class(self) -> str:
        return self.class_name + "WithStreamingResponse"

    @property
    def twins(self) -> tuple[Twin, ...]:
        """The module's twin classes, in the order of :data:`TWIN_KINDS`."""
        return tuple(
            Twin(
                (self.async_class_name if is_async else self.class_name) + suffix,
                self.async_class_name if is_async else self.class_name,
                raw,
                is_async,
            )
            for raw, is_async in TWIN_KINDS
            for suffix in ["WithRawResponse" if raw else "WithStreamingResponse"]
        )


# (raw, is_async) of the twins: the same methods returning their response.
TWIN_KINDS = ((True, False), (False, False), (True, True), (False, True))


@dataclass(frozen=True)
class Twin:
    """A resource's methods returning their HTTP response beside the result
    (``client.with_raw_response.<group>``, ``with_streaming_response``), for
    ``Client`` or ``AsyncClient``: each method is the resource's own, wrapped."""

    class_name: str
    api_class: str  # the resource class whose methods it wraps
    raw: bool  # RawResponse; else StreamedResponse
    is_async: bool

    @property
    def client_class(self) -> str:
        """The client-level class holding one twin per group."""
        return TWIN_CLIENT_CLASSES[self.raw, self.is_async]

    @property
    def client_attribute(self) -> str:
        return "with_raw_response" if self.raw else "with_streaming_response"

    @property
    def response_class(self) -> str:
        """What each method gives (the runtime's class)."""
        return TWIN_RESPONSES[self.raw, self.is_async]

    def wrapper(self, view: Method) -> str:
        """The runtime function wrapping ``view``'s method (an async listing is
        a plain ``def`` returning pages: it has wrappers of its own)."""
        return TWIN_WRAPPERS[self.raw, self.is_async, view.is_coroutine or not self.is_async]


# Keyed by (raw, is_async): spelled out whole, as the generated code spells them.
TWIN_CLIENT_CLASSES = {
    (True, False): "ClientWithRawResponse",
    (False, False): "ClientWithStreamingResponse",
    (True, True): "AsyncClientWithRawResponse",
    (False, True): "AsyncClientWithStreamingResponse",
}
TWIN_RESPONSES = {
    (True, False): "RawResponse",
    (False, False): "StreamedResponse",
    (True, True): "AsyncRawResponse",
    (False, True): "AsyncStreamedResponse",
}
# Keyed by (raw, is_async, a coroutine or a sync method): the wrapping function.
TWIN_WRAPPERS = {
    (True, False, True): "_rt.raw_response",
    (False, False, True): "_rt.streamed_response",
    (True, True, True): "_rt.async_raw_response",
    (False, True, True): "_rt.async_streamed_response",
    (True, True, False): "_rt.async_raw_listing",
    (False, True, False): "_rt.async_streamed_listing",
}


# ---------------------------------------------------------------- arguments


def _field_doc(f: ir.Field) -> str:
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


def _argument(ident: str, t: PyType, required: bool, doc: str, wire: Wire, deprecated: bool) -> Arg:
    if required:
        return Arg(ident, t.annotation, None, doc, wire, t, deprecated, t.imports)
    annotation = f"Union[{t.annotation}, _rt.Unset]"
    return Arg(ident, annotation, "_rt.UNSET", doc, wire, t, deprecated, t.imports | {"Union"})


# Method arguments by the parameter object they bind, for one binding (one
# ``renames``): the build gives operations sharing a parameter the same object
# (see generator/irbuild/operations.py), so it is bound once (Amazon EC2: 7
# signing headers in each of 1,188 methods).
ParamArguments = ByIdentity[Arg]


def _param_argument(
    p: ir.Parameter,
    renames: Mapping[str, str] = NO_RENAMES,
    known: Optional[ParamArguments] = None,
) -> Arg:
    if known is None:
        return _new_param_argument(p, renames)
    return known.get(p, lambda: _new_param_argument(p, renames))


def _new_param_argument(p: ir.Parameter, renames: Mapping[str, str]) -> Arg:
    wire = Wire(p.location, p.name, p.style, p.explode)
    t = py_type(p.type, renames)
    if p.required and p.location != "path" and isinstance(t, LiteralType) and len(t.values) == 1:
        # A required parameter that can take one value only (a ``const`` or a
        # one-value enum, such as EC2's ``Action`` and ``Version``): the value is
        # its default, so a caller need not spell it.  Path parameters stay
        # positional and required (a default there would have to come last).
        default = literal(t.values[0])
        doc = "\n\n".join(part for part in (p.description, f"Always {default}.") if part)
        return Arg(p.ident, t.annotation, default, doc, wire, t, p.deprecated, t.imports)
    return _argument(p.ident, t, p.required, p.description, wire, p.deprecated)


def _field_argument(f: ir.Field, kind: str, renames: Mapping[str, str]) -> Arg:
    t = py_type(f.type, renames)
    bare = t.bare()
    if kind == "multipart" and isinstance(bare, Scalar) and bare.kind == "bytes":
        t = Scalar("file")  # an upload: bytes, a file or (name, file, type)
    wire = Wire("field", f.name)
    return _argument(f.ident, t, f.required, _field_doc(f), wire, f.deprecated)


def _styled(p: ir.Parameter) -> str:
    """The argument, wrapped when the parameter is not serialized the default way."""
    default_style = "form" if p.location in ("query", "cookie") else "simple"
    default_explode = default_style == "form"
    style = p.style or default_style
    explode = p.explode if p.explode is not None else style == "form"
    bare = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
    structured = isinstance(bare, (ir.ListOf, ir.MapOf, ir.ModelRef))
    # label and matrix change how a primitive is written too (.blue, ;color=blue)
    styled = structured or style in ("label", "matrix")
    if not styled or (style, explode) == (default_style, default_explode):
        return p.ident
    return f"_rt.Styled({p.ident}, {literal(style)}, {literal(explode)})"


def kwarg(name: str, value: Node) -> Node:
    """``name=value`` as an item of a call."""
    return prefixed(value, f"{name}=")


def _json_content_type(body: ir.RequestBody, kind: str) -> list[Node]:
    """``application/json`` is the default; other JSON types (``application/vnd.api+json``)
    are sent as the document names them."""
    sent = media.concrete(body.content_type)
    plain = media.base(sent) == "application/json"
    return [] if kind != "json" or plain else [f"content_type={literal(sent)}"]


# The part a multipart body that is a single binary string is sent as.
BINARY_PART = "file"


def _body(
    body: Optional[ir.RequestBody], renames: Mapping[str, str]
) -> tuple[list[Arg], list[Arg], list[Node]]:
    """(required args, optional args, request keywords) for the body; a model
    is sent as its input class (``renames``) where it has one."""
    if body is None:
        return [], [], []
    kind = media.content_kind(body.content_type)
    name = {"json": "json_body", "form": "form", "multipart": "multipart"}.get(kind, "content")
    if body.fields is not None:
        required = [_field_argument(f, kind, renames) for f in body.fields if f.required]
        optional = [_field_argument(f, kind, renames) for f in body.fields if not f.required]
        fields = mapping(tuple((literal(f.name), f.ident) for f in body.fields))
        value: Node = call("_rt.fields(", [fields]) if kind == "json" else fields
        return required, optional, [kwarg(name, value)] + _json_content_type(body, kind)
    ident = body.ident
    calls: list[Node]
    t = py_type(body.type, renames)
    bare = t.bare()
    if kind == "json":
        annotation, imports = t.annotation, t.imports
        calls = [f"json_body={ident}"] + _json_content_type(body, kind)
    elif kind == "multipart" and isinstance(bare, Scalar) and bare.kind == "bytes":
        # A multipart body whose schema is one binary string (Jira's
        # addAttachment) names no part: the file goes as the part "file",
        # the name such APIs read (curl -F file=@...).
        t = Scalar("file")
        annotation, imports = t.annotation, t.imports
        part = mapping(((literal(BINARY_PART), ident),))
        sent = part if body.required else f"None if isinstance({ident}, _rt.Unset) else {part}"
        calls = [f"multipart={sent}"]
    else:
        annotation = "Mapping[str, Any]" if kind in ("form", "multipart") else "_rt.RawBody"
        imports = frozenset({"Mapping", "Any"}) if kind in ("form", "multipart") else frozenset()
        calls = [f"{name}=None if isinstance({ident}, _rt.Unset) else {ident}"]
        if kind == "raw":
            calls.append(f"content_type={literal(media.concrete(body.content_type))}")
    doc = body.description or "The request body."
    if annotation == "_rt.FileContent":
        doc = body.description or (
            f"The file, sent as the multipart part {BINARY_PART!r}: bytes, an open\n"
            "binary file, or (filename, content[, content type])."
        )
    wire = Wire("body", body.content_type)
    sent_async = "_rt.AsyncRawBody" if annotation == "_rt.RawBody" else ""
    if body.required:  # positional: update_config_vars(app, {"KEY": "value"})
        arg = Arg(ident, annotation, None, doc, wire, t, False, imports, sent_async)
        return [arg], [], calls
    optional_arg = Arg(
        ident, f"Union[{annotation}, _rt.Unset]", "_rt.UNSET", doc, wire, t, False,
        imports | {"Union"}, f"Union[{sent_async}, _rt.Unset]" if sent_async else "",
    )  # fmt: skip
    return [], [optional_arg], calls


def _page_arguments(
    taken: set[str],
    arguments: tuple[tuple[str, tuple[str, ...], str, str, str], ...] = RANGE_ARGUMENTS,
) -> list[Arg]:
    """The strategy's page arguments (max, field, order and start for Range);
    a parameter may already have the name: fall back to range_max, page_max,
    page_max_2..."""
    result = []
    for name, candidates, annotation, default, doc in arguments:
        ident = next((c for c in candidates if c not in taken), None)
        if ident is None:
            ident = next(
                f"{candidates[-1]}_{n}"
                for n in range(2, 1000)
                if f"{candidates[-1]}_{n}" not in taken
            )
        taken.add(ident)
        imports = frozenset({"Optional"}) if annotation.startswith("Optional") else frozenset()
        result.append(Arg(ident, annotation, default, doc, Wire("page", name), imports=imports))
    return result


def _call_options() -> list[Arg]:
    """The per-call option arguments every method ends with (the same objects
    for every method: they are immutable, and EC2 has 1,188 methods)."""
    return list(_CALL_OPTION_ARGS)


_CALL_OPTION_ARGS = tuple(
    Arg(name, annotation, "None", doc, Wire("option", name), imports=_CALL_OPTION_IMPORTS)
    for name, annotation, doc in CALL_OPTIONS
)


# ---------------------------------------------------------------- results


def success_responses(op: ir.Operation) -> list[ir.Response]:
    """The responses a call returns: typed 2xx ones, or a typed ``default``
    when the document describes no 2xx response at all."""
    typed = [r for r in op.responses if r.status.startswith("2") and r.type is not None]
    if typed or any(r.status.startswith("2") for r in op.responses):
        return typed
    return [r for r in op.responses if r.status == "default" and r.type is not None]


def _through_models(name: str) -> str:
    """How a resource module's decoders reach a model: through the ``models``
    package, on first use, so importing the module imports no model (the names
    are imported for type checkers only)."""
    return "_models."


def _decode(r: ir.Response, t: PyType) -> Node:
    if not _json_response(r):
        return "_response.text" if t.annotation == "str" else "_response.content"
    return call("_rt.decode(", ["_response", t.decoder(), literal(t.annotation)])


_ANY_JSON = Ternary("_rt.json_of(_response)", "_response.content", "None")


def _returns(
    op: ir.Operation, typed: list[ir.Response]
) -> tuple[str, Optional[Node], Optional[PyType], frozenset[str]]:
    """(annotation, decode expression, result type, names both need)."""
    if not op.responses:  # the document says nothing: hand back whatever JSON came
        return "Any", _ANY_JSON, Scalar("any"), frozenset({"Any"})
    if not typed:
        return "None", None, None, frozenset()
    types = [py_type(r.type, NO_RENAMES, _through_models) for r in typed if r.type is not None]
    # 2xx responses without a body (204 beside a 200 with one) return None.
    empty = [r.status for r in op.responses if r.status.startswith("2") and r.type is None]
    kinds = list(dict.fromkeys(t.annotation for t in types))
    if len(typed) == 1 or (len(kinds) == 1 and len({_json_response(r) for r in typed}) == 1):
        first = types[0]
        returns, decode = first.annotation, _decode(typed[0], first)
        names = first.imports | frozenset(first.refs())
        if isinstance(first.bare(), UnionType) and returns != "Any":
            decode = call("cast(", [literal(returns), decode])  # union decoders are untyped
            names |= {"cast"}
        result = first
        if empty and returns != "Any":
            codes = [int(code) for code in empty if code.isdigit()]
            returns, names = f"Optional[{returns}]", names | {"Optional"}
            result = first if isinstance(first, NullableType) else NullableType(first)
            if codes and len(codes) == len(empty):
                test = " or ".join(f"_response.status_code == {code}" for code in codes)
            else:
                test = "not _response.content"
            decode = Ternary("None", test, decode)
        return returns, decode, result, names
    if not all(_json_response(r) and r.status.isdigit() for r in typed):
        return "Any", _ANY_JSON, Scalar("any"), frozenset({"Any"})
    entries = mapping(
        tuple(
            (str(int(r.status)), call("(", [t.decoder(), literal(t.annotation)]))
            for r, t in zip(typed, types)
        )
    )
    by_status = call("_rt.decode_by_status(", ["_response", entries])
    names = frozenset().union(*(t.imports | frozenset(t.refs()) for t in types))
    if "Any" in kinds:
        return "Any", by_status, Scalar("any"), names | {"Any"}
    union = f"Union[{', '.join(kinds)}]"
    names |= {"Union", "cast"}
    either: PyType = UnionType(tuple(types))
    if empty:  # decode_by_status gives None for a status it has no decoder for
        union, names, either = f"Optional[{union}]", names | {"Optional"}, NullableType(either)
    return union, call("cast(", [literal(union), by_status]), either, names


def _status_key(status: str) -> str:
    return status.upper() if status[1:].lower() == "xx" else status


def _errors(op: ir.Operation) -> tuple[Optional[Node], frozenset[str]]:
    """The decoders of the error bodies ``op`` declares in JSON (4xx, 5xx,
    ``4XX``/``5XX`` and ``default``), keyed as the runtime looks them up; the
    config's error schema (``op.default_error``) is the ``default`` where the
    document declares none, so it decodes every status not declared."""
    declared = [
        (_status_key(r.status), r.type)
        for r in op.responses
        if r.status[0] in "45d" and r.type is not None and media.is_json(r.content_type)
    ]
    if op.default_error is not None and all(status != "default" for status, _ in declared):
        declared.append(("default", op.default_error))
    entries: list[tuple[str, Node]] = []
    names: frozenset[str] = frozenset()
    for status, rtype in declared:
        t = py_type(rtype, NO_RENAMES, _through_models)
        if t.annotation == "Any":
            continue  # nothing to decode: ApiError.body already holds the JSON
        entries.append((literal(status), call("(", [t.decoder(), literal(t.annotation)])))
        names |= t.imports | frozenset(t.refs())
    return (mapping(tuple(entries)) if entries else None), names


def _deprecations(
    op: ir.Operation, where: str, arguments: list[Arg]
) -> tuple[tuple[Optional[str], str], ...]:
    """The warnings a call gives: the operation's, then one per deprecated
    argument passed (a required one is always passed)."""
    found: list[tuple[Optional[str], str]] = []
    if op.deprecated:
        found.append((None, literal(f"{where} is deprecated")))
    for arg in arguments:
        if arg.deprecated:
            message = literal(f"{where}: argument {arg.ident!r} is deprecated")
            found.append(
                (None if arg.required else f"not isinstance({arg.ident}, _rt.Unset)", message)
            )
    return tuple(found)


# ---------------------------------------------------------------- methods


def method(
    op: ir.Operation,
    tag: ir.Tag,
    ident: Optional[str] = None,
    renames: Mapping[str, str] = NO_RENAMES,
    security: Optional[str] = None,
    known: Optional[ParamArguments] = None,
) -> Method:
    """``op`` as a method of ``tag``'s class, named ``ident`` (the operation's
    identifier by default; :func:`resource` passes its resource verb); its
    arguments take a model's input class from ``renames`` where it has one;
    it passes ``security`` (its requirement as code, when not the client's default);
    ``known``: the arguments bound so far with the same ``renames``, to reuse."""
    path = [p for p in op.parameters if p.location == "path"]
    others = [p for p in op.parameters if p.location != "path"]
    body_required, body_optional, body_kwargs = _body(op.body, renames)
    positional = [_param_argument(p, renames, known) for p in path]
    if op.body is not None and op.body.fields is None:
        positional += body_required
        body_required = []
    keyword = (
        [_param_argument(p, renames, known) for p in others if p.required]
        + body_required
        + [_param_argument(p, renames, known) for p in others if not p.required]
        + body_optional
    )
    typed = success_responses(op)
    events = op.pagination is None and len(typed) == 1 and typed[0].events
    async_decode: Optional[Node] = None
    page_item: Optional[PyType] = None
    page_args: list[tuple[str, str]] = []
    decode: Optional[Node]
    paging: Optional[Paging] = None
    if op.pagination is not None:
        page_item = py_type(op.pagination.item, NO_RENAMES, _through_models)
        taken = {a.ident for a in positional + keyword} | RESERVED_ARGUMENTS
        pages = _page_arguments(taken, page_arguments_of(op.pagination))
        page_args = [(a.wire.name, a.ident) for a in pages]
        paging = _paging(op.pagination, page_args)
        returns, decode = f"{paging.runtime}[{page_item.annotation}]", None
        async_returns = f"{paging.async_runtime}[{page_item.annotation}]"
        result: Optional[PyType] = page_item
        names = page_item.imports | frozenset(page_item.refs())
        keyword += pages
    elif events and typed[0].type is not None:
        item = py_type(typed[0].type, NO_RENAMES, _through_models)
        returns = f"_rt.EventStream[{item.annotation}]"
        async_returns = f"_rt.AsyncEventStream[{item.annotation}]"
        json_data = item.annotation != "str"
        decoder = item.decoder() if json_data else "_rt.as_str"
        args: list[Node] = ["_response", decoder, literal(item.annotation)]
        args += ["json=True"] if json_data else []
        decode = call("_rt.EventStream(", args)
        async_decode = call("_rt.AsyncEventStream(", args)
        result, names = item, item.imports | frozenset(item.refs())
    else:
        returns, decode, result, names = _returns(op, typed)
        async_returns = returns
    errors, error_names = _errors(op)
    names |= error_names
    decoded = names  # what the decoders name (results and errors), before the arguments
    keyword += _call_options()
    for arg in positional + keyword:
        names |= arg.imports

    def pairs(location: str) -> tuple[tuple[str, str], ...]:
        return tuple((literal(p.name), _styled(p)) for p in op.parameters if p.location == location)

    return Method(
        operation=op,
        ident=ident or op.ident,
        resource=tag.ident,
        positional=tuple(positional),
        keyword=tuple(keyword),
        returns=returns,
        decode=decode,
        path_params=pairs("path"),
        query=pairs("query"),
        header_params=pairs("header"),
        cookies=pairs("cookie"),
        body_kwargs=tuple(body_kwargs),
        paginated=op.pagination is not None,
        page_item=page_item,
        page_args=tuple(page_args),
        paging=paging,
        doc=_method_doc(op, path + others, positional[len(path) :] + keyword),
        success=tuple(typed),
        result=result,
        raw_output=bool(typed) and not events and not any(_json_response(r) for r in typed),
        imports=names,
        accept=_accept(op),
        async_returns=async_returns,
        async_decode=async_decode,
        errors=errors,
        deprecations=_deprecations(op, f"{tag.ident}.{ident or op.ident}", positional + keyword),
        events=events,
        security=security,
        servers=operation_servers(op),
        decoded=decoded,
    )


def _accept(op: ir.Operation) -> Optional[str]:
    """The operation's ``Accept``, None when it is the runtime's default."""
    typed = [r for r in op.responses if r.type is not None]
    declared = [r.content_type for r in typed]
    value = media.accept(declared, [_json_response(r) for r in typed]) if declared else None
    return None if value in (None, "application/json") else value


def _json_response(r: ir.Response) -> bool:
    """Whether the response's body is JSON to decode: a JSON media type, or ``*/*``
    unless its schema is binary (``type: string, format: binary``: any type of bytes,
    returned raw, which is what a download declared as ``*/*`` means)."""
    if media.base(r.content_type) == "*/*":
        return not (isinstance(r.type, ir.Primitive) and r.type.kind == "bytes")
    return media.is_json(r.content_type)


def _method_doc(op: ir.Operation, params: list[ir.Parameter], keyword: list[Arg]) -> str:
    lines = [op.summary or f"{op.method} {op.path}"]
    if op.description and op.description != op.summary:
        lines += ["", op.description]
    if op.deprecated:
        lines += ["", DEPRECATED_OPERATION]
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


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def qualified(annotation: str, shadowed: frozenset[str]) -> str:
    """``annotation`` with every builtin in ``shadowed`` spelled ``builtins.name``.

    Inside a class body mypy resolves an annotation's names in the class first,
    so after ``def list(self)`` an annotation ``list[App]`` would name the
    method.  Annotations are made of identifiers only (no string literals)."""
    if not shadowed:
        return annotation
    return _qualifying(shadowed).sub(_builtin, annotation)


@functools.lru_cache(maxsize=256)
def _qualifying(shadowed: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a set of shadowed builtins, compiled once: a class's set
    is asked of each of its annotations (Amazon EC2: 31,186), and re's own
    cache would still cost building the pattern text and a lookup each time."""
    names = "|".join(sorted(shadowed))
    return re.compile(rf"(?<![\w.])({names})(?!\w)")


def _builtin(match: re.Match[str]) -> str:
    return "builtins." + match.group(1)


def _shadowed(methods: tuple[Method, ...]) -> frozenset[str]:
    """The builtins both named by a method and used in the class's annotations."""
    hiding = {m.ident for m in methods} & BUILTIN_NAMES
    if not hiding:
        return frozenset()
    annotations = [m.returns for m in methods] + [
        a.annotation for m in methods for a in m.arguments
    ]
    return frozenset(hiding & {name for text in annotations for name in _NAME.findall(text)})


def resource(
    tag: ir.Tag,
    type_names: frozenset[str],
    verbs: Optional[Mapping[str, str]] = None,
    renames: Mapping[str, str] = NO_RENAMES,
    security: Optional[Callable[[ir.Operation], Optional[str]]] = None,
    known: Optional[ParamArguments] = None,
) -> Resource:
    """One tag's class; its methods are named as resource verbs (see
    :func:`generator.binding.naming.method_names`); ``renames``: input classes;
    ``security`` gives an operation's ``security=`` argument (see
    :class:`~.auth.AuthBinding`); ``known``: as for :func:`method`, shared by
    every tag of one binding."""
    names = method_names([op.ident for op in tag.operations], tag.ident, verbs)
    known = ByIdentity() if known is None else known
    methods = tuple(
        method(op, tag, name, renames, security(op) if security else None, known)
        for op, name in zip(tag.operations, names)
    )
    used = frozenset().union(*(m.imports for m in methods))
    models = tuple(sorted(used & type_names))
    checking = ("TYPE_CHECKING",) if models else ()  # the models are imported for checkers only
    return Resource(
        tag=tag,
        ident=tag.ident,
        class_name=tag.class_name,
        methods=methods,
        typing=checking + tuple(sorted(n for n in TYPING_NAMES if n in used)),
        datetime=tuple(sorted(n for n in DATETIME_NAMES if n in used)),
        models=models,
        decodes_models=any(m.decoded & type_names for m in methods),
        shadowed=_shadowed(methods),
        async_class_name=tag.async_class_name,
    )
