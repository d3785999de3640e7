from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .account_identity_provider_team import AccountIdentityProviderTeam
    from .identity_provider_owner import IdentityProviderOwner


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
            team=_rt.optional(data, "team", _models.AccountIdentityProviderTeam.from_dict),
            organization=_rt.optional(
                data,
                "organization",
                _models.AccountIdentityProviderTeam.from_dict,
            ),
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
