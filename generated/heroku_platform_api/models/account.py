from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .identity import IdentityProviderOwner


@dataclass(kw_only=True, slots=True)
class Account:
    """An account represents an individual signed up to use the Heroku platform."""

    allow_tracking: Optional[bool] = None
    """whether to allow third party web activity tracking

    Default: True.
    """
    beta: Optional[bool] = None
    """whether allowed to utilize beta Heroku features

    Default: False.
    """
    created_at: Optional[datetime] = None
    """when account was created

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""
    federated: Optional[bool] = None
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    identity_provider: Optional[AccountIdentityProvider] = None
    """Identity Provider details for federated users."""
    last_login: Optional[datetime] = None
    """when account last authorized with Heroku

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """full name of the account owner"""
    sms_number: Optional[str] = None
    """SMS number of account

    Read-only: set by the server.
    """
    suspended_at: Optional[datetime] = None
    """when account was suspended

    Read-only: set by the server.
    """
    delinquent_at: Optional[datetime] = None
    """when account became delinquent

    Read-only: set by the server.
    """
    two_factor_authentication: Optional[bool] = None
    """whether two-factor auth is enabled on the account

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when account was updated

    Read-only: set by the server.
    """
    verified: Optional[bool] = None
    """whether account has been verified with billing information

    Read-only: set by the server.

    Default: False.
    """
    country_of_residence: Optional[str] = None
    """country where account owner resides"""
    default_organization: Optional[AccountDefaultOrganization] = None
    """team selected by default"""
    default_team: Optional[AccountDefaultOrganization] = None
    """team selected by default"""

    @classmethod
    def from_dict(cls, data: Any) -> Account:
        data = _rt.expect_object(data)
        return cls(
            allow_tracking=_rt.optional_bool(data, "allow_tracking"),
            beta=_rt.optional_bool(data, "beta"),
            created_at=_rt.optional_datetime(data, "created_at"),
            email=_rt.optional_str(data, "email"),
            federated=_rt.optional_bool(data, "federated"),
            id=_rt.optional_str(data, "id"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                AccountIdentityProvider.from_dict,
            ),
            last_login=_rt.optional_datetime(data, "last_login"),
            name=_rt.optional_str(data, "name"),
            sms_number=_rt.optional_str(data, "sms_number"),
            suspended_at=_rt.optional_datetime(data, "suspended_at"),
            delinquent_at=_rt.optional_datetime(data, "delinquent_at"),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            verified=_rt.optional_bool(data, "verified"),
            country_of_residence=_rt.optional_str(data, "country_of_residence"),
            default_organization=_rt.optional(
                data,
                "default_organization",
                AccountDefaultOrganization.from_dict,
            ),
            default_team=_rt.optional(data, "default_team", AccountDefaultOrganization.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.allow_tracking is not None:
            data["allow_tracking"] = self.allow_tracking
        if self.beta is not None:
            data["beta"] = self.beta
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.email is not None:
            data["email"] = self.email
        if self.federated is not None:
            data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.last_login is not None:
            data["last_login"] = self.last_login.isoformat()
        if self.name is not None:
            data["name"] = self.name
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
        if self.suspended_at is not None:
            data["suspended_at"] = self.suspended_at.isoformat()
        if self.delinquent_at is not None:
            data["delinquent_at"] = self.delinquent_at.isoformat()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.verified is not None:
            data["verified"] = self.verified
        if self.country_of_residence is not None:
            data["country_of_residence"] = self.country_of_residence
        if self.default_organization is not None:
            data["default_organization"] = self.default_organization.to_dict()
        if self.default_team is not None:
            data["default_team"] = self.default_team.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AccountDefaultOrganization:
    """team selected by default"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountDefaultOrganization:
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
class AccountDelinquency:
    """A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid."""

    scheduled_suspension_time: Optional[datetime] = None
    """scheduled time of when we will suspend your account due to delinquency

    Read-only: set by the server.
    """
    scheduled_deletion_time: Optional[datetime] = None
    """scheduled time of when we will delete your account due to delinquency

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountDelinquency:
        data = _rt.expect_object(data)
        return cls(
            scheduled_suspension_time=_rt.optional_datetime(data, "scheduled_suspension_time"),
            scheduled_deletion_time=_rt.optional_datetime(data, "scheduled_deletion_time"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.scheduled_suspension_time is not None:
            data["scheduled_suspension_time"] = self.scheduled_suspension_time.isoformat()
        if self.scheduled_deletion_time is not None:
            data["scheduled_deletion_time"] = self.scheduled_deletion_time.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AccountFeature:
    """An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku."""

    created_at: Optional[datetime] = None
    """when account feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of account feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of account feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not account feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of account feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of account feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of account feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when account feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data


@dataclass(kw_only=True, slots=True)
class AccountIdentityProvider:
    """Identity Provider details for federated users."""

    id: Optional[str] = None
    """unique identifier of this identity provider

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """user-friendly unique identifier for this identity provider"""
    team: Optional[AccountIdentityProviderTeam] = None
    organization: Optional[AccountIdentityProviderTeam] = None
    owner: Optional[IdentityProviderOwner] = None
    """entity that owns this identity provider"""

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProvider:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            team=_rt.optional(data, "team", AccountIdentityProviderTeam.from_dict),
            organization=_rt.optional(data, "organization", AccountIdentityProviderTeam.from_dict),
            owner=_rt.optional(data, "owner", _models.IdentityProviderOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AccountIdentityProviderTeam:
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProviderTeam:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data
