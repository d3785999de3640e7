from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_promotion_create_body_targets_item_app import (
        PipelinePromotionCreateBodyTargetsItemApp,
    )


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyTargetsItem:
    app: Optional[PipelinePromotionCreateBodyTargetsItemApp] = None
    """the app is being promoted to"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyTargetsItem:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(
                data,
                "app",
                _models.PipelinePromotionCreateBodyTargetsItemApp.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        return data
