from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Source:
    """A source is a location for uploading and downloading an application's source code."""

    source_blob: Optional[SourceSourceBlob] = None
    """pointer to the URL where clients can fetch or store the source"""

    @classmethod
    def from_dict(cls, data: Any) -> Source:
        data = _rt.expect_object(data)
        return cls(
            source_blob=_rt.optional(data, "source_blob", SourceSourceBlob.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class SourceSourceBlob:
    """pointer to the URL where clients can fetch or store the source"""

    get_url: Optional[str] = None
    """URL to download the source

    Read-only: set by the server.
    """
    put_url: Optional[str] = None
    """URL to upload the source

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SourceSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            get_url=_rt.optional_str(data, "get_url"),
            put_url=_rt.optional_str(data, "put_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.get_url is not None:
            data["get_url"] = self.get_url
        if self.put_url is not None:
            data["put_url"] = self.put_url
        return data
