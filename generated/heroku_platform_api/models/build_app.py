from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildApp:
    """app that the build belongs to"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildApp:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data
