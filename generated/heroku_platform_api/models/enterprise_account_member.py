from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .enterprise_account_member_enterprise_account import (
        EnterpriseAccountMemberEnterpriseAccount,
    )
    from .enterprise_account_member_expanded_permissions_item import (
        EnterpriseAccountMemberExpandedPermissionsItem,
    )
    from .enterprise_account_member_identity_provider import EnterpriseAccountMemberIdentityProvider
    from .enterprise_account_member_user import EnterpriseAccountMemberUser


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
                _models.EnterpriseAccountMemberEnterpriseAccount.from_dict,
            ),
            id=_rt.optional_str(data, "id"),
            permissions=_rt.optional(
                data,
                "permissions",
                _rt.list_of(_models.EnterpriseAccountMemberExpandedPermissionsItem.from_dict),
            ),
            user=_rt.optional(data, "user", _models.EnterpriseAccountMemberUser.from_dict),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            identity_provider=_rt.optional(
                data,
                "identity_provider",
                _models.EnterpriseAccountMemberIdentityProvider.from_dict,
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
