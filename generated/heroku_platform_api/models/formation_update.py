from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .formation_update_dyno_size import FormationUpdateDynoSize


@dataclass(kw_only=True, slots=True)
class FormationUpdate:
    """Properties to update a process type"""

    dyno_size: Optional[FormationUpdateDynoSize] = None
    """dyno size"""
    quantity: Optional[int] = None
    """number of processes to maintain"""
    type: str
    """type of process to maintain"""

    @classmethod
    def from_dict(cls, data: Any) -> FormationUpdate:
        data = _rt.expect_object(data)
        return cls(
            dyno_size=_rt.optional(data, "dyno_size", _models.FormationUpdateDynoSize.from_dict),
            quantity=_rt.optional_int(data, "quantity"),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.dyno_size is not None:
            data["dyno_size"] = self.dyno_size.to_dict()
        if self.quantity is not None:
            data["quantity"] = self.quantity
        data["type"] = self.type
        return data
