from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_coupling_app import PipelineCouplingApp
    from .pipeline_coupling_pipeline import PipelineCouplingPipeline
    from .pipeline_coupling_stage import PipelineCouplingStage


@dataclass(kw_only=True, slots=True)
class PipelineCoupling:
    """Information about an app's coupling to a pipeline"""

    app: Optional[PipelineCouplingApp] = None
    """app involved in the pipeline coupling"""
    created_at: Optional[datetime] = None
    """when pipeline coupling was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline coupling

    Read-only: set by the server.
    """
    pipeline: Optional[PipelineCouplingPipeline] = None
    """pipeline involved in the coupling"""
    stage: Optional[PipelineCouplingStage] = None
    """target pipeline stage"""
    updated_at: Optional[datetime] = None
    """when pipeline coupling was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCoupling:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.PipelineCouplingApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", _models.PipelineCouplingPipeline.from_dict),
            stage=_rt.optional(data, "stage", _models.PipelineCouplingStage.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
