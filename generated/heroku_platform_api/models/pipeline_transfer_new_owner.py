from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelineTransferNewOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data
