from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class CreateLogSessionResponse:
    id: Optional[str] = None
    logplex_url: Optional[str] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> CreateLogSessionResponse:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            logplex_url=_rt.optional_str(data, "logplex_url"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.logplex_url is not None:
            data["logplex_url"] = self.logplex_url
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
