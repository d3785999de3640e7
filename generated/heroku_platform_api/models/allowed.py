from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
            added_by=_rt.optional(data, "added_by", AllowedAddOnServiceAddedBy.from_dict),
            addon_service=_rt.optional(
                data,
                "addon_service",
                AllowedAddOnServiceAddonService.from_dict,
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


@dataclass(kw_only=True, slots=True)
class AllowedAddOnServiceAddedBy:
    """the user which allowed the add-on service"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AllowedAddOnServiceAddedBy:
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
