from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class ReviewAppCreateBodySourceBlob:
    """The download location for the review app's source code"""

    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Optional[str] = None
    """The version number (or SHA) of the code to build."""

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppCreateBodySourceBlob:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class ReviewAppCreateBodySourceBlobInput:
    """The download location for the review app's source code

    ReviewAppCreateBodySourceBlob as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    url: Union[str, _rt.Unset] = _rt.UNSET
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """The version number (or SHA) of the code to build."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.url, _rt.Unset):
            data["url"] = self.url
        if not isinstance(self.version, _rt.Unset):
            data["version"] = None if self.version is None else self.version
        return data
