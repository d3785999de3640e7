from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .space_nat_state import SpaceNatState


@dataclass(kw_only=True, slots=True)
class SpaceNat:
    """Network address translation (NAT) for stable outbound IP addresses from a space"""

    created_at: Optional[datetime] = None
    """when network address translation for a space was created

    Read-only: set by the server.
    """
    sources: Optional[list[str]] = None
    """potential IPs from which outbound network traffic will originate

    Read-only: set by the server.
    """
    state: Optional[SpaceNatState] = None
    """availability of network address translation for a space

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when network address translation for a space was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceNat:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            sources=_rt.optional(data, "sources", _rt.list_of(_rt.as_str)),
            state=_rt.optional(data, "state", _models.SpaceNatState.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.sources is not None:
            data["sources"] = list(self.sources)
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
