from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Generation:
    """A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems."""

    created_at: Optional[datetime] = None
    """when generation was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of generation

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of generation

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when generation was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Generation:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
