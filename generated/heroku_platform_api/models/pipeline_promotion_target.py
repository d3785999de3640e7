from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_promotion_target_app import PipelinePromotionTargetApp
    from .pipeline_promotion_target_pipeline_promotion import (
        PipelinePromotionTargetPipelinePromotion,
    )
    from .pipeline_promotion_target_release import PipelinePromotionTargetRelease
    from .pipeline_promotion_target_status import PipelinePromotionTargetStatus


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTarget:
    """Promotion targets represent an individual app being promoted to"""

    app: Optional[PipelinePromotionTargetApp] = None
    """the app which was promoted to"""
    error_message: Optional[str] = None
    """an error message for why the promotion failed"""
    id: Optional[str] = None
    """unique identifier of promotion target

    Read-only: set by the server.
    """
    pipeline_promotion: Optional[PipelinePromotionTargetPipelinePromotion] = None
    """the promotion which the target belongs to"""
    release: Optional[PipelinePromotionTargetRelease] = None
    """the release which was created on the target app"""
    status: Optional[PipelinePromotionTargetStatus] = None
    """status of promotion

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTarget:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.PipelinePromotionTargetApp.from_dict),
            error_message=_rt.optional_str(data, "error_message"),
            id=_rt.optional_str(data, "id"),
            pipeline_promotion=_rt.optional(
                data,
                "pipeline_promotion",
                _models.PipelinePromotionTargetPipelinePromotion.from_dict,
            ),
            release=_rt.optional(data, "release", _models.PipelinePromotionTargetRelease.from_dict),
            status=_rt.optional(data, "status", _models.PipelinePromotionTargetStatus.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.error_message is not None:
            data["error_message"] = self.error_message
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline_promotion is not None:
            data["pipeline_promotion"] = self.pipeline_promotion.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        return data
