from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_topology_dyno import SpaceTopologyDyno


@dataclass(kw_only=True, slots=True)
class SpaceTopologyFormation:
    """formations for application"""

    id: Optional[str] = None
    """unique identifier of this process type

    Read-only: set by the server.
    """
    process_type: Optional[str] = None
    """Name of process type"""
    dynos: Optional[list[SpaceTopologyDyno]] = None
    """Current dynos for application"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyFormation:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            process_type=_rt.optional_str(data, "process_type"),
            dynos=_rt.optional(data, "dynos", _rt.list_of(_models.SpaceTopologyDyno.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.process_type is not None:
            data["process_type"] = self.process_type
        if self.dynos is not None:
            data["dynos"] = _rt.encode(self.dynos)
        return data
