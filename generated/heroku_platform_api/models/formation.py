from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack


@dataclass(kw_only=True, slots=True)
class Formation:
    id: Optional[str] = None
    type: Optional[str] = None
    """Process type name (web, worker, etc.)"""
    command: Optional[str] = None
    quantity: Optional[int] = None
    size: Optional[str] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Formation:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
            command=_rt.optional_str(data, "command"),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        if self.command is not None:
            data["command"] = self.command
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
