from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Dyno:
    """Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

    attach_url: Optional[str] = None
    """a URL to stream output from for attached processes or null for non-attached processes

    Read-only: set by the server.
    """
    command: Optional[str] = None
    """command used to start this process"""
    created_at: Optional[datetime] = None
    """when dyno was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this dyno

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """the name of this process on this dyno

    Read-only: set by the server.
    """
    release: Optional[DynoRelease] = None
    """app release of the dyno"""
    app: Optional[DynoApp] = None
    """app formation belongs to"""
    size: Optional[str] = None
    """dyno size"""
    state: Optional[str] = None
    """current status of process (either: crashed, down, idle, starting, or up)

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of process"""
    updated_at: Optional[datetime] = None
    """when process last changed state

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Dyno:
        data = _rt.expect_object(data)
        return cls(
            attach_url=_rt.optional_str(data, "attach_url"),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            release=_rt.optional(data, "release", DynoRelease.from_dict),
            app=_rt.optional(data, "app", DynoApp.from_dict),
            size=_rt.optional_str(data, "size"),
            state=_rt.optional_str(data, "state"),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.size is not None:
            data["size"] = self.size
        if self.state is not None:
            data["state"] = self.state
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class DynoApp:
    """app formation belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoApp:
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
class DynoRelease:
    """app release of the dyno"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class DynoSize:
    """Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types)."""

    architecture: Optional[str] = None
    """CPU architecture of this dyno size

    Read-only: set by the server.
    """
    compute: Optional[int] = None
    """minimum vCPUs, non-dedicated may get more depending on load

    Read-only: set by the server.
    """
    cost: Optional[dict[str, Any]] = None
    """price information for this dyno size

    Read-only: set by the server.
    """
    dedicated: Optional[bool] = None
    """whether this dyno will be dedicated to one user

    Read-only: set by the server.
    """
    precise_dyno_units: Optional[float] = None
    """unit of consumption for Heroku Enterprise customers to 2 decimal places

    Read-only: set by the server.
    """
    generation: Optional[DynoSizeGeneration] = None
    """Generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the dyno size

    Read-only: set by the server.
    """
    memory: Optional[float] = None
    """amount of RAM in GB

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the dyno size

    Read-only: set by the server.
    """
    private_space_only: Optional[bool] = None
    """whether this dyno can only be provisioned in a private space

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSize:
        data = _rt.expect_object(data)
        return cls(
            architecture=_rt.optional_str(data, "architecture"),
            compute=_rt.optional_int(data, "compute"),
            cost=_rt.optional(data, "cost", _rt.expect_object),
            dedicated=_rt.optional_bool(data, "dedicated"),
            precise_dyno_units=_rt.optional_float(data, "precise_dyno_units"),
            generation=_rt.optional(data, "generation", DynoSizeGeneration.from_dict),
            id=_rt.optional_str(data, "id"),
            memory=_rt.optional_float(data, "memory"),
            name=_rt.optional_str(data, "name"),
            private_space_only=_rt.optional_bool(data, "private_space_only"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.architecture is not None:
            data["architecture"] = self.architecture
        if self.compute is not None:
            data["compute"] = self.compute
        if self.cost is not None:
            data["cost"] = _rt.encode(self.cost)
        if self.dedicated is not None:
            data["dedicated"] = self.dedicated
        if self.precise_dyno_units is not None:
            data["precise_dyno_units"] = self.precise_dyno_units
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.memory is not None:
            data["memory"] = self.memory
        if self.name is not None:
            data["name"] = self.name
        if self.private_space_only is not None:
            data["private_space_only"] = self.private_space_only
        return data


@dataclass(kw_only=True, slots=True)
class DynoSizeGeneration:
    """Generation of the Heroku platform for this dyno size"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this dyno size

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoSizeGeneration:
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
