from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class DynoRelease:
    """app release of the dyno"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DynoRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        return data
