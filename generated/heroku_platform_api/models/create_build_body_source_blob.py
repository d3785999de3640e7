from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class CreateBuildBodySourceBlob:
    checksum: Optional[str] = None
    url: str
    version: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> CreateBuildBodySourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.required(data, "url", _rt.as_str),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data
