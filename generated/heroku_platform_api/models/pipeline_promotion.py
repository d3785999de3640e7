from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_promotion_pipeline import PipelinePromotionPipeline
    from .pipeline_promotion_source import PipelinePromotionSource
    from .pipeline_promotion_status import PipelinePromotionStatus


@dataclass(kw_only=True, slots=True)
class PipelinePromotion:
    """Promotions allow you to move code from an app in a pipeline to all targets"""

    created_at: Optional[datetime] = None
    """when promotion was created"""
    id: Optional[str] = None
    """unique identifier of promotion

    Read-only: set by the server.
    """
    pipeline: Optional[PipelinePromotionPipeline] = None
    """the pipeline which the promotion belongs to"""
    source: Optional[PipelinePromotionSource] = None
    """the app being promoted from"""
    status: Optional[PipelinePromotionStatus] = None
    """status of promotion

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when promotion was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotion:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", _models.PipelinePromotionPipeline.from_dict),
            source=_rt.optional(data, "source", _models.PipelinePromotionSource.from_dict),
            status=_rt.optional(data, "status", _models.PipelinePromotionStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.source is not None:
            data["source"] = self.source.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
