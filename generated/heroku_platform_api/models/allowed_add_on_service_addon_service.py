from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AllowedAddOnServiceAddonService:
    """the add-on service allowed for use"""

    id: Optional[str] = None
    """unique identifier of this add-on-service

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of this add-on-service

    Read-only: set by the server.
    """
    human_name: Optional[str] = None
    """human-readable name of the add-on service provider

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnServiceAddonService:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            human_name=_rt.optional_str(data, "human_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.human_name is not None:
            data["human_name"] = self.human_name
        return data
