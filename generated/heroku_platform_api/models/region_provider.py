from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .region_provider_region import RegionProviderRegion


@dataclass(kw_only=True, slots=True)
class RegionProvider:
    """provider of underlying substrate"""

    name: Optional[str] = None
    """name of provider

    Read-only: set by the server.
    """
    region: Optional[RegionProviderRegion] = None
    """region name used by provider

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> RegionProvider:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            region=_rt.optional(data, "region", _models.RegionProviderRegion.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region is not None:
            data["region"] = self.region.value
        return data
