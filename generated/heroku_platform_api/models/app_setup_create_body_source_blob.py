from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodySourceBlob:
    """gzipped tarball of source code containing app.json manifest file"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Optional[str] = None
    """URL of gzipped tarball of source code containing app.json manifest file"""
    version: Optional[str] = None
    """Version of the gzipped tarball."""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodySourceBlob:
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


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodySourceBlobInput:
    """gzipped tarball of source code containing app.json manifest file

    AppSetupCreateBodySourceBlob as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    checksum: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Union[str, _rt.Unset] = _rt.UNSET
    """URL of gzipped tarball of source code containing app.json manifest file"""
    version: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """Version of the gzipped tarball."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.checksum, _rt.Unset):
            data["checksum"] = None if self.checksum is None else self.checksum
        if not isinstance(self.url, _rt.Unset):
            data["url"] = self.url
        if not isinstance(self.version, _rt.Unset):
            data["version"] = None if self.version is None else self.version
        return data
