from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryEvent:
    """identity of event"""

    id: Optional[str] = None
    """the event's unique identifier

    Read-only: set by the server.
    """
    include: Optional[str] = None
    """the type of entity that the event is related to"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryEvent:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            include=_rt.optional_str(data, "include"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = self.include
        return data
