"""Model and enum classes: their fields, annotations, decoders and encoders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call

from .methods import _field_doc
from .types import DATETIME_NAMES, TYPING_NAMES, NullableType, PyType, py_type


@dataclass(frozen=True)
class FieldBinding:
    ident: str  # attribute name
    wire: str  # key on the wire
    type: PyType
    required: bool
    annotation: str
    decode: Group  # the value from_dict reads, from ``data``
    encode: str  # the JSON-ready value to_dict writes
    doc: str
    deprecated: bool
    imports: frozenset[str]
    field: ir.Field  # for descriptions; every Python spelling is above


@dataclass(frozen=True)
class ModelClass:
    name: str
    doc: str
    fields: tuple[FieldBinding, ...]
    additional: Optional[PyType]  # type of extra keys, when the model keeps them
    extra_decode: Optional[Group]  # ``_rt.extra(data, frozenset({...}), decoder)``


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
    t = py_type(f.type)
    bare = t.bare()
    if f.required:
        annotation, imports = t.annotation, t.imports
        decode = call("_rt.required(", ["data", literal(f.name), t.decoder()])
    else:
        annotation, imports = f"Optional[{bare.annotation}]", bare.imports | {"Optional"}
        decode = bare.optional_read("data", f.name)
    # Optional fields are only encoded when set, so only a required nullable one can be None.
    encode = t.encoder("self." + f.ident)
    if f.required and isinstance(t, NullableType):
        encode = f"None if self.{f.ident} is None else {encode}"
    return FieldBinding(
        f.ident, f.name, t, f.required, annotation, decode, encode, _field_doc(f), f.deprecated,
        imports, f,
    )  # fmt: skip


def model_class(m: ir.Model) -> ModelClass:
    additional = py_type(m.additional) if m.additional is not None else None
    extra: Optional[Group] = None
    if additional is not None:
        known: list[Node] = (
            [call("{", [literal(f.name) for f in m.fields], "}")] if m.fields else []
        )
        extra = call("_rt.extra(", ["data", call("frozenset(", known), additional.decoder()])
    text = m.description or f"The {m.name} object."
    return ModelClass(
        name=m.name,
        doc=("Deprecated.\n\n" + text) if m.deprecated else text,
        fields=tuple(field_binding(f) for f in m.fields),
        additional=additional,
        extra_decode=extra,
    )


def enum_class(e: ir.Enum) -> EnumClass:
    return EnumClass(
        name=e.name,
        base=e.base,
        doc=e.description or f"Values of {e.name}.",
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
