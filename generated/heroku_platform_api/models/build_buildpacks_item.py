from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildBuildpacksItem:
    """Buildpack to execute in a build"""

    url: Optional[str] = None
    """the URL of the buildpack for the app"""
    name: Optional[str] = None
    """Buildpack Registry name of the buildpack for the app"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildBuildpacksItem:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data
