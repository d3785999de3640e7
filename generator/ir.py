"""The intermediate model: what the API *is*, independent of any output target.

Every template renders from these frozen dataclasses and nothing else, so a new
target never needs to look at the raw OpenAPI document.  Names come in two
forms: the original spelling from the document (for docs, wire keys and error
messages) and a sanitized identifier (``ident``) that is safe in generated code.
Nothing here knows about Jinja or HTTP libraries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

# ---------------------------------------------------------------- types


@dataclass(frozen=True)
class Primitive:
    """A scalar: ``str``, ``int``, ``float``, ``bool``, ``datetime``, ``date``,
    ``bytes`` (binary payloads) or ``any`` (untyped or not typeable)."""

    kind: str
    format: Optional[str] = None


@dataclass(frozen=True)
class ListOf:
    item: "Type"


@dataclass(frozen=True)
class MapOf:
    """A JSON object with arbitrary keys, every value of type ``value``."""

    value: "Type"


@dataclass(frozen=True)
class ModelRef:
    """A reference by name, so recursive schemas stay finite."""

    name: str


@dataclass(frozen=True)
class EnumRef:
    name: str


@dataclass(frozen=True)
class Nullable:
    """The value may be JSON ``null`` (OpenAPI ``nullable`` or 3.1 ``"null"``)."""

    inner: "Type"


@dataclass(frozen=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, model name)


@dataclass(frozen=True)
class Literal:
    """One of a few fixed JSON values (``const``, a single-value ``enum``, or a
    small unnamed string ``enum`` of an argument): ``str``, ``int`` or ``bool``."""

    values: tuple[Union[str, int, bool], ...]


@dataclass(frozen=True)
class TupleOf:
    """A positional array (``prefixItems``): ``items[i]`` types position ``i``.
    ``rest`` types the items after them (None: no more are allowed);
    ``min_items``: how many the array must hold (``minItems``)."""

    items: tuple["Type", ...]
    rest: Optional["Type"] = None
    min_items: int = 0

    @property
    def exact(self) -> bool:
        """Whether every valid array has exactly ``len(items)`` items."""
        return self.rest is None and self.min_items >= len(self.items)


@dataclass(frozen=True)
class UnionOf:
    variants: tuple["Type", ...]
    discriminator: Optional[Discriminator] = None


Type = Union[Primitive, ListOf, MapOf, ModelRef, EnumRef, Nullable, UnionOf, Literal, TupleOf]

ANY = Primitive("any")


# ---------------------------------------------------------------- schemas


@dataclass(frozen=True)
class Field:
    name: str  # key on the wire
    ident: str  # attribute / argument name in generated code
    type: Type
    required: bool
    description: str = ""
    default: object = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False


@dataclass(frozen=True)
class Model:
    """A JSON object schema with named fields."""

    name: str  # PascalCase identifier, unique among models and enums
    pointer: str  # JSON pointer of the schema in the document
    description: str
    fields: tuple[Field, ...]
    additional: Optional[Type] = None  # type of extra keys, if allowed and typed
    deprecated: bool = False


@dataclass(frozen=True)
class EnumMember:
    ident: str  # UPPER_CASE identifier
    value: Union[str, int, float, bool]


@dataclass(frozen=True)
class Enum:
    name: str
    pointer: str
    description: str
    base: str  # "str" or "int"
    members: tuple[EnumMember, ...]


# ---------------------------------------------------------------- operations


@dataclass(frozen=True)
class Parameter:
    name: str  # as in the document
    ident: str
    location: str  # path, query, header, cookie
    type: Type
    required: bool
    description: str = ""
    style: Optional[str] = None
    explode: Optional[bool] = None
    deprecated: bool = False


@dataclass(frozen=True)
class RequestBody:
    """The body an operation accepts.

    ``fields`` is set when the body is an inline JSON object whose properties
    can be offered as individual arguments; otherwise the caller passes one
    value of ``type`` named ``ident``.
    """

    content_type: str
    type: Type
    required: bool
    ident: str = "body"
    fields: Optional[tuple[Field, ...]] = None
    description: str = ""
    other_content_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    description: str
    content_type: Optional[str]
    type: Optional[Type]  # None: no body described
    headers: tuple[str, ...] = ()
    # A ``text/event-stream``: ``type`` is then the data of one event (its
    # JSON schema; ``str`` when the events carry text).
    events: bool = False


@dataclass(frozen=True)
class Pagination:
    """A paged list: which strategy pages it and where its pieces are on the
    wire, nothing about how a target implements it.

    Strategies: ``range`` (Heroku: ``Range`` request header, ``Next-Range``
    response header on 206), ``link`` (RFC 8288 ``Link: <url>; rel="next"``),
    ``cursor`` (a body field sent back as a request parameter), ``offset``
    (offset/limit), ``page`` (page number and page size) and ``next_url`` (a
    body field holding the next page's URL).
    """

    strategy: str
    item: Type  # the type of one listed item
    items: tuple[str, ...] = ()  # path of the item array in the body; (): the body is the array
    param: str = (
        ""  # request parameter carrying the token (range: the header; offset, page, cursor)
    )
    next_header: str = ""  # response header with the next token (range: Next-Range; link: Link)
    next_field: tuple[str, ...] = ()  # body path of the next cursor or URL (cursor, next_url)
    size_param: str = ""  # request parameter with the page size ("" if none)
    max_size: Optional[int] = None  # the largest page the server serves
    source: str = "inferred"  # "inferred", "config" or the extension's name ("x-pagination")
    reason: str = ""  # why it was chosen, for --report and the summary


@dataclass(frozen=True)
class Operation:
    operation_id: str  # as in the document (or synthesised from method + path)
    ident: str  # snake_case function name, unique within its group
    method: str  # upper case
    path: str
    tag: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Optional[RequestBody]
    responses: tuple[Response, ...]
    pointer: str
    deprecated: bool = False
    pagination: Optional[Pagination] = None
    degraded: tuple[str, ...] = ()  # reasons parts of it fell back to Any
    # The operation's own ``security`` (see :data:`Security`); None: the API's default.
    security: Optional["Security"] = None
    # The operation's own (or its path's) servers; empty: the document's.
    servers: tuple[Server, ...] = ()
    # The error body for a status the operation declares none for (the
    # config's ``error_schema``); None: only the declared ones decode.
    default_error: Optional[Type] = None


@dataclass(frozen=True)
class Tag:
    name: str
    ident: str  # snake_case module / attribute name
    class_name: str
    description: str
    operations: tuple[Operation, ...]
    # The class of the same operations for asynchronous callers, claimed with
    # ``class_name`` so that no model or other tag takes it.
    async_class_name: str = ""


@dataclass(frozen=True)
class SecurityScheme:
    """One entry of ``components/securitySchemes`` (Swagger 2.0 ``securityDefinitions``
    converted): how a credential travels, never the credential itself."""

    name: str  # the key in the document: what ``security`` requirements name
    kind: str  # apiKey, http, oauth2, openIdConnect, mutualTLS
    description: str = ""
    location: Optional[str] = None  # apiKey: header, query or cookie
    parameter: Optional[str] = None  # apiKey: the header, query parameter or cookie name
    http_scheme: Optional[str] = None  # http: bearer, basic, ... (lower case)
    token_url: Optional[str] = None  # oauth2: the clientCredentials flow's tokenUrl
    scopes: tuple[tuple[str, str], ...] = ()  # oauth2 clientCredentials: (scope, description)


# Security requirements: alternatives (any one suffices), each a tuple of scheme
# names that must all be sent together.  ``()`` (``security: []``) needs nothing;
# an empty alternative ``()`` inside (``security: [{}]``) makes credentials optional.
Security = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ServerVariable:
    """A ``{name}`` of a server URL: its default, and its allowed values when listed."""

    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    url: str  # as written: may hold {variables}, may be relative
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Warning:
    pointer: str
    message: str


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to the user (OpenAPI 3.1 ``webhooks``)."""

    name: str
    method: str
    summary: str
    description: str
    payload: Optional[Type]
    pointer: str


@dataclass(frozen=True)
class Api:
    title: str
    description: str
    version: str
    servers: tuple[Server, ...]
    tags: tuple[Tag, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: Security = ()  # the document's global ``security``: every operation's default
    warnings: tuple[Warning, ...] = field(default=())
    webhooks: tuple[Webhook, ...] = ()

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for tag in self.tags for op in tag.operations)
