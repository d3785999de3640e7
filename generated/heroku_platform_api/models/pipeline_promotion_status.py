from __future__ import annotations

from .. import _runtime as _rt


class PipelinePromotionStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    COMPLETED = "completed"
