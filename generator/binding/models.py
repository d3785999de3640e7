"""Model and enum classes: their fields, annotations, decoders and encoders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Union

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call

from generator.naming import snake_ident

from .methods import _field_doc
from .types import DATETIME_NAMES, TYPING_NAMES, NullableType, PyType, py_type

# How a model module's decoders reach a class of a sibling module: through the
# ``models`` package, which imports that module on first use (see models/__init__).
SIBLING = "_models."


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
class ModuleImports:
    """What one model's module imports (each model has a module of its own)."""

    typing: tuple[str, ...]
    datetime: tuple[str, ...]
    siblings: tuple[tuple[str, str], ...]  # (module, class) the annotations name, for checkers
    lazy: bool  # its decoders reach sibling classes through the ``models`` package


@dataclass(frozen=True)
class ModelClass:
    name: str
    doc: str
    fields: tuple[FieldBinding, ...]
    additional: Optional[PyType]  # type of extra keys, when the model keeps them
    extra_decode: Optional[Group]  # ``_rt.extra(data, frozenset({...}), decoder)``
    module: str = ""  # its module in the ``models`` package
    imports: Optional[ModuleImports] = None


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
    module: str = ""  # its module in the ``models`` package


def _here(name: str) -> str:
    return ""


def field_binding(f: ir.Field, via: Callable[[str], str] = _here) -> FieldBinding:
    t = py_type(f.type, via)
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


def model_class(m: ir.Model, modules: Optional[dict[str, str]] = None) -> ModelClass:
    """The class of model ``m``; ``modules`` maps every class name to its module
    (None: one module holds them all)."""
    module = modules[m.name] if modules else ""

    def via(name: str) -> str:
        return SIBLING if modules and modules.get(name, module) != module else ""

    additional = py_type(m.additional, via) if m.additional is not None else None
    extra: Optional[Group] = None
    if additional is not None:
        known: list[Node] = (
            [call("{", [literal(f.name) for f in m.fields], "}")] if m.fields else []
        )
        extra = call("_rt.extra(", ["data", call("frozenset(", known), additional.decoder()])
    text = m.description or f"The {m.name} object."
    fields = tuple(field_binding(f, via) for f in m.fields)
    return ModelClass(
        name=m.name,
        doc=("Deprecated.\n\n" + text) if m.deprecated else text,
        fields=fields,
        additional=additional,
        extra_decode=extra,
        module=module,
        imports=_own_imports(fields, additional, module, modules or {}),
    )


def _own_imports(
    fields: tuple[FieldBinding, ...],
    additional: Optional[PyType],
    module: str,
    modules: dict[str, str],
) -> ModuleImports:
    """A model module's imports: typing and datetime names, the sibling classes its
    annotations name (imported for type checkers only, so importing one model never
    imports the models it refers to), and whether a decoder reaches a sibling."""
    types = [f.type for f in fields] + ([additional] if additional is not None else [])
    used: set[str] = {"Any"}
    for f in fields:
        used |= f.imports
    if additional is not None:
        used |= additional.imports
    siblings = sorted((modules[name], name) for name in used if modules.get(name, module) != module)
    referred = {name for t in types for name in t.refs()}
    lazy = any(modules.get(name, module) != module for name in referred)
    if siblings:
        used.add("TYPE_CHECKING")
    return ModuleImports(
        typing=tuple(n for n in ("TYPE_CHECKING",) + TYPING_NAMES if n in used),
        datetime=tuple(n for n in DATETIME_NAMES if n in used),
        siblings=tuple(siblings),
        lazy=lazy,
    )


def enum_class(e: ir.Enum, modules: Optional[dict[str, str]] = None) -> EnumClass:
    return EnumClass(
        name=e.name,
        base=e.base,
        doc=e.description or f"Values of {e.name}.",
        members=tuple(EnumMember(m.ident, m.value) for m in e.members),
        module=modules[e.name] if modules else "",
    )


def model_modules(names: list[str]) -> dict[str, str]:
    """Class name -> its module in the ``models`` package: the snake_case name,
    numbered where two names meet (``APIKey`` and ``ApiKey``)."""
    modules: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = snake_ident(name, "model")
        module, n = base, 1
        while module in taken:
            n += 1
            module = f"{base}_{n}"
        taken.add(module)
        modules[name] = module
    return modules


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
