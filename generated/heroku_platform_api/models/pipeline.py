from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_owner import PipelineOwner


@dataclass(kw_only=True, slots=True)
class Pipeline:
    id: Optional[str] = None
    name: Optional[str] = None
    owner: Optional[PipelineOwner] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", _models.PipelineOwner.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data
