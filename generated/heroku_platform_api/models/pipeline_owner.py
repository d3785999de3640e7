from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_owner_type import PipelineOwnerType


@dataclass(kw_only=True, slots=True)
class PipelineOwner:
    id: Optional[str] = None
    type: Optional[PipelineOwnerType] = None

    @classmethod
    def from_dict(cls, data: Any) -> PipelineOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional(data, "type", _models.PipelineOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type.value
        return data
