from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessSpace:
    """space user belongs to"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessSpace:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data
