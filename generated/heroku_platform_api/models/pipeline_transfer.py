from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_transfer_new_owner import PipelineTransferNewOwner
    from .pipeline_transfer_pipeline import PipelineTransferPipeline
    from .pipeline_transfer_previous_owner import PipelineTransferPreviousOwner


@dataclass(kw_only=True, slots=True)
class PipelineTransfer:
    """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""

    pipeline: Optional[PipelineTransferPipeline] = None
    """pipeline being transferred"""
    previous_owner: Optional[PipelineTransferPreviousOwner] = None
    """Owner of a pipeline."""
    new_owner: Optional[PipelineTransferNewOwner] = None
    """Owner of a pipeline."""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransfer:
        data = _rt.expect_object(data)
        return cls(
            pipeline=_rt.optional(data, "pipeline", _models.PipelineTransferPipeline.from_dict),
            previous_owner=_rt.optional(
                data,
                "previous_owner",
                _models.PipelineTransferPreviousOwner.from_dict,
            ),
            new_owner=_rt.optional(data, "new_owner", _models.PipelineTransferNewOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.previous_owner is not None:
            data["previous_owner"] = self.previous_owner.to_dict()
        if self.new_owner is not None:
            data["new_owner"] = self.new_owner.to_dict()
        return data
