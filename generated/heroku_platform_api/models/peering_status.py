from __future__ import annotations

from .. import _runtime as _rt


class PeeringStatus(str, _rt.OpenEnum):
    """The status of the peering connection."""

    INITIATING_REQUEST = "initiating-request"
    PENDING_ACCEPTANCE = "pending-acceptance"
    PROVISIONING = "provisioning"
    ACTIVE = "active"
    FAILED = "failed"
    EXPIRED = "expired"
    REJECTED = "rejected"
    DELETED = "deleted"
