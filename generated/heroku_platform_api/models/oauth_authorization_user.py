from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUser:
    """authenticated user associated with this authorization"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""
    full_name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
            full_name=_rt.optional_str(data, "full_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        if self.full_name is not None:
            data["full_name"] = self.full_name
        return data
