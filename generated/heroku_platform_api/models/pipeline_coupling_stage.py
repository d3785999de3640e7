from __future__ import annotations

from .. import _runtime as _rt


class PipelineCouplingStage(str, _rt.OpenEnum):
    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"
