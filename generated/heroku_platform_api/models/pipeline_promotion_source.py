from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_promotion_source_app import PipelinePromotionSourceApp
    from .pipeline_promotion_source_release import PipelinePromotionSourceRelease


@dataclass(kw_only=True, slots=True)
class PipelinePromotionSource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionSourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionSourceRelease] = None
    """the release used to promoted from"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.PipelinePromotionSourceApp.from_dict),
            release=_rt.optional(data, "release", _models.PipelinePromotionSourceRelease.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data
