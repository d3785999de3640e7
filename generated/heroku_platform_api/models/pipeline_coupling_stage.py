from __future__ import annotations

from .. import _runtime as _rt


class PipelineCouplingStage(str, _rt.OpenEnum):
    """target pipeline stage"""

    TEST = "test"
    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"
