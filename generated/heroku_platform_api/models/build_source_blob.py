from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class BuildSourceBlob:
    """location of gzipped tarball of source code used to create build"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """Version of the gzipped tarball.

    Read-only: set by the server.
    """
    version_description: Optional[str] = None
    """Version description of the gzipped tarball.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
            version_description=_rt.optional_str(data, "version_description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        if self.version_description is not None:
            data["version_description"] = self.version_description
        return data
