from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_generation import PipelineGeneration
    from .pipeline_owner import PipelineOwner


@dataclass(kw_only=True, slots=True)
class Pipeline:
    """A pipeline allows grouping of apps into different stages."""

    created_at: Optional[datetime] = None
    """when pipeline was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of pipeline"""
    owner: Optional[PipelineOwner] = None
    """Owner of a pipeline."""
    updated_at: Optional[datetime] = None
    """when pipeline was updated

    Read-only: set by the server.
    """
    generation: Optional[PipelineGeneration] = None
    """the generation of the Heroku platform for this pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", _models.PipelineOwner.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            generation=_rt.optional(data, "generation", _models.PipelineGeneration.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        return data
