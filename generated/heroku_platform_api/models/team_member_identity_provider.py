from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .identity_provider_owner import IdentityProviderOwner


@dataclass(kw_only=True, slots=True)
class TeamMemberIdentityProvider:
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
    def from_dict(cls, data: Any) -> TeamMemberIdentityProvider:
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
