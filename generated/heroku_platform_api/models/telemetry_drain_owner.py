from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .telemetry_drain_owner_type import TelemetryDrainOwnerType


@dataclass(kw_only=True, slots=True)
class TelemetryDrainOwner:
    """entity that owns this telemetry drain"""

    id: str
    """unique identifier of owner"""
    type: TelemetryDrainOwnerType
    """type of owner"""

    @classmethod
    def from_dict(cls, data: Any) -> TelemetryDrainOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _models.TelemetryDrainOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type.value
        return data
