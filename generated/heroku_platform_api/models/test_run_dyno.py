from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TestRunDyno:
    """the type of dynos used for this test-run"""

    size: Optional[str] = None
    """dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> TestRunDyno:
        data = _rt.expect_object(data)
        return cls(
            size=_rt.optional_str(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.size is not None:
            data["size"] = self.size
        return data
