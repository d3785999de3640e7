"""What a convention detector is, and the registry the config chooses from.

An API convention (how lists are paged, later perhaps how errors or rate
limits are signalled) is not part of OpenAPI: it is recognised from an
operation's already-built parameters and responses.  Each convention is one
small class that either recognises its pattern or does not, so the builder
holds no special cases; a new one is a class in this folder, registered by
name with :func:`register`.
"""

from __future__ import annotations

import abc
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Iterable, Mapping, Optional, TypeVar

from ... import ir

# Fields that usually hold a list's items, tried in this order when a
# response object has more than one array.
ITEM_FIELDS = ("data", "items", "results", "records", "entries", "values", "elements")


@dataclass(frozen=True)
class Paging:
    """A recognised paging convention: the neutral IR record, and the
    parameters it takes over (lower-case names), which the caller no longer
    passes as arguments since the client drives them page by page."""

    pagination: ir.Pagination
    consumed: frozenset[str]


@dataclass(frozen=True)
class Listing:
    """Where a response's items are: the body path of the array and its item type."""

    items: tuple[str, ...]
    item: ir.Type
    response: ir.Response
    model: Optional[ir.Model]  # the response object's model (None: the body is the array)


@dataclass(frozen=True)
class Candidate:
    """An operation as detectors see it: built parameters and responses, its
    raw object (for extensions) and the models, to look inside a response."""

    operation_id: str
    method: str
    pointer: str
    params: tuple[ir.Parameter, ...]
    responses: tuple[ir.Response, ...]
    spec: Mapping[str, Any] = field(default_factory=dict)
    model: Callable[[str], Optional[ir.Model]] = field(default=lambda name: None)

    def param(self, names: Iterable[str], location: str = "query") -> Optional[ir.Parameter]:
        """The first parameter in ``location`` named one of ``names`` (case-insensitive)."""
        by_name = self._params_by_name.get(location, {})
        return next((by_name[n.lower()] for n in names if n.lower() in by_name), None)

    @functools.cached_property
    def _params_by_name(self) -> dict[str, dict[str, ir.Parameter]]:
        """Parameters by location, then lower-case name (the last of a name
        wins), made once: every detector asks (Amazon EC2: ~20 parameters an
        operation, asked about by each detector)."""
        found: dict[str, dict[str, ir.Parameter]] = {}
        for p in self.params:
            found.setdefault(p.location, {})[p.name.lower()] = p
        return found

    def success(self) -> Optional[ir.Response]:
        """The first 2xx response with a JSON body."""
        return next(
            (
                r
                for r in self.responses
                if r.status.startswith("2")
                and r.type is not None
                and "json" in (r.content_type or "")
            ),
            None,
        )

    def models_of(self, t: Optional[ir.Type]) -> Optional[ir.Model]:
        bare = t.inner if isinstance(t, ir.Nullable) else t
        return self.model(bare.name) if isinstance(bare, ir.ModelRef) else None

    def listing(self, items: Optional[tuple[str, ...]] = None) -> Optional[Listing]:
        """The success response's items: the body itself when it is an array,
        else the object's array field (``items`` names it; else the only array,
        or the first of :data:`ITEM_FIELDS`)."""
        response = self.success()
        if response is None or response.type is None:
            return None
        body = response.type.inner if isinstance(response.type, ir.Nullable) else response.type
        if isinstance(body, ir.ListOf) and not items:
            return Listing((), body.item, response, None)
        model = self.models_of(body)
        if model is None:
            return None
        if items:
            t = self.field_type(response.type, items)
            bare = t.inner if isinstance(t, ir.Nullable) else t
            return (
                Listing(items, bare.item, response, model) if isinstance(bare, ir.ListOf) else None
            )
        arrays = {}
        for f in model.fields:
            bare_f = f.type.inner if isinstance(f.type, ir.Nullable) else f.type
            if isinstance(bare_f, ir.ListOf):
                arrays[f.name] = bare_f.item
        if len(arrays) == 1:
            ((name, item),) = arrays.items()
            return Listing((name,), item, response, model)
        chosen = next((n for n in ITEM_FIELDS if n in arrays), None)
        return Listing((chosen,), arrays[chosen], response, model) if chosen else None

    def field_type(self, t: Optional[ir.Type], path: tuple[str, ...]) -> Optional[ir.Type]:
        """The type at ``path`` inside ``t`` (None: no such field)."""
        for name in path:
            model = self.models_of(t)
            if model is None:
                return None
            t = next((f.type for f in model.fields if f.name == name), None)
            if t is None:
                return None
        return t

    def find_field(
        self, t: Optional[ir.Type], names: Iterable[str], parents: Iterable[str] = ()
    ) -> Optional[tuple[str, ...]]:
        """The path of a string field named one of ``names`` at the top of
        ``t`` or inside one of its object fields named one of ``parents``."""
        wanted = [n.lower() for n in names]
        model = self.models_of(t)
        if model is None:
            return None
        for name in wanted:
            for f in model.fields:
                if f.name.lower() == name and _is_str(f.type):
                    return (f.name,)
        parent_names = {p.lower() for p in parents}
        for f in model.fields:
            if f.name.lower() in parent_names:
                inner = self.find_field(f.type, wanted)
                if inner is not None:
                    return (f.name,) + inner
        return None


def _is_str(t: ir.Type) -> bool:
    bare = t.inner if isinstance(t, ir.Nullable) else t
    return isinstance(bare, ir.Primitive) and bare.kind == "str"


class PagingDetector(abc.ABC):
    """Recognises one paging style from an operation's parameters and responses."""

    name: ClassVar[str]  # what the config calls it: ``paging: [<name>]``

    @abc.abstractmethod
    def detect(self, op: Candidate) -> Optional[Paging]:
        """The paging this operation uses, or ``None`` if it is not this style."""


# kind of convention -> detector name -> detector class
REGISTRY: dict[str, dict[str, type[PagingDetector]]] = {"paging": {}}

D = TypeVar("D", bound=type[PagingDetector])


def register(detector: D) -> D:
    """Class decorator: make ``detector`` selectable by its ``name`` in the config."""
    REGISTRY["paging"][detector.name] = detector
    return detector
