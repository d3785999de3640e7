from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ListRegionsResponseItemProvider:
    name: Optional[str] = None
    region: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListRegionsResponseItemProvider:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            region=_rt.optional_str(data, "region"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region is not None:
            data["region"] = self.region
        return data
