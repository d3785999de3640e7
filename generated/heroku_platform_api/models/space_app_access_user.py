from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessUser:
    """identity of user account"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data
