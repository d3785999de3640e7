"""How each kind of IR type is spelled in Python: one small class per kind.

Every class knows its annotation, its decoder (a layout node, so a long one
can explode in place), how to encode a value of it into JSON-ready data, and
exactly which names its annotation needs imported.  The imports of a module
are the union of these sets: nothing is found by scanning rendered text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Mapping, Optional

from generator import ir
from generator.escaping import literal
from generator.pystyle import Group, Node, call, prefixed

# Names generated modules import from ``typing`` and ``datetime`` when used.
TYPING_NAMES = ("Any", "Literal", "Mapping", "Optional", "Union", "cast")
DATETIME_NAMES = ("date", "datetime")

_ANNOTATION = {
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
_IMPORTED = {"datetime": "datetime", "date": "date", "any": "Any"}
# Scalars the runtime reads in one call (``_rt.optional_str(data, "name")``).
_ONE_CALL_OPTIONAL = ("str", "bool", "int", "float", "datetime")
_PASSED_AS_IS = ("str", "int", "float", "bool")
# What a scalar's annotation needs imported, by kind (an unknown kind is Any).
_ANY_IMPORTS = frozenset({"Any"})
_SCALAR_IMPORTS = {
    kind: frozenset({_IMPORTED[kind]}) if kind in _IMPORTED else frozenset() for kind in _ANNOTATION
}


class PyType:
    """The Python spelling of one IR type."""

    @property
    def annotation(self) -> str:
        return "Any"

    @property
    def imports(self) -> frozenset[str]:
        """The names the annotation needs imported (typing, datetime, models)."""
        return frozenset({"Any"})

    def decoder(self) -> Node:
        """Expression of a callable turning JSON data into a value of this type."""
        return "_rt.as_any"

    def encoder(self, expr: str) -> str:
        """Expression turning ``expr`` (a value of this type) into JSON-ready data."""
        return f"_rt.encode({expr})"

    def refs(self) -> tuple[str, ...]:
        """Model and enum names this type mentions directly (not through models)."""
        return ()

    def bare(self) -> "PyType":
        """The type without its ``Optional`` (null) wrapper."""
        return self

    def optional_read(self, data: str, wire: str) -> Group:
        """How ``from_dict`` reads an optional field of this type."""
        return call("_rt.optional(", [data, literal(wire), self.decoder()])


@dataclass(frozen=True)
class Scalar(PyType):
    kind: str
    format: Optional[str] = None

    @property
    def annotation(self) -> str:
        return _ANNOTATION.get(self.kind, "Any")

    @property
    def imports(self) -> frozenset[str]:
        return _SCALAR_IMPORTS.get(self.kind, _ANY_IMPORTS)

    def decoder(self) -> Node:
        return f"_rt.as_{self.kind}" if self.kind in _ANNOTATION else "_rt.as_any"

    def encoder(self, expr: str) -> str:
        if self.kind in _PASSED_AS_IS:
            return expr
        if self.kind in ("datetime", "date"):
            return f"{expr}.isoformat()"
        return f"_rt.encode({expr})"

    def optional_read(self, data: str, wire: str) -> Group:
        if self.kind in _ONE_CALL_OPTIONAL:
            return call(f"_rt.optional_{self.kind}(", [data, literal(wire)])
        return super().optional_read(data, wire)


@dataclass(frozen=True)
class ListType(PyType):
    item: PyType

    @property
    def annotation(self) -> str:
        return f"list[{self.item.annotation}]"

    @property
    def imports(self) -> frozenset[str]:
        return self.item.imports

    def decoder(self) -> Node:
        return call("_rt.list_of(", [self.item.decoder()])

    def encoder(self, expr: str) -> str:
        if isinstance(self.item, Scalar) and self.item.kind in _PASSED_AS_IS:
            return f"list({expr})"
        return f"_rt.encode({expr})"

    def refs(self) -> tuple[str, ...]:
        return self.item.refs()


@dataclass(frozen=True)
class MapType(PyType):
    value: PyType

    @property
    def annotation(self) -> str:
        return f"dict[str, {self.value.annotation}]"

    @property
    def imports(self) -> frozenset[str]:
        return self.value.imports

    def decoder(self) -> Node:
        if self.value == Scalar("any"):
            return "_rt.expect_object"
        return call("_rt.dict_of(", [self.value.decoder()])

    def refs(self) -> tuple[str, ...]:
        return self.value.refs()


@dataclass(frozen=True)
class _NamedType(PyType):
    """A class the package defines (a model or an enum): annotated and imported
    by its name, and the one name it refers to."""

    name: str
    via: str = ""  # how the decoder reaches the class: "" here, "_models." from a sibling module

    @property
    def annotation(self) -> str:
        return self.name

    @property
    def imports(self) -> frozenset[str]:
        return frozenset({self.name})

    def refs(self) -> tuple[str, ...]:
        return (self.name,)


@dataclass(frozen=True)
class ModelType(_NamedType):
    def decoder(self) -> Node:
        return f"{self.via}{self.name}.from_dict"

    def encoder(self, expr: str) -> str:
        return f"{expr}.to_dict()"


@dataclass(frozen=True)
class EnumType(_NamedType):
    def decoder(self) -> Node:
        return f"{self.via}{self.name}.decode"

    def encoder(self, expr: str) -> str:
        return f"{expr}.value"


@dataclass(frozen=True)
class NullableType(PyType):
    inner: PyType

    @property
    def annotation(self) -> str:
        return f"Optional[{self.inner.annotation}]"

    @property
    def imports(self) -> frozenset[str]:
        return self.inner.imports | {"Optional"}

    def decoder(self) -> Node:
        return call("_rt.nullable(", [self.inner.decoder()])

    def encoder(self, expr: str) -> str:
        return self.inner.encoder(expr)

    def refs(self) -> tuple[str, ...]:
        return self.inner.refs()

    def bare(self) -> PyType:
        return self.inner


@dataclass(frozen=True)
class UnionType(PyType):
    variants: tuple[PyType, ...]
    discriminator: Optional[ir.Discriminator] = None
    via: tuple[str, ...] = ()  # the ``via`` of each discriminator mapping's model, in order

    @property
    def annotation(self) -> str:
        parts = list(dict.fromkeys(v.annotation for v in self.variants))
        if len(parts) == 1:
            return parts[0]
        return "Any" if "Any" in parts else f"Union[{', '.join(parts)}]"

    @property
    def imports(self) -> frozenset[str]:
        text = self.annotation
        if text == "Any":
            return frozenset({"Any"})
        names = frozenset().union(*(v.imports for v in self.variants))
        return names | {"Union"} if text.startswith("Union[") else names

    def decoder(self) -> Node:
        if self.annotation == "Any" and not self.discriminator:
            return "_rt.as_any"
        options = call("_rt.union_of(", [v.decoder() for v in _most_specific_first(self.variants)])
        if self.discriminator and self.discriminator.mapping:
            vias = self.via or ("",) * len(self.discriminator.mapping)
            pairs = tuple(
                (literal(value), f"{via}{name}.from_dict")
                for (value, name), via in zip(self.discriminator.mapping, vias)
            )
            return call(
                "_rt.discriminated(",
                [literal(self.discriminator.property), mapping(pairs), options],
            )
        return options

    def refs(self) -> tuple[str, ...]:
        names = [name for v in self.variants for name in v.refs()]
        if self.discriminator:
            names += [name for _, name in self.discriminator.mapping]
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True)
class LiteralType(PyType):
    """``Literal["a", "b"]``: a ``const``, a single-value enum or an argument's
    small closed set of strings."""

    values: tuple[object, ...]

    @property
    def annotation(self) -> str:
        return f"Literal[{', '.join(literal(v) for v in self.values)}]"

    @property
    def imports(self) -> frozenset[str]:
        return frozenset({"Literal"})

    def decoder(self) -> Node:
        return call("_rt.literal_of(", [literal(v) for v in self.values])

    def encoder(self, expr: str) -> str:
        return expr


@dataclass(frozen=True)
class TupleType(PyType):
    """A positional array: ``tuple[int, str]`` when its length is fixed, else
    ``tuple[Union[int, str, Rest], ...]`` (each item one of the declared types;
    Python 3.10 cannot spell a fixed head with a variable tail)."""

    items: tuple[PyType, ...]
    rest: Optional[PyType]
    exact: bool

    def _members(self) -> list[str]:
        every = list(self.items) + ([self.rest] if self.rest is not None else [])
        return list(dict.fromkeys(t.annotation for t in every))

    @property
    def annotation(self) -> str:
        if self.exact:
            return f"tuple[{', '.join(t.annotation for t in self.items)}]"
        members = self._members()
        if not members:
            return "tuple[()]"
        one = "Any" if "Any" in members else members[0]
        if len(members) > 1 and one != "Any":
            one = f"Union[{', '.join(members)}]"
        return f"tuple[{one}, ...]"

    @property
    def imports(self) -> frozenset[str]:
        every = list(self.items) + ([self.rest] if self.rest is not None else [])
        names = frozenset().union(*(t.imports for t in every))
        text = self.annotation
        if not self.exact and text.startswith("tuple[Union["):
            names |= {"Union"}
        if not self.exact and text.startswith("tuple[Any,"):
            names = frozenset({"Any"})
        return names

    def decoder(self) -> Node:
        items = call("[", [t.decoder() for t in self.items], "]")
        rest = self.rest.decoder() if self.rest is not None else "None"
        return call("_rt.tuple_of(", [items, rest, literal(self.exact)])

    def refs(self) -> tuple[str, ...]:
        every = list(self.items) + ([self.rest] if self.rest is not None else [])
        return tuple(dict.fromkeys(name for t in every for name in t.refs()))


def _most_specific_first(variants: tuple[PyType, ...]) -> list[PyType]:
    # A model accepts any object and ``any`` accepts everything: try them last.
    def rank(t: PyType) -> int:
        return 2 if t == Scalar("any") else 1 if isinstance(t, (ModelType, MapType)) else 0

    return sorted(variants, key=rank)


def mapping(pairs: tuple[tuple[str, Node], ...]) -> Group:
    """A dict display; a value that is itself a group can explode in place."""
    return call("{", [prefixed(value, f"{key}: ") for key, value in pairs], "}")


def _here(name: str) -> str:
    return ""


NO_RENAMES: Mapping[str, str] = {}


@functools.lru_cache(maxsize=256)
def _scalar(kind: str, fmt: Optional[str]) -> Scalar:
    """``Scalar(kind, fmt)``, one shared instance per pair (it is immutable):
    most types of a large API are scalars (Amazon EC2: 17,022)."""
    return Scalar(kind, fmt)


def py_type(
    t: ir.Type, renames: Mapping[str, str] = NO_RENAMES, via: Callable[[str], str] = _here
) -> PyType:
    """The Python spelling of IR type ``t``; ``renames`` maps a model to the class
    that stands for it here (in a request: its input class, see ``binding.requests``);
    ``via(name)`` is the prefix its decoders reach the named class ``name`` by (a
    model module reaches a sibling's lazily)."""
    if isinstance(t, ir.Primitive):
        return _scalar(t.kind, t.format)
    if isinstance(t, ir.ListOf):
        return ListType(py_type(t.item, renames, via))
    if isinstance(t, ir.MapOf):
        return MapType(py_type(t.value, renames, via))
    if isinstance(t, ir.ModelRef):
        name = renames.get(t.name, t.name)
        return ModelType(name, via(name))
    if isinstance(t, ir.EnumRef):
        return EnumType(t.name, via(t.name))
    if isinstance(t, ir.Nullable):
        return NullableType(py_type(t.inner, renames, via))
    if isinstance(t, ir.Literal):
        return LiteralType(t.values)
    if isinstance(t, ir.TupleOf):
        rest = py_type(t.rest, renames, via) if t.rest is not None else None
        return TupleType(tuple(py_type(i, renames, via) for i in t.items), rest, t.exact)
    if isinstance(t, ir.UnionOf):
        disc = t.discriminator
        if disc is not None and renames:
            mapping = tuple((value, renames.get(name, name)) for value, name in disc.mapping)
            disc = ir.Discriminator(disc.property, mapping)
        mapped = disc.mapping if disc else ()
        return UnionType(
            tuple(py_type(v, renames, via) for v in t.variants),
            disc,
            tuple(via(name) for _, name in mapped),
        )
    return Scalar("any")  # pragma: no cover - the IR has no other types
