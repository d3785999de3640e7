from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class IdentityProvider:
    """Identity Providers represent the SAML configuration of teams or an Enterprise account"""

    certificate: Optional[str] = None
    """raw contents of the public certificate (eg: .crt or .pem file)"""
    created_at: Optional[datetime] = None
    """when provider record was created

    Read-only: set by the server.
    """
    entity_id: Optional[str] = None
    """URL identifier provided by the identity provider"""
    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    slo_target_url: Optional[str] = None
    """single log out URL for this identity provider"""
    sso_target_url: Optional[str] = None
    """single sign on URL for this identity provider"""
    organization: Optional[IdentityProviderOrganization] = None
    """team associated with this identity provider"""
    updated_at: Optional[datetime] = None
    """when the identity provider record was updated

    Read-only: set by the server.
    """
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            certificate=_rt.optional_str(data, "certificate"),
            created_at=_rt.optional_datetime(data, "created_at"),
            entity_id=_rt.optional_str(data, "entity_id"),
            id=_rt.optional_str(data, "id"),
            slo_target_url=_rt.optional_str(data, "slo_target_url"),
            sso_target_url=_rt.optional_str(data, "sso_target_url"),
            organization=_rt.optional(data, "organization", IdentityProviderOrganization.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            owner=_rt.optional(data, "owner", IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.certificate is not None:
            data["certificate"] = self.certificate
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.entity_id is not None:
            data["entity_id"] = self.entity_id
        if self.id is not None:
            data["id"] = self.id
        if self.slo_target_url is not None:
            data["slo_target_url"] = self.slo_target_url
        if self.sso_target_url is not None:
            data["sso_target_url"] = self.sso_target_url
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class IdentityProviderOrganization:
    """team associated with this identity provider"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProviderOrganization:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class IdentityProviderOwner:
    """entity that owns this identity provider"""

    id: str
    """unique identifier of the owner"""
    name: Optional[str] = None
    """name of the owner"""
    type: IdentityProviderOwnerType
    """type of the owner"""

    @classmethod
    def from_dict(cls, data: Any) -> IdentityProviderOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.optional_str(data, "name"),
            type=_rt.required(data, "type", IdentityProviderOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        data["type"] = self.type.value
        return data


class IdentityProviderOwnerType(str, _rt.OpenEnum):
    """type of the owner"""

    TEAM = "team"
    ENTERPRISE_ACCOUNT = "enterprise-account"
