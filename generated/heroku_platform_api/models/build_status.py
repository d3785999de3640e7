from __future__ import annotations

from .. import _runtime as _rt


class BuildStatus(str, _rt.OpenEnum):
    """status of build"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
