from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            provider=_rt.optional(data, "provider", RegionProvider.from_dict),
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
            region=_rt.optional(data, "region", RegionProviderRegion.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region is not None:
            data["region"] = self.region.value
        return data


class Region2(str, _rt.OpenEnum):
    """region name used by provider"""

    AP_SOUTH_1 = "ap-south-1"
    EU_WEST_1 = "eu-west-1"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_2 = "eu-west-2"
    AP_NORTHEAST_2 = "ap-northeast-2"
    AP_NORTHEAST_1 = "ap-northeast-1"
    US_EAST_1 = "us-east-1"
    SA_EAST_1 = "sa-east-1"
    US_WEST_1 = "us-west-1"
    US_WEST_2 = "us-west-2"
    CA_CENTRAL_1 = "ca-central-1"


class RegionProviderRegion(str, _rt.OpenEnum):
    """region name used by provider"""

    AP_SOUTH_1 = "ap-south-1"
    EU_WEST_1 = "eu-west-1"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    EU_CENTRAL_1 = "eu-central-1"
    EU_WEST_2 = "eu-west-2"
    AP_NORTHEAST_2 = "ap-northeast-2"
    AP_NORTHEAST_1 = "ap-northeast-1"
    US_EAST_1 = "us-east-1"
    SA_EAST_1 = "sa-east-1"
    US_WEST_1 = "us-west-1"
    US_WEST_2 = "us-west-2"
    CA_CENTRAL_1 = "ca-central-1"
