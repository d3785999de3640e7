from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AddonBilledPrice:
    cents: Optional[int] = None
    contract: Optional[bool] = None
    unit: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AddonBilledPrice:
        data = _rt.expect_object(data)
        return cls(
            cents=_rt.optional_int(data, "cents"),
            contract=_rt.optional_bool(data, "contract"),
            unit=_rt.optional_str(data, "unit"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.cents is not None:
            data["cents"] = self.cents
        if self.contract is not None:
            data["contract"] = self.contract
        if self.unit is not None:
            data["unit"] = self.unit
        return data
