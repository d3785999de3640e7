from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            organization=_rt.optional(data, "organization", SpaceOrganization.from_dict),
            team=_rt.optional(data, "team", SpaceTeam.from_dict),
            region=_rt.optional(data, "region", SpaceRegion.from_dict),
            shield=_rt.optional_bool(data, "shield"),
            state=_rt.optional(data, "state", SpaceState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            cidr=_rt.optional_str(data, "cidr"),
            data_cidr=_rt.optional_str(data, "data_cidr"),
            generation=_rt.optional(data, "generation", SpaceGeneration.from_dict),
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


@dataclass(kw_only=True, slots=True)
class SpaceAppAccess:
    """Space access represents the permissions a particular user has on a particular space."""

    space: Optional[SpaceAppAccessSpace] = None
    """space user belongs to"""
    created_at: Optional[datetime] = None
    """when space was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    permissions: Optional[list[SpaceAppAccessPermissionsItem]] = None
    """user space permissions"""
    updated_at: Optional[datetime] = None
    """when space was updated

    Read-only: set by the server.
    """
    user: Optional[SpaceAppAccessUser] = None
    """identity of user account"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccess:
        data = _rt.expect_object(data)
        return cls(
            space=_rt.optional(data, "space", SpaceAppAccessSpace.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(SpaceAppAccessPermissionsItem.from_dict),
            ),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", SpaceAppAccessUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessPermissionsItem:
    description: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            description=_rt.optional_str(data, "description"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessSpace:
    """space user belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessSpace:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessUpdateBodyPermissionsItem:
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessUpdateBodyPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessUser:
    """identity of user account"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class SpaceGeneration:
    """Generation of the Heroku platform for this space"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceGeneration:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceNat:
    """Network address translation (NAT) for stable outbound IP addresses from a space"""

    created_at: Optional[datetime] = None
    """when network address translation for a space was created

    Read-only: set by the server.
    """
    sources: Optional[list[str]] = None
    """potential IPs from which outbound network traffic will originate

    Read-only: set by the server.
    """
    state: Optional[SpaceNatState] = None
    """availability of network address translation for a space

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when network address translation for a space was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceNat:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            sources=_rt.optional(data, "sources", _rt.list_of(_rt.as_str)),
            state=_rt.optional(data, "state", SpaceNatState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.sources is not None:
            data["sources"] = list(self.sources)
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class SpaceOrganization:
    """organization that owns this space"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceOrganization:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceRegion:
    """identity of space region"""

    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceRegion:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class SpaceTeam:
    """team that owns this space"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTeam:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


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
            apps=_rt.optional(data, "apps", _rt.list_of(SpaceTopologyAppsItem.from_dict)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.version is not None:
            data["version"] = self.version
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        return data


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
                _rt.list_of(SpaceTopologyFormation.from_dict),
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


@dataclass(kw_only=True, slots=True)
class SpaceTopologyDyno:
    """A dyno"""

    id: Optional[str] = None
    """unique identifier of this dyno

    Read-only: set by the server.
    """
    number: Optional[int] = None
    """process number, e.g. 1 in web.1"""
    private_ip: Optional[str] = None
    """RFC1918 Address of Dyno"""
    hostname: Optional[str] = None
    """localspace hostname of resource"""

    @classmethod
    def from_dict(cls, data: Any) -> SpaceTopologyDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            number=_rt.optional_int(data, "number"),
            private_ip=_rt.optional_str(data, "private_ip"),
            hostname=_rt.optional_str(data, "hostname"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.number is not None:
            data["number"] = self.number
        if self.private_ip is not None:
            data["private_ip"] = self.private_ip
        if self.hostname is not None:
            data["hostname"] = self.hostname
        return data


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
            dynos=_rt.optional(data, "dynos", _rt.list_of(SpaceTopologyDyno.from_dict)),
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


class SpaceNatState(str, _rt.OpenEnum):
    """availability of network address translation for a space"""

    DISABLED = "disabled"
    UPDATING = "updating"
    ENABLED = "enabled"


class SpaceState(str, _rt.OpenEnum):
    """availability of this space"""

    ALLOCATING = "allocating"
    ALLOCATED = "allocated"
    DELETING = "deleting"
