from __future__ import annotations

from .. import _runtime as _rt


class IdentityProviderOwnerType(str, _rt.OpenEnum):
    """type of the owner"""

    TEAM = "team"
    ENTERPRISE_ACCOUNT = "enterprise-account"
