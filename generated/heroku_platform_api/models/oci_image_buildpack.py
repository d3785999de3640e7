from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OciImageBuildpack:
    """set of executables that inspects app source code and creates a plan to build and run your image"""

    id: Optional[str] = None
    """identifier of the buildpack"""
    version: Optional[str] = None
    """version of the buildpack"""
    homepage: Optional[str] = None
    """homepage of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageBuildpack:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_str(data, "version"),
            homepage=_rt.optional_str(data, "homepage"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        if self.homepage is not None:
            data["homepage"] = self.homepage
        return data
