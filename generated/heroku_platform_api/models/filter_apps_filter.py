from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .filter_apps_in import FilterAppsIn


@dataclass(kw_only=True, slots=True)
class FilterAppsFilter:
    in_: Optional[FilterAppsIn] = None

    @classmethod
    def from_dict(cls, data: Any) -> FilterAppsFilter:
        data = _rt.expect_object(data)
        return cls(
            in_=_rt.optional(data, "in", _models.FilterAppsIn.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.in_ is not None:
            data["in"] = self.in_.to_dict()
        return data
