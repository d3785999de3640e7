from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BatchUpdateFormationBodyUpdatesItem:
    type: str
    quantity: Optional[int] = None
    size: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> BatchUpdateFormationBodyUpdatesItem:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.required(data, "type", _rt.as_str),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["type"] = self.type
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        return data
