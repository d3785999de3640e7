from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppOwner:
    email: Optional[str] = None
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AppOwner:
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
