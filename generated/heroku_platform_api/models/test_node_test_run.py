from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TestNodeTestRun:
    """the test run which owns this test node"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeTestRun:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data
