from __future__ import annotations

from .. import _runtime as _rt


class EnterpriseAccountMemberPermission(str, _rt.OpenEnum):
    """permission in the enterprise account"""

    VIEW = "view"
    CREATE = "create"
    MANAGE = "manage"
    BILLING = "billing"
