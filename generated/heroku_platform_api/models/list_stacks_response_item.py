from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ListStacksResponseItem:
    id: Optional[str] = None
    name: Optional[str] = None
    state: Optional[str] = None
    default: Optional[bool] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListStacksResponseItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            default=_rt.optional_bool(data, "default"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.default is not None:
            data["default"] = self.default
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
