from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .team_member_identity_provider import TeamMemberIdentityProvider
    from .team_member_user import TeamMemberUser
    from .team_role import TeamRole


@dataclass(kw_only=True, slots=True)
class TeamMember:
    """A team member is an individual with access to a team."""

    created_at: datetime
    """when the membership record was created

    Read-only: set by the server.
    """
    email: str
    """email address of the team member

    Read-only: set by the server.
    """
    federated: bool
    """whether the user is federated and belongs to an Identity Provider

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the team member

    Read-only: set by the server.
    """
    identity_provider: Optional[TeamMemberIdentityProvider] = None
    """Identity Provider information the member is federated with"""
    role: Optional[TeamRole] = None
    """role in the team

    Read-only: set by the server.
    """
    two_factor_authentication: Optional[bool] = None
    """whether the team member has two factor authentication enabled

    Read-only: set by the server.
    """
    updated_at: datetime
    """when the membership record was updated

    Read-only: set by the server.
    """
    user: Optional[TeamMemberUser] = None
    """user information for the membership"""

    @classmethod
    def from_dict(cls, data: Any) -> TeamMember:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            email=_rt.required(data, "email", _rt.as_str),
            federated=_rt.required(data, "federated", _rt.as_bool),
            id=_rt.optional_str(data, "id"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                _models.TeamMemberIdentityProvider.from_dict,
            ),
            role=_rt.optional(data, "role", _models.TeamRole.decode),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.optional(data, "user", _models.TeamMemberUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["created_at"] = self.created_at.isoformat()
        data["email"] = self.email
        data["federated"] = self.federated
        if self.id is not None:
            data["id"] = self.id
        if self.identity_provider is not None:
            data["identity_provider"] = self.identity_provider.to_dict()
        if self.role is not None:
            data["role"] = self.role.value
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data
