from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AuditTrailEventRequest:
    """information about where the action was triggered"""

    ip_address: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventRequest:
        data = _rt.expect_object(data)
        return cls(
            ip_address=_rt.optional_str(data, "ip_address"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ip_address is not None:
            data["ip_address"] = self.ip_address
        return data
