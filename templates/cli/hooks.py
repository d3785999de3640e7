"""Command-line presentation of the Python binding, for ``cli.py.j2``.

``cli_groups`` turns the binding (``generator.binding``, the ``py`` template
variable) into command groups (one per resource) and commands (one per
method), each with the ``add_argument`` calls and the client call it needs.
Every keyword of a client call is the binding's own argument name, so the
CLI calls exactly the methods the python target generates.  Every piece of document text reaches the output as a string
literal made by ``generator.escaping.literal`` (help, descriptions, choices,
wire names); names come from identifiers that already went through
``generator.naming`` (``[A-Za-z0-9_]``), so nothing from the document is
pasted into the code raw.  Everything is computed in document order, so two
runs give the same bytes.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Optional, Union

from generator import ir, media
from generator.binding import Arg, Binding, EnumClass, Method, PyType
from generator.binding.models import EnumMember
from generator.binding.naming import resource_verb, same_noun
from generator.binding.types import (
    EnumType,
    ListType,
    LiteralType,
    MapType,
    ModelType,
    NullableType,
    Scalar,
    UnionType,
)
from generator.escaping import literal
from generator.naming import words
from generator.pystyle import Group, Node, call, layout, prefixed

WIDTH = 76  # descriptions are wrapped here; argparse prints them as they are
_SIMPLE_CHOICE = re.compile(r"[A-Za-z0-9_.:+-]+")
# Words that only say how a path parameter identifies its resource:
# app_id_or_name -> app, collaborator_email_or_id -> collaborator, build_id -> build.
_ID_WORDS = frozenset({"id", "uuid"})
_IDENTIFYING = _ID_WORDS | {"name", "email", "hostname", "type", "version", "slug", "key"}
_SCALARS = ("str", "int", "float", "bool", "date", "datetime")


# ---------------------------------------------------------------- text


def _clean(text: str) -> str:
    """Document text as plain paragraphs, wrapped to WIDTH (argparse shows it raw)."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    wrapped = [textwrap.fill(" ".join(p.split()), WIDTH) for p in paragraphs if p.strip()]
    return "\n\n".join(wrapped)


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n")[0].split()) if text else ""


def help_text(text: str) -> str:
    """A literal for ``help=``: argparse expands ``%`` there, so double it."""
    return literal(text.replace("%", "%%"))


def raw_text(text: str) -> str:
    """A literal for ``description=`` / ``epilog=``: argparse expands ``%`` in them
    only when they contain ``%(prog)``, so double it only then."""
    return literal(text.replace("%", "%%") if "%(prog)" in text else text)


def kebab(ident: str) -> str:
    """``config_vars`` -> ``config-vars``; identifiers are already ``[A-Za-z0-9_]``."""
    return "-".join(part for part in ident.lower().split("_") if part) or ident


def _option_name(wire: str, ident: str) -> str:
    """The option for a parameter or field: its document name in kebab case
    (``userName`` -> ``user-name``), not the identifier the client had to
    de-duplicate (``name_2``); only ``[a-z0-9-]`` survives."""
    return "-".join(w.lower() for w in words(wire)) or kebab(ident)


# ---------------------------------------------------------------- command names


def _verb(ident: str, tag: ir.Tag) -> str:
    """The operation's words minus the tag's: list_apps -> list, restart_all_dynos
    -> restart-all, list_pipeline_couplings -> list-couplings (tag pipelines)."""
    tag_words = [w.lower() for w in words(tag.ident)]
    nouns = tag_words + ["".join(tag_words)]
    kept = [
        w.lower() for w in words(ident) if not any(same_noun(w.lower(), noun) for noun in nouns)
    ]
    return "-".join(kept)


def command_names(tag: ir.Tag, idents: list[str]) -> list[tuple[str, list[str]]]:
    """(name, aliases) per operation of ``tag``: the short verb, or the whole
    identifier in kebab case when the verb is empty or shared with another
    operation of the tag.  ``get`` reads as ``info`` (``get`` stays an alias)."""
    verbs = [_verb(ident, tag) for ident in idents]
    verbs = ["info" if v == "get" else v for v in verbs]
    names = [
        kebab(ident) if not verb or verbs.count(verb) > 1 else verb
        for ident, verb in zip(idents, verbs)
    ]
    taken: set[str] = set()
    unique = []
    for name in names:  # a kebab identifier can still meet a verb: number it
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}-{n}"
        taken.add(candidate)
        unique.append(candidate)
    result = []
    for name, verb in zip(unique, verbs):
        alias = "get" if name == "info" and verb == "info" and "get" not in taken else None
        if alias:
            taken.add(alias)
        result.append((name, [alias] if alias else []))
    return result


# ---------------------------------------------------------------- arguments


@dataclass(frozen=True)
class Argument:
    """One ``add_argument`` call and where its value goes in the client call."""

    call: tuple[str, ...]  # the arguments of add_argument(...), rendered
    dest: str  # attribute on the argparse namespace
    ident: str  # keyword argument of the client method ("": not passed, see ``value``)
    required: bool  # the client method requires it (passed directly, not via _given)
    value: Optional[Node] = None  # how the call gets it, when not ``args.<dest>``


@dataclass(frozen=True)
class BodyField:
    wire: str
    ident: str
    dest: Optional[str]  # None: only settable through --body
    flag: Optional[str]
    required: bool
    kind: str  # how --json-only fields are described


@dataclass(frozen=True)
class Body:
    """How a command takes the request body."""

    style: str  # fields (flattened keyword args), object (one dict), map, json, raw, file
    ident: str  # keyword argument of the client method (style != fields)
    required: bool
    fields: tuple[BodyField, ...] = ()
    nullable_values: bool = False
    help: str = ""  # of the KEY=VALUE pairs (map) or --data (raw)

    @property
    def json_help(self) -> str:
        if self.style == "json":
            what = self.help or "The request body"
            return _join(what, "as JSON: text, @FILE, or @- for stdin.")
        if self.style == "map":
            return (
                "The request body as a JSON object (text, @FILE, or @-); pairs override its keys."
            )
        return "The request body as JSON (text, @FILE, or @-); options override its keys."


@dataclass(frozen=True)
class Command:
    name: str
    aliases: tuple[str, ...]
    function: str  # name of the generated handler
    method: str  # client method
    help: str
    description: str
    epilog: str
    arguments: tuple[Argument, ...]
    body: Optional[Body]
    paginated: bool
    raw_output: bool
    call_args: tuple[Node, ...]  # keyword arguments of the client call
    page_flag: str = ""  # "max" (Range paging) or "page-size": the page size option
    page_top: Optional[int] = None  # the largest page size accepted (None: any)


@dataclass(frozen=True)
class CommandGroup:
    name: str
    attribute: str  # client attribute (tag ident)
    function: str
    help: str
    description: str
    commands: tuple[Command, ...]


# Options every command takes (the generated CLI's global options, accepted
# after the subcommand too): no parameter or field may claim them, nor those
# of server_options below.
GLOBAL_FLAGS = ("json", "base-url")


@dataclass(frozen=True)
class ServerOption:
    """A global option choosing the server (``--server``) or setting one of
    its variables: ``ident`` is the ``Client`` keyword (from the binding);
    ``dest`` holds a colon, so no command's own option can share it."""

    flag: str
    ident: str
    dest: str
    metavar: Optional[str]  # None: argparse shows the choices
    help: str
    choices: tuple[Union[int, str], ...] = ()
    number: bool = False  # type=int (the server's index)


def server_options(api: ir.Api, py: Binding) -> list[ServerOption]:
    """``--server`` when the document lists several servers, then one option
    per server variable, named after ``Client``'s keyword in kebab case."""
    servers = py.client
    result = []
    taken = {"help", "h", "version", *GLOBAL_FLAGS}
    if servers.choosable:
        listed = ", ".join(
            f"{index} ({s.description or s.url})" for index, s in enumerate(api.servers)
        )
        indexes = tuple(range(len(api.servers)))
        text = f"the server to call: {listed}"
        result.append(ServerOption("server", "server", "server", "N", text, indexes, True))
        taken.add("server")
    for arg in servers.args:
        flag, n = kebab(arg.ident), 2
        while flag in taken:
            flag, n = f"{kebab(arg.ident)}-{n}", n + 1
        taken.add(flag)
        text = arg.doc.replace("``", "")  # the docstring's, without its markup
        metavar = None if arg.enum else "VALUE"
        result.append(ServerOption(flag, arg.ident, f"server:{arg.ident}", metavar, text, arg.enum))
    return result


class _Flags:
    """Option names of one command, handed out in a fixed order."""

    def __init__(self, reserved: tuple[str, ...]) -> None:
        self.taken = {"help", "h", *GLOBAL_FLAGS, *reserved}
        self.dests: set[str] = set()  # attributes of the argparse namespace

    def dest(self, *candidates: str) -> str:
        """The first free namespace attribute: a body field named like a path
        parameter (instanceId in both) must not share its value."""
        chosen = next((c for c in candidates if c not in self.dests), None)
        if chosen is None:
            n = 2
            while f"{candidates[-1]}_{n}" in self.dests:
                n += 1
            chosen = f"{candidates[-1]}_{n}"
        self.dests.add(chosen)
        return chosen

    def free(self, name: str) -> bool:
        return bool(name) and name not in self.taken

    def claim(self, *candidates: str, negatable: bool = False) -> str:
        base = next(
            (c for c in candidates if self.free(c) and not (negatable and f"no-{c}" in self.taken)),
            None,
        )
        if base is None:
            stem, n = candidates[-1], 2
            while not self.free(f"{stem}-{n}") or (negatable and f"no-{stem}-{n}" in self.taken):
                n += 1
            base = f"{stem}-{n}"
        self.taken.add(base)
        if negatable:
            self.taken.add(f"no-{base}")
        return base

    def short(self, name: str) -> Optional[str]:
        letter = name[:1]
        if letter.isalpha() and letter.islower() and self.free(letter):
            self.taken.add(letter)
            return letter
        return None


def _resource(name: str) -> Optional[str]:
    """The resource a path parameter names: app_id_or_name -> app."""
    parts = [w.lower() for w in words(name)]
    for start in range(1, len(parts)):
        tail = parts[start:]
        ids, ors = tail[0::2], tail[1::2]
        if (
            all(w in _IDENTIFYING for w in ids)
            and all(w == "or" for w in ors)
            and len(tail) % 2 == 1
            and any(w in _ID_WORDS for w in ids)
        ):
            return "-".join(parts[:start])
    return None


def _enum(py: Binding, t: PyType) -> Optional[EnumClass]:
    """The enum class of ``t``; a string or integer Literal as one without a name."""
    if isinstance(t, LiteralType):
        values = t.values
        if all(isinstance(v, str) for v in values):
            base = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            base = "int"
        else:
            return None
        members = tuple(EnumMember(str(v), v) for v in values if isinstance(v, (str, int)))
        return EnumClass("", base, "", members)
    return py.enums.get(t.name) if isinstance(t, EnumType) else None


def _scalar_kind(py: Binding, t: PyType) -> Optional[str]:
    """int, float, bool, str, enum: types an option value converts to directly."""
    t = t.bare()
    if isinstance(t, UnionType):
        # an identity: anyOf id or name, both strings (region, stack) -> one str option
        kinds = {_scalar_kind(py, v) for v in t.variants}
        return (
            kinds.pop() if len(kinds) == 1 and None not in kinds and "enum" not in kinds else None
        )
    if isinstance(t, Scalar) and t.kind in _SCALARS:
        return t.kind if t.kind in ("int", "float", "bool") else "str"
    if isinstance(t, EnumType):
        return "enum" if _enum(py, t) is not None else "str"
    if isinstance(t, LiteralType):
        if all(isinstance(v, bool) for v in t.values):
            return "bool"
        return "enum" if _enum(py, t) is not None else None
    return None


def _is_string_map(t: PyType) -> bool:
    t = t.bare()
    if not isinstance(t, MapType):
        return False
    value = t.value.bare()
    return isinstance(value, Scalar) and value.kind in ("str", "any")


def _nullable_values(t: PyType) -> bool:
    t = t.bare()
    return isinstance(t, MapType) and (
        isinstance(t.value, NullableType) or t.value == Scalar("any")
    )


def _describe_type(t: PyType) -> str:
    t = t.bare()
    if isinstance(t, ListType):
        return "array"
    if isinstance(t, (MapType, ModelType)):
        return "object"
    if isinstance(t, UnionType):
        return "one of several types"
    if isinstance(t, Scalar):
        return {"any": "any JSON value", "bytes": "binary"}.get(t.kind, t.kind)
    return "value"


def _value_kwargs(py: Binding, t: PyType, metavar: str, *, many: bool) -> Optional[list[str]]:
    """add_argument keywords converting one option value to ``t`` (a scalar, an
    enum, or with ``many`` a list of them); None when ``t`` is not that simple."""
    t = t.bare()
    if many:
        if not isinstance(t, ListType):
            return None
        t = t.item.bare()
    kind = _scalar_kind(py, t)
    if kind is None or (many and kind == "bool"):
        return None
    kwargs: list[str] = []
    if kind in ("int", "float"):
        kwargs.append(f"type={kind}")
    enum = _enum(py, t) if kind == "enum" else None
    if enum is not None:
        values: list[object] = [m.value for m in enum.members if isinstance(m.value, (str, int))]
        values = [v for v in values if not isinstance(v, bool)]
        if enum.base == "int":
            kwargs.append("type=int")
            values = [v for v in values if isinstance(v, int)]
        else:
            values = [v for v in values if isinstance(v, str)]
        if values:
            kwargs.append(f"choices={literal(values)}")
            simple = all(_SIMPLE_CHOICE.fullmatch(str(v)) for v in values)
            if simple and len(",".join(map(str, values))) <= 40:
                return kwargs  # argparse shows {a,b,c}
            kwargs.append(f"metavar={literal(metavar)}")
            return kwargs
    if kind != "bool":
        kwargs.append(f"metavar={literal(metavar)}")
    return kwargs


def _choices_note(py: Binding, t: PyType) -> str:
    t = t.bare()
    if isinstance(t, ListType):
        t = t.item.bare()
    enum = _enum(py, t)
    if enum is None:
        return ""
    values = [str(m.value) for m in enum.members if isinstance(m.value, (str, int))]
    if not values or all(_SIMPLE_CHOICE.fullmatch(v) for v in values):
        if len(",".join(values)) <= 40:
            return ""  # argparse shows {a,b,c} itself
    return "One of: " + ", ".join(values) + "."


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _call(*parts: str) -> tuple[str, ...]:
    return tuple(p for p in parts if p and p != 'help=""')


def client_call(command: Command, attribute: str) -> Node:
    """``return client.<attribute>.method(...)``, wrapped in ``_Raw(...)`` for text output."""
    method = call(f"client.{attribute}.{command.method}(", list(command.call_args))
    return prefixed(call("_Raw(", [method]) if command.raw_output else method, "return ")


def add_argument(parts: tuple[str, ...]) -> str:
    """``command.add_argument(...)`` in black's layout."""
    return layout(call("command.add_argument(", list(parts)), 4)


def _either_ways(py: Binding, p: Arg, flags: _Flags, name: str) -> list[Argument]:
    """The command's first path parameter when it is also the last segment
    (``apps info APP``): positional as before, or ``-a/--app`` as in every other
    command on that resource, exactly one of the two."""
    positional = _parameter(py, p, flags, True, name, optional=True)
    option = _parameter(py, p, flags, False, name, dest=f"opt_{p.ident}", required=False)
    flag_text = "/".join(part.strip('"') for part in option.call if part.startswith('"-'))
    label = name.upper().replace("-", "_")
    value = call(
        "_either(",
        [
            "args",
            literal(positional.dest),
            literal(option.dest),
            literal(f"{label} or {flag_text}"),
        ],
    )
    return [
        Argument(positional.call, positional.dest, p.ident, True, prefixed(value, f"{p.ident}=")),
        Argument(option.call, option.dest, "", False),
    ]


def _parameter(
    py: Binding,
    p: Arg,
    flags: _Flags,
    positional: bool,
    name: Optional[str],
    optional: bool = False,
    dest: Optional[str] = None,
    required: Optional[bool] = None,
) -> Argument:
    """The option (or positional) of the method argument ``p``, a parameter."""
    assert p.type is not None
    dest = flags.dest(dest or f"arg_{p.ident}")
    label = name or _option_name(p.wire.name, p.ident)
    metavar = label.upper().replace("-", "_")
    text = _first_paragraph(p.doc) or " ".join(w.lower() for w in words(p.wire.name))
    if p.deprecated:
        text = _join("Deprecated.", text)
    t = p.type.bare()
    if positional:
        many = isinstance(t, ListType) and _value_kwargs(py, t, metavar, many=True) is not None
        kwargs = _value_kwargs(py, t, metavar, many=many)
        if kwargs is None or _scalar_kind(py, t) == "bool":
            kwargs, text = ["type=_json_value", f"metavar={literal(metavar)}"], _join(
                text, f"({_describe_type(t)}, as JSON)"
            )
        kwargs = [k for k in kwargs if not k.startswith("metavar=")] + [
            f"metavar={literal(metavar)}"
        ]
        if many:
            kwargs.append('nargs="+"')
        elif optional:
            kwargs.append('nargs="?"')
        text = _join(text, _choices_note(py, t))
        return Argument(
            _call(literal(dest), *kwargs, f"help={help_text(text)}"), dest, p.ident, True
        )
    location = p.wire.location
    kind = _scalar_kind(py, t)
    if kind == "bool":
        flag = flags.claim(label, f"{location}-{label}", negatable=True)
        option = [literal(f"--{flag}")]
        kwargs = ["action=argparse.BooleanOptionalAction"]
    else:
        flag = flags.claim(label, f"{location}-{label}")
        short = flags.short(flag) if location == "path" else None
        option = ([literal(f"-{short}")] if short else []) + [literal(f"--{flag}")]
        kwargs = _value_kwargs(py, t, metavar, many=False)
        if kwargs is None:
            kwargs = _value_kwargs(py, t, metavar, many=True)
            if kwargs is not None:
                kwargs.append('action="append"')
                text = _join(text, "(repeatable)")
            else:
                kwargs = ["type=_json_value", f"metavar={literal(metavar)}"]
                text = _join(text, f"({_describe_type(t)}, as JSON)")
    text = _join(text, _choices_note(py, t))
    needed = p.required if required is None else required
    rendered = _call(
        *option, f"dest={literal(dest)}", *kwargs, "required=True" if needed else "",
        f"help={help_text(text)}",
    )  # fmt: skip
    return Argument(rendered, dest, p.ident, needed)


def _field_option(
    py: Binding, f: ir.Field, ident: str, t: PyType, flags: _Flags, multipart: bool
) -> tuple[Optional[Argument], BodyField]:
    """The option of body field ``f`` (a property of the request body or of the
    model it is), passed to the client as ``ident`` of type ``t``."""
    dest = flags.dest(f"arg_{ident}", f"body_{ident}")
    t = t.bare()
    label = _option_name(f.name, ident)
    metavar = label.upper().replace("-", "_")
    parts = []
    if f.deprecated:
        parts.append("Deprecated.")
    parts.append(_first_paragraph(f.description))
    if f.has_default and isinstance(f.default, (str, int, float, bool)):
        parts.append(f"(server default: {f.default!r})")
    if f.required:
        parts.append("(required)")
    kind = _scalar_kind(py, t)
    kwargs: Optional[list[str]]
    negatable = False
    if kind == "bool":
        kwargs, negatable = ["action=argparse.BooleanOptionalAction"], True
    elif multipart and isinstance(t, Scalar) and t.kind in ("bytes", "file"):
        kwargs = ["type=_file_input", 'metavar="PATH"']
        parts.append("(a file; - reads stdin)")
    elif kind is not None:
        kwargs = _value_kwargs(py, t, metavar, many=False)
    elif _value_kwargs(py, t, metavar, many=True) is not None:
        kwargs = (_value_kwargs(py, t, metavar, many=True) or []) + ['action="append"']
        parts.append("(repeatable)")
    elif _is_string_map(t):
        null = _nullable_values(t)
        kwargs = [
            "action=_KeyValues",
            f"null_if_empty={literal(null)}",
            'metavar="KEY=VALUE"',
        ]
        parts.append(
            "(repeatable" + ("; KEY= sends null)" if null else "; KEY= sets an empty value)")
        )
    else:
        kwargs = None
    if kwargs is None:
        return None, BodyField(f.name, ident, None, None, f.required, _describe_type(t))
    parts.append(_choices_note(py, t))
    flag = flags.claim(label, f"body-{label}", negatable=negatable)
    rendered = _call(
        literal(f"--{flag}"), f"dest={literal(dest)}", *kwargs, f"help={help_text(_join(*parts))}"
    )
    return (
        Argument(rendered, dest, ident, False),
        BodyField(f.name, ident, dest, f"--{flag}", f.required, _describe_type(t)),
    )


def _body_fields(
    py: Binding, method: Method, body: ir.RequestBody, kind: str
) -> Optional[tuple[str, list[tuple[ir.Field, str, PyType]]]]:
    """("fields", ...) when the client takes the body's properties as keyword
    arguments, ("object", ...) when it takes one model whose fields can be
    options; None otherwise.  Each field with its Python name and type."""
    if body.fields is not None:
        flat = [method.argument("field", f.name) for f in body.fields]
        return "fields", [(f, a.ident, a.type or Scalar("any")) for f, a in zip(body.fields, flat)]
    whole = method.argument("body", body.content_type).type
    if whole is not None and kind in ("json", "form", "multipart"):
        bare = whole.bare()
        model = py.models.get(bare.name) if isinstance(bare, ModelType) else None
        if model is not None and model.fields:
            kept = [fb for fb in model.fields if not fb.field.read_only]
            return "object", [(fb.field, fb.ident, fb.type) for fb in kept]
    return None


def _body(
    py: Binding, method: Method, body: ir.RequestBody, flags: _Flags
) -> tuple[list[Argument], Body, list[str]]:
    """(options, how the body is assembled, notes for the epilog)."""
    kind = media.content_kind(body.content_type)
    whole = method.argument("body", body.content_type) if body.fields is None else None
    ident = whole.ident if whole is not None else body.ident
    found = _body_fields(py, method, body, kind)
    if found is not None:
        style, fields = found
        options, table = [], []
        for f, field_ident, t in fields:
            option, entry = _field_option(py, f, field_ident, t, flags, kind == "multipart")
            if option is not None:
                options.append(option)
            table.append(entry)
        only_json = [e for e in table if e.dest is None]
        notes = []
        if only_json:
            listed = ", ".join(f"{e.wire} ({e.kind})" for e in only_json)
            notes.append(f"Only settable with --body: {listed}.")
        return options, Body(style, ident, body.required, tuple(table)), notes
    bare = whole.type.bare() if whole is not None and whole.type is not None else Scalar("any")
    text = _first_paragraph(body.description)
    if _file_body(method, body):
        text = _join(text or "The file to upload", "(a multipart file part): PATH, or - for stdin")
        return [], Body("file", ident, body.required, help=text + "."), []
    if kind == "raw":
        text = _join(text or "The request body", f"({body.content_type}):")
        text += " text, @FILE, or @- for stdin" + (" (required)." if body.required else ".")
        return [], Body("raw", ident, body.required, help=text), []
    if _is_string_map(bare):
        null = _nullable_values(bare)
        text = _join(
            text or "Entries of the request body.",
            "KEY= (nothing after =) sends null" if null else "KEY= sets an empty value",
            "(removes KEY)." if null else ".",
        )
        return [], Body("map", ident, body.required, (), null, text.replace(" .", ".")), []
    text = _join(text or "The request body", f"({_describe_type(bare)})")
    return [], Body("json", ident, body.required, help=text), []


def _file_body(method: Method, body: ir.RequestBody) -> bool:
    """The body is one file sent as a multipart part (a binary string schema)."""
    if body.fields is not None or media.content_kind(body.content_type) != "multipart":
        return False
    whole = method.argument("body", body.content_type)
    bare = whole.type.bare() if whole.type is not None else None
    return isinstance(bare, Scalar) and bare.kind == "file"


def _field_table(fields: tuple[BodyField, ...]) -> Group:
    rows: list[Node] = [
        call(
            "_Field(",
            [
                literal(f.wire),
                literal(f.ident),
                literal(f.dest),
                literal(f.flag),
                literal(f.required),
            ],
        )
        for f in fields
    ]
    return call("[", rows, "]")


def _call_args(arguments: list[Argument], body: Optional[Body], method: Method) -> list[Node]:
    body_dests = {f.dest for f in body.fields} if body is not None else set()
    plain = [a for a in arguments if a.dest not in body_dests and a.ident]  # body: via the table
    required: list[Node] = [
        a.value if a.value is not None else f"{a.ident}=args.{a.dest}" for a in plain if a.required
    ]
    optional: list[Node] = [f"{a.ident}=args.{a.dest}" for a in plain if not a.required]
    if method.paging is not None:  # the page size, by the name the method gives it
        optional.append(f"{method.paging.size_arg}=args.page_max")
    result: list[Node] = list(required)
    if optional:
        result.append(call("**_given(", optional))
    if body is not None:
        required_body = f"required={literal(body.required)}"
        if body.style == "fields":
            result.append(call("**_fields(", ["args", _field_table(body.fields)]))
        elif body.style == "object":
            table = _field_table(body.fields)
            result.append(call(f"{body.ident}=_object(", ["args", table, required_body]))
        elif body.style == "map":
            result.append(call(f"{body.ident}=_pairs(", ["args", required_body]))
        elif body.style in ("raw", "file"):
            result.append(call(f"{body.ident}=_data(", ["args", required_body]))
        else:
            result.append(call(f"{body.ident}=_whole(", ["args", required_body]))
    return result


def _command(
    py: Binding,
    tag: ir.Tag,
    method: Method,
    name: str,
    aliases: list[str],
    global_flags: tuple[str, ...] = (),
) -> Command:
    op = method.operation
    body = op.body
    reserved = list(global_flags)
    if body is not None:
        raw = media.content_kind(body.content_type) == "raw" and body.fields is None
        reserved.append("data" if raw or _file_body(method, body) else "body")
    page_flag = ""
    if method.paging is not None:
        page_flag = "max" if method.paging.name == "range" else "page-size"
        reserved.append(page_flag)
    flags = _Flags(tuple(reserved))
    params = [method.argument(p.location, p.name) for p in op.parameters]  # document order
    path = [a for a in params if a.wire.location == "path"]
    others = [a for a in params if a.wire.location != "path"]
    last = op.path.rstrip("/").rsplit("/", 1)[-1]
    natural = {_option_name(a.wire.name, a.ident) for a in others}
    if body is not None and body.fields is not None:
        natural |= {_option_name(f.name, f.ident) for f in body.fields}
    arguments: list[Argument] = []
    positional: list[Argument] = []
    for index, p in enumerate(path):
        resource = _resource(p.wire.name)
        label = (
            resource if resource and resource not in natural else _option_name(p.wire.name, p.ident)
        )
        wire_last = last == "{" + p.wire.name + "}"
        if wire_last and index == 0 and p.type is not None and _scalar_kind(py, p.type) == "str":
            positional = _either_ways(py, p, flags, label)
        elif wire_last:
            positional = [_parameter(py, p, flags, True, label)]
        else:
            arguments.append(_parameter(py, p, flags, False, label))
    # required parameters first: they are what a reader of --help looks for
    for p in sorted(others, key=lambda p: not p.required):
        arguments.append(_parameter(py, p, flags, False, None))
    notes: list[str] = []
    shape: Optional[Body] = None
    if body is not None:
        options, shape, notes = _body(py, method, body, flags)
        arguments += options
    arguments[:0] = positional
    summary = _first_paragraph(op.summary) or f"{op.method} {op.path}"
    description = [_clean(op.summary or "")] if op.summary else []
    if op.description and op.description.strip() != op.summary.strip():
        description.append(_clean(op.description))
    if method.deprecated:
        description.append(method.deprecation_note)
    description.append(f"{op.method} {op.path}")
    epilog = list(notes)
    if method.paginated:
        epilog.append("Every page is fetched; the items are printed as one JSON array.")
    return Command(
        name=name,
        aliases=tuple(aliases),
        function=f"_call_{tag.ident}__{name.replace('-', '_')}",
        method=method.ident,
        help=summary + method.deprecated_suffix,
        description="\n\n".join(d for d in description if d),
        epilog="\n\n".join(_clean(e) for e in epilog),
        arguments=tuple(arguments),
        body=shape,
        paginated=method.paginated,
        raw_output=method.raw_output,
        call_args=tuple(_call_args(arguments, shape, method)),
        page_flag=page_flag,
        page_top=_page_top(method),
    )


def _renamed(tag: ir.Tag, method: Method, name: tuple[str, list[str]]) -> tuple[str, list[str]]:
    """A method the config's ``method_verbs`` renamed (``config_vars.info`` for
    "Info for App") is the same command in the CLI (``config-vars info``), so
    the two spellings of one API never disagree about a deliberate choice."""
    default = resource_verb(method.operation.ident, tag.ident)
    if default is None or default == method.ident or default in ("get",):
        return name
    return method.ident.replace("_", "-"), name[1]


def _page_top(method: Method) -> Optional[int]:
    """The largest page size the CLI accepts: Range paging's (1000 unless the
    config says), else the configured one, else none."""
    if method.paging is None:
        return None
    if method.paging.name == "range":
        return method.paging.pagination.max_size or 1000
    return method.paging.pagination.max_size


def cli_groups(api: ir.Api, py: Binding) -> list[CommandGroup]:
    """One command group per resource of the binding, in document order."""
    result = []
    global_flags = tuple(option.flag for option in server_options(api, py))
    for tag in api.tags:
        resource = py.resource(tag)
        if not resource.methods:
            continue
        # Command names are the CLI's own contract: derived from the operation
        # identifiers as before, whatever the Python method is called.
        names = command_names(tag, [m.operation.ident for m in resource.methods])
        names = [_renamed(tag, m, n) for m, n in zip(resource.methods, names)]
        commands = tuple(
            _command(py, tag, method, name, aliases, global_flags)
            for method, (name, aliases) in zip(resource.methods, names)
        )
        text = _first_paragraph(tag.description) or tag.name
        result.append(
            CommandGroup(
                name=kebab(resource.ident),
                attribute=resource.ident,
                function=f"_group_{resource.ident}",
                help=text,
                description=_clean(tag.description or tag.name),
                commands=commands,
            )
        )
    return result


FILTERS = {
    "cli_groups": cli_groups,
    "server_options": server_options,
    "add_argument": add_argument,
    "client_call": client_call,
    "help_text": help_text,
    "raw_text": raw_text,
    "kebab": kebab,
}
