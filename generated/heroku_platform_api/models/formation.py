from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .dyno import DynoApp


@dataclass(kw_only=True, slots=True)
class Formation:
    """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""

    app: Optional[DynoApp] = None
    """app formation belongs to"""
    command: Optional[str] = None
    """command to use to launch this process"""
    created_at: Optional[datetime] = None
    """when process type was created

    Read-only: set by the server.
    """
    dyno_size: Optional[FormationDynoSize2] = None
    """dyno size"""
    id: Optional[str] = None
    """unique identifier of this process type

    Read-only: set by the server.
    """
    quantity: Optional[int] = None
    """number of processes to maintain"""
    size: Optional[str] = None
    """Deprecated.

    deprecated, refer to 'dyno_size' instead
    """
    type: Optional[str] = None
    """type of process to maintain

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when dyno type was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Formation:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.DynoApp.from_dict),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno_size=_rt.optional(data, "dyno_size", FormationDynoSize2.from_dict),
            id=_rt.optional_str(data, "id"),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno_size is not None:
            data["dyno_size"] = self.dyno_size.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class FormationDynoSize:
    """dyno size"""

    id: Optional[str] = None
    """unique identifier of the dyno size"""
    name: Optional[str] = None
    """name of the dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationDynoSize:
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
class FormationDynoSize2:
    """dyno size"""

    id: Optional[str] = None
    """unique identifier of the dyno size

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the dyno size

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> FormationDynoSize2:
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
class FormationUpdate:
    """Properties to update a process type"""

    dyno_size: Optional[FormationUpdateDynoSize] = None
    """dyno size"""
    quantity: Optional[int] = None
    """number of processes to maintain"""
    type: str
    """type of process to maintain"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationUpdate:
        data = _rt.expect_object(data)
        return cls(
            dyno_size=_rt.optional(data, "dyno_size", FormationUpdateDynoSize.from_dict),
            quantity=_rt.optional_int(data, "quantity"),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.dyno_size is not None:
            data["dyno_size"] = self.dyno_size.to_dict()
        if self.quantity is not None:
            data["quantity"] = self.quantity
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class FormationUpdateDynoSize:
    """dyno size"""

    id: Optional[str] = None
    """unique identifier of the dyno size"""
    name: Optional[str] = None
    """name of the dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationUpdateDynoSize:
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
