from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class LogSession:
    """A log session is a reference to the http based log stream for an app."""

    created_at: Optional[datetime] = None
    """when log connection was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this log session

    Read-only: set by the server.
    """
    logplex_url: Optional[str] = None
    """URL for log streaming session

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when log session was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> LogSession:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            logplex_url=_rt.optional_str(data, "logplex_url"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.logplex_url is not None:
            data["logplex_url"] = self.logplex_url
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
