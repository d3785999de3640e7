from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .allowed_add_on_service_added_by import AllowedAddOnServiceAddedBy
    from .allowed_add_on_service_addon_service import AllowedAddOnServiceAddonService


@dataclass(kw_only=True, slots=True)
class AllowedAddOnService:
    """Entities that have been allowed to be used by a Team"""

    added_at: Optional[datetime] = None
    """when the add-on service was allowed

    Read-only: set by the server.
    """
    added_by: Optional[AllowedAddOnServiceAddedBy] = None
    """the user which allowed the add-on service

    Read-only: set by the server.
    """
    addon_service: Optional[AllowedAddOnServiceAddonService] = None
    """the add-on service allowed for use

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier for this allowed add-on service record

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnService:
        data = _rt.expect_object(data)
        return cls(
            added_at=_rt.optional_datetime(data, "added_at"),
            added_by=_rt.optional(data, "added_by", _models.AllowedAddOnServiceAddedBy.from_dict),
            addon_service=_rt.optional(
                data,
                "addon_service",
                _models.AllowedAddOnServiceAddonService.from_dict,
            ),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.added_at is not None:
            data["added_at"] = self.added_at.isoformat()
        if self.added_by is not None:
            data["added_by"] = self.added_by.to_dict()
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.id is not None:
            data["id"] = self.id
        return data
