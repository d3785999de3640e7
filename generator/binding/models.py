"""Model and enum classes: their fields, annotations, decoders and encoders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Union

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call

from .methods import _field_doc
from .types import NO_RENAMES, DATETIME_NAMES, TYPING_NAMES, NullableType, PyType, py_type


@dataclass(frozen=True)
class FieldBinding:
    ident: str  # attribute name
    wire: str  # key on the wire
    type: PyType
    required: bool
    annotation: str
    decode: Optional[Group]  # the value from_dict reads, from ``data`` (None: an input class)
    encode: str  # the JSON-ready value to_dict writes
    doc: str
    deprecated: bool
    imports: frozenset[str]
    field: ir.Field  # for descriptions; every Python spelling is above
    # The attribute's default: "" (required), "None" (None leaves it out) or
    # "_rt.UNSET" (an input class: UNSET leaves it out, None sends null).
    default: str = ""


@dataclass(frozen=True)
class ModelClass:
    name: str
    doc: str
    fields: tuple[FieldBinding, ...]
    additional: Optional[PyType]  # type of extra keys, when the model keeps them
    extra_decode: Optional[Group]  # ``_rt.extra(data, frozenset({...}), decoder)``
    # The request class of model ``input_of`` (see ``binding.requests``): only
    # ``to_dict``, no readOnly field, optional fields default to ``UNSET``.
    input_of: Optional[str] = None


@dataclass(frozen=True)
class EnumMember:
    ident: str
    value: Union[str, int, float, bool]


@dataclass(frozen=True)
class EnumClass:
    name: str
    base: str  # "str" or "int"
    doc: str
    members: tuple[EnumMember, ...]


def field_binding(f: ir.Field) -> FieldBinding:
    """A field of a response (or two-way) class: writeOnly ones are never
    required, since the server does not send them back."""
    t = py_type(f.type)
    bare = t.bare()
    required = f.required and not f.write_only
    default = "" if required else "None"
    if required:
        annotation, imports = t.annotation, t.imports
        decode = call("_rt.required(", ["data", literal(f.name), t.decoder()])
    else:
        annotation, imports = f"Optional[{bare.annotation}]", bare.imports | {"Optional"}
        decode = bare.optional_read("data", f.name)
    # Optional fields are only encoded when set, so only a required nullable one can be None.
    encode = t.encoder("self." + f.ident)
    if required and isinstance(t, NullableType):
        encode = f"None if self.{f.ident} is None else {encode}"
    return FieldBinding(
        f.ident, f.name, t, required, annotation, decode, encode, _field_doc(f), f.deprecated,
        imports, f, default,
    )  # fmt: skip


def input_field_binding(f: ir.Field, renames: Mapping[str, str]) -> FieldBinding:
    """A field of an input class: like a method argument, an optional one is
    ``UNSET`` (left out) until set, and ``None`` sends JSON ``null``."""
    t = py_type(f.type, renames)
    encode = t.encoder("self." + f.ident)
    if isinstance(t, NullableType):
        encode = f"None if self.{f.ident} is None else {encode}"
    if f.required:
        annotation, imports, default = t.annotation, t.imports, ""
    else:
        annotation, imports = f"Union[{t.annotation}, _rt.Unset]", t.imports | {"Union"}
        default = "_rt.UNSET"
    return FieldBinding(
        f.ident, f.name, t, f.required, annotation, None, encode, _field_doc(f), f.deprecated,
        imports, f, default,
    )  # fmt: skip


def model_class(m: ir.Model) -> ModelClass:
    additional = py_type(m.additional) if m.additional is not None else None
    extra: Optional[Group] = None
    if additional is not None:
        known: list[Node] = (
            [call("{", [literal(f.name) for f in m.fields], "}")] if m.fields else []
        )
        extra = call("_rt.extra(", ["data", call("frozenset(", known), additional.decoder()])
    return ModelClass(
        name=m.name,
        doc=_model_doc(m),
        fields=tuple(field_binding(f) for f in m.fields),
        additional=additional,
        extra_decode=extra,
    )


def input_class(m: ir.Model, name: str, renames: Mapping[str, str]) -> ModelClass:
    """The request class ``name`` of model ``m`` (see :mod:`generator.binding.requests`)."""
    additional = py_type(m.additional, renames) if m.additional is not None else None
    sent = (
        f"{m.name} as a request sends it: read-only fields left out;\n"
        "an optional field left UNSET is not sent, None sends null."
    )
    return ModelClass(
        name=name,
        doc="\n\n".join(part for part in (_model_doc(m), sent) if part),
        fields=tuple(input_field_binding(f, renames) for f in m.fields if not f.read_only),
        additional=additional,
        extra_decode=None,
        input_of=m.name,
    )


def _model_doc(m: ir.Model) -> str:
    """The schema's own description or title; no filler when it has neither."""
    return "\n\n".join(
        part for part in ("Deprecated." if m.deprecated else "", m.description) if part
    )


def enum_class(e: ir.Enum) -> EnumClass:
    return EnumClass(
        name=e.name,
        base=e.base,
        doc=e.description,
        members=tuple(EnumMember(m.ident, m.value) for m in e.members),
    )


def module_imports(models: tuple[ModelClass, ...]) -> dict[str, list[str]]:
    """What ``models.py`` imports from typing and datetime (``from_dict(data: Any)``
    always needs Any; model names are its own)."""
    used: set[str] = {"Any"}
    for m in models:
        for f in m.fields:
            used |= f.imports
        if m.additional is not None:
            used |= m.additional.imports
    return {
        "typing": sorted(n for n in TYPING_NAMES if n in used),
        "datetime": sorted(n for n in DATETIME_NAMES if n in used),
        "models": [],
    }
