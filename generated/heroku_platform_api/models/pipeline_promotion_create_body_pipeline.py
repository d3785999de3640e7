from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyPipeline:
    """pipeline involved in the promotion"""

    id: str
    """unique identifier of pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        return data
