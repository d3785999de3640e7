from __future__ import annotations

from .. import _runtime as _rt


class AppWebhookDeliveryAttemptStatus(str, _rt.OpenEnum):
    """status of an attempt"""

    SCHEDULED = "scheduled"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
