from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class CollaboratorUser:
    """identity of collaborated account"""

    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> CollaboratorUser:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        return data
