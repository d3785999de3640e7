from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .enterprise_account_member_permission import EnterpriseAccountMemberPermission


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
            name=_rt.optional(data, "name", _models.EnterpriseAccountMemberPermission.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.name is not None:
            data["name"] = self.name.value
        return data
