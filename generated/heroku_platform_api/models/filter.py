from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class FilterAppsFilter:
    in_: Optional[FilterAppsIn] = None

    @classmethod
    def from_dict(cls, data: Any) -> FilterAppsFilter:
        data = _rt.expect_object(data)
        return cls(
            in_=_rt.optional(data, "in", FilterAppsIn.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.in_ is not None:
            data["in"] = self.in_.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class FilterAppsIn:
    id: Optional[list[str]] = None

    @classmethod
    def from_dict(cls, data: Any) -> FilterAppsIn:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.list_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = list(self.id)
        return data
