from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .enterprise_account_identity_provider import EnterpriseAccountIdentityProvider


@dataclass(kw_only=True, slots=True)
class EnterpriseAccount:
    """Enterprise accounts allow companies to manage their development teams and billing."""

    id: Optional[str] = None
    """unique identifier of the enterprise account

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when the enterprise account was created

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the enterprise account

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the enterprise account was updated

    Read-only: set by the server.
    """
    permissions: Optional[list[str]] = None
    """the current user's permissions for this enterprise account

    Read-only: set by the server.
    """
    trial: Optional[bool] = None
    """whether the enterprise account is a trial or not

    Read-only: set by the server.
    """
    partner_benefits: Optional[bool] = None
    """whether the enterprise account is part of the Salesforce Partner Program

    Read-only: set by the server.
    """
    identity_provider: Optional[EnterpriseAccountIdentityProvider] = None
    """Identity Provider associated with the Enterprise Account"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccount:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            name=_rt.optional_str(data, "name"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
            trial=_rt.optional_bool(data, "trial"),
            partner_benefits=_rt.optional_bool(data, "partner_benefits"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                _models.EnterpriseAccountIdentityProvider.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.name is not None:
            data["name"] = self.name
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        if self.trial is not None:
            data["trial"] = self.trial
        if self.partner_benefits is not None:
            data["partner_benefits"] = self.partner_benefits
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        return data
