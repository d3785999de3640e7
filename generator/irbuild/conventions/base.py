"""What a convention detector is, and the registry the config chooses from.

An API convention (how lists are paged, later perhaps how errors or rate
limits are signalled) is not part of OpenAPI: it is recognised from an
operation's already-built parameters and responses.  Each convention is one
small class that either recognises its pattern or does not, so the builder
holds no special cases, and adding one (Link headers, cursors, offsets) is a
new class in this folder, registered by name with :func:`register`.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import ClassVar, Optional, TypeVar

from ... import ir


@dataclass(frozen=True)
class Paging:
    """A recognised paging convention: the neutral IR record, and the
    parameters it takes over (lower-case names), which the caller no longer
    passes as arguments since the client drives them page by page."""

    pagination: ir.Pagination
    consumed: frozenset[str]


class PagingDetector(abc.ABC):
    """Recognises one paging style from an operation's parameters and responses."""

    name: ClassVar[str]  # what the config calls it: ``conventions: {paging: [<name>]}``

    @abc.abstractmethod
    def detect(
        self, params: tuple[ir.Parameter, ...], responses: tuple[ir.Response, ...]
    ) -> Optional[Paging]:
        """The paging this operation uses, or ``None`` if it is not this style."""


# kind of convention -> detector name -> detector class
REGISTRY: dict[str, dict[str, type[PagingDetector]]] = {"paging": {}}

D = TypeVar("D", bound=type[PagingDetector])


def register(detector: D) -> D:
    """Class decorator: make ``detector`` selectable by its ``name`` in the config."""
    REGISTRY["paging"][detector.name] = detector
    return detector
