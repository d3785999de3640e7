from __future__ import annotations

from .. import _runtime as _rt


class VpnConnectionStatus(str, _rt.OpenEnum):
    """Status of the VPN"""

    PENDING = "pending"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    DEPROVISIONING = "deprovisioning"
    FAILED = "failed"
