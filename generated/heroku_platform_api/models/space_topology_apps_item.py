from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_topology_formation import SpaceTopologyFormation


@dataclass(kw_only=True, slots=True)
class SpaceTopologyAppsItem:
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    domains: Optional[list[Any]] = None
    """Read-only: set by the server."""
    formation: Optional[list[SpaceTopologyFormation]] = None
    """formations for application

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyAppsItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            domains=_rt.optional(data, "domains", _rt.list_of(_rt.as_any)),
            formation=_rt.optional(
                data,
                "formation",
                _rt.list_of(_models.SpaceTopologyFormation.from_dict),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.domains is not None:
            data["domains"] = _rt.encode(self.domains)
        if self.formation is not None:
            data["formation"] = _rt.encode(self.formation)
        return data
