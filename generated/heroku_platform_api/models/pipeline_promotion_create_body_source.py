from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_promotion_create_body_source_app import PipelinePromotionCreateBodySourceApp
    from .pipeline_promotion_create_body_source_release import (
        PipelinePromotionCreateBodySourceRelease,
    )


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionCreateBodySourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionCreateBodySourceRelease] = None
    """the specific release to promote from (optional, defaults to current release)"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.PipelinePromotionCreateBodySourceApp.from_dict),
            release=_rt.optional(
                data,
                "release",
                _models.PipelinePromotionCreateBodySourceRelease.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data
