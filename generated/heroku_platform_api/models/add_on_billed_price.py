from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AddOnBilledPrice:
    """billed price"""

    cents: Optional[int] = None
    """price in cents per unit of plan

    Read-only: set by the server.
    """
    contract: Optional[bool] = None
    """price is negotiated in a contract outside of monthly add-on billing

    Read-only: set by the server.
    """
    unit: Optional[str] = None
    """unit of price for plan

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnBilledPrice:
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
