from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelineTransferCreateBodyNewOwner:
    """New pipeline owner"""

    id: Optional[str] = None
    """unique identifier of a pipeline owner"""
    type: Optional[str] = None
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferCreateBodyNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        return data
