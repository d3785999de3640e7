from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .dyno_app import DynoApp
    from .formation_dyno_size_2 import FormationDynoSize2


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
            dyno_size=_rt.optional(data, "dyno_size", _models.FormationDynoSize2.from_dict),
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
