from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .dyno_release import DynoRelease
    from .dyno_state import DynoState


@dataclass(kw_only=True, slots=True)
class Dyno:
    id: Optional[str] = None
    name: Optional[str] = None
    app: Optional[AppBuildStack] = None
    attach_url: Optional[str] = None
    command: Optional[str] = None
    created_at: Optional[datetime] = None
    release: Optional[DynoRelease] = None
    size: Optional[str] = None
    state: Optional[DynoState] = None
    type: Optional[str] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Dyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
            attach_url=_rt.optional_str(data, "attach_url"),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            release=_rt.optional(data, "release", _models.DynoRelease.from_dict),
            size=_rt.optional_str(data, "size"),
            state=_rt.optional(data, "state", _models.DynoState.decode),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.size is not None:
            data["size"] = self.size
        if self.state is not None:
            data["state"] = self.state.value
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
