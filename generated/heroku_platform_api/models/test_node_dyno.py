from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TestNodeDyno:
    """the dyno which belongs to this test node"""

    id: Optional[str] = None
    attach_url: Optional[str] = None
    """a URL to stream output from for debug runs or null for non-debug runs

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
            attach_url=_rt.optional_str(data, "attach_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        return data
