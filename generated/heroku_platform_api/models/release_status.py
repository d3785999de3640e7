from __future__ import annotations

from .. import _runtime as _rt


class ReleaseStatus(str, _rt.OpenEnum):
    """current status of the release"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    EXPIRED = "expired"
