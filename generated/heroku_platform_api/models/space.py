from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_generation import SpaceGeneration
    from .space_organization import SpaceOrganization
    from .space_region import SpaceRegion
    from .space_state import SpaceState
    from .space_team import SpaceTeam


@dataclass(kw_only=True, slots=True)
class Space:
    """A space is an isolated, highly available, secure app execution environment."""

    created_at: Optional[datetime] = None
    """when space was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""
    organization: Optional[SpaceOrganization] = None
    """organization that owns this space"""
    team: Optional[SpaceTeam] = None
    """team that owns this space"""
    region: Optional[SpaceRegion] = None
    """identity of space region"""
    shield: Optional[bool] = None
    """true if this space has shield enabled

    Read-only: set by the server.
    """
    state: Optional[SpaceState] = None
    """availability of this space

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when space was updated

    Read-only: set by the server.
    """
    cidr: Optional[str] = None
    """The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16

    Default: '10.0.0.0/16'.
    """
    data_cidr: Optional[str] = None
    """The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that's automatically created when using Heroku Data add-ons. It must be between a /16 and a /20"""
    generation: Optional[SpaceGeneration] = None
    """Generation of the Heroku platform for this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Space:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            organization=_rt.optional(data, "organization", _models.SpaceOrganization.from_dict),
            team=_rt.optional(data, "team", _models.SpaceTeam.from_dict),
            region=_rt.optional(data, "region", _models.SpaceRegion.from_dict),
            shield=_rt.optional_bool(data, "shield"),
            state=_rt.optional(data, "state", _models.SpaceState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            cidr=_rt.optional_str(data, "cidr"),
            data_cidr=_rt.optional_str(data, "data_cidr"),
            generation=_rt.optional(data, "generation", _models.SpaceGeneration.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        if self.shield is not None:
            data["shield"] = self.shield
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.cidr is not None:
            data["cidr"] = self.cidr
        if self.data_cidr is not None:
            data["data_cidr"] = self.data_cidr
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        return data
