from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team_enterprise_account import TeamEnterpriseAccount
    from .team_identity_provider import TeamIdentityProvider
    from .team_role import TeamRole
    from .team_type import TeamType


@dataclass(kw_only=True, slots=True)
class Team:
    """Teams allow you to manage access to a shared group of applications and other resources."""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when the team was created

    Read-only: set by the server.
    """
    credit_card_collections: Optional[bool] = None
    """whether charges incurred by the team are paid by credit card.

    Read-only: set by the server.
    """
    default: Optional[bool] = None
    """whether to use this team when none is specified"""
    enterprise_account: Optional[TeamEnterpriseAccount] = None
    identity_provider: Optional[TeamIdentityProvider] = None
    """Identity Provider associated with the Team"""
    membership_limit: Optional[float] = None
    """upper limit of members allowed in a team.

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """
    provisioned_licenses: Optional[bool] = None
    """whether the team is provisioned licenses by salesforce.

    Read-only: set by the server.
    """
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    type: Optional[TeamType] = None
    """type of team.

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the team was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Team:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            credit_card_collections=_rt.optional_bool(data, "credit_card_collections"),
            default=_rt.optional_bool(data, "default"),
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                _models.TeamEnterpriseAccount.from_dict,
            ),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                _models.TeamIdentityProvider.from_dict,
            ),
            membership_limit=_rt.optional_float(data, "membership_limit"),
            name=_rt.optional_str(data, "name"),
            provisioned_licenses=_rt.optional_bool(data, "provisioned_licenses"),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            type=_rt.optional(data, "type", _models.TeamType.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.credit_card_collections is not None:
            data["credit_card_collections"] = self.credit_card_collections
        if self.default is not None:
            data["default"] = self.default
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.membership_limit is not None:
            data["membership_limit"] = self.membership_limit
        if self.name is not None:
            data["name"] = self.name
        if self.provisioned_licenses is not None:
            data["provisioned_licenses"] = self.provisioned_licenses
        if self.role is not None:
            data["role"] = self.role.value
        if self.type is not None:
            data["type"] = self.type.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
