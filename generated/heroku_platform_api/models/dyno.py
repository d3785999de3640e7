from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .dyno_app import DynoApp
    from .dyno_release import DynoRelease


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
            release=_rt.optional(data, "release", _models.DynoRelease.from_dict),
            app=_rt.optional(data, "app", _models.DynoApp.from_dict),
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
