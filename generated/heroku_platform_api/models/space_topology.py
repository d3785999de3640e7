from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_topology_apps_item import SpaceTopologyAppsItem


@dataclass(kw_only=True, slots=True)
class SpaceTopology:
    """Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery."""

    version: Optional[int] = None
    """version of the space topology payload

    Read-only: set by the server.
    """
    apps: Optional[list[SpaceTopologyAppsItem]] = None
    """The apps within this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopology:
        data = _rt.expect_object(data)
        return cls(
            version=_rt.optional_int(data, "version"),
            apps=_rt.optional(data, "apps", _rt.list_of(_models.SpaceTopologyAppsItem.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.version is not None:
            data["version"] = self.version
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        return data
