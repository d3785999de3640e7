from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .region_provider import RegionProvider


@dataclass(kw_only=True, slots=True)
class Region:
    """A region represents a geographic location in which your application may run."""

    country: Optional[str] = None
    """country where the region exists

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when region was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of region

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    locale: Optional[str] = None
    """area in the country where the region exists

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """
    private_capable: Optional[bool] = None
    """whether or not region is available for creating a Private Space

    Read-only: set by the server.
    """
    provider: Optional[RegionProvider] = None
    """provider of underlying substrate

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when region was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Region:
        data = _rt.expect_object(data)
        return cls(
            country=_rt.optional_str(data, "country"),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            locale=_rt.optional_str(data, "locale"),
            name=_rt.optional_str(data, "name"),
            private_capable=_rt.optional_bool(data, "private_capable"),
            provider=_rt.optional(data, "provider", _models.RegionProvider.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.country is not None:
            data["country"] = self.country
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.locale is not None:
            data["locale"] = self.locale
        if self.name is not None:
            data["name"] = self.name
        if self.private_capable is not None:
            data["private_capable"] = self.private_capable
        if self.provider is not None:
            data["provider"] = self.provider.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
