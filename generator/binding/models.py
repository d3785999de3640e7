"""Model and enum classes: their fields, annotations, decoders and encoders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Optional, Union

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call

from generator.naming import identifier, snake_ident

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
    """What a class needs its module to import."""

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


def merged_imports(imports: list[ModuleImports]) -> ModuleImports:
    """The imports of one module that holds several classes."""
    typing = {n for i in imports for n in i.typing}
    datetime = {n for i in imports for n in i.datetime}
    return ModuleImports(
        typing=tuple(n for n in ("TYPE_CHECKING",) + TYPING_NAMES if n in typing),
        datetime=tuple(n for n in DATETIME_NAMES if n in datetime),
        siblings=tuple(sorted({s for i in imports for s in i.siblings})),
        lazy=any(i.lazy for i in imports),
    )


@dataclass(frozen=True)
class ModelModule:
    """One module of the ``models`` package (see :func:`model_modules`)."""

    name: str
    models: tuple[ModelClass, ...]
    enums: tuple[EnumClass, ...]
    imports: ModuleImports  # what its models need (an enum needs only the runtime)
    keeps_extra: bool  # a model keeps extra keys: ``dataclasses.field`` is imported


def group_modules(
    models: Mapping[str, ModelClass], enums: Mapping[str, EnumClass]
) -> dict[str, ModelModule]:
    """The modules of the ``models`` package by name, each with its classes in
    alphabetical order (an input class right after its model, enums last)."""
    held: dict[str, tuple[list[ModelClass], list[EnumClass]]] = {}
    for model in sorted(models.values(), key=lambda m: (m.input_of or m.name, bool(m.input_of))):
        held.setdefault(model.module, ([], []))[0].append(model)
    for enum in sorted(enums.values(), key=lambda e: e.name):
        held.setdefault(enum.module, ([], []))[1].append(enum)
    return {
        name: ModelModule(
            name,
            tuple(classes),
            tuple(members),
            merged_imports([c.imports for c in classes if c.imports is not None]),
            any(c.additional is not None for c in classes),
        )
        for name, (classes, members) in sorted(held.items())
    }


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


# The most classes one module of the ``models`` package holds, counting an input
# class with its model.  Importing 64 models from one module costs about 17 ms
# (ec2's, from bytecode); a generation writes a tenth of the files it would
# with a module per class, and creating files is what a large API's write costs.
MODULE_CLASSES = 64


def model_modules(names: list[str], weights: Optional[Mapping[str, int]] = None) -> dict[str, str]:
    """Class name -> its module in the ``models`` package.

    Classes are grouped by the words their snake_case names begin with: ``App``,
    ``AppFeature`` and ``AppSetup`` share ``app``, as long as that group holds at
    most :data:`MODULE_CLASSES` (``weights`` counts a class with its input
    class).  A larger group splits by the next word (``app_webhook``), and a
    class whose name ends at the split keeps the shorter module.  A class added
    to the document changes only its own group's modules, so regenerating a
    growing API does not reshuffle the rest."""
    words: dict[str, tuple[str, ...]] = {}
    taken: set[tuple[str, ...]] = set()
    for name in names:  # numbered where two names meet (``APIKey`` and ``ApiKey``)
        base = tuple(w for w in snake_ident(name, "model").split("_") if w)
        key, n = base, 1
        while key in taken:
            n += 1
            key = base + (str(n),)
        taken.add(key)
        words[name] = key
    modules: dict[str, str] = {}
    _group(sorted(words, key=words.__getitem__), words, weights or {}, 1, modules)
    return {name: modules[name] for name in names}


def _group(
    names: list[str],
    words: Mapping[str, tuple[str, ...]],
    weights: Mapping[str, int],
    depth: int,
    modules: dict[str, str],
) -> None:
    """Assign ``names`` (sorted by their words) to modules named by their first
    ``depth`` words, splitting a group that is too large by one more word."""
    start = 0
    while start < len(names):
        prefix = words[names[start]][:depth]
        end = start + 1
        while end < len(names) and words[names[end]][:depth] == prefix:
            end += 1
        members = names[start:end]
        start = end
        module = module_name(prefix)
        if sum(weights.get(n, 1) for n in members) <= MODULE_CLASSES:
            modules.update(dict.fromkeys(members, module))
            continue
        # Too many: the names that end here keep this module, the rest split on.
        longer = [n for n in members if len(words[n]) > depth]
        modules.update(dict.fromkeys((n for n in members if len(words[n]) <= depth), module))
        _group(longer, words, weights, depth + 1, modules)


def module_name(words: tuple[str, ...]) -> str:
    """The module named by a group's words: an identifier, never a keyword."""
    return identifier("_".join(words), "model")
