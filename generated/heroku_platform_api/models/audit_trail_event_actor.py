from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AuditTrailEventActor:
    """user who caused event"""

    id: Optional[str] = None
    email: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventActor:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data
