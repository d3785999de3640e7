from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_service import AddOnService
    from .region import Region


@dataclass(kw_only=True, slots=True)
class AddOnRegionCapability:
    """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""

    id: Optional[str] = None
    """unique identifier of this add-on-region-capability

    Read-only: set by the server.
    """
    supports_private_networking: Optional[bool] = None
    """whether the add-on can be installed to a Space

    Read-only: set by the server.
    """
    addon_service: Optional[AddOnService] = None
    """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""
    region: Optional[Region] = None
    """A region represents a geographic location in which your application may run."""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnRegionCapability:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            supports_private_networking=_rt.optional_bool(data, "supports_private_networking"),
            addon_service=_rt.optional(data, "addon_service", _models.AddOnService.from_dict),
            region=_rt.optional(data, "region", _models.Region.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.supports_private_networking is not None:
            data["supports_private_networking"] = self.supports_private_networking
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        return data
