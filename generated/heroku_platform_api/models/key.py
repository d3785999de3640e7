from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Key:
    """Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations."""

    comment: Optional[str] = None
    """comment on the key

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when key was created

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """Deprecated.

    deprecated. Please refer to 'comment' instead

    Read-only: set by the server.
    """
    fingerprint: Optional[str] = None
    """a unique identifying string based on contents

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this key

    Read-only: set by the server.
    """
    public_key: Optional[str] = None
    """full public_key as uploaded

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when key was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Key:
        data = _rt.expect_object(data)
        return cls(
            comment=_rt.optional_str(data, "comment"),
            created_at=_rt.optional_datetime(data, "created_at"),
            email=_rt.optional_str(data, "email"),
            fingerprint=_rt.optional_str(data, "fingerprint"),
            id=_rt.optional_str(data, "id"),
            public_key=_rt.optional_str(data, "public_key"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.comment is not None:
            data["comment"] = self.comment
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.email is not None:
            data["email"] = self.email
        if self.fingerprint is not None:
            data["fingerprint"] = self.fingerprint
        if self.id is not None:
            data["id"] = self.id
        if self.public_key is not None:
            data["public_key"] = self.public_key
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
