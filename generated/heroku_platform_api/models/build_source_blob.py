from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildSourceBlob:
    checksum: Optional[str] = None
    url: Optional[str] = None
    version: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> BuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data
