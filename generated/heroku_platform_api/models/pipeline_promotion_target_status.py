from __future__ import annotations

from .. import _runtime as _rt


class PipelinePromotionTargetStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
