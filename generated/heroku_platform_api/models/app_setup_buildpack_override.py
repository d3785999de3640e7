from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppSetupBuildpackOverride:
    """a buildpack override"""

    url: Optional[str] = None
    """location of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupBuildpackOverride:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        return data
