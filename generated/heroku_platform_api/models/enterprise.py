from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .identity import IdentityProviderOwner
    from .team import TeamDailyUsageAppUsageDaily, TeamMonthlyUsageAppUsageMonthly


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
                EnterpriseAccountIdentityProvider.from_dict,
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


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountDailyUsage:
    """Usage for an enterprise account at a daily resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    teams: Optional[list[EnterpriseAccountDailyUsageTeamsItem]] = None
    """usage by team"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    date_: Optional[date] = None
    """date of the usage

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """enterprise account identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the enterprise account

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountDailyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            teams=_rt.optional(
                data,
                "teams",
                _rt.list_of(EnterpriseAccountDailyUsageTeamsItem.from_dict),
            ),
            data=_rt.optional_float(data, "data"),
            date_=_rt.optional(data, "date", _rt.as_date),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.teams is not None:
            data["teams"] = _rt.encode(self.teams)
        if self.data is not None:
            data["data"] = self.data
        if self.date_ is not None:
            data["date"] = self.date_.isoformat()
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountDailyUsageTeamsItem:
    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamDailyUsageAppUsageDaily]] = None
    """app usage in the team"""
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountDailyUsageTeamsItem:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(
                data,
                "apps",
                _rt.list_of(_models.TeamDailyUsageAppUsageDaily.from_dict),
            ),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountIdentityProvider:
    """Identity Provider associated with the Enterprise Account"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """user-friendly unique identifier for this identity provider"""
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", _models.IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMember:
    """Enterprise account members are users with access to an enterprise account."""

    enterprise_account: Optional[EnterpriseAccountMemberEnterpriseAccount] = None
    id: Optional[str] = None
    """unique identifier of the member

    Read-only: set by the server.
    """
    permissions: Optional[list[EnterpriseAccountMemberExpandedPermissionsItem]] = None
    """enterprise account permissions"""
    user: Optional[EnterpriseAccountMemberUser] = None
    """user information for the membership"""
    two_factor_authentication: Optional[bool] = None
    """whether the Enterprise Account member has two factor authentication enabled

    Read-only: set by the server.
    """
    identity_provider: Optional[EnterpriseAccountMemberIdentityProvider] = None
    """Identity Provider information the member is federated with"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMember:
        data = _rt.expect_object(data)
        return cls(
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                EnterpriseAccountMemberEnterpriseAccount.from_dict,
            ),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(EnterpriseAccountMemberExpandedPermissionsItem.from_dict),
            ),
            user=_rt.optional(data, "user", EnterpriseAccountMemberUser.from_dict),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                EnterpriseAccountMemberIdentityProvider.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.permissions is not None:
            data["permissions"] = _rt.encode(self.permissions)
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberEnterpriseAccount:
    id: Optional[str] = None
    """unique identifier of the enterprise account

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the enterprise account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberEnterpriseAccount:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberExpandedPermissionsItem:
    description: Optional[str] = None
    name: Optional[EnterpriseAccountMemberPermission] = None
    """permission in the enterprise account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberExpandedPermissionsItem:
        data = _rt.expect_object(data)
        return cls(
            description=_rt.optional_str(data, "description"),
            name=_rt.optional(data, "name", EnterpriseAccountMemberPermission.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name.value
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberIdentityProvider:
    """Identity Provider information the member is federated with"""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the identity provider

    Read-only: set by the server.
    """
    redacted: Optional[bool] = None
    """whether the identity_provider information is redacted or not

    Read-only: set by the server.
    """
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            redacted=_rt.optional_bool(data, "redacted"),
            owner=_rt.optional(data, "owner", _models.IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.redacted is not None:
            data["redacted"] = self.redacted
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMemberUser:
    """user information for the membership"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMemberUser:
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
class EnterpriseAccountMonthlyUsage:
    """Usage for an enterprise account at a monthly resolution."""

    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    teams: Optional[list[EnterpriseAccountMonthlyUsageTeamsItem]] = None
    """usage by team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """enterprise account identifier

    Read-only: set by the server.
    """
    month: Optional[str] = None
    """year and month of the usage

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the enterprise account

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMonthlyUsage:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            teams=_rt.optional(
                data,
                "teams",
                _rt.list_of(EnterpriseAccountMonthlyUsageTeamsItem.from_dict),
            ),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            month=_rt.optional_str(data, "month"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.teams is not None:
            data["teams"] = _rt.encode(self.teams)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.month is not None:
            data["month"] = self.month
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


@dataclass(kw_only=True, slots=True)
class EnterpriseAccountMonthlyUsageTeamsItem:
    addons: Optional[float] = None
    """total add-on credits used

    Read-only: set by the server.
    """
    apps: Optional[list[TeamMonthlyUsageAppUsageMonthly]] = None
    """app usage in the team"""
    connect: Optional[float] = None
    """max connect rows synced

    Read-only: set by the server.
    """
    data: Optional[float] = None
    """total add-on credits used for first party add-ons

    Read-only: set by the server.
    """
    dynos: Optional[float] = None
    """dynos used

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """team identifier

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of the team

    Read-only: set by the server.
    """
    partner: Optional[float] = None
    """total add-on credits used for third party add-ons

    Read-only: set by the server.
    """
    space: Optional[float] = None
    """space credits used

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> EnterpriseAccountMonthlyUsageTeamsItem:
        data = _rt.expect_object(data)
        return cls(
            addons=_rt.optional_float(data, "addons"),
            apps=_rt.optional(
                data,
                "apps",
                _rt.list_of(_models.TeamMonthlyUsageAppUsageMonthly.from_dict),
            ),
            connect=_rt.optional_float(data, "connect"),
            data=_rt.optional_float(data, "data"),
            dynos=_rt.optional_float(data, "dynos"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            partner=_rt.optional_float(data, "partner"),
            space=_rt.optional_float(data, "space"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addons is not None:
            data["addons"] = self.addons
        if self.apps is not None:
            data["apps"] = _rt.encode(self.apps)
        if self.connect is not None:
            data["connect"] = self.connect
        if self.data is not None:
            data["data"] = self.data
        if self.dynos is not None:
            data["dynos"] = self.dynos
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.partner is not None:
            data["partner"] = self.partner
        if self.space is not None:
            data["space"] = self.space
        return data


class EnterpriseAccountMemberPermission(str, _rt.OpenEnum):
    """permission in the enterprise account"""

    VIEW = "view"
    CREATE = "create"
    MANAGE = "manage"
    BILLING = "billing"
