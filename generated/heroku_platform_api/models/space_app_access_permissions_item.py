from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SpaceAppAccessPermissionsItem:
    description: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> SpaceAppAccessPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            description=_rt.optional_str(data, "description"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name
        return data
