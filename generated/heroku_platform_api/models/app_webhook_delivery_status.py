from __future__ import annotations

from .. import _runtime as _rt


class AppWebhookDeliveryStatus(str, _rt.OpenEnum):
    """the delivery's status"""

    PENDING = "pending"
    SCHEDULED = "scheduled"
    RETRYING = "retrying"
    FAILED = "failed"
    SUCCEEDED = "succeeded"
