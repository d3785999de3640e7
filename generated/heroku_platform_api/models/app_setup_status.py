from __future__ import annotations

from .. import _runtime as _rt


class AppSetupStatus(str, _rt.OpenEnum):
    """the overall status of app setup"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
