from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack


@dataclass(kw_only=True, slots=True)
class Account:
    id: Optional[str] = None
    email: Optional[str] = None
    name: Optional[str] = None
    allow_tracking: Optional[bool] = None
    beta: Optional[bool] = None
    country_of_residence: Optional[str] = None
    default_organization: Optional[AppBuildStack] = None
    delinquent_at: Optional[datetime] = None
    identity_provider: Optional[dict[str, Any]] = None
    last_login: Optional[datetime] = None
    sms_number: Optional[str] = None
    suspended_at: Optional[datetime] = None
    two_factor_authentication: Optional[bool] = None
    verified: Optional[bool] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Account:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
            name=_rt.optional_str(data, "name"),
            allow_tracking=_rt.optional_bool(data, "allow_tracking"),
            beta=_rt.optional_bool(data, "beta"),
            country_of_residence=_rt.optional_str(data, "country_of_residence"),
            default_organization=_rt.optional(
                data,
                "default_organization",
                _models.AppBuildStack.from_dict,
            ),
            delinquent_at=_rt.optional_datetime(data, "delinquent_at"),
            identity_provider=_rt.optional(data, "identity_provider", _rt.expect_object),
            last_login=_rt.optional_datetime(data, "last_login"),
            sms_number=_rt.optional_str(data, "sms_number"),
            suspended_at=_rt.optional_datetime(data, "suspended_at"),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            verified=_rt.optional_bool(data, "verified"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        if self.name is not None:
            data["name"] = self.name
        if self.allow_tracking is not None:
            data["allow_tracking"] = self.allow_tracking
        if self.beta is not None:
            data["beta"] = self.beta
        if self.country_of_residence is not None:
            data["country_of_residence"] = self.country_of_residence
        if self.default_organization is not None:
            data["default_organization"] = self.default_organization.to_dict()
        if self.delinquent_at is not None:
            data["delinquent_at"] = self.delinquent_at.isoformat()
        if self.identity_provider is not None:
            data["identity_provider"] = _rt.encode(self.identity_provider)
        if self.last_login is not None:
            data["last_login"] = self.last_login.isoformat()
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
        if self.suspended_at is not None:
            data["suspended_at"] = self.suspended_at.isoformat()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.verified is not None:
            data["verified"] = self.verified
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
