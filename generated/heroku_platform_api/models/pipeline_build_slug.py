from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class PipelineBuildSlug:
    """slug created by this build"""

    id: Optional[str] = None
    """unique identifier of the slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data
