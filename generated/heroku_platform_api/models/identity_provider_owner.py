from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .identity_provider_owner_type import IdentityProviderOwnerType


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
            type=_rt.required(data, "type", _models.IdentityProviderOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        data["type"] = self.type.value
        return data
