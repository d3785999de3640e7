from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_coupling_stage import PipelineCouplingStage
    from .release_slug import ReleaseSlug


@dataclass(kw_only=True, slots=True)
class PipelineCoupling:
    id: Optional[str] = None
    app: Optional[ReleaseSlug] = None
    pipeline: Optional[ReleaseSlug] = None
    stage: Optional[PipelineCouplingStage] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCoupling:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            app=_rt.optional(data, "app", _models.ReleaseSlug.from_dict),
            pipeline=_rt.optional(data, "pipeline", _models.ReleaseSlug.from_dict),
            stage=_rt.optional(data, "stage", _models.PipelineCouplingStage.decode),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
