from __future__ import annotations

from .. import _runtime as _rt


class BuildStatus(str, _rt.OpenEnum):
    """Values of BuildStatus."""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
