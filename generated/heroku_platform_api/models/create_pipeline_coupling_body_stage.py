from __future__ import annotations

from .. import _runtime as _rt


class CreatePipelineCouplingBodyStage(str, _rt.OpenEnum):
    """Values of CreatePipelineCouplingBodyStage."""

    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"
