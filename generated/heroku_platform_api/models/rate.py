from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class RateLimit:
    """Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit."""

    remaining: Optional[int] = None
    """allowed requests remaining in current interval

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> RateLimit:
        data = _rt.expect_object(data)
        return cls(
            remaining=_rt.optional_int(data, "remaining"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.remaining is not None:
            data["remaining"] = self.remaining
        return data
