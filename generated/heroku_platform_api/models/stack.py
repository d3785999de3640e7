from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Stack:
    """Stacks are the different application execution environments available in the Heroku platform."""

    default: Optional[bool] = None
    """indicates this stack is the default for new apps

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when stack was introduced

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """availability of this stack: beta, deprecated or public

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when stack was last modified

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Stack:
        data = _rt.expect_object(data)
        return cls(
            default=_rt.optional_bool(data, "default"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.default is not None:
            data["default"] = self.default
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
