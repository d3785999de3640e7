"""Model and enum classes: their fields, annotations, decoders and encoders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Optional, Union

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call

from generator.naming import snake_ident

from .methods import _field_doc
from .types import NO_RENAMES, DATETIME_NAMES, TYPING_NAMES, NullableType, PyType, py_type

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
    module: str = ""  # its module in the ``models`` package (its input class shares it)
    imports: Optional[ModuleImports] = None
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
    module: str = ""  # its module in the ``models`` package


def _here(name: str) -> str:
    return ""


def field_binding(f: ir.Field, via: Callable[[str], str] = _here) -> FieldBinding:
    """A field of a response (or two-way) class: writeOnly ones are never
    required, since the server does not send them back."""
    t = py_type(f.type, NO_RENAMES, via)
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


def model_class(m: ir.Model, modules: Optional[dict[str, str]] = None) -> ModelClass:
    """The class of model ``m``; ``modules`` maps every class name to its module
    (None: one module holds them all)."""
    module = modules[m.name] if modules else ""

    def via(name: str) -> str:
        return SIBLING if modules and modules.get(name, module) != module else ""

    additional = py_type(m.additional, NO_RENAMES, via) if m.additional is not None else None
    extra: Optional[Group] = None
    if additional is not None:
        known: list[Node] = (
            [call("{", [literal(f.name) for f in m.fields], "}")] if m.fields else []
        )
        extra = call("_rt.extra(", ["data", call("frozenset(", known), additional.decoder()])
    fields = tuple(field_binding(f, via) for f in m.fields)
    return ModelClass(
        name=m.name,
        doc=_model_doc(m),
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
    modules: Mapping[str, str],
    decodes: bool = True,
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
    lazy = decodes and any(modules.get(name, module) != module for name in referred)
    if siblings:
        used.add("TYPE_CHECKING")
    return ModuleImports(
        typing=tuple(n for n in ("TYPE_CHECKING",) + TYPING_NAMES if n in used),
        datetime=tuple(n for n in DATETIME_NAMES if n in used),
        siblings=tuple(siblings),
        lazy=lazy,
    )


def input_class(
    m: ir.Model, name: str, renames: Mapping[str, str], modules: Optional[dict[str, str]] = None
) -> ModelClass:
    """The request class ``name`` of model ``m`` (see :mod:`generator.binding.requests`),
    in its model's module; it only encodes, so it never reaches a sibling at run time."""
    module = modules[m.name] if modules else ""
    additional = py_type(m.additional, renames) if m.additional is not None else None
    sent = (
        f"{m.name} as a request sends it: read-only fields left out;\n"
        "an optional field left UNSET is not sent, None sends null."
    )
    fields = tuple(input_field_binding(f, renames) for f in m.fields if not f.read_only)
    return ModelClass(
        name=name,
        doc="\n\n".join(part for part in (_model_doc(m), sent) if part),
        fields=fields,
        additional=additional,
        extra_decode=None,
        input_of=m.name,
        module=module,
        imports=_own_imports(fields, additional, module, modules or {}, decodes=False),
    )


def shared_imports(a: ModuleImports, b: ModuleImports) -> ModuleImports:
    """The imports of one module that holds two classes (a model and its input class)."""
    return ModuleImports(
        typing=tuple(n for n in ("TYPE_CHECKING",) + TYPING_NAMES if n in a.typing + b.typing),
        datetime=tuple(n for n in DATETIME_NAMES if n in a.datetime + b.datetime),
        siblings=tuple(sorted(set(a.siblings) | set(b.siblings))),
        lazy=a.lazy or b.lazy,
    )


def _model_doc(m: ir.Model) -> str:
    """The schema's own description or title; no filler when it has neither."""
    return "\n\n".join(
        part for part in ("Deprecated." if m.deprecated else "", m.description) if part
    )


def enum_class(e: ir.Enum, modules: Optional[dict[str, str]] = None) -> EnumClass:
    return EnumClass(
        name=e.name,
        base=e.base,
        doc=e.description,
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
